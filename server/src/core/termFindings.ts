import { listed } from './hover';
import type { TermIndex } from './matcher';
import type { Finding, TermMatch } from './types';

/** `term.non-preferred` for deprecated forms and `term.ambiguous` for ambiguous abbreviations. */
export function termFindings(terms: readonly TermMatch[], index: TermIndex): Finding[] {
  const findings: Finding[] = [];
  for (const match of terms) {
    const term = index.terms.get(match.termId);
    if (!term) continue;
    if (match.role === 'deprecated') {
      findings.push({
        code: 'term.non-preferred',
        start: match.start,
        end: match.end,
        message: `'${match.text}' is not the preferred name: use '${term.label}'.`,
        data: { termId: term.id, replacement: inflectLike(match.text, term.label) },
      });
    } else if (match.ambiguous) {
      findings.push({
        code: 'term.ambiguous',
        start: match.start,
        end: match.end,
        message: `'${match.text}' is ambiguous: here it is read as '${term.label}', elsewhere it also means ${listed(match.ambiguous.alsoMeans, (m) => `'${m}'`, meaningsInMessage)}.`,
        data: { termId: term.id, replacement: inflectLike(match.text, term.label) },
      });
    }
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
