import { noteKeyAt, shortCitation, type BibEntry, type Bibliography } from './bibliography';
import type { Citation } from './citations';
import { unbackedPart, type Claim } from './claims';
import { doiUrl } from './identifierLinks';
import type { ProseMap } from './markdown';
import { listed, onOneLine, relationText } from './listing';
import type { TermIndex } from './matcher';
import { fieldOrigins, originOf } from './origins';
import { partitionPoint } from './sorted';
import type { Origin, Term, TermMatch } from './types';

/** What a hover shows, by offsets into the document. */
export interface HoverInfo {
  start: number;
  end: number;
  markdown: string;
}

/** A passage of a source document that mentions a term. */
export interface SourcePassage {
  text: string;
  uri: string;
  /** Zero-based line in the source. */
  line: number;
  label: string;
}

/** The recognized term at `offset` (inclusive of its end, so a cursor right after a word counts). */
export function termAt(terms: readonly TermMatch[], offset: number): TermMatch | undefined {
  const match = terms[partitionPoint(terms, (m) => m.end < offset)];
  return match && match.start <= offset ? match : undefined;
}

/** The hover for the term at `offset`: kind, preferred name, definition, other names, source, related terms. */
export function termHover(terms: readonly TermMatch[], offset: number, index: TermIndex, passages: (termId: string) => SourcePassage[] = () => []): HoverInfo | undefined {
  const match = termAt(terms, offset);
  const term = match && index.terms.get(match.termId);
  if (!match || !term) return undefined;
  return { start: match.start, end: match.end, markdown: describeTerm(term, index, match, passages(term.id)) };
}

/**
 * Text of a vocabulary, a note or a source as markdown that shows it as written: no link, image,
 * HTML, code span, emphasis or character reference (`&amp;` stays `&amp;`) that it spells can
 * form, no line break can start a block, and no bidirectional control can reorder it.
 * Hovers quote what a team writes in its files and settings; an editor that renders links from
 * them would follow `[x](https://…)` or fetch `![](https://…)` for whoever wrote them.
 */
