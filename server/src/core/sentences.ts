/** A sentence: offsets into the text it was split from, without surrounding whitespace. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Words that end with a period without ending a sentence ("e.g.", "Fig.", "et al."). Case-sensitive. */
const abbreviations = new Set([
  'al', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'v', 'viz', 'approx', 'ca', 'c', 'resp', 'incl', 'excl', 'esp', 'ibid',
  'fig', 'figs', 'Fig', 'Figs', 'FIG', 'eq', 'eqs', 'Eq', 'Eqs', 'ref', 'refs', 'Ref', 'Refs', 'no', 'nos', 'No', 'Nos',
  'Nr', 'nr', 'vol', 'vols', 'Vol', 'Vols', 'p', 'pp', 'sec', 'sect', 'Sec', 'Sect', 'ch', 'chap', 'Ch', 'Chap',
  'suppl', 'Suppl', 'Tab', 'tab', 'Tbl', 'Dr', 'Prof', 'Mr', 'Mrs', 'Ms', 'St', 'Jr', 'Sr', 'Dept', 'Univ', 'Inst',
  'et', 'ed', 'eds', 'Ed', 'Eds', 'op', 'cit', 'Approx', 'Ca', 'Cf', 'Vs', 'E.g', 'I.e',
]);

const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;

const terminators = /[.!?\u2026\u3002\uff01\uff1f]/g;
/** Any bracket: a native search steps from one to the next faster than a loop over the characters between. */
const anyBracket = /[()[\]{}]/g;

/** Brackets further apart than this are not taken as a pair, so a stray one cannot swallow a paragraph. */
const maxBracketSpan = 600;

/**
 * Splits `text[start, end)` into sentences with rules, in one pass: a sentence ends at `.`, `!`,
 * `?` or `…` (with any closing quotes, brackets or emphasis after it) followed by white space
 * and a word that does not start in lower case. No break after known abbreviations ("e.g.",
 * "Fig.", "et al."), initials, inside decimals, or inside matched brackets and parentheses;
 * a citation right after the final period (`… HGF. [@smith2015]`) stays with its sentence.
 * Ranges are trimmed of surrounding white space; empty sentences are dropped.
 */
export function splitSentences(text: string, start = 0, end = text.length): SentenceRange[] {
  start = Math.max(0, start);
  end = Math.min(text.length, end);
  const sentences: SentenceRange[] = [];
  if (end <= start) return sentences;
  const spans = bracketSpans(text, start, end);
  let span = 0;
  // The search stops at `end`: run over the whole text, it went on to the next period after the
  // range, and for each cell of a long table with none after it, to the end of the note.
  const range = end < text.length ? text.slice(0, end) : text;
  terminators.lastIndex = start;
  let sentenceStart = start;
  // Each terminator is one character, so `test` finds it (just before `lastIndex`) without a match array.
  while (terminators.test(range)) {
    const i = terminators.lastIndex - 1;
    if (spans !== undefined) {
      // Terminators come in increasing order, so the spans before this one are done with.
      while (span < spans.length && spans[span + 1] < i) span += 2;
      if (span < spans.length && spans[span] <= i) continue;
    }
    let j = i + 1;
    while (j < end && isTerminator(text.charCodeAt(j))) j++;
    const lastTerminator = j - 1;
    terminators.lastIndex = j;
    while (j < end && isCloser(text.charCodeAt(j))) j++;
    j = skipAttachedCitation(text, j, end);
    // A backslash that ends the line is a hard line break, as two spaces before it are.
    const hardBreak = text.charCodeAt(j) === 92 && j + 1 < end && (text.charCodeAt(j + 1) === 10 || text.charCodeAt(j + 1) === 13);
    if (j < end && !isSpace(text.charCodeAt(j)) && !hardBreak) continue;
    let k = hardBreak ? j + 1 : j;
    while (k < end && isSpace(text.charCodeAt(k))) k++;
    let sentenceEnd = j;
    const citationEnd = trailingCitationEnd(text, k, end);
    if (citationEnd > k) {
      sentenceEnd = citationEnd;
      k = citationEnd;
      while (k < end && isSpace(text.charCodeAt(k))) k++;
    }
    if (k >= end) break;
    if (text.charCodeAt(i) === 46 && lastTerminator === i && isAbbreviation(text, start, i)) continue;
    if (!startsSentence(text, k, end)) continue;
    pushTrimmed(text, sentenceStart, sentenceEnd, sentences);
    sentenceStart = k;
    terminators.lastIndex = k;
  }
  pushTrimmed(text, sentenceStart, end, sentences);
  return sentences;
}

function pushTrimmed(text: string, from: number, to: number, out: SentenceRange[]): void {
  while (from < to && isSpace(text.charCodeAt(from))) from++;
  while (to > from && isSpace(text.charCodeAt(to - 1))) to--;
  if (to > from) out.push({ start: from, end: to });
}

function isTerminator(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x2026 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}

/** Closing quotes, brackets and emphasis that belong to the sentence before them. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 93 || c === 125 || c === 42 || c === 95 || c === 126 || c === 0x201d || c === 0x2019 || c === 0xbb || isSuperscriptDigit(c);
}

function isSuperscriptDigit(c: number): boolean {
  return c === 0xb9 || c === 0xb2 || c === 0xb3 || (c >= 0x2070 && c <= 0x2079);
}

/**
 * White space between sentences, and around one, which its range leaves out. U+2028 and U+2029
 * (line and paragraph separator) are line breaks to a reader, though not to markdown: text pasted
 * from a PDF or a word processor has them, and a sentence ended by one ran on into the next, so an
 * uncited claim there took the citation of the sentence before.
 */
