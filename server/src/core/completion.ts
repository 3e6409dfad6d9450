import { entryWordsOf, keysByLowerCase, nociteScalars, searchWords, shortCitation, type BibEntry, type Bibliography } from './bibliography';
import { describeEntry, describeTerm } from './hover';
import { lineStartOf } from './lines';
import { citationKeyPunctuation, frontMatterEnd, writtenCitationKey, type OffsetRange } from './markdown';
import { listed } from './listing';
import { greekNames, type TermIndex } from './matcher';
import { partitionIndex } from './sorted';
import type { FormRole, Term, TermKind } from './types';

/** A completion proposal as plain data; `convert.ts` makes it an LSP item. */
export interface TermCompletion {
  label: string;
  termId: string;
  kind: TermKind;
  detail: string;
  documentation: string;
  /** The text the client filters on (the form the prefix matched). */
  filterText: string;
  insertText: string;
  /** The range the insertion replaces: the typed prefix. */
  start: number;
  end: number;
  /** Where the word the cursor is in ends: replacing up to there leaves no half word after the label. */
  wordEnd: number;
  sortText: string;
}

/**
 * Every form of every term, sorted by completion key, as parallel arrays rather than an object
 * (and a key string) per form: a vocabulary of 100k terms has 280k forms. A form is a term's
 * `slot`th: 0 is the label, then its abbreviations, synonyms and deprecated forms in order.
 * Keys are computed again while searching, a few dozen per request.
 */
interface CompletionIndex {
  terms: Int32Array;
  slots: Int32Array;
}

const completionIndexes = new WeakMap<TermIndex, CompletionIndex>();

/** Lowercase, Greek letters spelled out (every one recognition reads: PPAR-δ = PPAR-delta), hyphens and runs of spaces as one space. */
function completionKey(s: string): string {
  // NFKC and the Greek letters leave ASCII as it is.
  if (!/[^\x00-\x7f]/.test(s)) return s.toLowerCase().replace(/[\s-]+/g, ' ');
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\p{Script=Greek}/gu, (letter) => greekNames[letter] ?? letter)
    .replace(/[\s\-\u2010\u2011]+/g, ' ');
}

function formAt(term: Term, slot: number): { form: string; role: FormRole } {
  if (slot === 0) return { form: term.label, role: 'label' };
  let i = slot - 1;
  if (i < term.abbreviations.length) return { form: term.abbreviations[i], role: 'abbreviation' };
  i -= term.abbreviations.length;
  if (i < term.synonyms.length) return { form: term.synonyms[i], role: 'synonym' };
  return { form: term.deprecated[i - term.synonyms.length], role: 'deprecated' };
}

function completionIndex(index: TermIndex): CompletionIndex {
  let sorted = completionIndexes.get(index);
  if (!sorted) {
    const terms: number[] = [];
    const slots: number[] = [];
    const keys: string[] = [];
    index.list.forEach((term, t) => {
      const forms = [term.label, ...term.abbreviations, ...term.synonyms, ...term.deprecated];
      forms.forEach((form, slot) => {
        terms.push(t);
        slots.push(slot);
        keys.push(completionKey(form));
      });
    });
    // Ties keep the order of the vocabulary.
    const order = Int32Array.from(keys, (_, i) => i).sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
    sorted = { terms: order.map((i) => terms[i]), slots: order.map((i) => slots[i]) };
    completionIndexes.set(index, sorted);
  }
  return sorted;
}

const maxItems = 100;

/**
 * Terms whose label, abbreviation or synonym starts with the words before `offset`
 * ("hepatic st", "HGF", "scatter"). The longest run of up to four words that some form starts
 * with is replaced by the preferred label; an abbreviation also gets an item of its own.
 */
