import type { BibEntry, Bibliography } from './bibliography';
import { findTerms, type TermIndex } from './matcher';

/** The entries of a bibliography by the terms their titles and keywords name, with how many entries name each. */
interface EntriesByTerm {
  entries: Map<string, BibEntry[]>;
  /** How many entries the bibliography has. */
  count: number;
}

/** Made at the first suggestion for a bibliography and a vocabulary: the titles of 50,000 entries take ~0.3 s. */
const byBibliography = new WeakMap<Bibliography, WeakMap<TermIndex, EntriesByTerm>>();

function entriesByTerm(bibliography: Bibliography, index: TermIndex): EntriesByTerm {
  let byIndex = byBibliography.get(bibliography);
  if (!byIndex) byBibliography.set(bibliography, (byIndex = new WeakMap()));
  let found = byIndex.get(index);
  if (found) return found;
  found = { entries: new Map(), count: bibliography.entries.size };
  for (const entry of bibliography.entries.values()) {
    if (!entry.title && !entry.keywords) continue;
    // A title is prose: its terms are found as a note's are; keywords one by one, each term once an entry.
    const texts = [entry.title ?? '', ...(entry.keywords?.split(/[,;]/) ?? [])];
    for (const termId of new Set(texts.flatMap((text) => findTerms(text, index).map((t) => t.termId)))) {
      const list = found.entries.get(termId);
      if (list) list.push(entry);
      else found.entries.set(termId, [entry]);
    }
  }
  byIndex.set(index, found);
  return found;
}

/**
 * The bibliography's entries whose titles or keywords name the terms of a claim, best first, at most
 * `limit`: an entry must name two of them (the one, when the claim has one), and those that name
 * more come first; of two that name as many, the one whose terms fewer entries name (a title on
 * HGF before one on liver regeneration, which most of a library names), then the newer, then by key.
 * Not evidence that the entry supports the claim: a place to look.
 */
export function suggestCitations(termIds: ReadonlySet<string>, bibliography: Bibliography, index: TermIndex, limit = 3): BibEntry[] {
  if (termIds.size === 0 || limit <= 0) return [];
  const { entries, count } = entriesByTerm(bibliography, index);
  const shared = new Map<BibEntry, { terms: number; weight: number }>();
  for (const termId of termIds) {
    const naming = entries.get(termId);
    if (!naming) continue;
    const weight = Math.log((count + 1) / naming.length);
    for (const entry of naming) {
      const score = shared.get(entry);
      if (score) {
        score.terms++;
        score.weight += weight;
      } else {
        shared.set(entry, { terms: 1, weight });
      }
    }
  }
  const needed = Math.min(2, termIds.size);
  return [...shared]
    .filter(([, score]) => score.terms >= needed)
    .sort(([a, x], [b, y]) => y.terms - x.terms || y.weight - x.weight || (b.year ?? '').localeCompare(a.year ?? '') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .slice(0, limit)
    .map(([entry]) => entry);
}