export function markdownText(text: string): string {
  // And a list marker or a setext underline at the start, where the text may begin a line of the hover;
  // white space there would make it an indented code block, which shows the escapes themselves.
  return text
    .trim()
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/[\\`*_[\]<>|!#~&]/g, '\\$&')
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2')
    // A bidirectional control would reorder what follows it as shown ("Trojan Source"): it is named instead.
    .replace(bidiControls, (c) => `⟨U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}⟩`);
}

/** The characters that change the direction text is shown in (embeddings, overrides and isolates; not the marks, which right-to-left scripts need). */
const bidiControls = /[\u202a-\u202e\u2066-\u2069]/g;

/** A list of names as markdown text. */
function names(list: readonly string[]): string {
  return listed(list, markdownText);
}

/** A term as markdown: used by hovers and completion documentation. */
export function describeTerm(term: Term, index: TermIndex, match?: TermMatch, passages: SourcePassage[] = []): string {
  const lines: string[] = [];
  const label = markdownText(term.label);
  const abbreviations = term.abbreviations.length ? ` (${names(term.abbreviations)})` : '';
  lines.push(`**${label}**${abbreviations} · *${term.kind}*`);
  if (term.definition) lines.push('', markdownText(term.definition));
  if (match?.role === 'deprecated') lines.push('', `*${markdownText(match.text)}* is not the preferred name: write *${label}*.`);
  if (match?.ambiguous) {
    lines.push('', `⚠ *${markdownText(match.ambiguous.form)}* is ambiguous: here it means *${label}*; elsewhere it also means ${listed(match.ambiguous.alsoMeans, (m) => `*${markdownText(m)}*`)}.`);
  }
  const facts: string[] = [];
  if (term.synonyms.length) facts.push(`**Also:** ${names(term.synonyms)}`);
  if (term.deprecated.length) facts.push(`**Not preferred:** ${names(term.deprecated)}`);
  if (term.source) facts.push(`**Source:** ${(originOf(term, 'source')?.layer ?? 'builtin') !== 'builtin' ? markdownText(term.source) : `review, “${markdownText(term.source)}”`}`);
  const related = term.related.map((id) => index.terms.get(id)?.label).filter((l): l is string => !!l);
  if (related.length) facts.push(`**Related:** ${names(related)}`);
  if (term.xrefs.length) facts.push(`**Ontology:** ${listed(term.xrefs, xrefLink)}`);
  const layers = describeOrigins(term);
  if (layers) facts.push(`**From:** ${layers}`);
  if (facts.length) lines.push('', facts.join('  \n'));
  if (passages.length) {
    lines.push('', '**In your sources:**');
    for (const p of passages.slice(0, 3)) lines.push(`> ${markdownText(p.text)} — [${markdownText(p.label)}:${p.line + 1}](${linkTarget(`${p.uri}#L${p.line + 1}`)})`, '');
  }
  return lines.join('\n').trimEnd();
}

function xrefLink(xref: string): string {
  const [prefix, local] = [xref.slice(0, xref.indexOf(':')), encodeURIComponent(xref.slice(xref.indexOf(':') + 1))];
  const text = markdownText(xref);
  // encodeURIComponent leaves parentheses: 'GO:1)**x' closed the link early, and '**x' was markdown again.
  const link = (url: string) => `[${text}](${linkTarget(url)})`;
  const obo = ['CL', 'GO', 'CHEBI', 'UBERON', 'PR', 'SO'];
  if (obo.includes(prefix.toUpperCase())) return link(`http://purl.obolibrary.org/obo/${prefix.toUpperCase()}_${local}`);
  if (prefix === 'HGNC') return link(`https://www.genenames.org/data/gene-symbol-report/#!/hgnc_id/${encodeURIComponent(xref)}`);
  if (prefix === 'MeSH') return link(`https://meshb.nlm.nih.gov/record/ui?ui=${local}`);
  if (prefix === 'miRBase') return link(`https://www.mirbase.org/mature/${local}`);
  return text;
}

