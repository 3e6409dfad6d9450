import { listed, onOneLine } from './listing';
import type { TermIndex } from './matcher';
import { referenceKey, type ProseMap } from './markdown';
import { partitionPoint } from './sorted';
import { isAbbreviation } from './sentences';
import type { Finding, Term, TermMatch } from './types';

/**
 * `term.non-preferred` for deprecated forms and `term.ambiguous` for ambiguous abbreviations. The
 * findings of one written form of one term share their message and data: a note that repeats a
 * form tens of thousands of times made as many copies of one message (a 20 MB note: 1.5 GB).
 * `prose`, when given, tells where sentences start, so that a replacement there is capitalised;
 * with `text`, the document's, it tells which forms are the label of a link (`linkLabelAt`), which get no replacement.
 */
export function termFindings(terms: readonly TermMatch[], index: TermIndex, prose?: ProseMap, text?: string): Finding[] {
  const findings: Finding[] = [];
  const said = new Map<string, Pick<Finding, 'code' | 'message' | 'data'>>();
  const references = text !== undefined && prose !== undefined && prose.references.size > 0 ? prose.references : undefined;
  for (const match of terms) {
    if (match.role !== 'deprecated' && !match.ambiguous) continue;
    const term = index.terms.get(match.termId);
    if (!term) continue;
    // "Ito cells activate …" becomes "Hepatic stellate cells activate …": a lowercase word there
    // would join the sentence to the one before, for the claims check and for the reader.
    const capital = prose !== undefined && startsUppercase(match.text) && capitalisable(term.label) && startsSentence(prose, match.start);
    const label = references ? linkLabelAt(text!, match) : undefined;
    const linked = label !== undefined && references!.has(referenceKey(label));
    const key = `${match.role}\u0000${match.termId}\u0000${match.text}\u0000${capital}\u0000${linked}`;
    let what = said.get(key);
    if (!what) {
      const inflected = inflectLike(match.text, term);
      // The label of a shortcut or collapsed reference link ("[Ito cells]" with "[Ito cells]: …")
      // is what ties the link to its definition: renamed alone, the link broke.
      const data = linked ? { termId: term.id } : { termId: term.id, replacement: capital ? inflected[0].toUpperCase() + inflected.slice(1) : inflected };
      const why = linked ? ` It names a link here: rename the link and its definition together.` : '';
      what =
        match.role === 'deprecated' || !match.ambiguous
          ? { code: 'term.non-preferred', message: `'${onOneLine(match.text)}' is not the preferred name: use '${term.label}'.${why}`, data }
          : { code: 'term.ambiguous', message: `'${onOneLine(match.text)}' is ambiguous: here it is read as '${term.label}', elsewhere it also means ${listed(match.ambiguous.alsoMeans, (m) => `'${m}'`, meaningsInMessage)}.${why}`, data };
      said.set(key, what);
    }
    findings.push({ code: what.code, start: match.start, end: match.end, message: what.message, data: what.data });
  }
  return findings;
}

/**
 * The text in the brackets around a match, when they may be a reference link whose label is that
 * text: a shortcut (`[Ito cells]`) or collapsed one (`[Ito cells][]`), not an inline link
 * (`[Ito cells](url)`) or a full reference (`[Ito cells][label]`), whose text is free to change.
 * Escaped brackets (`\[`) are part of the text; the brackets are looked for within 999
 * characters, the longest label, within the paragraph and across at most `maxLabelBreaks` line breaks.
 */
function linkLabelAt(text: string, { start, end }: { start: number; end: number }): string | undefined {
  let open = start - 1;
  let breaks = 0;
  for (; open >= 0 && start - open <= maxLabel; open--) {
    const c = text.charCodeAt(open);
    if ((c === 91 || c === 93) && escaped(text, open)) continue;
    if (c === 91) break; // [
    if (c === 93 || (c === 10 && (++breaks > maxLabelBreaks || blankLineAt(text, open)))) return undefined; // ], or a paragraph's end
  }
  if (open < 0 || text.charCodeAt(open) !== 91 || text.charCodeAt(open + 1) === 94) return undefined; // [^
  let close = end;
  for (; close < text.length && close - open <= maxLabel; close++) {
    const c = text.charCodeAt(close);
    if ((c === 91 || c === 93) && escaped(text, close)) continue;
    if (c === 93) break;
    if (c === 91 || (c === 10 && (++breaks > maxLabelBreaks || blankLineAt(text, close)))) return undefined;
  }
  if (text.charCodeAt(close) !== 93) return undefined;
  const after = text.charCodeAt(close + 1);
  if (after === 40 || (after === 91 && text.charCodeAt(close + 2) !== 93)) return undefined; // ( or [label]
  return text.slice(open + 1, close);
}

/** Whether the character at `at` is escaped: an odd number of backslashes before it. */
function escaped(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 92) i--;
  return (at - 1 - i) % 2 === 1;
}

/** A label's length limit (CommonMark's). */
const maxLabel = 1000;
/**
 * Line breaks a label is looked for across: one is common in wrapped text, more are not, and
 * looking back 1,000 characters from each of 250,000 findings on short lines took 0.6 s.
 */
const maxLabelBreaks = 2;

/** Whether the line after the line break at `at` is blank. */
function blankLineAt(text: string, at: number): boolean {
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
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

/** Abbreviations that no sentence ends with: a word after one continues the sentence. Case-sensitive. */
const nonFinalAbbreviations = new Set(['e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'E.g', 'I.e', 'Cf', 'Vs', 'Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'Fig', 'Figs', 'fig', 'figs', 'Eq', 'Eqs', 'eq', 'eqs']);

/** Whether the period at `dot` ends one of `nonFinalAbbreviations`, as a word of its own. */
function endsNonFinalAbbreviation(masked: string, from: number, dot: number): boolean {
  if (!isAbbreviation(masked, from, dot)) return false;
  let w = dot;
  while (w > from && /[A-Za-z.]/.test(masked[w - 1])) w--;
  return nonFinalAbbreviations.has(masked.slice(w, dot));
}

/**
 * Whether a sentence starts at `offset`: only spaces, opening quotes, brackets and emphasis stand
 * between it and the start of its block or the end of a sentence (`.`, `!`, `?`, `…`). A period
 * that ends an abbreviation no sentence ends with ("i.e.", "Dr.") ends none: "i.e. Ito cells"
 * became "i.e. Hepatic stellate cells". After any other ("30 sec.", "et al.", "J.", "°C.") the
 * replacement keeps the capital the note wrote: a sentence may end there.
 */
function startsSentence({ masked, blocks }: ProseMap, offset: number): boolean {
  const block = blocks[partitionPoint(blocks, (b) => b.end <= offset)];
  const from = block && block.start <= offset ? block.start : 0;
  for (let i = offset - 1; i >= from; i--) {
    const c = masked[i];
    if (c === '.' && endsNonFinalAbbreviation(masked, from, i)) return false;
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
