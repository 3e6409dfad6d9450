import { findClaims } from './claims';
import { clipped } from './listing';
import type { SourcePassage } from './hover';
import { createLineIndex } from './lines';
import { parseProse, type ProseMap } from './markdown';
import { findTerms, type TermIndex } from './matcher';
import { splitSentences } from './sentences';
import type { PredicateClass, Relation, TermMatch } from './types';

/** A document named by `regenNotes.sources`. */
export interface SourceDocument {
  uri: string;
  /** A short name for hovers (the file name). */
  label: string;
  text: string;
  /** Plain text (`.txt`) is all prose; anything else is read as markdown. */
  markdown: boolean;
}

/** The sources of a folder, indexed against its vocabulary. */
export interface SourceIndex {
  /**
   * Passages per term id, in source order: up to `maxPassagesPerTerm` from each document and
   * twice that in all, so that `passagesOf` still has as many once a note's own are left out.
   */
  passages: Map<string, SourcePassage[]>;
  /** Relations the sources state between two terms, found by the claims analysis; they back claims. */
  relations: Relation[];
}

/** The predicate a source relation is stored under, by class: what `predicateSense` reads back. */
const classPredicates: Record<PredicateClass, string> = { increases: 'promotes', decreases: 'reduces', produces: 'secretes', interacts: 'modulates' };

/** How many passages a hover quotes for a term. */
const maxPassagesPerTerm = 3;

/**
 * The passages a hover in the note `noteUri` quotes for a term: none from the note itself, which
 * the `sources` globs may name, as it would only be quoting what the user is reading.
 */
export function passagesOf(sources: SourceIndex, termId: string, noteUri?: string): SourcePassage[] {
  const kept = sources.passages.get(termId);
  if (!kept) return [];
  return kept.filter((p) => p.uri !== noteUri).slice(0, maxPassagesPerTerm);
}

/** Whether a term's passages have room for one more from the document `uri`: `maxPassagesPerTerm` from each, and twice that in all. */
function hasRoom(list: readonly SourcePassage[], uri: string): boolean {
  if (list.length >= 2 * maxPassagesPerTerm) return false;
  let own = 0;
  for (const p of list) if (p.uri === uri) own++;
  return own < maxPassagesPerTerm;
}

/**
 * The most of a source sentence that a hover or a finding quotes. A source converted from a PDF
 * may have no sentence ends for pages: a statement of 1 MB, quoted by each of 500 contradictions
 * in a note, made 1.4 GB of messages.
 */
const maxSentenceLength = 600;

function quoted(sentence: string): string {
  return clipped(sentence, maxSentenceLength);
}

/**
 * Splits the sources into sentences and finds the terms in each, so a hover can quote the
 * sentences that mention a term and the claims engine can read the relations they state.
 */
export function indexSources(documents: readonly SourceDocument[], index: TermIndex): SourceIndex {
  const passages = new Map<string, SourcePassage[]>();
  const relations: Relation[] = [];
  for (const doc of documents) {
    const prose: ProseMap = doc.markdown ? parseProse(doc.text) : { masked: doc.text, blocks: paragraphs(doc.text).map((p) => ({ kind: 'paragraph' as const, ...p, container: undefined })), comments: [], references: new Map() };
    const masked = prose.masked;
    const blocks = prose.blocks.filter((b) => b.kind !== 'heading');
    const { lineOf } = createLineIndex(doc.text);
    // One pass of the recognizer over the document, whose terms never run from one block into
    // the next, serves both the passages and the claims analysis.
    const terms = findTerms(masked, index, 0, masked.length, prose.blocks, doc.text);
    let next = 0;
    for (const { start, end } of blocks.flatMap((block) => splitSentences(masked, block.start, block.end))) {
      while (next < terms.length && terms[next].start < start) next++;
      // The sentence is written out only for a term that has room for it.
      let passage: SourcePassage | undefined;
      for (; next < terms.length && terms[next].end <= end; next++) {
        const list = passages.get(terms[next].termId) ?? [];
        if ((passage && list.at(-1) === passage) || !hasRoom(list, doc.uri)) continue;
        passage ??= { text: quoted(masked.slice(start, end).replace(/\s+/g, ' ').trim()), uri: doc.uri, line: lineOf(start), label: doc.label };
        list.push(passage);
        passages.set(terms[next].termId, list);
      }
    }
    relations.push(...statedRelations(doc, prose, terms, index, lineOf));
  }
  return { passages, relations };
}

/** The relations a source document asserts between two recognized terms (denials left out). */
function statedRelations(doc: SourceDocument, prose: ProseMap, terms: TermMatch[], index: TermIndex, lineOf: (offset: number) => number): Relation[] {
  const relations: Relation[] = [];
  for (const claim of findClaims({ text: doc.text, prose, terms, index, citationScope: 'paragraph' })) {
    if (claim.status === 'hedged' || claim.status === 'not-a-claim') continue;
    const line = lineOf(claim.start);
    const statement = quoted(prose.masked.slice(claim.start, claim.end).replace(/\s+/g, ' ').trim());
    for (const r of claim.relations) {
      if (r.negated || !r.subject.termId || !r.object.termId || r.subject.termId === r.object.termId) continue;
      relations.push({
        subject: r.subject.termId,
        predicate: classPredicates[r.class],
        object: r.object.termId,
        ...(r.than?.termId ? { than: r.than.termId } : {}),
        source: `${doc.label}:${line + 1}`,
        statement,
        origin: { layer: 'file', file: doc.uri, line },
      });
    }
  }
  return relations;
}

/** Paragraph ranges of plain text: stretches between blank lines. */
function paragraphs(text: string): { start: number; end: number }[] {
  const result: { start: number; end: number }[] = [];
  let start = 0;
  for (const m of text.matchAll(/\n[ \t]*\n/g)) {
    result.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  result.push({ start, end: text.length });
  return result;
}
