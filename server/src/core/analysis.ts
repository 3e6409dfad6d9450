import { unknownKeyFindings, type Bibliography } from './bibliography';
import type { Citation } from './citations';
import { claimFindings, findClaimsIn, type CitationScope, type Claim, type ClaimContext, type ClaimInput, type ClaimRelation, type ClaimTerm, type ResultCueMode } from './claims';
import { parseDirectives } from './directives';
import { atxHeadingAt, frontMatterEnd, parseProseLayout, type OffsetRange, type ProseBlock, type ProseLayout, type ProseMap } from './markdown';
import { findTerms, type TermIndex } from './matcher';
import { termFindings } from './termFindings';
import type { Finding, FindingCode, Level, TermMatch } from './types';
import { partitionPoint, upperBound } from './sorted';


export interface AnalysisOptions {
  citationScope: CitationScope;
  /** The level of each finding code; `off` drops it. */
  levels: Record<FindingCode, Level>;
  /**
   * The note's URI as the sources name their documents (`SourceDocument.uri`): when the sources
   * include the note, the relations read from it back none of its own claims.
   */
  noteUri?: string;
  /** The entries the note's citation keys are checked against; without one, keys are not checked (`citation.unknown-key`). */
  bibliography?: Bibliography;
  /** The team's own claim cues (`regenNotes.claims.cues`). */
  claimCues?: readonly string[];
  /** `regenNotes.claims.resultCues`; `always` when not given. */
  resultCues?: ResultCueMode;
}

export const defaultLevels: Record<FindingCode, Level> = {
  'claim.unsupported': 'warning',
  'claim.contradicts-review': 'warning',
  'term.non-preferred': 'hint',
  'term.ambiguous': 'information',
  'vocabulary.invalid': 'error',
  'citation.unknown-key': 'warning',
  'bibliography.invalid': 'warning',
};

export const defaultAnalysisOptions: AnalysisOptions = { citationScope: 'paragraph', levels: defaultLevels };

/** Everything the features need to know about one version of a document. */
export interface DocumentAnalysis {
  text: string;
  prose: ProseMap;
  terms: TermMatch[];
  /** One per sentence of every paragraph and table cell, with its status. */
  claims: Claim[];
  /** Findings that are switched on and not silenced by a directive, in document order. */
  findings: Finding[];
}

/**
 * Analyses a markdown note: prose, terms, claims and findings. `index` decides what a term is
 * and which relations back a claim. Pure; never throws on any text.
 */
export function analyzeDocument(text: string, index: TermIndex, options: AnalysisOptions = defaultAnalysisOptions): DocumentAnalysis {
  const { prose, layout } = parseProseLayout(text);
  const terms = findTerms(prose.masked, index, 0, text.length, prose.blocks, text);
  const claimsOn = claimsAreOn(options);
  const found = claimsOn ? findClaimsIn(claimInput(text, prose, terms, index, options), 0, prose.blocks.length) : undefined;
  const claims = found ? found.claims : [];
  const analysis = withFindings(text, prose, terms, claims, index, options);
  layouts.set(analysis, { layout, context: found?.context, index, options, loneCarriageReturns: hasLoneCarriageReturn(text, 0, text.length) });
  return analysis;
}

function claimsAreOn(options: AnalysisOptions): boolean {
  return options.levels['claim.unsupported'] !== 'off' || options.levels['claim.contradicts-review'] !== 'off';
}

/**
 * The analysis with its findings: those of `terms` and `claims`, and the unknown citation keys of
 * the blocks `[fromBlock, toBlock)` (all of them unless told) and, with `frontMatter`, of the
 * front matter's `nocite:`.
 */