export function completeTerms(text: string, offset: number, index: TermIndex, masked?: string): { items: TermCompletion[]; isIncomplete: boolean } {
  // With the note's masked text: nothing in code, front matter, a link destination or a URL, where a term is never read.
  const prose = (from: number) => masked === undefined || masked.length !== text.length || masked.slice(from, offset) === text.slice(from, offset);
  if (offset > 0 && !prose(offset - 1)) return { items: [], isIncomplete: false };
  const lineStart = lineStartOf(text, offset);
  const before = text.slice(Math.max(lineStart, offset - 120), offset);
  const words = /((?:[\p{L}\p{N}][\p{L}\p{N}\p{M}]*[\s\-\u2010\u2011]+){0,3}[\p{L}\p{N}][\p{L}\p{N}\p{M}-]*)$/u.exec(before);
  if (!words) return { items: [], isIncomplete: false };
  const sorted = completionIndex(index);
  const n = sorted.terms.length;
  const formOf = (i: number) => formAt(index.list[sorted.terms[i]], sorted.slots[i]);
  const keyOf = (i: number) => completionKey(formOf(i).form);
  let wordEnd = offset;
  while (wordEnd < text.length && /[\p{L}\p{N}\p{M}-]/u.test(text[wordEnd])) wordEnd++;
  const candidates = prefixesOf(words[1]);
  for (const prefix of candidates) {
    const key = completionKey(prefix);
    const first = partitionIndex(n, (i) => keyOf(i) < key);
    if (first >= n || !keyOf(first).startsWith(key)) continue;
    const start = offset - prefix.length;
    // Nor words that start in a URL or a citation key ('https://x.org/stellate ce'): the label would rewrite it.
    if (!prose(start)) continue;
    // The filter text starts with what was typed: an editor keeps an item whose filter text holds
    // the typed characters in order, and 'hepatic-st' or 'TNF alph' (matched here as 'hepatic st',
    // 'TNF-α') would hide every item.
    const typed = `${prefix} `;
    const items: TermCompletion[] = [];
    const seen = new Set<string>();
    let i = first;
    for (; i < n && items.length < maxItems; i++) {
      const { form, role } = formOf(i);
      if (!completionKey(form).startsWith(key)) break;
      const term = index.list[sorted.terms[i]];
      const termId = term.id;
      // Built once per term, and only for a term that gets an item.
      let documentation: string | undefined;
      const describe = () => (documentation ??= describeTerm(term, index));
      // An abbreviation that is the label too (STAT3, as "Add … to the team vocabulary" writes a
      // new term) is offered by the label's item alone, not twice.
      if (role === 'abbreviation' && form !== term.label && !seen.has(`${termId}:${form}`)) {
        seen.add(`${termId}:${form}`);
        items.push({ label: form, termId, kind: term.kind, detail: `${term.kind} · ${term.label}`, documentation: describe(), filterText: typed + form, insertText: form, start, end: offset, wordEnd, sortText: `1${form}` });
      }
      if (seen.has(termId)) continue;
      seen.add(termId);
      // The first 20, as the hover lists them: a generated list may give a term thousands, in every item's detail.
      const names = term.abbreviations.length ? ` (${listed(term.abbreviations)})` : '';
      items.push({ label: term.label, termId, kind: term.kind, detail: `${term.kind}${names}`, documentation: describe(), filterText: typed + (role === 'label' ? term.label : `${form} ${term.label}`), insertText: term.label, start, end: offset, wordEnd, sortText: `0${term.label}` });
    }
    const more = i < n && keyOf(i).startsWith(key);
    return { items, isIncomplete: more };
  }
  return { items: [], isIncomplete: false };
}

/** "hepatic st" → ["hepatic st", "st"]: longer runs of words first. */
function prefixesOf(words: string): string[] {
  const out: string[] = [];
  const re = /[\p{L}\p{N}]/gu;
  let previous = -1;
  for (let m = re.exec(words); m; m = re.exec(words)) {
    if (m.index === 0 || /[\s\-\u2010\u2011]/.test(words[m.index - 1])) {
      if (m.index !== previous) out.push(words.slice(m.index));
      previous = m.index;
    }
  }
  return out;
}

