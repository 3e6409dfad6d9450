import { frontMatterNocite, noteKeyAt, type Bibliography } from './bibliography';
import { citedKeys } from './citations';
import { termAt } from './hover';
import { parseProse, writtenCitationKey, type OffsetRange, type ProseMap } from './markdown';
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
