import { listed } from './listing';
import type { TermIndex } from './matcher';
import type { Finding, TermMatch } from './types';

/**
 * `term.non-preferred` for deprecated forms and `term.ambiguous` for ambiguous abbreviations. The
 * findings of one written form of one term share their message and data: a note that repeats a
 * form tens of thousands of times made as many copies of one message (a 20 MB note: 1.5 GB).
 */
export function termFindings(terms: readonly TermMatch[], index: TermIndex): Finding[] {
  const findings: Finding[] = [];
  const said = new Map<string, Pick<Finding, 'code' | 'message' | 'data'>>();
  for (const match of terms) {
    if (match.role !== 'deprecated' && !match.ambiguous) continue;
    const term = index.terms.get(match.termId);
    if (!term) continue;
    const key = `${match.role}\u0000${match.termId}\u0000${match.text}`;
    let what = said.get(key);
    if (!what) {
      const data = { termId: term.id, replacement: inflectLike(match.text, term.label) };
      what =
        match.role === 'deprecated' || !match.ambiguous
          ? { code: 'term.non-preferred', message: `'${match.text}' is not the preferred name: use '${term.label}'.`, data }
          : { code: 'term.ambiguous', message: `'${match.text}' is ambiguous: here it is read as '${term.label}', elsewhere it also means ${listed(match.ambiguous.alsoMeans, (m) => `'${m}'`, meaningsInMessage)}.`, data };
      said.set(key, what);
    }
    findings.push({ code: what.code, start: match.start, end: match.end, message: what.message, data: what.data });
  }
  return findings;
}

/**
 * The other meanings an ambiguity's message names: the message is repeated at every occurrence,
 * and a vocabulary may give a form thousands (the hover lists 20).
 */
const meaningsInMessage = 3;

/** The preferred label in the number of the written form ("Ito cells" → "hepatic stellate cells"). */
function inflectLike(written: string, label: string): string {
  const plural = /[^s]s$/.test(written) && !/s$/.test(label);
  return plural ? label + 's' : label;
}