function withFindings(text: string, prose: ProseMap, terms: TermMatch[], claims: Claim[], index: TermIndex, options: AnalysisOptions, fromBlock = 0, toBlock = prose.blocks.length, frontMatter = true): DocumentAnalysis {
  const directives = parseDirectives(text, prose);
  const keys = options.bibliography && options.levels['citation.unknown-key'] !== 'off' ? unknownKeyFindings(text, prose.blocks, { masked: prose.masked, references: prose.references }, options.bibliography, fromBlock, toBlock, frontMatter) : [];
  const findings = [...termFindings(terms, index, prose, text), ...claimFindings(claims, index), ...keys]
    .filter((f) => options.levels[f.code] !== 'off' && !directives.isSuppressed(f.code, f.start, f.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, prose, terms, claims, findings };
}

/** What an analysis was computed from, beyond its own data; kept aside so analyses stay plain data. */
interface AnalysisBasis {
  layout: ProseLayout;
  /** Absent when claims were off. */
  context?: ClaimContext;
  index: TermIndex;
  options: AnalysisOptions;
  /**
   * Whether the text holds a carriage return that is not part of a CRLF line break; one that does
   * is always analysed in full. CRLF line endings (notes saved on Windows) are updated as LF ones.
   */
  loneCarriageReturns: boolean;
}

const layouts = new WeakMap<DocumentAnalysis, AnalysisBasis>();

/**
 * The analysis of `text`, equal to `analyzeDocument(text, index, options)`, computed from the
 * analysis of an earlier version of the document: the top-level blocks around the edit are
 * parsed and analysed again, the others are reused with their offsets shifted. Falls back to a
 * full analysis when the edit may reach further (front matter, reference or footnote
 * definitions, carriage returns other than CRLF line breaks, a block that does not end where it did).
 */
export function updateAnalysis(previous: DocumentAnalysis, text: string, index: TermIndex, options: AnalysisOptions = defaultAnalysisOptions): DocumentAnalysis {
  const old = previous.text;
  const basis = layouts.get(previous);
  // Without its basis, the options an analysis was made with are not known: the same text keeps it.
  if (!basis) return text === old ? previous : analyzeDocument(text, index, options);
  if (basis.index !== index || !sameOptions(basis.options, options)) return analyzeDocument(text, index, options);
  if (text === old) return previous;
  if (basis.loneCarriageReturns) return analyzeDocument(text, index, options);
  const { prefix, suffix } = commonEnds(old, text);
  // The old text has no lone carriage return, so the new one has one only where the edit wrote it,
  // or just before it, where the edit took the line feed after one.
  if (hasLoneCarriageReturn(text, prefix - 1, text.length - suffix)) return analyzeDocument(text, index, options);
  const oldEditEnd = old.length - suffix;
  const delta = text.length - old.length;
  const frontMatter = frontMatterEnd(old);
  if (prefix < frontMatter || frontMatterEnd(text) !== frontMatter || (frontMatter === 0 && prefix < 4)) return analyzeDocument(text, index, options);

  const { topStarts, topContainers } = basis.layout;
  // The window starts at a top-level block that may start one (after a blank line, an item of a
  // top-level list, or a heading), one block before the edited one.
  let first = upperBound(topStarts, prefix) - 2;
  while (first > 0 && !mayStartWindow(old, topStarts[first])) first--;
  const start = first > 0 ? topStarts[first] : 0;
  const containerBase = first > 0 ? topContainers[first] : 0;
  // It ends at such a block whose line before is unchanged; parsing one block further checks that the block still starts there.
  let next = upperBound(topStarts, oldEditEnd);
  while (next < topStarts.length && !(mayStartWindow(old, topStarts[next]) && lineStartBefore(old, topStarts[next]) > oldEditEnd)) next++;
  const oldEnd = next < topStarts.length ? topStarts[next] : old.length;
  const newEnd = oldEnd + delta;
  const checkEnd = next + 1 < topStarts.length ? topStarts[next + 1] + delta : text.length;
  const parsed = parseProseLayout(text.slice(start, checkEnd), start === 0);
  // A reference definition written, changed or removed changes which labels are links anywhere in the note.
  if (parsed.prose.references.size > 0 || (previous.prose.references.size > 0 && old.slice(start, oldEnd).includes(']:'))) return analyzeDocument(text, index, options);
  const windowTops = parsed.layout.topStarts;
  let windowTopCount = windowTops.length;
  let windowContainers = parsed.layout.containerCount;
  if (next < topStarts.length) {
    windowTopCount = upperBound(windowTops, newEnd - start - 1);
    if (windowTops[windowTopCount] !== newEnd - start) return analyzeDocument(text, index, options);
    windowContainers = parsed.layout.topContainers[windowTopCount];
  }
  const containerShift = containerBase + windowContainers - (next < topStarts.length ? topContainers[next] : basis.layout.containerCount);
  const oldProse = previous.prose;
  // The block after the window, which the edit did not touch, must come out of the window's parse
  // as it was, or the edit reached further than the window.
  if (next < topStarts.length) {
    if (!sameBlocks(oldProse.blocks, oldEnd, checkEnd - delta, parsed.prose.blocks, newEnd - start, oldEnd - (newEnd - start), containerBase - containerShift)) return analyzeDocument(text, index, options);
  }

  // Prose: blocks, comments and masked text, spliced.
  const shiftBlock = (b: ProseBlock, by: number, ids: number): ProseBlock => {
    const moved: ProseBlock = { kind: b.kind, start: b.start + by, end: b.end + by, container: b.container };
    if (b.containerId !== undefined) moved.containerId = b.containerId + ids;
    if (b.footnoteLabel !== undefined) moved.footnoteLabel = b.footnoteLabel;
    return moved;
  };
  const blocksBefore = firstStartingAt(oldProse.blocks, start);
  const blocksAfter = firstStartingAt(oldProse.blocks, oldEnd);
  const windowBlocks = parsed.prose.blocks.filter((b) => b.start < newEnd - start).map((b) => shiftBlock(b, start, containerBase));
  const blocks = oldProse.blocks.slice(0, blocksBefore).concat(windowBlocks, oldProse.blocks.slice(blocksAfter).map((b) => shiftBlock(b, delta, containerShift)));
  const spliceComments = (oldList: OffsetRange[], windowList: OffsetRange[]): OffsetRange[] => [
    ...oldList.filter((c) => c.start < start),
    ...windowList.filter((c) => c.start < newEnd - start).map((c) => ({ start: c.start + start, end: c.end + start })),
    ...oldList.filter((c) => c.start >= oldEnd).map((c) => ({ start: c.start + delta, end: c.end + delta })),
  ];
  const k = basis.layout.blockComments;
  const blockComments = spliceComments(oldProse.comments.slice(0, k), parsed.prose.comments.slice(0, parsed.layout.blockComments));
  const inlineComments = spliceComments(oldProse.comments.slice(k), parsed.prose.comments.slice(parsed.layout.blockComments));
  const masked = oldProse.masked.slice(0, start) + parsed.prose.masked.slice(0, newEnd - start) + oldProse.masked.slice(oldEnd);
  const prose: ProseMap = { masked, blocks, comments: [...blockComments, ...inlineComments], references: oldProse.references };
  const layout: ProseLayout = {
    topStarts: [...topStarts.slice(0, Math.max(first, 0)), ...windowTops.slice(0, windowTopCount).map((t) => t + start), ...topStarts.slice(next).map((t) => t + delta)],
    topContainers: [...topContainers.slice(0, Math.max(first, 0)), ...parsed.layout.topContainers.slice(0, windowTopCount).map((c) => c + containerBase), ...topContainers.slice(next).map((c) => c + containerShift)],
    containerCount: basis.layout.containerCount + containerShift,
    blockComments: blockComments.length,
  };

  // Terms: a blank line on each side of the window keeps every form inside or outside it.
  const oldTerms = previous.terms;
  const termsBefore = firstStartingAt(oldTerms, start);
  const termsAfter = firstStartingAt(oldTerms, oldEnd);
  const terms = oldTerms.slice(0, termsBefore).concat(findTerms(masked, index, start, newEnd, blocks, text), oldTerms.slice(termsAfter).map((t) => shiftTerm(t, delta)));

  // Claims: the window holds whole container groups; footnotes that cite must not change.
  let claims: Claim[] = [];
  let context: ClaimContext | undefined;
  if (basis.context) {
    const found = findClaimsIn(claimInput(text, prose, terms, index, options), blocksBefore, blocksBefore + windowBlocks.length, basis.context);
    if (!sameSet(found.context.citing, basis.context.citing)) return analyzeDocument(text, index, options);
    context = found.context;
    const oldClaims = previous.claims;
    const citations = new Map<Citation[], Citation[]>();
    claims = oldClaims.slice(0, firstStartingAt(oldClaims, start)).concat(found.claims, oldClaims.slice(firstStartingAt(oldClaims, oldEnd)).map((c) => shiftClaim(c, delta, citations)));
  }
  // Without directives in the window, findings outside it keep their verdicts: reuse them shifted.
  const windowComments = parsed.prose.comments.some((c) => c.start < newEnd - start) || oldProse.comments.some((c) => c.start >= start && c.start < oldEnd);
  let analysis: DocumentAnalysis;
  if (windowComments) {
    analysis = withFindings(text, prose, terms, claims, index, options);
  } else {
    const windowTerms = terms.slice(termsBefore, terms.length - (oldTerms.length - termsAfter));
    const windowClaims = claims.slice(firstStartingAt(claims, start), firstStartingAt(claims, newEnd));
    // The front matter's findings are the window's only when it starts the note; otherwise they are kept below.
    const fresh = withFindings(text, prose, windowTerms, windowClaims, index, options, blocksBefore, blocksBefore + windowBlocks.length, start === 0).findings;
    const oldFindings = previous.findings;
    const findings = oldFindings.slice(0, firstStartingAt(oldFindings, start)).concat(fresh, oldFindings.slice(firstStartingAt(oldFindings, oldEnd)).map((f) => shiftFinding(f, delta)));
    analysis = { text, prose, terms, claims, findings };
  }
  layouts.set(analysis, { layout, context, index, options, loneCarriageReturns: false });
  return analysis;
}

/** The lengths of the common prefix and (not overlapping it) the common suffix; compares in chunks first. */
function commonEnds(a: string, b: string): { prefix: number; suffix: number } {
  const shorter = Math.min(a.length, b.length);
  const chunk = 1024;
  let prefix = 0;
  while (prefix + chunk <= shorter && a.slice(prefix, prefix + chunk) === b.slice(prefix, prefix + chunk)) prefix += chunk;
  while (prefix < shorter && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  const room = shorter - prefix;
  let suffix = 0;
  while (suffix + chunk <= room && a.slice(a.length - suffix - chunk, a.length - suffix) === b.slice(b.length - suffix - chunk, b.length - suffix)) suffix += chunk;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

/**
 * Whether the old blocks that start in `[from, to)` are the window's blocks that start from
 * `windowFrom` on (as many of them), moved by `by`, their container ids by `ids`.
 */
function sameBlocks(oldBlocks: readonly ProseBlock[], from: number, to: number, windowBlocks: readonly ProseBlock[], windowFrom: number, by: number, ids: number): boolean {
  const before = oldBlocks.slice(firstStartingAt(oldBlocks, from), firstStartingAt(oldBlocks, to));
  const at = firstStartingAt(windowBlocks, windowFrom);
  const after = windowBlocks.slice(at, at + before.length);
  return (
    after.length === before.length &&
    (at + before.length === windowBlocks.length || windowBlocks[at + before.length].start + by >= to) &&
    before.every((b, i) => {
      const w = after[i];
      const sameContainer = b.container === w.container && b.containerId === (w.containerId === undefined ? undefined : w.containerId + ids);
      return sameContainer && b.kind === w.kind && b.start === w.start + by && b.end === w.end + by && b.footnoteLabel === w.footnoteLabel;
    })
  );
}

/**
 * Whether the top-level block at `at` may start a window: parsed from there alone it is what it
 * is in the whole text. Blocks after a blank line are; so is an item of a top-level list at the
 * margin, which no line before it can turn into anything else, and so is an ATX heading (`## …`),
 * which ends whatever block comes before it and is one line long: notes written without blank
 * lines between headings and paragraphs are updated section by section, not in full. Either of
 * the last two only when its line holds no `|`: read on its own, such a line may be a table's
 * header row, while after the line before it, it is not. (A block in the window that swallows
 * the lines after it, such as an unclosed fence, shows when the block after the window is checked.)
 */
function mayStartWindow(text: string, at: number): boolean {
  // An item indented one to three spaces starts a window only after a blank line, as other blocks
  // do, and like an item at the margin not when its line holds a `|`: ` - a | b` over `---|---`
  // is the next item of its list in the whole text, and a table read on its own.
  let marker = at;
  while (marker - at < 3 && text.charCodeAt(marker) === 32) marker++;
  const listItem = listMarkerAt(text, marker);
  if (listItem && marker > at) {
    if (!blankLineBefore(text, at)) return false;
  } else if (!listItem) {
    if (blankLineBefore(text, at)) return true;
    if (!atxHeadingAt(text, at)) return false;
  }
  const lineEnd = text.indexOf('\n', at);
  return !text.slice(at, lineEnd === -1 ? text.length : lineEnd).includes('|');
}

/** A bullet (`-`, `*`, `+`) or an ordered marker (`1.`, `1)`) at `at`, followed by a space, a tab or the end of the line. */
function listMarkerAt(text: string, at: number): boolean {
  let i = at;
  const c = text.charCodeAt(i);
  if (c === 45 || c === 42 || c === 43) {
    i++;
  } else {
    while (i - at < 9 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
    if (i === at || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return false;
    i++;
  }
  const after = text.charCodeAt(i);
  return after === 32 || after === 9 || after === 10 || after === 13 || Number.isNaN(after);
}

/** Whether the line before `at` is blank: spaces and tabs, and the carriage return of a CRLF. */
function blankLineBefore(text: string, at: number): boolean {
  if (at <= 0) return true;
  for (let i = at - 2; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c === 10) return true;
    if (c !== 32 && c !== 9 && c !== 13) return false;
  }
  return true;
}

/** Whether `text[from, to)` holds a carriage return that no line feed follows. */
function hasLoneCarriageReturn(text: string, from: number, to: number): boolean {
  for (let i = text.indexOf('\r', Math.max(0, from)); i !== -1 && i < to; i = text.indexOf('\r', i + 1)) {
    if (text.charCodeAt(i + 1) !== 10) return true;
  }
  return false;
}

/** The offset of the line break that ends the line before the blank line before `at`. */
function lineStartBefore(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 2);
}

/** What the claims check reads of a note and of the options it is analysed with, in a full analysis and an update alike. */
function claimInput(text: string, prose: ProseMap, terms: readonly TermMatch[], index: TermIndex, options: AnalysisOptions): ClaimInput {
  return { text, prose, terms, index, citationScope: options.citationScope, noteUri: options.noteUri, cues: options.claimCues, resultCues: options.resultCues };
}

function sameOptions(a: AnalysisOptions, b: AnalysisOptions): boolean {
  if (a === b) return true;
  if (a.citationScope !== b.citationScope || a.noteUri !== b.noteUri || a.bibliography !== b.bibliography) return false;
  if ((a.resultCues ?? 'always') !== (b.resultCues ?? 'always')) return false;
  if ((a.claimCues ?? []).join('\n') !== (b.claimCues ?? []).join('\n')) return false;
  const codes = new Set([...Object.keys(a.levels), ...Object.keys(b.levels)]) as Set<FindingCode>;
  for (const code of codes) if (a.levels[code] !== b.levels[code]) return false;
  return true;
}

function sameSet(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/** The index of the first range that starts at or after `offset`. */
function firstStartingAt(ranges: readonly { start: number }[], offset: number): number {
  return partitionPoint(ranges, (r) => r.start < offset);
}

function shiftTerm(t: TermMatch, by: number): TermMatch {
  const moved: TermMatch = { start: t.start + by, end: t.end + by, termId: t.termId, role: t.role, text: t.text };
  if (t.ambiguous) moved.ambiguous = t.ambiguous;
  return moved;
}

function shiftRelation(r: ClaimRelation, by: number): ClaimRelation {
  const moved: ClaimRelation = {
    subject: shiftSide(r.subject, by),
    predicate: r.predicate,
    class: r.class,
    polarity: r.polarity,
    negated: r.negated,
    object: shiftSide(r.object, by),
    start: r.start + by,
    end: r.end + by,
    verdict: r.verdict,
  };
  if ('backing' in r) moved.backing = r.backing;
  if ('intransitive' in r) moved.intransitive = r.intransitive;
  if ('comparative' in r) moved.comparative = r.comparative;
  if (r.than) moved.than = shiftSide(r.than, by);
  if ('figure' in r) moved.figure = r.figure;
  return moved;
}

function shiftSide(side: ClaimTerm, by: number): ClaimTerm {
  return 'termId' in side ? { termId: side.termId, text: side.text, start: side.start + by, end: side.end + by } : { text: side.text, start: side.start + by, end: side.end + by };
}

function shiftClaim(claim: Claim, by: number, citations: Map<Citation[], Citation[]>): Claim {
  const moved: Claim = {
    start: claim.start + by,
    end: claim.end + by,
    status: claim.status,
    relations: claim.relations.length === 0 ? claim.relations : claim.relations.map((r) => shiftRelation(r, by)),
  };
  if (claim.relation) {
    const at = claim.relations.indexOf(claim.relation);
    moved.relation = at === -1 ? shiftRelation(claim.relation, by) : moved.relations[at];
  }
  if (claim.backing) moved.backing = claim.backing;
  if (claim.citations) {
    let list = citations.get(claim.citations);
    if (!list) citations.set(claim.citations, (list = claim.citations.map((c) => shiftCitation(c, by))));
    moved.citations = list;
  }
  if (claim.cue) moved.cue = { ...claim.cue, start: claim.cue.start + by, end: claim.cue.end + by };
  if (claim.hedge) moved.hedge = { text: claim.hedge.text, start: claim.hedge.start + by, end: claim.hedge.end + by };
  return moved;
}

function shiftCitation(c: Citation, by: number): Citation {
  const moved: Citation = { start: c.start + by, end: c.end + by, kind: c.kind };
  if (c.keys) moved.keys = c.keys;
  return moved;
}

function shiftFinding(f: Finding, by: number): Finding {
  const moved: Finding = { ...f, start: f.start + by, end: f.end + by };
  if (f.related) moved.related = f.related.map((r) => (r.uri === undefined && r.start !== undefined && r.end !== undefined ? { ...r, start: r.start + by, end: r.end + by } : r));
  const relation = f.data?.relation as { start?: number; end?: number } | undefined;
  if (relation && typeof relation.start === 'number' && typeof relation.end === 'number') moved.data = { ...f.data, relation: { ...relation, start: relation.start + by, end: relation.end + by } };
  return moved;
}
