import { findCitations } from './citations';
import type { ProseMap } from './markdown';

/** An identifier of a paper written in a note, and where it leads. */
export interface IdentifierLink {
  start: number;
  end: number;
  target: string;
  /** What opens, for the editor's tooltip. */
  tooltip: string;
}

/** The links of each analysed note's prose, made at the first request: a 1 MB note's citations are read once. */
const linksOf = new WeakMap<ProseMap, IdentifierLink[]>();

/**
 * The identifiers of papers a note writes in its prose, as links: a DOI (`10.1016/…`,
 * `doi:10.1016/…`) to doi.org, a PubMed id (`PMID: 31234567`) to PubMed, a PubMed Central id
 * (`PMC6543210`) to PMC, an arXiv id (`arXiv:2101.01234`, `arXiv:q-bio.CB/0601001`) to arXiv. Read
 * where the claims check reads citations (`findCitations`): not in code, front matter or HTML,
 * and a DOI's end leaves out the sentence's punctuation. One written inside a URL, a link's
 * destination or an autolink is left to the editor, which links those itself.
 */
export function identifierLinks(text: string, prose: ProseMap): IdentifierLink[] {
  let links = linksOf.get(prose);
  if (links) return links;
  links = [];
  const options = { masked: prose.masked, references: prose.references };
  for (const block of prose.blocks) {
    for (const c of findCitations(text, block.start, block.end, options)) {
      const id = c.keys?.[0];
      if (!id || !(c.kind === 'doi' || c.kind === 'pmid' || c.kind === 'pmcid' || c.kind === 'arxiv')) continue;
      if (/^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|<)/i.test(text.slice(c.start, c.end))) continue;
      links.push({ start: c.start, end: c.end, ...targetOf(c.kind, id) });
    }
  }
  linksOf.set(prose, links);
  return links;
}

function targetOf(kind: 'doi' | 'pmid' | 'pmcid' | 'arxiv', id: string): { target: string; tooltip: string } {
  switch (kind) {
    case 'doi':
      // Each part of the DOI as a path segment: `#`, `?` and `%` are characters of some DOIs, not of the address.
      return { target: `https://doi.org/${id.split('/').map(encodeURIComponent).join('/')}`, tooltip: `Open DOI ${id} at doi.org` };
    case 'pmid':
      return { target: `https://pubmed.ncbi.nlm.nih.gov/${id}/`, tooltip: `Open PMID ${id} in PubMed` };
    case 'pmcid':
      return { target: `https://pmc.ncbi.nlm.nih.gov/articles/${id.toUpperCase()}/`, tooltip: `Open ${id.toUpperCase()} in PubMed Central` };
    case 'arxiv':
      return { target: `https://arxiv.org/abs/${id}`, tooltip: `Open arXiv:${id} at arxiv.org` };
  }
}