/** A link's target with the characters that would end it (spaces, brackets) escaped. */
function linkTarget(uri: string): string {
  return uri.replace(/[\s()<>[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** Which layers contributed to a term, when any layer beyond the built-in one did. */
function describeOrigins(term: Term): string | undefined {
  const origins = fieldOrigins(term);
  if (origins.length === 0) return undefined;
  const parts = new Map<string, string[]>();
  for (const [field, origin] of origins) {
    const name = originName(origin);
    parts.set(name, [...(parts.get(name) ?? []), field === 'term' ? 'entry' : field]);
  }
  if (parts.size === 1 && parts.has('built-in')) return undefined;
  return [...parts].map(([name, fields]) => `${name} (${fields.join(', ')})`).join('; ');
}

/** The last part of a path or URI: what a hover names a file by. */
function fileName(file: string): string {
  return file.split(/[\\/]/).pop() ?? file;
}

function originName(origin: Origin): string {
  if (origin.layer === 'builtin') return 'built-in';
  if (origin.layer === 'settings') return 'settings';
  const file = markdownText(origin.file === undefined ? 'file' : fileName(origin.file));
  return origin.line !== undefined ? `${file} line ${origin.line + 1}` : file;
}

/**
 * The hover on the verb of a claim the review (or a source) backs: which relation supports it,
 * or which one it contradicts. On the verb or evidential cue of a claim a citation covers, with
 * the note's `text`: the citations that cover it, as written, with the bibliography's entry of
 * each key (who, when, title), so a reader sees the evidence a citation in the paragraph gives.
 */
export function claimHover(claims: readonly Claim[], offset: number, index: TermIndex, text?: string, bibliography?: Bibliography): HoverInfo | undefined {
  for (const claim of claims) {
    if (offset < claim.start || offset > claim.end) continue;
    const relation = claim.relations.find((r) => offset >= r.start && offset <= r.end && r.backing && (r.verdict === 'supported' || r.verdict === 'contradicted'));
    if (!relation?.backing) {
      if (claim.status !== 'cited' || !claim.citations || text === undefined) return undefined;
      const on = claim.relations.find((r) => offset >= r.start && offset <= r.end) ?? (claim.cue && offset >= claim.cue.start && offset <= claim.cue.end ? claim.cue : undefined);
      return on && { start: on.start, end: on.end, markdown: citedBy(claim, claim.citations, text, bibliography) };
    }
    const backing = relation.backing;
    const unbacked = unbackedPart(claim, relation);
    const label = (id: string) => index.terms.get(id)?.label ?? id;
    const statement = backing.statement ?? `${relationText(backing, label)}.`;
    const from = backing.origin?.layer === 'file' && backing.origin.file ? `your source ${markdownText(backing.source)}` : `the review, “${markdownText(backing.source)}”`;
    const verdict =
      relation.verdict === 'contradicted'
        ? `**Contradicts** ${from}`
        : claim.status === 'unsupported' && unbacked !== undefined
          ? `**The relation** is in ${from}, but not '${markdownText(onOneLine(unbacked))}'`
          : `**Supported** by ${from}`;
    return { start: relation.start, end: relation.end, markdown: `${verdict}:\n\n> ${markdownText(statement)}` };
  }
  return undefined;
}

/** The most citations a cited claim's hover lists; the others are counted. */
const maxCitationsShown = 10;

/** The citations that cover a claim, as a hover: each as written, and each key's entry in the bibliography. */
function citedBy(claim: Claim, citations: readonly Citation[], text: string, bibliography: Bibliography | undefined): string {
  const inSentence = citations.every((c) => c.start >= claim.start && c.end <= claim.end);
  const lines = citations.slice(0, maxCitationsShown).map((c) => {
    const written = `\`${onOneLine(text.slice(c.start, c.end)).replace(/`/g, "'")}\``;
    const entries = (c.kind === 'pandoc' || c.kind === 'narrative' ? (c.keys ?? []) : []).map((key) => bibliography?.entries.get(key)).filter((e): e is BibEntry => e !== undefined);
    const described = entries.map((e) => [shortCitation(e), e.title ? `*${markdownText(e.title)}*` : ''].filter((p) => p).join(', ')).join('; ');
    return `- ${written}${described ? `: ${described}` : ''}`;
  });
  if (citations.length > maxCitationsShown) lines.push(`- and ${citations.length - maxCitationsShown} more`);
  return `**Cited**${inSentence ? '' : ' in its paragraph'}:\n\n${lines.join('\n')}`;
}

/** A bibliography entry as markdown, every part of it escaped: a completion's documentation, or a hover (`withHeading`: its key, authors and year first). */
export function describeEntry(entry: BibEntry, withHeading = true): string {
  const lines: string[] = [];
  if (withHeading) {
    const authors = entry.authors.length ? listed(entry.authors, markdownText, entry.authors.length) + (entry.moreAuthors ? ` and ${entry.moreAuthors} more` : '') + (entry.others ? ' et al.' : '') : '';
    lines.push([`**@${markdownText(entry.key)}**`, authors, entry.year ? `(${entry.year})` : ''].filter((p) => p).join(' · '));
  }
  if (entry.title) lines.push(`*${markdownText(entry.title)}*`);
  if (entry.container) lines.push(markdownText(entry.container));
  if (entry.doi) lines.push(`DOI: [${markdownText(entry.doi)}](${linkTarget(doiUrl(entry.doi))})`);
  lines.push(`${markdownText(fileName(entry.file))} line ${entry.line + 1}`);
  return lines.join('\n\n');
}

/** The hover on a cited key that the bibliography has, in prose or in the front matter's `nocite:`: its entry. */
export function citationHover(text: string, prose: ProseMap, offset: number, bibliography: Bibliography): HoverInfo | undefined {
  const cited = noteKeyAt(text, prose, offset);
  const entry = cited && bibliography.entries.get(cited.key);
  return entry ? { start: cited.start, end: cited.end, markdown: describeEntry(entry) } : undefined;
}