/** A citation key offered after `@`, as plain data; `convert.ts` makes it an LSP item. */
export interface CitationKeyCompletion {
  /** The key. */
  label: string;
  /** The key as written after the `@`: braced when Pandoc would not read it whole bare (`{Smith 2015}`). */
  insertText: string;
  /** "Author Year". */
  detail: string;
  /** What the editor filters on as more is typed: the key, the authors, the year and the title. */
  filterText: string;
  /** Title, container and DOI as markdown, the bibliography's text escaped. */
  documentation: string;
  /** The range the key replaces: what was typed after the `@`. */
  start: number;
  end: number;
  /** Where the key the cursor is in ends. */
  wordEnd: number;
  sortText: string;
}

/** What a key may hold after its `@`, as `findCitations` reads it. */
const keyCharacter = new RegExp(`[\\p{L}\\p{N}_${citationKeyPunctuation}]`, 'u');

/**
 * The bibliography's keys that start with what was typed after an `@` where a citation may start
 * (`[@`, `[see @`, `; @`, a narrative ` @`, at the start of a line), or after an `@{` (a key
 * written braced, which may hold spaces), case-insensitively; none in code, a link destination,
 * a URL or an e-mail address (`x@lab.org`); also in the value of the front matter's `nocite:`,
 * which Pandoc reads as markdown. After `@{` the key is inserted as it is, with the closing
 * brace when none follows on the line.
 */
export function completeCitationKeys(text: string, offset: number, masked: string, bibliography: Bibliography): { items: CitationKeyCompletion[]; isIncomplete: boolean } {
  const none = { items: [], isIncomplete: false };
  if (masked.length !== text.length) return none;
  let at = offset;
  while (at > 0 && offset - at < 200 && keyCharacter.test(text[at - 1]) && text[at - 1] !== '-') at--;
  const braced = text[at - 1] !== '@' ? bracedKeyStart(text, offset) : undefined;
  if (braced !== undefined) at = braced;
  else if (text[at - 1] !== '@') return none;
  const sign = braced === undefined ? at - 1 : at - 2;
  const before = text[sign - 1] === '-' ? sign - 2 : sign - 1;
  if (before >= 0 && /[\p{L}\p{N}_.@+-]/u.test(text[before])) return none;
  // The front matter is masked; an `@` there cites only in the value of `nocite:`.
  const quote = masked[sign] === '@' ? '' : nociteQuote(text, sign, offset);
  if (quote === undefined) return none;
  let wordEnd = offset;
  while (wordEnd < text.length && keyCharacter.test(text[wordEnd])) wordEnd++;
  // Inside `@{…}` what follows up to its `}` is the rest of the key; with no `}`, the editor's brace was not typed, and the item closes it.
  const close = braced === undefined ? -1 : bracedKeyEnd(text, offset);
  if (close !== -1) wordEnd = close;
  const written = (key: string) => (braced === undefined ? writtenCitationKey(key) : close === -1 ? `${key}}` : key);
  const typed = text.slice(at, offset).toLowerCase();
  const { keys, lower } = keysByLowerCase(bibliography);
  const items: CitationKeyCompletion[] = [];
  const offered = new Set<BibEntry>();
  // A key that holds `}` cannot be written braced, nor one that holds its quote in a quoted value.
  const offer = (entry: BibEntry, rank: number) => {
    const insertText = written(entry.key);
    if ((braced !== undefined && entry.key.includes('}')) || (quote !== '' && !holdsAsWritten(quote, insertText))) return;
    offered.add(entry);
    const filterText = `${entry.key} ${entry.authors.join(' ')} ${entry.year ?? ''} ${entry.title ?? ''}`.replace(/\s+/g, ' ').trim();
    items.push({ label: entry.key, insertText, detail: shortCitation(entry), filterText, documentation: describeEntry(entry, false), start: at, end: offset, wordEnd, sortText: `${rank}${String(items.length).padStart(3, '0')}` });
  };
  let i = partitionIndex(keys.length, (k) => lower[k] < typed);
  for (; i < keys.length && items.length < maxItems && lower[i].startsWith(typed); i++) offer(bibliography.entries.get(keys[i])!, 0);
  let isIncomplete = i < keys.length && lower[i].startsWith(typed);
  // Then the entries whose authors or year, and then whose title, have a word that starts with
  // what was typed (`@stellate`, `@muller`), as a reference manager's picker finds them: one
  // rarely remembers a key. Not inside `@{…}`, where a key may hold spaces.
  const word = braced === undefined && /^[\p{L}\p{N}]+$/u.test(typed) ? searchWords(typed) : '';
  if (word !== '' && !isIncomplete) {
    const { entries, people, titles } = entryWordsOf(bibliography);
    for (const [rank, words] of [[1, people], [2, titles]] as const) {
      for (let e = 0; e < entries.length && !isIncomplete; e++) {
        if (!words[e].includes(word) || offered.has(entries[e])) continue;
        if (items.length === maxItems) isIncomplete = true;
        else offer(entries[e], rank);
      }
    }
  }
  return { items, isIncomplete };
}

