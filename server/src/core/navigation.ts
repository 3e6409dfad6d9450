import { frontMatterNocite, noteKeyAt, type Bibliography } from './bibliography';
import { citedKeys } from './citations';
import { termAt } from './hover';
import { parseProse, writtenCitationKey, type OffsetRange, type ProseMap } from './markdown';
import { lineStarts } from './lines';
import { clipped } from './listing';
import { findTerms, type TermIndex } from './matcher';
import { forEachOrigin } from './origins';
import type { Term, TermMatch } from './types';

/** What the cursor is on, for navigation: a recognized term (any of its forms) or a cited key. */
export type NavigationTarget = { kind: 'term'; termId: string; start: number; end: number } | { kind: 'citation'; key: string; start: number; end: number };

/** A place in a file other than the note, by line: where a term's entry or a bibliography entry is written. */
export interface EntryPlace {
  /** The file's path (or URI), as the vocabulary or bibliography reader was given it. */
  file: string;
  /** Zero-based line. */
  line: number;
}

/** Where a form or key is written in a file: zero-based line, and UTF-16 columns on it. */
export interface EntrySpan {
  line: number;
  start: number;
  end: number;
}

/** The most lines an entry is searched over: an entry longer than this is searched in its first lines only. */
const maxEntryLines = 200;

/**
 * Where, in the entry of a vocabulary, bibliography or settings file that starts on line `line`,
 * the first of `wanted` is written (in that order of preference; whole, as written or else in any
 * case): on the entry's line or a line below it that belongs to it, one indented further or blank
 * (a YAML list item's keys, a JSON object's members, a BibTeX entry's fields). Undefined when none
 * is there, or the file has no such line (it changed since it was read).
 */
export function spanInEntry(text: string, line: number, wanted: readonly string[]): EntrySpan | undefined {
  const starts = lineStarts(text);
  if (!(line >= 0 && line < starts.length)) return undefined;
  const lineText = (l: number) => text.slice(starts[l], l + 1 < starts.length ? starts[l + 1] : text.length).replace(/\r?\n$|\r$/, '');
  const indentOf = (s: string) => s.length - s.trimStart().length;
  const lines = [lineText(line)];
  const indent = indentOf(lines[0]);
  for (let l = line + 1; l < starts.length && lines.length < maxEntryLines; l++) {
    const next = lineText(l);
    if (next.trim() !== '' && indentOf(next) <= indent) break;
    lines.push(next);
  }
  for (const word of wanted) {
    if (word === '') continue;
    // As written first (the label c-Met, not the id c-met on the line above it), then in any case.
    for (const caseless of [false, true]) {
      for (let k = 0; k < lines.length; k++) {
        const at = wholeIndexOf(lines[k], word, caseless);
        if (at !== -1) return { line: line + k, start: at, end: at + word.length };
      }
    }
  }
  return undefined;
}

/** Where `word` is written in `line`, not as part of a longer word or name (`MET` is not in `c-met`); -1 when it is not. */
function wholeIndexOf(line: string, word: string, caseless: boolean): number {
  let [hay, needle] = [line, word];
  if (caseless) {
    // Lower-casing that changes a length (İ) would move the columns: such text is searched as written only.
    [hay, needle] = [line.toLowerCase(), word.toLowerCase()];
    if (hay.length !== line.length || needle.length !== word.length) return -1;
  }
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) {
    if (!namePart.test(line.charAt(at - 1)) && !namePart.test(line.charAt(at + word.length))) return at;
  }
  return -1;
}

/** A character that continues a word or a name: a letter, a digit, or a - or _ that joins them (c-met, IL_6). */
const namePart = /^[\p{L}\p{N}_-]$/u;

/** What is at `offset` of an analysed note: a cited key first (a key may spell a term; one in the front matter's `nocite:` too), then a term. */
export function navigationTargetAt(text: string, prose: ProseMap, terms: readonly TermMatch[], offset: number): NavigationTarget | undefined {
  const key = noteKeyAt(text, prose, offset);
  if (key) return { kind: 'citation', key: key.key, start: key.start, end: key.end };
  const term = termAt(terms, offset);
  return term && { kind: 'term', termId: term.termId, start: term.start, end: term.end };
}

/** Every mention of `target` in an analysed note, in document order: each form of the term, or each citation of the key (in `nocite:` too). */
export function mentionsOf(text: string, prose: ProseMap, terms: readonly TermMatch[], target: NavigationTarget): OffsetRange[] {
  if (target.kind === 'term') return terms.filter((t) => t.termId === target.termId).map(({ start, end }) => ({ start, end }));
  return [...frontMatterNocite(text), ...citedKeys(text, prose.blocks, { masked: prose.masked, references: prose.references })]
    .filter((k) => k.key === target.key)
    .map(({ start, end }) => ({ start, end }));
}

/**
 * Every mention of `target` in a note that has not been analysed (one on disk): its prose is
 * found and read for terms or citations only, with no claims, findings or directives, and
 * nothing of it is kept. A note that cannot cite the key (its text does not hold it) is not parsed.
 */
export function findMentions(text: string, index: TermIndex, target: NavigationTarget): OffsetRange[] {
  if (target.kind === 'citation' && !text.includes(target.key)) return [];
  const prose = parseProse(text);
  const terms = target.kind === 'term' ? findTerms(prose.masked, index, 0, text.length, prose.blocks, text) : [];
  return mentionsOf(text, prose, terms, target);
}

/**
 * The places a team wrote entries of the term: each vocabulary file and line that set a part of
 * it, the entry that made it first, each once. None for a term that only the built-in vocabulary
 * writes, nor for one written where no file is known (settings handed over by the editor).
 */
export function termEntryPlaces(term: Term): EntryPlace[] {
  const places: EntryPlace[] = [];
  forEachOrigin(term, (origin) => {
    if (origin.layer === 'builtin' || origin.file === undefined) return;
    const line = origin.line ?? 0;
    if (!places.some((p) => p.file === origin.file && p.line === line)) places.push({ file: origin.file, line });
  });
  return places;
}

/** Where `target` is defined: the term's entries in team files, or the key's bibliography entry; none when it has no such place. */
export function definitionPlaces(target: NavigationTarget, index: TermIndex, bibliography: Bibliography | undefined): EntryPlace[] {
  if (target.kind === 'term') {
    const term = index.terms.get(target.termId);
    return term ? termEntryPlaces(term) : [];
  }
  const entry = bibliography?.entries.get(target.key);
  return entry ? [{ file: entry.file, line: entry.line }] : [];
}

/**
 * The key alone in a citation of it (`mentionsOf`, `findMentions` give them from the `@`): past
 * the `@`, and inside the braces of `@{key}`. What a rename replaces.
 */
export function citedKeyText(text: string, citation: OffsetRange): OffsetRange {
  return text[citation.start + 1] === '{' ? { start: citation.start + 2, end: citation.end - 1 } : { start: citation.start + 1, end: citation.end };
}

/**
 * Why `name` cannot be the new name of a cited key, or undefined when it can: it must be a key
 * Pandoc reads whole written bare after an `@`, which every bibliography format can hold as it is.
 */
export function newKeyProblem(name: string): string | undefined {
  if (name.trim() === '') return 'A citation key cannot be empty.';
  if (writtenCitationKey(name) !== name) return `'${clipped(name)}' is not a key Pandoc reads written bare after an @: letters, digits and _, with : . # $ % & + ? < > ~ / - only between them.`;
  return undefined;
}
