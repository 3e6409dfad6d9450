import { findCitations, type Citation, type CitationOptions } from './citations';
import { frontMatterEnd, type ProseMap } from './markdown';

/** An identifier of a paper written in a note, and where it leads. */
export interface IdentifierLink {
  start: number;
  end: number;
  target: string;
  /** What opens, for the editor's tooltip. */
  tooltip: string;
}

type IdentifierKind = 'doi' | 'pmid' | 'pmcid' | 'arxiv';

/** The links of each analysed note's prose, made at the first request: a 1 MB note's citations are read once. */
const linksOf = new WeakMap<ProseMap, IdentifierLink[]>();

/**
 * The identifiers of papers a note writes in its prose, as links: a DOI (`10.1016/…`,
 * `doi:10.1016/…`) to doi.org, a PubMed id (`PMID: 31234567`) to PubMed, a PubMed Central id
 * (`PMC6543210`) to PMC, an arXiv id (`arXiv:2101.01234`, `arXiv:q-bio.CB/0601001`) to arXiv. Read
 * where the claims check reads citations (`findCitations`): not in code or HTML, and a DOI's end
 * leaves out the sentence's punctuation; in the front matter, the value of a `doi:`, `pmid:`,
 * `pmcid:` or `arxiv:` field (`frontMatterLinks`). One inside a citation's brackets or
 * parentheses (`[@lee2019; doi:10.1000/x]`) is linked too. One written inside a URL, a link's
 * destination or label, an autolink or an HTML tag is not: the editor links the first three itself.
 */
export function identifierLinks(text: string, prose: ProseMap): IdentifierLink[] {
  const made = linksOf.get(prose);
  if (made) return made;
  const links: IdentifierLink[] = [];
  const options: CitationOptions = { masked: prose.masked, references: prose.references };
  const add = (c: Citation) => {
    const id = c.keys?.[0];
    if (id && isIdentifier(c.kind) && writtenInProse(text, prose.masked, c)) links.push({ start: c.start, end: c.end, ...targetOf(c.kind, id) });
  };
  for (const block of prose.blocks) {
    for (const c of findCitations(text, block.start, block.end, options)) {
      // A citation's brackets hold prose of their own ("see", "p. 3", an identifier beside a key).
      if (c.kind === 'pandoc' || (c.kind === 'author-year' && /^[[(]/.test(text[c.start]))) findCitations(text, c.start + 1, c.end - 1, options).forEach(add);
      else add(c);
    }
  }
  links.unshift(...frontMatterLinks(text));
  linksOf.set(prose, links);
  return links;
}

/**
 * A front matter field that names the note's paper by identifier (Quarto's and Pandoc's `doi:`,
 * also `pmid:`, `pmcid:`, `arxiv:`, at any depth: under `citation:` too), with its value, bare or
 * quoted; the value alone is linked. A DOI may be written as its doi.org address or with `doi:`.
 */
const frontMatterField = /^[ \t]*(?:-[ \t]+)?(doi|pmid|pmcid|arxiv)[ \t]*:[ \t]*(?:"([^"\r\n]*)"|'([^'\r\n]*)'|([^\s"'#][^\s]*))/gim;

const identifierValue: Record<IdentifierKind, RegExp> = {
  doi: /^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)?(10\.\d{4,9}\/\S+)$/i,
  pmid: /^(\d{1,9})$/,
  pmcid: /^(PMC\d{1,9})$/i,
  arxiv: /^(?:arxiv:)?(\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[a-z]{2})?\/\d{7}(?:v\d+)?)$/i,
};

/** The identifiers the front matter's fields give (`frontMatterField`), as links on their values. */
function frontMatterLinks(text: string): IdentifierLink[] {
  const end = frontMatterEnd(text);
  if (end === 0) return [];
  const links: IdentifierLink[] = [];
  const header = text.slice(0, end);
  frontMatterField.lastIndex = 0;
  for (let m = frontMatterField.exec(header); m; m = frontMatterField.exec(header)) {
    const kind = m[1].toLowerCase() as IdentifierKind;
    const value = m[2] ?? m[3] ?? m[4];
    const id = identifierValue[kind].exec(value)?.[1];
    if (!id) continue;
    const start = m.index + m[0].length - value.length - (m[4] === undefined ? 1 : 0);
    links.push({ start, end: start + value.length, ...targetOf(kind, id) });
  }
  return links;
}

function isIdentifier(kind: Citation['kind']): kind is IdentifierKind {
  return kind === 'doi' || kind === 'pmid' || kind === 'pmcid' || kind === 'arxiv';
}

/**
 * Whether an identifier the citations read (which may sit in masked text) is written in prose:
 * it starts in prose (`doi:`, `PMID`, `PMC`, `arXiv:2101…`), or it is a DOI or an old-style arXiv
 * id, which masking blanks as identifiers, whose blank starts with it. One in a URL, a link's
 * destination or label, an autolink or an HTML tag lies in a blank that starts before it.
 */
function writtenInProse(text: string, masked: string, c: Citation): boolean {
  if (masked.charCodeAt(c.start) === text.charCodeAt(c.start)) return true;
  if (!/^(?:10\.|arxiv:)/i.test(text.slice(c.start, c.start + 6))) return false;
  return c.start === 0 || masked.charCodeAt(c.start - 1) === text.charCodeAt(c.start - 1);
}

function targetOf(kind: IdentifierKind, id: string): { target: string; tooltip: string } {
  switch (kind) {
    case 'doi':
      return { target: doiUrl(id), tooltip: `Open DOI ${id} at doi.org` };
    case 'pmid':
      return { target: `https://pubmed.ncbi.nlm.nih.gov/${id}/`, tooltip: `Open PMID ${id} in PubMed` };
    case 'pmcid':
      return { target: `https://pmc.ncbi.nlm.nih.gov/articles/${id.toUpperCase()}/`, tooltip: `Open ${id.toUpperCase()} in PubMed Central` };
    case 'arxiv':
      return { target: `https://arxiv.org/abs/${id}`, tooltip: `Open arXiv:${id} at arxiv.org` };
  }
}

/** The doi.org address of a DOI, each part of it a path segment: `#`, `?`, `;` and `%` are characters of some DOIs, not of the address. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;
}
