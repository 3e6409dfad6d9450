import type { BibEntry, Bibliography } from './bibliography';
import { findTerms, type TermIndex } from './matcher';
import type { Term } from './types';

/** What an entry is searched in: its title and keywords in lower case, made once for each bibliography. */
interface SearchTexts {
  entries: BibEntry[];
  texts: string[];
  /** The entries (indices) whose text holds a probe of each term looked for so far, by term id. */
  mayName: Map<string, Int32Array>;
}

const searchTexts = new WeakMap<Bibliography, SearchTexts>();

function searchTextsOf(bibliography: Bibliography): SearchTexts {
  let found = searchTexts.get(bibliography);
  if (!found) {
    const entries = [...bibliography.entries.values()];
    found = { entries, texts: entries.map((e) => `${e.title ?? ''}\n${e.keywords ?? ''}`.normalize('NFKC').toLowerCase()), mayName: new Map() };
    searchTexts.set(bibliography, found);
  }
  return found;
}

/**
 * What a text that names the term must hold, whatever way it writes it: for each form, the first
 * five letters of its longest word, lower case, with Greek letters left out (TNF-α is written
 * TNF-alpha too, and IL-6 IL6; "mitochondrion" and "mitochondria" share "mitoc"). Undefined when a
 * form has no such word (a Greek letter alone): every text may then name it.
 */
function probesOf(term: Term): string[] | undefined {
  const probes: string[] = [];
  for (const form of [term.label, ...term.abbreviations, ...term.synonyms, ...term.deprecated]) {
    const words = form.normalize('NFKC').toLowerCase().replace(/\p{Script=Greek}/gu, ' ').match(/[\p{L}\p{N}]+/gu);
    if (!words) return undefined;
    probes.push(words.reduce((a, b) => (b.length > a.length ? b : a)).slice(0, 5));
  }
  return probes;
}

/** The entries (indices) whose text may name the term: those that hold a probe of one of its forms; kept for the next claim that names it. */
function entriesThatMayName(search: SearchTexts, term: Term): Int32Array {
  let found = search.mayName.get(term.id);
  if (!found) {
    const probes = probesOf(term);
    const indices: number[] = [];
    for (let e = 0; e < search.texts.length; e++) if (!probes || probes.some((probe) => search.texts[e].includes(probe))) indices.push(e);
    search.mayName.set(term.id, (found = Int32Array.from(indices)));
  }
  return found;
}

/** The terms an entry's title and keywords name, found as a note's are; keywords one by one, so that no term spans two. */
function termsNamed(entry: BibEntry, index: TermIndex): Set<string> {
  const texts = [entry.title ?? '', ...(entry.keywords?.split(/[,;]/) ?? [])];
  return new Set(texts.flatMap((text) => findTerms(text, index).map((t) => t.termId)));
}

/** How well an entry matches: how many of the claim's terms it names, and how rare they are. */
interface Score {
  terms: number;
  weight: number;
}

/**
 * The bibliography's entries whose titles or keywords name the terms of a claim, best first, at
 * most `limit`: an entry must name two of them (the one, when the claim has one), and those that
 * name more come first; of two that name as many, the one whose terms fewer entries name (a title
 * on HGF before one on liver regeneration, which most of a library names), then the newer, then by
 * key. Not evidence that the entry supports the claim: a place to look.
 *
 * No index of a library's terms is kept: a library that a reference manager exports again at each
 * change would be read again each time (50,000 titles, ~1 s). Each term's forms are looked for as
 * plain text first (`probesOf`), which tells how many entries may name it and which entries may
 * name enough of the terms; recognition reads those, best first, until no other can do better.
 */
export function suggestCitations(termIds: ReadonlySet<string>, bibliography: Bibliography, index: TermIndex, limit = 3): BibEntry[] {
  if (termIds.size === 0 || limit <= 0) return [];
  const terms = [...termIds].map((id) => index.terms.get(id)).filter((t): t is Term => t !== undefined);
  const search = searchTextsOf(bibliography);
  const { entries } = search;
  // For each entry that may name some of the terms, which ones; and how many entries may name each.
  const mayName = new Map<number, number[]>();
  const counts = terms.map((term, t) => {
    const found = entriesThatMayName(search, term);
    for (const e of found) {
      const list = mayName.get(e);
      if (list) list.push(t);
      else mayName.set(e, [t]);
    }
    return found.length;
  });
  const weights = counts.map((count) => Math.log((entries.length + 1) / Math.max(1, count)));
  const scoreOf = (named: readonly number[]): Score => ({ terms: named.length, weight: named.reduce((sum, t) => sum + weights[t], 0) });
  const needed = Math.min(2, termIds.size);
  const compare = (a: { entry: BibEntry; score: Score }, b: { entry: BibEntry; score: Score }) =>
    b.score.terms - a.score.terms || b.score.weight - a.score.weight || (b.entry.year ?? '').localeCompare(a.entry.year ?? '') || (a.entry.key < b.entry.key ? -1 : a.entry.key > b.entry.key ? 1 : 0);
  // What the plain text promises is the most recognition can confirm: read in that order, the search ends once no promise beats the worst kept.
  const promising = [...mayName]
    .filter(([, named]) => named.length >= needed)
    .map(([e, named]) => ({ entry: entries[e], named, score: scoreOf(named) }))
    .sort(compare);
  const kept: { entry: BibEntry; score: Score }[] = [];
  for (const candidate of promising) {
    if (kept.length === limit && compare(candidate, kept[limit - 1]) >= 0) break;
    const recognized = termsNamed(candidate.entry, index);
    const named = candidate.named.filter((t) => recognized.has(terms[t].id));
    if (named.length < needed) continue;
    kept.push({ entry: candidate.entry, score: scoreOf(named) });
    kept.sort(compare);
    if (kept.length > limit) kept.pop();
  }
  return kept.map((k) => k.entry);
}