/**
 * The quote of the value of the front matter's `nocite:` that `sign` (an `@`) and `offset` lie
 * in (`"` or `'`; '' for a block or a plain value), or undefined when they lie in none. A quoted
 * value whose closing quote is not typed yet on the cursor's line counts: until it is, the front
 * matter is no YAML, and an editor closes no quote in markdown.
 */
function nociteQuote(text: string, sign: number, offset: number): string | undefined {
  if (sign >= frontMatterEnd(text)) return undefined;
  const valueIn = (scalars: OffsetRange[]) => scalars.find((r) => r.start <= sign && offset <= r.end);
  const scalars = nociteScalars(text);
  let value = valueIn(scalars);
  // Read again only when the front matter was no YAML (or had no nocite: value): a long one takes a second a read.
  if (scalars.length === 0) {
    let lineEnd = offset;
    while (lineEnd < text.length && text[lineEnd] !== '\n' && text[lineEnd] !== '\r') lineEnd++;
    for (const quote of ['"', "'"]) value ??= valueIn(nociteScalars(text.slice(0, lineEnd) + quote + text.slice(lineEnd)));
  }
  if (!value) return undefined;
  return text[value.start] === '"' || text[value.start] === "'" ? text[value.start] : '';
}

/** Whether a YAML string in `quote`s holds `written` as it is: `'` ends a single-quoted one; `"` ends a double-quoted one, and a backslash escapes in it. */
function holdsAsWritten(quote: string, written: string): boolean {
  return quote === "'" ? !written.includes("'") : !/["\\]/.test(written);
}

/** How far a braced key (`@{Smith 2015}`) runs, as `findCitations` reads one: 200 characters on one line. */
const maxBracedKey = 200;

/** Where the key starts when `offset` is inside an `@{` that is not closed before it: just after its `{`. */
function bracedKeyStart(text: string, offset: number): number | undefined {
  for (let i = offset; i > 0 && offset - i <= maxBracedKey; i--) {
    const c = text[i - 1];
    if (c === '{') return text[i - 2] === '@' ? i : undefined;
    if (c === '}' || c === '\n' || c === '\r' || c === '@') return undefined;
  }
  return undefined;
}

/** The `}` that closes the braced key `offset` is in, on its line, or -1. */
function bracedKeyEnd(text: string, offset: number): number {
  for (let i = offset; i < text.length && i - offset <= maxBracedKey; i++) {
    const c = text[i];
    if (c === '}') return i;
    if (c === '{' || c === '\n' || c === '\r' || c === '@' || c === '[' || c === ']' || c === ';') return -1;
  }
  return -1;
}