export function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x2028 || c === 0x2029;
}

function isLower(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 0xdf && c <= 0xff && c !== 0xf7) || (c >= 0x3b1 && c <= 0x3c9);
}

function isUpperOrDigit(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** A Latin or Greek letter. */
export function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x391 && c <= 0x3c9);
}

/**
 * Whether the text at `k` may start a new sentence: anything but a plain lower-case word
 * (a lower-case word with a capital or digit inside, such as miR-122 or mTOR, may) and anything
 * but `,;:` which continue the sentence.
 */
function startsSentence(text: string, k: number, end: number): boolean {
  let p = k;
  while (p < end && isOpener(text.charCodeAt(p))) p++;
  if (p >= end) return true;
  const c = text.charCodeAt(p);
  if (c === 44 || c === 59 || c === 58) return false;
  if (!isLower(c)) return true;
  for (let q = p + 1; q < end && q < p + 40; q++) {
    const d = text.charCodeAt(q);
    if (isUpperOrDigit(d)) return true;
    if (!isLetter(d) && d !== 45) return false;
  }
  return false;
}

function isOpener(c: number): boolean {
  return c === 34 || c === 39 || c === 40 || c === 91 || c === 42 || c === 95 || c === 96 || c === 0x201c || c === 0x2018 || c === 0xab;
}

/** Whether the period at `dot` ends an abbreviation or an initial rather than a sentence. */
export function isAbbreviation(text: string, start: number, dot: number): boolean {
  let w = dot;
  while (w > start && w > dot - 12) {
    const c = text.charCodeAt(w - 1);
    if (isLetter(c) || (c === 46 && w - 1 > start && isLetter(text.charCodeAt(w - 2)))) w--;
    else break;
  }
  if (w === dot) return false;
  const before = w > start ? text.charCodeAt(w - 1) : 32;
  if (isLetter(before) || (before >= 48 && before <= 57)) return false;
  const word = text.slice(w, dot);
  if (abbreviations.has(word)) return true;
  if (word.length === 1) return word >= 'A' && word <= 'Z' && before !== 45;
  return /^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word);
}

/** `[^1]`, `[@key]` or `[12]` glued to the terminator ("… HGF.[^1] Next"): the end after it. */
function skipAttachedCitation(text: string, j: number, end: number): number {
  while (j < end && text.charCodeAt(j) === OPEN_BRACKET) {
    const close = citationBracketEnd(text, j, end);
    if (close === j) break;
    j = close;
    while (j < end && isCloser(text.charCodeAt(j)) && text.charCodeAt(j) !== CLOSE_BRACKET) j++;
  }
  return j;
}

/** A bracketed citation that follows the sentence after a space (`… HGF. [@smith2015] Next`). */
function trailingCitationEnd(text: string, k: number, end: number): number {
  if (k >= end || text.charCodeAt(k) !== OPEN_BRACKET) return k;
  let close = citationBracketEnd(text, k, end);
  if (close === k) return k;
  while (close < end && (text.charCodeAt(close) === 46 || isCloser(text.charCodeAt(close))) && text.charCodeAt(close) !== CLOSE_BRACKET) close++;
  return close;
}

/** The offset after `]` when `text[open]` opens a citation-like bracket (`[@…]`, `[-@…]`, `[^…]`, `[1]`), else `open`. */
function citationBracketEnd(text: string, open: number, end: number): number {
  const first = text.charCodeAt(open + 1);
  const second = text.charCodeAt(open + 2);
  const citationLike = first === 64 || first === 94 || (first >= 48 && first <= 57) || (first === 45 && second === 64) || /^\[(?:see|cf\.|e\.g\.,?)\s+-?@/i.test(text.slice(open, open + 12));
  if (!citationLike) return open;
  const limit = Math.min(end, open + 300);
  for (let q = open + 1; q < limit; q++) {
    const d = text.charCodeAt(q);
    if (d === CLOSE_BRACKET) return text.charCodeAt(q + 1) === 40 ? open : q + 1;
    if (d === OPEN_BRACKET || d === 10) return open;
  }
  return open;
}

/**
 * The offsets inside matched bracket pairs no further apart than `maxBracketSpan` (a pair counts
 * from its opener to its closer, both included), as the flat list `[open, close, open, close, …]`
 * of the outermost such pairs, in order. Undefined when there are none. Pairs found by the stack
 * nest or are disjoint, so a pair that closes covers every pair recorded since its opener.
 */
export function bracketSpans(text: string, start: number, end: number): number[] | undefined {
  const range = text.slice(start, end);
  let spans: number[] | undefined;
  const stack: number[] = [];
  anyBracket.lastIndex = 0;
  while (anyBracket.test(range)) {
    const i = start + anyBracket.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === OPEN_PAREN || c === OPEN_BRACKET || c === OPEN_BRACE) {
      stack.push(i);
      continue;
    }
    const want = c === CLOSE_PAREN ? OPEN_PAREN : c === CLOSE_BRACKET ? OPEN_BRACKET : OPEN_BRACE;
    for (let s = stack.length - 1; s >= 0 && s >= stack.length - 4; s--) {
      const open = stack[s];
      if (text.charCodeAt(open) !== want) continue;
      stack.length = s;
      if (i - open <= maxBracketSpan) {
        spans ??= [];
        while (spans.length > 0 && spans[spans.length - 2] >= open) spans.length -= 2;
        spans.push(open, i);
      }
      break;
    }
  }
  return spans;
}
