import { listed } from './listing';
import type { TermIndex } from './matcher';
import type { ProseMap } from './markdown';
import { partitionPoint } from './sorted';
import type { Finding, Term, TermMatch } from './types';

/**
 * `term.non-preferred` for deprecated forms and `term.ambiguous` for ambiguous abbreviations. The
 * findings of one written form of one term share their message and data: a note that repeats a
 * form tens of thousands of times made as many copies of one message (a 20 MB note: 1.5 GB).
 * `prose`, when given, tells where sentences start, so that a replacement there is capitalised.
 */
export function termFindings(terms: readonly TermMatch[], index: TermIndex, prose?: ProseMap): Finding[] {
  const findings: Finding[] = [];
  const said = new Map<string, Pick<Finding, 'code' | 'message' | 'data'>>();
  for (const match of terms) {
    if (match.role !== 'deprecated' && !match.ambiguous) continue;
    const term = index.terms.get(match.termId);
    if (!term) continue;
    // "Ito cells activate …" becomes "Hepatic stellate cells activate …": a lowercase word there
    // would join the sentence to the one before, for the claims check and for the reader.
    const capital = prose !== undefined && startsUppercase(match.text) && capitalisable(term.label) && startsSentence(prose, match.start);
    const key = `${match.role}\u0000${match.termId}\u0000${match.text}\u0000${capital}`;
    let what = said.get(key);
    if (!what) {
      const label = inflectLike(match.text, term);
      const data = { termId: term.id, replacement: capital ? label[0].toUpperCase() + label.slice(1) : label };
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
 * A label of lowercase Latin words ("hepatic stellate cell", "interleukin-6"); not a symbol such as
 * p53, miR-21, mRNA or β-catenin, which keeps its case.
 */
function capitalisable(label: string): boolean {
  return /^[a-z]{2,}(?!\p{N})/u.test(label) && !/\p{Lu}/u.test(label);
}

function startsUppercase(text: string): boolean {
  return text.length > 0 && text[0] !== text[0].toLowerCase();
}

/**
 * Whether a sentence starts at `offset`: only spaces, opening quotes, brackets and emphasis stand
 * between it and the start of its block or the end of a sentence (`.`, `!`, `?`, `…`).
 */
function startsSentence({ masked, blocks }: ProseMap, offset: number): boolean {
  const block = blocks[partitionPoint(blocks, (b) => b.end <= offset)];
  const from = block && block.start <= offset ? block.start : 0;
  for (let i = offset - 1; i >= from; i--) {
    const c = masked[i];
    if (/[.!?\u2026]/.test(c)) return true;
    if (!/[\s*_"'([\u201c\u2018]/.test(c)) return false;
  }
  return true;
}

/**
 * The other meanings an ambiguity's message names: the message is repeated at every occurrence,
 * and a vocabulary may give a form thousands (the hover lists 20).
 */
const meaningsInMessage = 3;

/**
 * The preferred label in the number of the written form ("Ito cells" → "hepatic stellate cells"):
 * plural when the form is written with an `s` that none of the term's own forms ends with
 * (cirrhosis and status are singular, and stay so).
 */
function inflectLike(written: string, term: Term): string {
  const { label } = term;
  if (!/[^s]s$/i.test(written) || /s$/i.test(label)) return label;
  const lower = written.toLowerCase();
  const own = [label, ...term.synonyms, ...term.deprecated, ...term.abbreviations].some((form) => form.toLowerCase() === lower);
  return own ? label : label + 's';
}
