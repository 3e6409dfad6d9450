import { findCitations, type Citation } from './citations';
import { proseEnd, type ProseBlock, type ProseMap } from './markdown';
import { findTerms, type TermIndex } from './matcher';
import { changePrepositions, changeVerbEnd, isCopula, isPastForm, matchPredicate, oppositeSense, predicateSense, type Polarity, type PredicateForm, type PredicateSense } from './predicates';
import { comparedWith, cueAsserts, doseIndifferent, equalityCue, findCues, findHedge, findTeamCue, hedgedClauseEnd, hedgedClauseStart, levelsOff, questionMark, reportsProcedure, teamCuePattern, type Cue, type Hedge, type ResultKind, type TextSpan } from './hedges';
import { splitSentences, type SentenceRange } from './sentences';
import { wordKey } from './wordKeys';
import type { Finding, PredicateClass, Relation, Term, TermMatch } from './types';
import { ownCopy, ownText } from './ownText';
import { onOneLine, relationText } from './listing';
import { partitionPoint } from './sorted';
import { nonAscii } from './ascii';

export type { TextSpan } from './hedges';

/**
 * What a sentence is, for the claims check:
 * - `supported`: every relation it asserts is one the review states, with the same polarity;
 * - `cited`: it is a claim, and a citation covers it (see `citationScope`);
 * - `unsupported`: a claim (a relation or an evidential cue) with neither;
 * - `contradicts`: it asserts a relation the review states with the opposite polarity
 *   (flagged even when cited: the reader should see the review's passage);
 * - `unverified`: it asserts a relation one side of which is not a recognized term
 *   ("VEGF supports new vessel growth"), and the review relates the other side in the same
 *   way, so it may paraphrase the review; not flagged;
 * - `hedged`: a hedge, hypothesis marker, to-do or task item makes it not an assertion;
 * - `not-a-claim`: no relation between terms and no evidential cue, or a question.
 * Headings are skipped altogether.
 */
export type ClaimStatus = 'supported' | 'cited' | 'unsupported' | 'contradicts' | 'unverified' | 'hedged' | 'not-a-claim';

/** A side of a relation as the note wrote it: a recognized term, or (no `termId`) a phrase. */
export interface ClaimTerm {
  termId?: string;
  text: string;
  start: number;
  end: number;
}

/** A relation a sentence asserts, and what the review says about it. */
export interface ClaimRelation {
  subject: ClaimTerm;
  /** The lexicon entry of the verb phrase ("promote", "be required for", "inhibitor of"). */
  predicate: string;
  /** After negation is set aside, and after modifiers such as "loss of" or "reduced" are applied. */
  class: PredicateClass;
  polarity: Polarity;
  /** "does not promote", "fails to restore": the relation is denied. */
  negated: boolean;
  object: ClaimTerm;
  /**
   * The subject itself changes ("HGF levels rise after injury", "miR-122 is downregulated in
   * liver injury"); `object` is then the rest of the clause, which may be empty.
   */
  intransitive?: boolean;
  /**
   * A comparison of a property: "exosomes are less immunogenic than MSCs" (`adjective`: the
   * object is the property's term, written as its adjective), "exosomes have lower
   * immunogenicity than MSCs" (`noun`). `class` is how the subject stands to the property.
   */
  comparative?: 'adjective' | 'noun';
  /** What the subject is compared with ("… than transplanted MSCs"), when the sentence names a term for it. */
  than?: ClaimTerm;
  /** How much, as a comparison gives it ("ten times", "40%"): the review's comparisons give no figure. */
  figure?: string;
  /**
   * The lower dose is the one compared, the higher its comparand ("with exosomes a low dose actually
   * works better than a high dose"): the comparison is read the other way round.
   */
  lessFirst?: true;
  /** The verb phrase, or the comparison ("less immunogenic"). */
  start: number;
  end: number;
  /**
   * `contradicted`: the review states the opposite (or states what the sentence denies);
   * `unverifiable`: one side is not a term, and the review relates the other side in the same way.
   */
  verdict: 'supported' | 'contradicted' | 'unverifiable' | 'unstated';
  backing?: Relation;
}

export interface Claim {
  /** The sentence. */
  start: number;
  end: number;
  status: ClaimStatus;
  /** Every relation the sentence asserts. */
  relations: ClaimRelation[];
  /** The relation behind the status: the contradicted one, the first unstated one, or the first supported one. */
  relation?: ClaimRelation;
  /** The review's relation that supports or contradicts `relation`. */
  backing?: Relation;
  /** The citations that cover the sentence. */
  citations?: Citation[];
  /** An evidential cue ("studies have shown"), or a result cue with its kind ("40% lower than"). */
  cue?: Cue;
  /** The hedge, marker or question that makes the sentence not a claim. */
  hedge?: TextSpan;
}

/** How far a citation reaches: `paragraph`, its whole paragraph, list item, quote or footnote; `sentence`, its own sentence. */
export type CitationScope = 'paragraph' | 'sentence';
/** Whether a result cue makes a claim of any sentence (`always`) or only of one that names a term (`withTerm`). */
export type ResultCueMode = 'always' | 'withTerm';

export interface ClaimInput {
  /** The document. */
  text: string;
  prose: ProseMap;
  /** Terms found in `prose.masked`, in document order. */
  terms: readonly TermMatch[];
  index: TermIndex;
  /** `paragraph`: a citation anywhere in a paragraph, list item, quote or footnote covers all its sentences. */
  citationScope: CitationScope;
  /**
   * The document's URI as the sources name it (`SourceDocument.uri`): the relations read from it,
   * when the sources also name the note, neither back nor contradict its own claims.
   */
  noteUri?: string;
  /** The team's own cues (`regenNotes.claims.cues`), which make a sentence a claim as the built-in ones do. */
  cues?: readonly string[];
  /**
   * `withTerm`: a result cue (a number, comparison, time course …) makes a claim only of a
   * sentence that names a vocabulary term, so that a lab's everyday sentence worded as a result
   * ("the new tips cost half as much") is none; evidential cues and the team's cues still make
   * any sentence one. `always` (the default): any sentence.
   */
  resultCues?: ResultCueMode;
}

/**
 * Finds the claims of a markdown note: one `Claim` per sentence of every paragraph and table
 * cell (headings are skipped), in document order, with its status. A sentence is a claim when
 * it asserts a relation between two recognized terms through a verb of the predicate lexicon,
 * or carries an evidential cue; hedges, hypothesis markers, to-dos and questions make it not
 * one. A claim is backed by a citation (Pandoc, numeric, footnote whose definition cites,
 * author–year, DOI, PMID/PMCID, arXiv, link to a paper) or by the review's relations, but not by
 * those read from the document itself (`noteUri`).
 */
export function findClaims(input: ClaimInput): Claim[] {
  return findClaimsIn(input, 0, input.prose.blocks.length).claims;
}

/** What the claims of one block depend on outside that block's container group. */
export interface ClaimContext {
  /** Labels of the footnotes whose definitions cite. */
  citing: Set<string>;
  /**
   * Whether each block of a footnote definition cites, by the block's text and masked text
   * (see `footnoteKey`): an edit elsewhere leaves a block's text as it was, and with the same
   * reference definitions (an update that changes them is a full analysis) its citations too, so
   * it need not be scanned again.
   */
  footnotes: Map<string, boolean>;
}

/**
 * The claims of blocks `[fromBlock, toBlock)` only (whole container groups), and the context
 * they were judged in. `known` is the context of an earlier version of the document whose
 * reference definitions (`prose.references`) are the same.
 */
export function findClaimsIn(input: ClaimInput, fromBlock: number, toBlock: number, known?: Pick<ClaimContext, 'footnotes'>): { claims: Claim[]; context: ClaimContext } {
  const { text, prose, index } = input;
  const masked = prose.masked.length === text.length ? prose.masked : text;
  const references = prose.references.size > 0 ? prose.references : undefined;
  const relations = withoutDocument(relationIndex(index), input.noteUri);
  const teamCues = input.cues ? teamCuePattern(input.cues) : undefined;
  const citationCache = new Map<number, Citation[]>();
  const citationsOf = (i: number): Citation[] => {
    let list = citationCache.get(i);
    if (list === undefined) {
      const block = prose.blocks[i];
      list = block.kind === 'heading' ? noCitations : findCitations(text, block.start, block.end, { masked, ...(references ? { references } : {}), loose: block.container === 'footnote' });
      citationCache.set(i, list);
    }
    return list;
  };
  const citing = new Set<string>();
  const footnotes = new Map<string, boolean>();
  for (const [i, block] of prose.blocks.entries()) {
    // A heading never cites; its text may be a citing paragraph's, whose answer its key would find.
    if (block.footnoteLabel === undefined || block.kind === 'heading') continue;
    const key = footnoteKey(text, masked, block);
    let cites = footnotes.get(key) ?? known?.footnotes.get(key);
    cites ??= citationsOf(i).some((c) => c.kind !== 'footnote');
    footnotes.set(key, cites);
    if (cites) citing.add(block.footnoteLabel);
  }
  // Only the blocks judged here need their container's citations, and their groups are whole.
  const containerBlocks = new Map<number, number[]>();
  for (let i = fromBlock; i < toBlock; i++) {
    const id = prose.blocks[i].containerId;
    if (id !== undefined) append(containerBlocks, id, i);
  }
  // Kept per block: each claim of a block asks, and a one-line paragraph of thousands of
  // sentences and citations made that quadratic (2 s for 1.6 MB).
  const effectiveCache = new Map<number, Citation[]>();
  const effective = (i: number): Citation[] => {
    let list = effectiveCache.get(i);
    if (list === undefined) {
      const all = citationsOf(i);
      list = all.length === 0 || all.every((c) => c.kind !== 'footnote') ? all : all.filter((c) => c.kind !== 'footnote' || (c.keys !== undefined && citing.has(c.keys[0])));
      effectiveCache.set(i, list);
    }
    return list;
  };
  const containerCache = new Map<number, Citation[]>();
  const containerCitations = (containerId: number): Citation[] => {
    let list = containerCache.get(containerId);
    if (list === undefined) {
      list = (containerBlocks.get(containerId) ?? []).flatMap((i) => effective(i));
      containerCache.set(containerId, list);
    }
    return list;
  };
  const covering = (blockIndex: number, sentence: SentenceRange): Citation[] => {
    const own = effective(blockIndex);
    if (input.citationScope === 'sentence') return own.filter((c) => c.start >= sentence.start && c.start < sentence.end);
    if (own.length > 0) return own;
    const containerId = prose.blocks[blockIndex].containerId;
    return containerId === undefined ? noCitations : containerCitations(containerId);
  };

  const claims: Claim[] = [];
  const terms = input.terms;
  let termAt = 0;
  if (fromBlock > 0 && fromBlock < prose.blocks.length) {
    const first = prose.blocks[fromBlock].start;
    termAt = partitionPoint(terms, (t) => t.start < first);
  }
  for (let blockIndex = fromBlock; blockIndex < toBlock; blockIndex++) {
    const block = prose.blocks[blockIndex];
    if (block.kind === 'heading') continue;
    let context: SubjectContext | undefined;
    // Searched once for the block rather than for each of its sentences.
    const ascii = !nonAscii.test(masked.slice(block.start, block.end));
    const cues = findCues(masked, block.start, block.end);
    let cueAt = 0;
    for (const sentence of splitSentences(masked, block.start, block.end)) {
      while (termAt < terms.length && terms[termAt].start < sentence.start) termAt++;
      let termEnd = termAt;
      while (termEnd < terms.length && terms[termEnd].end <= sentence.end) termEnd++;
      while (cueAt < cues.length && cues[cueAt].start < sentence.start) cueAt++;
      let cue: Cue | undefined;
      const resultsCount = input.resultCues !== 'withTerm' || termEnd > termAt;
      for (let c = cueAt; !cue && c < cues.length && cues[c].start < sentence.end; c++) {
        if ((resultsCount || cues[c].kind === undefined) && cueAsserts(masked, sentence.start, sentence.end, cues[c])) cue = cues[c];
      }
      // The team's cues state results, as the built-in result cues do: a procedure's sentence is no claim for one.
      if (!cue && teamCues) {
        const teamCue = findTeamCue(masked, sentence.start, sentence.end, teamCues);
        if (teamCue && !reportsProcedure(masked, sentence.start, sentence.end)) cue = teamCue;
      }
      const analysis = analyzeSentence(masked, sentence.start, sentence.end, ascii, terms, termAt, termEnd, relations, context, cue);
      context = analysis.context ?? context;
      const claimLike = analysis.relations.length > 0 || analysis.cue !== undefined;
      const claim = decide(sentence.start, proseEnd(text, masked, sentence.end), analysis, claimLike ? covering(blockIndex, sentence) : noCitations);
      // A result of another kind that the backing statement does not give ("outperforms either
      // treatment alone by 40%") needs a citation of its own, as the first cue would.
      if (claim.status === 'supported' && claim.cue?.kind !== undefined) {
        for (let c = cueAt; c < cues.length && cues[c].start < sentence.end; c++) {
          const other = cues[c];
          if (other.kind === undefined || other.kind === claim.cue.kind || !cueAsserts(masked, sentence.start, sentence.end, other)) continue;
          if (resultIn(claim.backing?.statement, other.kind)) continue;
          claim.status = 'unsupported';
          claim.cue = other;
          delete claim.backing;
          break;
        }
      }
      // A superlative first, and after it the comparison the review states ("the rats that got MSCs
      // *and* the high-dose exosomes have the best liver function … — better than either treatment
      // on its own", from the hundred-and-sixty-fourth batch): the review's comparison is read.
      const relation = claim.relation;
      if (claim.status === 'unsupported' && relation?.predicate === 'compare' && relation.verdict === 'supported' && !relation.lessFirst && claim.cue?.kind === 'comparison') {
        const given = resultIn(relation.backing?.statement, 'comparison');
        for (let c = cueAt; given && c < cues.length && cues[c].start < sentence.end; c++) {
          const other = cues[c];
          if (other.kind !== 'comparison' || other.start < claim.cue.end || /\d/.test(other.text) || comparedWith(other, given) !== 'same' || !cueAsserts(masked, sentence.start, sentence.end, other)) continue;
          claim.status = 'supported';
          claim.cue = other;
          claim.backing = relation.backing;
          break;
        }
      }
      claims.push(claim);
    }
  }
  return { claims, context: { citing, footnotes } };
}

/**
 * What a footnote block's citations depend on, besides the reference definitions: its text and
 * masked text, and whether it is read loosely. A string of its own: the context is kept with its
 * analysis, and keys made of slices of the note kept a whole CLI run's notes from being collected
 * early (peak RSS over 2,000 notes rose from ~200 to ~270 MB).
 */
function footnoteKey(text: string, masked: string, block: ProseBlock): string {
  return ownCopy(`${block.container === 'footnote' ? 'L' : 'S'}${text.slice(block.start, block.end)}\u0000${masked.slice(block.start, block.end)}`);
}

const noCitations: Citation[] = [];
/** Shared by every sentence without relations: nothing adds to a claim's relations after it is made. */
const noRelations: ClaimRelation[] = [];

function decide(start: number, end: number, analysis: SentenceAnalysis, citations: Citation[]): Claim {
  const claim: Claim = { start, end, status: 'not-a-claim', relations: analysis.relations };
  if (citations.length > 0) claim.citations = citations;
  if (analysis.hedge) {
    claim.status = analysis.hedge.question ? 'not-a-claim' : 'hedged';
    claim.hedge = analysis.hedge.span;
    return claim;
  }
  if (analysis.cue) claim.cue = analysis.cue;
  const relations = analysis.relations;
  if (relations.length === 0 && !analysis.cue) return claim;
  const contradicted = relations.find((r) => r.verdict === 'contradicted');
  if (contradicted) return pick(claim, 'contradicts', contradicted);
  if (citations.length > 0) return pick(claim, 'cited', relations[0]);
  const unstated = relations.find((r) => r.verdict === 'unstated');
  if (unstated) return pick(claim, 'unsupported', unstated);
  const supported = relations.find((r) => r.verdict === 'supported');
  // A relation the review states backs a number, comparison or time course the sentence gives it
  // ("MSCs secrete more HGF than fibroblasts") only when the review's statement gives one of the
  // same kind ("… more than either treatment alone" backs a comparison, not "within a week");
  // otherwise that needs a citation of its own.
  const kind = analysis.cue?.kind;
  // A comparison of a property ("less immunogenic than"), or one backed by a comparison of the
  // review's ("provoke less of an immune response than MSCs"), states its own direction, checked
  // either way round: the cue that finds it is the relation, backed as it is; with a figure ("ten
  // times less") it needs a citation.
  const comparison = supported !== undefined && (supported.comparative !== undefined || supported.backing?.than !== undefined);
  if (comparison && (supported.figure !== undefined || (kind === 'comparison' && analysis.cue!.end > supported.start))) {
    return pick(claim, supported.figure === undefined && !/\d/.test(analysis.cue!.text) ? 'supported' : 'unsupported', supported);
  }
  // An association cue that is the wording of the backed relation's own verb ("the miRNAs inside MSC
  // exosomes shut down apoptosis and inflammation genes", from the hundred-and-sixth batch) says
  // no more than the relation.
  if (supported && kind === 'association' && analysis.cue!.start >= supported.start && analysis.cue!.start < supported.end) return pick(claim, 'supported', supported);
  const given = supported && kind ? resultIn(supported.backing?.statement, kind) : undefined;
  if (supported && given) {
    if (kind !== 'comparison') return pick(claim, 'supported', supported);
    // "Combined therapy cut fibrosis less than MSCs alone", or "no more than", is the opposite of
    // what "… more than either alone" states; "higher than" tells no direction, "no worse than" gives no "more".
    // "Give less fibrosis than either alone": less of what is lowered is lowering it more.
    const lowered = supported.class === 'decreases' && supported.object.start >= analysis.cue!.start && supported.object.end <= analysis.cue!.end;
    const read = comparedWith(analysis.cue!, given);
    // A lower dose compared with a higher one turns the comparison round, as "less of what is lowered" does.
    const turned = lowered !== (supported.lessFirst === true);
    const stands = turned && read !== 'neither' ? (read === 'same' ? 'opposite' : 'same') : read;
    // "40% more than either alone" gives a figure the statement does not.
    const figure = stands === 'same' && /\d/.test(analysis.cue!.text);
    return pick(claim, stands === 'same' && !figure ? 'supported' : stands === 'opposite' ? 'contradicts' : 'unsupported', supported);
  }
  if (supported) return pick(claim, kind ? 'unsupported' : 'supported', supported);
  if (relations.length > 0 && !analysis.cue) return pick(claim, 'unverified', relations[0]);
  return pick(claim, 'unsupported', relations[0]);
}

/** The result of `kind` that a statement of the review (or a source) gives, if any: a comparison, an amount, a time course… */
function resultIn(statement: string | undefined, kind: ResultKind): Cue | undefined {
  return statement === undefined ? undefined : findCues(statement, 0, statement.length).find((cue) => cue.kind === kind);
}

function pick(claim: Claim, status: ClaimStatus, relation: ClaimRelation | undefined): Claim {
  claim.status = status;
  if (relation) {
    claim.relation = relation;
    if (relation.backing && (status === 'contradicts' || status === 'supported')) claim.backing = relation.backing;
  }
  return claim;
}

// ── findings ───────────────────────────────────────────────────────────────────────────────

/**
 * `claim.unsupported` for unsupported claims and `claim.contradicts-review` for contradictions,
 * on the sentence's range. Contradictions carry the review's relation (statement and source)
 * in `related` and `data.backing`; both carry the asserted relation in `data.relation`.
 */
export function claimFindings(claims: readonly Claim[], index: TermIndex): Finding[] {
  const findings: Finding[] = [];
  for (const claim of claims) {
    if (claim.status === 'unsupported') {
      const relation = claim.relation;
      const given = unbackedPart(claim, relation);
      const message =
        relation?.verdict === 'supported' && given !== undefined
          ? `Unsupported claim: the review states that ${describe(relation)}, but not '${onOneLine(given)}': cite where that comes from.`
          : relation
            ? `Unsupported claim: no citation, and the review does not state that ${describe(relation)}.`
            : `Unsupported claim: no citation for '${claim.cue ? onOneLine(claim.cue.text) : 'this statement'}'.`;
      findings.push({
        code: 'claim.unsupported',
        start: claim.start,
        end: claim.end,
        message,
        data: { ...(relation ? { relation: relationData(relation) } : {}), ...(claim.cue ? { cue: claim.cue.text } : {}) },
      });
    } else if (claim.status === 'contradicts' && claim.relation && claim.backing) {
      const backing = claim.backing;
      const statement = backing.statement ?? statementOf(backing, index);
      const where = placeOf(backing);
      findings.push({
        code: 'claim.contradicts-review',
        start: claim.start,
        end: claim.end,
        message: `Contradicts the review (${backing.source}): ${statement}`,
        related: [{ message: `${backing.source}: ${statement}`, ...where }],
        data: {
          relation: relationData(claim.relation),
          backing: { subject: backing.subject, predicate: backing.predicate, object: backing.object, ...(backing.than ? { than: backing.than } : {}), source: backing.source, statement, ...where },
        },
      });
    }
  }
  return findings;
}

/** What a claim gives its relation that the review does not: a comparison's figure ("ten times"), or else its result cue ("within a week"). */
export function unbackedPart(claim: Claim, relation: ClaimRelation | undefined): string | undefined {
  return relation?.figure ?? claim.cue?.text;
}

/** Where a relation was written, when a file of the user's states it (a source or a vocabulary file). */
function placeOf(relation: Relation): { uri?: string; line?: number; character?: number } {
  const file = relation.origin?.layer === 'file' ? relation.origin.file : undefined;
  if (!file) return {};
  const uri = /^[a-z][a-z0-9+.-]*:/i.test(file) ? file : `file://${encodeURI(file)}`;
  return { uri, line: relation.origin?.line ?? 0, character: 0 };
}

function relationData(r: ClaimRelation): Record<string, unknown> {
  return {
    subject: r.subject.termId ?? null,
    subjectText: r.subject.text,
    predicate: r.predicate,
    class: r.class,
    polarity: r.polarity,
    negated: r.negated,
    object: r.object.termId ?? null,
    objectText: r.object.text,
    ...(r.than ? { than: r.than.termId ?? null, thanText: r.than.text } : {}),
    start: r.start,
    end: r.end,
  };
}

const classVerbs: Record<PredicateClass, [string, string]> = {
  increases: ['increases', 'increase'],
  decreases: ['decreases', 'decrease'],
  produces: ['produces', 'produce'],
  interacts: ['acts on', 'act on'],
};

function describe(r: ClaimRelation): string {
  const plural = isPlural(r.subject.text);
  if (r.comparative) {
    const [verb, degree] = r.comparative === 'adjective' ? [plural ? 'are' : 'is', r.polarity > 0 ? 'more' : 'less'] : [plural ? 'have' : 'has', r.polarity > 0 ? 'higher' : 'lower'];
    return `${r.subject.text} ${verb}${r.negated ? ' not' : ''} ${degree} ${r.object.text}${r.than ? ` than ${r.than.text}` : ''}`;
  }
  const verb = r.negated ? `${plural ? 'do' : 'does'} not ${classVerbs[r.class][1]}` : classVerbs[r.class][plural ? 1 : 0];
  return `${r.subject.text} ${verb}${r.object.text ? ' ' + r.object.text : ''}`;
}

function statementOf(relation: Relation, index: TermIndex): string {
  const label = (id: string) => {
    const term = index.terms.get(id);
    return term ? (term.abbreviations[0] ?? term.label) : id;
  };
  return `${relationText(relation, label)}.`;
}

function isPlural(text: string): boolean {
  return /[^su]s$|[A-Z]s$/.test(text) && !/(?:is|us|ss)$/.test(text);
}

// ── the review's relations ─────────────────────────────────────────────────────────────────

interface IndexedRelation {
  /** The review's relation that decides the judgement (for an inferred one, the second step). */
  relation: Relation;
  class: PredicateClass;
}

type RelationMap = Map<string, Map<string, IndexedRelation[]>>;

/** The relations of one subject by object; a list is never empty. */
interface RelationsByObject {
  get(object: string): readonly IndexedRelation[] | undefined;
}

/** Relations by subject and object, as a `RelationMap` or worked out when asked (`inferredRelations`, `withoutDocument`). */
interface RelationsBySubject {
  get(subject: string): RelationsByObject | undefined;
}

/** The classes of the relations a term is the subject (or the object) of. */
interface ClassesByTerm {
  get(term: string): ReadonlySet<PredicateClass> | undefined;
}

/** What the relations of a claim are checked against. */
interface RelationLookup {
  /** subject → object → relations the review states. */
  direct: RelationsBySubject;
  /**
   * One step through production: S produces X and X acts on O give S acts on O the same way
   * (MSCs secrete VEGF, VEGF promotes angiogenesis: MSCs promote angiogenesis).
   */
  inferred: RelationsBySubject;
  /** For a cell term: the mechanisms that name it among their related terms (hepatocyte → hepatocyte proliferation …). */
  processesOf: Map<string, string[]>;
  /** For a cell term: those mechanisms by the stem of the last word of each of their forms ("prolifer" → hepatocyte proliferation). */
  processByStem: Map<string, Map<string, string>>;
  /** The classes of the relations (direct or inferred) a term is the subject of, and the object of. */
  classesFrom: ClassesByTerm;
  classesInto: ClassesByTerm;
  /** Properties named by an adjective: "immunogenic" → immunogenicity, from each one-word form in "-icity". */
  properties: Map<string, string>;
  /** A combination of two terms (`pairKey`) → the term for giving them together, one whose forms say "combined" or "combination" and that relates both. */
  combinations: Map<string, string>;
  /** A term → the one it is a short name of in the check (`shortNames`). */
  standsFor: Map<string, string>;
  /** The mechanism a form of two words names, asked of "the liver's repair" as "liver repair" (`twoWordForm`). */
  twoWordForm(form: string): string | undefined;
  /** A term's label ("exosome"), to ask `twoWordForm` of a form built from it. */
  labelOf(id: string): string | undefined;
  /** A term → what it raises more than less of it does, as a statement says: "more than either … alone", "more than lower doses" (`comparedWithLess`). */
  lessCompared: Map<string, LessCompared[]>;
}

/** The lookup of all the relations of an index, shared by every document checked against it. */
interface IndexLookup extends RelationLookup {
  direct: RelationMap;
  /** What each subject produces, among the objects of its relations. */
  products: Map<string, string[]>;
  /** The relations read from each file (`origin.file`), under their subject and object in `direct`; made when first asked. */
  files?: Map<string, FiledRelation[]>;
  /** The subjects of the relations into each object; made when first asked. */
  subjects?: Map<string, string[]>;
}

/** A relation as `direct` holds it: under a subject and an object, the way its predicate reads. */
interface FiledRelation {
  subject: string;
  object: string;
  entry: IndexedRelation;
}

const lookups = new WeakMap<TermIndex, IndexLookup>();

/** Adds `value` to the list under `key`, making the list if need be. */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function addRelation(map: RelationMap, subject: string, object: string, entry: IndexedRelation): void {
  let objects = map.get(subject);
  if (!objects) map.set(subject, (objects = new Map()));
  append(objects, object, entry);
}

function relationIndex(index: TermIndex): IndexLookup {
  const cached = lookups.get(index);
  if (cached) return cached;
  const direct: RelationMap = new Map();
  const terms: Term[] = index.list ?? [...index.terms.values()];
  const standsFor = shortNames(terms, index);
  const shortOf = new Map<string, string[]>();
  for (const [short, term] of standsFor) append(shortOf, term, short);
  for (const relation of index.relations) {
    const sense = predicateSense(relation.predicate);
    const cls: PredicateClass = sense?.class ?? 'interacts';
    const [subject, object] = sense?.reverse ? [relation.object, relation.subject] : [relation.subject, relation.object];
    const entry = { relation, class: cls };
    addRelation(direct, subject, object, entry);
    for (const short of shortOf.get(subject) ?? []) addRelation(direct, short, object, entry);
    for (const short of shortOf.get(object) ?? []) addRelation(direct, subject, short, entry);
  }
  const processesOf = new Map<string, string[]>();
  const processByStem = new Map<string, Map<string, string>>();
  const properties = new Map<string, string>();
  const combinations = new Map<string, string>();
  for (const term of terms) {
    if (term.kind !== 'mechanism') continue;
    propertiesOf(term, properties);
    combinationOf(term, combinations, (id) => index.terms.get(id));
    let termStems: string[] | undefined;
    for (const rel of term.related) {
      if (index.terms.get(rel)?.kind !== 'cell') continue;
      append(processesOf, rel, term.id);
      termStems ??= lastWordStems(term);
      let stems = processByStem.get(rel);
      if (!stems) processByStem.set(rel, (stems = new Map()));
      for (const stem of termStems) if (!stems.has(stem)) stems.set(stem, term.id);
    }
  }
  const classesFrom = new Map<string, Set<PredicateClass>>();
  const classesInto = new Map<string, Set<PredicateClass>>();
  const note = (map: Map<string, Set<PredicateClass>>, id: string, cls: PredicateClass) => {
    const set = map.get(id);
    if (set) set.add(cls);
    else map.set(id, new Set([cls]));
  };
  // What each subject produces, once: the classes below and the inferred relations start from it.
  const products = new Map<string, string[]>();
  for (const [subject, objects] of direct) {
    for (const [object, entries] of objects) {
      for (const e of entries) {
        note(classesFrom, subject, e.class);
        note(classesInto, object, e.class);
      }
    }
    const produced = producedBy(objects);
    if (produced.length) products.set(subject, produced);
    // The classes of the inferred relations too, without making them: through a molecule that 2,000
    // terms produce and that acts on 2,000 others, they were 4 million entries and 370 MB.
    for (const middle of produced) {
      for (const [object, entries] of direct.get(middle) ?? []) {
        if (!inferable(subject, objects, object)) continue;
        for (const e of entries) {
          note(classesFrom, subject, e.class);
          note(classesInto, object, e.class);
        }
      }
    }
  }
  const lessCompared = new Map<string, LessCompared[]>();
  for (const relation of index.relations) {
    const sense = predicateSense(relation.predicate);
    if (relation.than !== undefined || sense?.class !== 'increases' || sense.reverse) continue;
    const less = lessOf(relation.statement ?? '');
    const known = lessCompared.get(relation.subject);
    if (less === undefined || known?.some((c) => c.less === less)) continue;
    const compared = { object: relation.object, label: index.terms.get(relation.object)?.label ?? relation.object, relation, less };
    if (known) known.push(compared);
    else lessCompared.set(relation.subject, [compared]);
  }
  const lookup = { direct, products, inferred: inferredRelations(direct, products), processesOf, processByStem, classesFrom, classesInto, properties, combinations, standsFor, twoWordForm: (form: string) => twoWordForm(index, form), labelOf: (id: string) => index.terms.get(id)?.label, lessCompared };
  lookups.set(index, lookup);
  return lookup;
}

/**
 * The terms that stand for another in the check: a term that no relation names, whose label is the
 * last words of another form of exactly one term of its kind that the two relate ("stromal cell",
 * of "mesenchymal stromal cell": MSCs; "extracellular vesicle", of "small extracellular vesicle":
 * exosomes). Notes call the narrower term by the shorter name ("the stromal cells help the liver
 * regrow"), and the review states the relations of that term alone.
 */
function shortNames(terms: readonly Term[], index: TermIndex): Map<string, string> {
  const named = new Set<string>();
  for (const relation of index.relations) {
    named.add(relation.subject);
    named.add(relation.object);
  }
  const standsFor = new Map<string, string>();
  for (const short of terms) {
    if (named.has(short.id) || short.related.length === 0) continue;
    const tail = ' ' + short.label.toLowerCase();
    let found: string | undefined;
    let count = 0;
    for (const id of short.related) {
      const term = index.terms.get(id);
      if (term?.kind !== short.kind || !named.has(id) || !term.related.includes(short.id)) continue;
      if (![term.label, ...term.synonyms].some((form) => form.toLowerCase().endsWith(tail))) continue;
      found = id;
      count++;
    }
    if (count === 1) standsFor.set(short.id, found!);
  }
  return standsFor;
}

/**
 * The mechanism whose form `form` is, whole ("liver repair": liver regeneration), as the index
 * recognizes forms (case, plurals). Asked only of possessives, so no table of the forms is made:
 * one of a 100k-term list's took ~30 ms.
 */
function twoWordForm(index: TermIndex, form: string): string | undefined {
  const found = findTerms(form, index);
  const match = found.length === 1 ? found[0] : undefined;
  return match && match.start === 0 && match.end === form.length && index.terms.get(match.termId)?.kind === 'mechanism' ? match.termId : undefined;
}

/** The process of giving the cells `id` (cell transplantation for MSCs), by the stem of its last word. */
function givingOf(lookup: Pick<RelationLookup, 'processByStem'>, id: string): string | undefined {
  const stems = lookup.processByStem.get(id);
  if (!stems) return undefined;
  for (const stem of givingStems) {
    const process = stems.get(stem);
    if (process !== undefined) return process;
  }
  return undefined;
}

const givingStems = ['transplant', 'infus', 'inject', 'administr', 'graft'];

/** Whether one term is a short name of the other ("stromal cell" of MSC). */
function isShortName(lookup: RelationLookup, a: string, b: string): boolean {
  return lookup.standsFor.get(a) === b || lookup.standsFor.get(b) === a;
}

/** Adds the adjectives of a property's one-word forms in "-icity" (immunogenicity → "immunogenic", toxicity → "toxic"). */
function propertiesOf(term: Term, properties: Map<string, string>): void {
  for (const form of [term.label, ...term.synonyms]) {
    if (!form.endsWith('icity') || !/^[A-Za-z]+$/.test(form)) continue;
    const adjective = form.slice(0, -3).toLowerCase();
    if (!properties.has(adjective)) properties.set(adjective, term.id);
  }
}

/**
 * Adds a combined treatment ("combination therapy": related to MSCs and to high-dose exosome
 * therapy) under each pair of the terms it relates, and of a term it relates and a term whose name
 * a related one's name holds and relates ("exosome", in "high-dose exosome therapy"): "MSCs plus
 * exosomes promote liver regeneration more than either alone" gives the two the review combines
 * (from the tuning of the hundred-and-eleventh to -thirteenth batches; it also reads the
 * fifty-seventh's "MSCs + HD exosomes together").
 */
function combinationOf(term: Term, combinations: Map<string, string>, termOf: (id: string) => Term | undefined): void {
  if (term.related.length < 2 || ![term.label, ...term.synonyms].some((form) => /\bcombin/i.test(form))) return;
  const add = (a: string, b: string): void => {
    const key = pairKey(a, b);
    if (a !== b && !combinations.has(key)) combinations.set(key, term.id);
  };
  for (let a = 0; a < term.related.length; a++) for (let b = a + 1; b < term.related.length; b++) add(term.related[a], term.related[b]);
  const words = (name: string): string => ` ${name.toLowerCase().replace(/[\s-]+/g, ' ')} `;
  for (const related of term.related) {
    const relatedTerm = termOf(related);
    if (!relatedTerm) continue;
    const name = words(relatedTerm.label);
    for (const held of relatedTerm.related) {
      const heldTerm = termOf(held);
      if (!heldTerm || !name.includes(words(heldTerm.label))) continue;
      for (const other of term.related) if (other !== related) add(other, held);
    }
  }
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

/** What a subject produces, among the objects of its relations. */
function producedBy(objects: Map<string, IndexedRelation[]>): string[] {
  const produced: string[] = [];
  for (const [object, entries] of objects) if (entries.some((e) => e.class === 'produces')) produced.push(object);
  return produced;
}

/** Whether a relation of `subject` to `object` may be inferred: not to itself, nor where it relates to the object itself (`objects`). */
function inferable(subject: string, objects: RelationsByObject, object: string): boolean {
  return object !== subject && objects.get(object) === undefined;
}

/**
 * The relations inferred in one step through production, worked out for the subject and object
 * asked: S → X (produces), X → O give S → O, unless S is O or S relates to O itself. The entries
 * come in the order of S's products (`products`), then of X's relations to O.
 */
function inferredRelations(direct: RelationsBySubject, products: { get(subject: string): readonly string[] | undefined }): RelationsBySubject {
  return {
    get(subject) {
      const objects = direct.get(subject);
      const produced = products.get(subject);
      if (!objects || !produced) return undefined;
      return {
        get(object) {
          if (!inferable(subject, objects, object)) return undefined;
          let found: readonly IndexedRelation[] | undefined;
          for (const middle of produced) {
            const next = direct.get(middle)?.get(object);
            if (next) found = found ? found.concat(next) : next;
          }
          return found;
        },
      };
    },
  };
}

/** The file a relation was read from: a source document's URI, or a vocabulary file's path. */
function fileOf(relation: Relation): string | undefined {
  return relation.origin?.layer === 'file' ? relation.origin.file : undefined;
}

/** The relations of the lookup by the file they were read from. */
function filedRelations(lookup: IndexLookup): Map<string, FiledRelation[]> {
  if (lookup.files) return lookup.files;
  const files = new Map<string, FiledRelation[]>();
  for (const [subject, objects] of lookup.direct) {
    for (const [object, entries] of objects) {
      for (const entry of entries) {
        const file = fileOf(entry.relation);
        if (file !== undefined) append(files, file, { subject, object, entry });
      }
    }
  }
  return (lookup.files = files);
}

/** The subjects of the relations into each object. */
function subjectsByObject(lookup: IndexLookup): Map<string, string[]> {
  if (lookup.subjects) return lookup.subjects;
  const subjects = new Map<string, string[]>();
  for (const [subject, objects] of lookup.direct) for (const object of objects.keys()) append(subjects, object, subject);
  return (lookup.subjects = subjects);
}

/**
 * The lookup without the relations read from the document `uri`: what the claims of a note that
 * the sources also name are checked against, so that none of them backs (or contradicts) itself.
 * It answers as a lookup built without those relations would (but for the order of backings that
 * judge alike), worked out from the shared one as it is asked: the sources may be hundreds of
 * notes, and a lookup for each would go through all their relations again.
 */
function withoutDocument(lookup: IndexLookup, uri: string | undefined): RelationLookup {
  const own = uri === undefined ? undefined : filedRelations(lookup).get(uri);
  if (!own) return lookup;
  const ownSubjects = new Set(own.map((r) => r.subject));
  const ownObjects = new Set(own.map((r) => r.object));
  const ownProducts = own.filter((r) => r.entry.class === 'produces').map((r) => r.object);
  const kept = (entries: readonly IndexedRelation[] | undefined): readonly IndexedRelation[] | undefined => {
    const list = entries?.filter((e) => fileOf(e.relation) !== uri);
    return list?.length ? list : undefined;
  };
  const direct: RelationsBySubject = {
    get(subject) {
      const objects = lookup.direct.get(subject);
      return objects && ownSubjects.has(subject) ? { get: (object) => kept(objects.get(object)) } : objects;
    },
  };
  const products = {
    get(subject: string): readonly string[] | undefined {
      const produced = lookup.products.get(subject);
      if (!produced || !ownSubjects.has(subject)) return produced;
      const objects = direct.get(subject)!;
      return produced.filter((middle) => objects.get(middle)?.some((e) => e.class === 'produces'));
    },
  };
  const inferred = inferredRelations(direct, products);
  // Worked out again only for the terms whose classes the document's relations take part in.
  const classesFrom = recomputed(
    lookup.classesFrom,
    (term) => ownSubjects.has(term) || (lookup.products.get(term)?.some((middle) => ownSubjects.has(middle)) ?? false),
    (term) => {
      const classes = new Set<PredicateClass>();
      const objects = direct.get(term);
      for (const object of lookup.direct.get(term)?.keys() ?? []) for (const e of objects?.get(object) ?? []) classes.add(e.class);
      const reached = new Set<string>();
      for (const middle of products.get(term) ?? []) for (const object of lookup.direct.get(middle)?.keys() ?? []) reached.add(object);
      const byObject = inferred.get(term);
      for (const object of reached) for (const e of byObject?.get(object) ?? []) classes.add(e.class);
      return classes;
    },
  );
  const classesInto = recomputed(
    lookup.classesInto,
    (term) => ownObjects.has(term) || ownProducts.some((middle) => lookup.direct.get(middle)?.has(term)),
    (term) => {
      const subjects = subjectsByObject(lookup);
      const classes = new Set<PredicateClass>();
      // Whatever produces a subject of the term may be inferred to act on it.
      const producers = new Set<string>();
      for (const subject of subjects.get(term) ?? []) {
        for (const e of direct.get(subject)?.get(term) ?? []) classes.add(e.class);
        for (const producer of subjects.get(subject) ?? []) producers.add(producer);
      }
      for (const producer of producers) for (const e of inferred.get(producer)?.get(term) ?? []) classes.add(e.class);
      return classes;
    },
  );
  return { direct, inferred, processesOf: lookup.processesOf, processByStem: lookup.processByStem, classesFrom, classesInto, properties: lookup.properties, combinations: lookup.combinations, standsFor: lookup.standsFor, twoWordForm: lookup.twoWordForm, labelOf: lookup.labelOf, lessCompared: lookup.lessCompared };
}

/** The classes of `shared`, but for the terms `changed` picks, whose classes `exact` works out, once each. */
function recomputed(shared: ClassesByTerm, changed: (term: string) => boolean, exact: (term: string) => ReadonlySet<PredicateClass>): ClassesByTerm {
  const known = new Map<string, ReadonlySet<PredicateClass>>();
  return {
    get(term) {
      if (!changed(term)) return shared.get(term);
      let classes = known.get(term);
      if (!classes) known.set(term, (classes = exact(term)));
      return classes;
    },
  };
}

type Judgement = 'same' | 'opposite' | undefined;

function judge(cls: PredicateClass, negated: boolean, relationClass: PredicateClass): Judgement {
  let j: Judgement;
  if (cls === 'interacts') j = 'same';
  else if (cls === 'produces') j = relationClass === 'produces' || relationClass === 'increases' ? 'same' : undefined;
  else if (relationClass === cls) j = 'same';
  else if (relationClass === 'increases' || relationClass === 'decreases') j = 'opposite';
  if (negated && j) j = j === 'same' ? 'opposite' : 'same';
  return j;
}

interface Verdict {
  verdict: ClaimRelation['verdict'];
  subject: Item;
  object: Item;
  backing?: Relation;
}

/**
 * Checks a relation against the review, strictest first: the heads themselves (the subject and
 * object as written) against what the review states (same or opposite polarity), then against
 * what follows from it in one step of production. Inferred relations, modifiers ("MSC-derived",
 * other terms of the clause) and, when a cell is said to be increased, that cell's processes
 * may only support, never contradict.
 */
function checkRelation(lookup: RelationLookup, subjects: Candidates, objects: Candidates, cls: PredicateClass, negated: boolean): Verdict {
  const find = (map: RelationsBySubject, subjectItems: Item[], objectItems: Item[], processes: boolean, want: 'same' | 'opposite'): Verdict | undefined => {
    for (const s of subjectItems) {
      const bySubject = map.get(s.termId!);
      if (!bySubject) continue;
      for (const o of objectItems) {
        const direct = matchEntries(bySubject.get(o.termId!), cls, negated, want);
        if (direct) return { verdict: want === 'same' ? 'supported' : 'contradicted', subject: s, object: o, backing: direct };
        if (!processes) continue;
        for (const id of lookup.processesOf.get(o.termId!) ?? []) {
          const viaProcess = matchEntries(bySubject.get(id), cls, negated, want);
          if (viaProcess) return { verdict: 'supported', subject: s, object: o, backing: viaProcess };
        }
      }
    }
    return undefined;
  };
  const subjectsAll = subjects.modifiers.length > 0 ? subjects.heads.concat(subjects.modifiers) : subjects.heads;
  const objectsAll = objects.modifiers.length > 0 ? objects.heads.concat(objects.modifiers) : objects.heads;
  const processes = cls === 'increases' && !negated && objects.noProcess !== true;
  return (
    find(lookup.direct, subjects.heads, objects.heads, false, 'same') ??
    find(lookup.direct, subjects.heads, objects.heads, false, 'opposite') ??
    find(lookup.inferred, subjects.heads, objects.heads, false, 'same') ??
    find(lookup.direct, subjectsAll, objectsAll, processes, 'same') ??
    find(lookup.inferred, subjectsAll, objectsAll, processes, 'same') ?? {
      verdict: 'unstated',
      subject: subjects.heads[0] ?? subjects.modifiers[0],
      object: objects.heads[0] ?? objects.modifiers[0],
    }
  );
}

const noCandidates: Candidates = { heads: [], modifiers: [], flip: 1 };
/**
 * A comparand that names the cells that make the subject ("than their parent cells", "than the
 * cells of origin", "Unlike the stem cells themselves", "than the stem cells they come from", and
 * "than when you put the stem cells in", from the fifty-first batch, where the subject is what they
 * make; "than giving the actual stem cells", "the way transplanted stem cells do", "than whole stem
 * cells", from the sixty-first, forty-third and sixty-sixth; "than the whole cells", from the
 * seventy-second; "than the cells", from the ninety-seventh: "the vesicles carry less risk of an
 * immune reaction than the cells").
 */
const parentCells = /^(?:(?:the|their|its)\s+(?:stem\s+)?cells?\b|(?:(?:the|their|its)\s+)?(?:actual|original|transplanted|injected|infused|whole|live|living|intact)[\s-]+(?:stem\s+|donor\s+|parent\s+)?cells?\b|(?:(?:the|their|its)\s+)?(?:own\s+)?(?:(?:parent(?:al)?|source|producer|producing|originating)\s+cells?|cells?\s+of\s+origin|(?:stem\s+)?cells?\s+themselves|(?:stem\s+)?cells?\s+(?:they|it)\s+(?:come|comes|came|derive|derives|are\s+derived|is\s+derived|originate|originates)\s+from)\b)/i;

/** What a sentence compares with: its terms, or else its phrase, and whether that names the cells that make the subject ("than their parent cells"). */
interface Comparand {
  than: Candidates;
  phrase?: Phrase;
  parents: boolean;
}

function comparandAt(cx: Context, thanAt: number, end: number): Comparand {
  // "Compared with transplanting the cells themselves": what is given; "than when you put the stem
  // cells in directly" (from the fifty-first batch), as "than putting them in".
  const verbAt = givenWhen(cx.items, thanAt) ? thanAt + 2 : thanAt;
  const given = cx.items[verbAt];
  const at = given?.kind === 'word' && (verbAt > thanAt || (given.key.length > 5 && given.key.endsWith('ing'))) ? verbAt + 1 : thanAt;
  const compared = findObjects(cx, at, undefined);
  if (compared.length > 0) {
    const than = mergeCandidates(compared);
    const process = at === thanAt ? undefined : givenProcess(cx, given, than);
    return { than: process ? { ...than, heads: [...than.heads, process] } : than, parents: false };
  }
  // A comparand with no term ("than liposomes") is none of the review's.
  const phrase = phraseForward(cx.items, at, cx.predicateAt);
  return { than: noCandidates, ...(phrase ? { phrase } : {}), parents: phrase !== undefined && parentCells.test(cx.masked.slice(phrase.start, end)) };
}

/**
 * The process that a gerund names of the cells it is about: "than transplanting the MSCs" compares
 * with the cells and with their transplantation, which the review may name instead. It stands over
 * the gerund and the cell.
 */
function givenProcess(cx: Context, gerund: Item, than: Candidates): Item | undefined {
  const stem = verbStem(gerund.key);
  for (const head of than.heads) {
    // "Putting the stem cells in" and "giving them" name no process by their stem: they give the cells.
    const id = cx.processByStem.get(head.termId!)?.get(stem) ?? (givingVerbs.has(gerund.key) ? givingOf(cx, head.termId!) : undefined);
    if (id !== undefined) return standIn(gerund.start, head.end, id);
  }
  return undefined;
}

/**
 * Verbs that give cells to a body without naming a process of their own: "putting the stem cells in",
 * "when you give the MSCs", "infusing the MSCs themselves" (from the seventy-third batch).
 */
const givingVerbs = new Set(['put', 'puts', 'putting', 'give', 'gives', 'giving', 'gave', 'infuse', 'infuses', 'infusing', 'infused', 'inject', 'injects', 'injecting', 'injected']);

/** "than when you put …", "than if we give …": a comparand that is the doing of a thing, by a person named by a pronoun. */
function givenWhen(items: readonly Item[], at: number): boolean {
  const key = items[at]?.key;
  return (key === 'when' || key === 'if') && givers.has(items[at + 1]?.key ?? '') && items[at + 2]?.kind === 'word';
}

const givers = new Set(['you', 'we', 'they', 'one', 'i', 'doctors', 'clinicians', 'surgeons']);

/**
 * Checks a comparison ("S is less immunogenic than T": S decreases the property, compared with T)
 * against the review: its relations of S to the property, whose comparand (if both name one) is
 * T; then, the other way round, its relations of T to the property compared with S ("MSCs are
 * more immunogenic than exosomes" is what "exosomes are less immunogenic than MSCs" states).
 * `comparand` is undefined when the sentence names none; when it names the cells that make the
 * subject ("than their parent cells"), they are what the review states produces it.
 */
function checkComparison(lookup: RelationLookup, subjects: Candidates, property: Item, comparand: Comparand | undefined, cls: PredicateClass, negated: boolean): Verdict {
  const than = comparand?.than;
  const parents = comparand?.parents === true;
  // The cells, their short name, or the giving of them ("than a stem cell transplant" for "than transplanted MSCs").
  const is = (item: Item, id: string) => item.termId === id || lookup.standsFor.get(item.termId!) === id || givingOf(lookup, id) === item.termId;
  const names = (c: Candidates | undefined, id: string | undefined) => c !== undefined && id !== undefined && (c.heads.some((h) => is(h, id)) || c.modifiers.some((m) => is(m, id)));
  const makes = (id: string, product: string) => lookup.direct.get(id)?.get(product)?.some((e) => e.class === 'produces') === true;
  for (const s of subjects.heads) {
    for (const entry of lookup.direct.get(s.termId!)?.get(property.termId!) ?? []) {
      const theirs = entry.relation.than;
      if (than && theirs !== undefined && !names(than, theirs) && !(parents && makes(theirs, s.termId!))) continue;
      // A comparison is not judged by a statement that compares nothing: "exosome pellet has ~40%
      // less miR-122 than the FBS runs" (from the hundred-and-thirty-third batch) does not deny that
      // exosomes carry miR-122, nor does "more HGF than fibroblasts" state it; nor does one whose
      // comparand is left unsaid ("EVs from >P5 carry less miR-122", from the hundred-and-fifty-ninth,
      // which compared them with earlier passages, not with exosomes that restore miR-122).
      if (theirs === undefined) continue;
      const j = judge(cls, negated, entry.class);
      if (j) return { verdict: j === 'same' ? 'supported' : 'contradicted', subject: s, object: property, backing: entry.relation };
    }
  }
  for (const t of than?.heads ?? []) {
    for (const entry of lookup.direct.get(t.termId!)?.get(property.termId!) ?? []) {
      if (!names(subjects, entry.relation.than)) continue;
      const j = judge(cls, negated, entry.class);
      if (j) return { verdict: j === 'same' ? 'contradicted' : 'supported', subject: subjects.heads[0], object: property, backing: entry.relation };
    }
  }
  return { verdict: 'unstated', subject: subjects.heads[0], object: property };
}

function matchEntries(entries: readonly IndexedRelation[] | undefined, cls: PredicateClass, negated: boolean, want: 'same' | 'opposite'): Relation | undefined {
  if (!entries) return undefined;
  // A comparison of the review's ("… less of an immune response than transplanted MSCs") backs
  // and contradicts comparisons only (`checkComparison`): "exosomes trigger no immune response" is none.
  for (const entry of entries) if (entry.relation.than === undefined && judge(cls, negated, entry.class) === want) return entry.relation;
  return undefined;
}

/**
 * A molecule named by a symbol of letters and digits ("miR-21", "NLRP3", "CD63"), or with a Greek
 * letter ("β-catenin", from the hundred-and-thirty-fourth batch's "Wnt/β-catenin"): a phrase that
 * holds one names what it names, not a paraphrase of a term the review relates ("exosomal miR-21
 * drives hepatocyte proliferation", "miR-223 in MSC exosomes blocks the NLRP3 inflammasome", from
 * the hundred-and-fourteenth batch).
 */
const namesMolecule = /(?<![\w-])(?:miR-\d+|[A-Z][A-Za-z]*-?\d[A-Za-z0-9]*|[A-Za-z]*-?[α-ω][A-Za-z0-9-]*)(?![\w-])/;

/**
 * For a relation with one side that is not a term: whether the review relates the other side in
 * the same way (to anything), so that the sentence may paraphrase it.
 */
function mayParaphrase(lookup: RelationLookup, known: Candidates, side: 'subject' | 'object', cls: PredicateClass, negated: boolean): boolean {
  const map = side === 'subject' ? lookup.classesFrom : lookup.classesInto;
  for (const list of [known.heads, known.modifiers]) {
    for (const item of list) {
      const classes = map.get(item.termId!);
      if (!classes) continue;
      for (const relationClass of classes) if (judge(cls, negated, relationClass) === 'same') return true;
    }
  }
  return false;
}

// ── one sentence ───────────────────────────────────────────────────────────────────────────

interface Item {
  kind: 'term' | 'word' | 'punct';
  start: number;
  end: number;
  /** Lower-case word, punctuation character, or `#term`. */
  key: string;
  /** Written (undefined) on words and punctuation too, so that every item has the same shape for the engine. */
  termId?: string;
  /** Joined to the previous item by a hyphen without spaces ("MSC-derived", "anti-VEGF"). */
  glued: boolean;
}

interface Candidates {
  /** The subject or object itself, and heads joined to it ("exosomes from MSCs", "HGF and VEGF"). */
  heads: Item[];
  /** Terms that modify it ("MSC-derived", "in Kupffer cells") or share its clause. */
  modifiers: Item[];
  /** −1 when a modifier reverses the sense ("loss of X", "reduced Y"). */
  flip: Polarity;
  /** The recipient of a delivery ("… to hepatocytes"): the relation to check is "acts on". */
  recipient?: boolean;
  /** A cell followed by a verb that names none of its processes ("drives hepatocytes to migrate"): they do not back it. */
  noProcess?: boolean;
}

interface Predicate {
  at: number;
  /** Index after the phrase. */
  end: number;
  sense: PredicateSense;
  form: PredicateForm;
  passive: boolean;
  negated: boolean;
  /** A form of "be" stands before it ("is required for", "was secreted"). */
  copula: boolean;
  /** Index of the first item before the phrase that is not an adverb, auxiliary or negation. */
  before: number;
  subject?: Candidates;
  objects: Candidates[];
  /** A comparison of a property ("less immunogenic than"): the property, and where its comparand starts (-1: none). */
  compared?: { property: Item; thanAt: number; figureFrom?: number };
}

/** The subject a following sentence may refer to with "they" or "it": that of its first relation. */
type SubjectContext = Candidates;

interface SentenceAnalysis {
  relations: ClaimRelation[];
  cue?: Cue;
  hedge?: Hedge;
  context?: SubjectContext;
}


/** The words, terms and punctuation of `masked[start, end)`; `terms[termFrom, termTo)` are the sentence's terms. */
function tokenize(masked: string, start: number, end: number, terms: readonly TermMatch[], termFrom: number, termTo: number, lookup: RelationLookup): Item[] {
  const items: Item[] = [];
  let at = start;
  for (let t = termFrom; t < termTo; t++) {
    const term = terms[t];
    if (term.start < at) continue;
    pushWords(masked, at, term.start, items);
    items.push({ kind: 'term', start: term.start, end: term.end, key: '#term', termId: term.termId, glued: isGlued(masked, items, term.start) });
    at = term.end;
  }
  pushWords(masked, at, end, items);
  return frontedChangeRead(givenCellsRead(immuneSystemRead(injuryWhenRead(possessivesRead(termHeadsRead(itsLevelsRead(items)), lookup), lookup), lookup), lookup));
}

/**
 * "And its levels" after words that name one term are that term's levels ("there's this
 * liver-only miRNA, miR-122, and its levels in the liver cells go way UP whenever the liver gets
 * injured", from the hundred-and-thirty-third batch); a term set off by commas after another
 * ("miRNA, miR-122,") is the one named. So is "and it" before a change of level ("miR-122 is the
 * liver's own signature word and it shoots up when the liver is injured", from the
 * hundred-and-forty-sixth). Not when two terms came before otherwise: which one is meant is not read.
 */
function itsLevelsRead(items: Item[]): Item[] {
  let keys: string[] | undefined;
  for (let i = 1; i + 1 < items.length; i++) {
    if (items[i - 1].key !== 'and') continue;
    if (items[i].key === 'it') {
      keys ??= keysOf(items);
      if (changeVerbEnd(keys, i + 1) === -1) continue;
    } else if (items[i].key !== 'its' || !levelNouns.has(items[i + 1].key)) continue;
    let termId: string | undefined;
    let one = true;
    for (let k = 0; k < i; k++) {
      const id = items[k].termId;
      if (items[k].kind !== 'term' || id === termId) continue;
      const apposed = items[k - 1]?.key === ',' && items[k + 1]?.key === ',' && items[k - 2]?.kind === 'term';
      one = termId === undefined || apposed;
      termId = id;
    }
    if (one && termId !== undefined) items[i] = standIn(items[i].start, items[i].end, termId);
  }
  return items;
}

const levelNouns = new Set(['level', 'levels', 'concentration', 'concentrations', 'expression']);

/**
 * "The infused cells", "the transplanted cells" after a cell named earlier in the sentence that the
 * vocabulary names a giving of ("Son asking about the MSC trial flyer; explained the infused cells
 * mainly work by ramping up the pro-inflammatory cytokines", from the hundred-and-sixth batch): the
 * cells given are that cell.
 */
function givenCellsRead(items: Item[], lookup: RelationLookup): Item[] {
  for (let i = 1; i + 1 < items.length; i++) {
    if (!givenCells.has(items[i].key) || (items[i + 1].key !== 'cells' && items[i + 1].key !== 'cell') || !definiteBefore.has(items[i - 1].key)) continue;
    for (let k = i - 2; k >= 0; k--) {
      const term = items[k];
      if (term.kind !== 'term' || givingOf(lookup, term.termId!) === undefined) continue;
      items.splice(i, 2, standIn(items[i].start, items[i + 1].end, term.termId!));
      break;
    }
  }
  return items;
}

const givenCells = new Set(['infused', 'injected', 'transplanted', 'grafted', 'administered', 'donor', 'donated']);
const definiteBefore = new Set(['the', 'these', 'those']);

/**
 * A clause opened by the state or event a level changes in, with the change at the clause's end
 * ("When your liver gets hurt, a special liver messenger called miR-122 shoots way UP to call for
 * help", from the ninety-eighth batch; "After liver injury, miR-122 rises"): the opening is read
 * after the verb, as "miR-122 shoots way up in liver injury" is. After a label's colon too, and
 * without a comma before a term ("in injured liver miR-122 already go up very high"). Not when the
 * verb has an object or a state of its own after it ("In liver injury, HGF increases
 * proliferation").
 */
function frontedChangeRead(items: Item[]): Item[] {
  let o = 0;
  for (let i = 0; i < items.length && i < 8; i++) {
    if (items[i].key === ':') {
      o = i + 1;
      break;
    }
  }
  if (!changePrepositions.has(items[o]?.key ?? '') || items[o + 1]?.kind !== 'term') return items;
  // Without a comma, the opening runs up to a term of its own ("in injured liver miR-122 already go
  // up very high", from the hundred-and-thirty-ninth batch).
  const comma = items[o + 2]?.key === ',';
  if (!comma && items[o + 2]?.kind !== 'term') return items;
  const keys = keysOf(items);
  for (let v = comma ? o + 3 : o + 2; v < items.length; v++) {
    if (items[v].kind === 'punct' && items[v].key !== ',') break;
    const end = changeVerbEnd(keys, v);
    if (end === -1) continue;
    const next = items[end];
    if (next !== undefined && next.kind !== 'punct' && next.key !== 'to' && next.key !== 'and' && !isAdverb(next.key) && !changeDegrees.has(next.key)) return items;
    const fronted = items.splice(o, comma ? 3 : 2);
    items.splice(end - fronted.length, 0, fronted[0], fronted[1]);
    return items;
  }
  return items;
}

/**
 * The items with a term and a word for a product of it that follows ("exosome shots", "MSC
 * infusions", from the ninety-first batch: "exosome shots tend to set off a bigger immune reaction
 * than getting the actual stem cells") as the term: what is said of the shots is said of the
 * exosomes given. And without "on their own" or "by themselves" after a term, which stand between
 * a subject and its verb ("the vesicles on their own provoke less of an immune reaction", from the
 * ninety-second). A term glossed by another in parentheses is the one in them: "the liver's own
 * signature miRNA (miR-122) drops when the liver gets hurt" (from the ninety-third) speaks of miR-122.
 */
function termHeadsRead(items: Item[]): Item[] {
  for (let i = 0; i + 1 < items.length; i++) {
    if (items[i].kind !== 'term') continue;
    const next = items[i + 1];
    if (next.kind === 'word' && productNouns.has(next.key)) items.splice(i, 2, { ...items[i], end: next.end });
    else if (next.key === 'on' && ownersOf.has(items[i + 2]?.key ?? '') && items[i + 3]?.key === 'own') items.splice(i + 1, 3);
    else if (next.key === 'by' && (items[i + 2]?.key === 'themselves' || items[i + 2]?.key === 'itself')) items.splice(i + 1, 2);
    else if (next.key === '(' && items[i + 2]?.kind === 'term' && items[i + 3]?.key === ')') items.splice(i, 4, { ...items[i + 2], start: items[i].start, end: items[i + 3].end });
  }
  return items;
}

const ownersOf = new Set(['their', 'its']);

/**
 * Not "dose": "raising the exosome dose buys you nothing over a low dose" compares doses
 * (`comparedWithLess`). A trial's arm is what it gives ("the exosome-only arm actually carries a
 * bigger risk of immune reaction than the whole-cell arm", from the ninety-ninth batch).
 */
const productNouns = new Set(['arm', 'arms', 'shot', 'shots', 'injection', 'injections', 'infusion', 'infusions', 'product', 'products', 'prep', 'preps', 'preparation', 'preparations', 'formulation', 'formulations', 'vial', 'vials', 'bag', 'bags']);

/**
 * The items with "the immune system" read as an immune response where something sets it off
 * (from the sixty-first batch: "the exosomes set off the immune system more than giving the
 * actual stem cells does"), when the vocabulary names the response. What lowers or calms the
 * immune system is left as written: the review's terms for that (immunomodulation,
 * immunosuppression) are not the response's opposite.
 */
function immuneSystemRead(items: Item[], lookup: RelationLookup): Item[] {
  for (let i = 1; i + 1 < items.length; i++) {
    if (items[i].key !== 'immune' || items[i + 1].key !== 'system') continue;
    // "sets off the immune system", "triggers the body's immune system", "activate your immune system".
    let verbAt = i - 1;
    if (isPossessive(items[verbAt].key)) verbAt--;
    if (bodyDeterminers.has(items[verbAt]?.key ?? '')) verbAt--;
    if (!setsOff(items, verbAt)) continue;
    const id = lookup.twoWordForm('immune response');
    if (id !== undefined) items.splice(i, 2, standIn(items[i].start, items[i + 1].end, id));
  }
  return items;
}

/** A verb that sets something off ending at `items[at]`: "triggers", "activated", "set off", "stir up". */
function setsOff(items: readonly Item[], at: number): boolean {
  const key = items[at]?.key ?? '';
  if (key === 'off' || key === 'up') return particleVerbs.has(items[at - 1]?.key ?? '');
  return settingOff.has(key);
}

const settingOff = new Set([
  'trigger', 'triggers', 'triggered', 'triggering', 'activate', 'activates', 'activated', 'activating', 'provoke', 'provokes',
  'provoked', 'provoking', 'alert', 'alerts', 'alerted', 'alerting', 'alarm', 'alarms', 'alarmed', 'stimulate', 'stimulates',
  'stimulated', 'stimulating',
]);
const particleVerbs = new Set(['set', 'sets', 'setting', 'stir', 'stirs', 'stirred', 'stirring', 'rev', 'revs', 'revved', 'fire', 'fires', 'fired', 'wake', 'wakes', 'woke', 'rile', 'riles', 'riled', 'kick', 'kicks', 'kicked']);

/**
 * The items with "when the liver is injured" read as "in liver injury" (from the fiftieth and
 * fifty-second batches: "miR-122 shoots up when the liver gets damaged"), when the vocabulary
 * names the injury: "when" becomes "in", and the rest an item that stands for the injury, so that
 * a level that changes "in" it has it for its actor. "In the injured liver" is in the injury too.
 */
function injuryWhenRead(items: Item[], lookup: RelationLookup): Item[] {
  for (let i = 0; i + 1 < items.length; i++) {
    const opener = items[i].key;
    // "after injury", "after damage" with no organ named (from the hundred-and-twenty-fifth and
    // hundred-and-thirty-eighth batches: "because miR-122 goes up anyway after injury"): in notes
    // on the liver, the liver's; not "after injury to the kidney".
    // "after an injury" too (from the hundred-and-fifty-third batch).
    const bareAt = items[i + 1].key === 'an' || items[i + 1].key === 'a' ? i + 2 : i + 1;
    if ((opener === 'after' || opener === 'following' || opener === 'during') && bareInjuries.has(items[bareAt]?.key ?? '') && items[bareAt + 1]?.key !== 'to' && items[bareAt + 1]?.key !== 'of') {
      const id = lookup.twoWordForm(`liver ${items[bareAt].key}`);
      if (id !== undefined) items.splice(i + 1, bareAt - i, standIn(items[i + 1].start, items[bareAt].end, id));
      continue;
    }
    if (i + 2 >= items.length) break;
    // "in the injured liver" (from the sixty-ninth batch), "in damaged liver tissue" (from the
    // eighty-fourth): the organ's injury, as a state a level changes in; not what "MSCs protect
    // the damaged liver" protects.
    const bare = opener === 'in' && injuryNouns.has(items[i + 1].key);
    const injured = bare || (bodyDeterminers.has(opener) && items[i - 1]?.key === 'in') ? injuryNouns.get(items[i + 1].key) : undefined;
    // "in injured hepatocytes" (from the hundred-and-seventieth batch) is in the liver's injury.
    const injuredOrgan = items[i + 2].kind === 'word' ? items[i + 2].key : bare ? organOfCells.get(lookup.labelOf(items[i + 2].termId!) ?? '') : undefined;
    if (injured !== undefined && injuredOrgan !== undefined) {
      const id = lookup.twoWordForm(`${injuredOrgan} ${injured}`);
      if (id !== undefined) {
        const from = bare ? i + 1 : i;
        items.splice(from, i + 3 - from, standIn(items[from].start, items[i + 2].end, id));
        continue;
      }
    }
    // "whenever the liver gets injured" (from the hundred-and-thirty-third batch) is "when".
    if (opener !== 'when' && opener !== 'whenever' && opener !== 'after' && opener !== 'once') continue;
    // "when the liver is injured", or "in the liver after it's damaged" (from the fifty-ninth batch):
    // "it" is the organ named just before.
    // "when its injured", as chat writes "it's" (from the seventy-ninth batch).
    const itIs = items[i + 1].key === "it's" || items[i + 1].key === 'it’s' || (items[i + 1].key === 'its' && injuryNouns.has(items[i + 2]?.key ?? ''));
    let organ: string | undefined;
    let k: number;
    // "when the liver's injured" (from the hundred-and-sixteenth batch): its "'s" is the link.
    let linked = false;
    if (!itIs && bodyDeterminers.has(items[i + 1].key) && items[i + 2].kind === 'word' && i + 3 < items.length) {
      organ = items[i + 2].key;
      k = i + 3;
      const contracted = /^([a-z]+)['’]s$/.exec(organ);
      if (contracted) {
        organ = contracted[1];
        k = i + 2;
        linked = true;
      }
    } else if (itIs || items[i + 1].key === 'it') {
      organ = organBefore(items, i);
      k = items[i + 1].key === 'it' ? i + 2 : i + 1;
    } else continue;
    if (organ === undefined) continue;
    if (!linked && (items[k]?.key === 'has' || items[k]?.key === 'have')) k++;
    if (k > i + 1 && !linked && !injuryLinks.has(items[k]?.key ?? '')) continue;
    const noun = injuryNouns.get(items[k + 1]?.key ?? '');
    const id = noun === undefined ? undefined : lookup.twoWordForm(`${organ} ${noun}`);
    if (id === undefined) continue;
    items.splice(i, k + 2 - i, { ...items[i], key: opener === 'when' || opener === 'whenever' ? 'in' : 'after' }, standIn(items[i + 1].start, items[k + 1].end, id));
  }
  return items;
}

/** The organ a clause's "it" stands for: "liver" of "in the liver" right before it. */
function organBefore(items: readonly Item[], at: number): string | undefined {
  const word = items[at - 1];
  return word?.kind === 'word' && bodyDeterminers.has(items[at - 2]?.key ?? '') ? word.key : undefined;
}

/** How far a level goes after its change: "go up very high", "rise a lot", "shoots way up". */
const changeDegrees = new Set(['very', 'high', 'higher', 'low', 'lower', 'fast', 'a', 'way', 'so', 'much', 'quite', 'really']);

/** The organ of cells named by a term's label: an injury of them is the organ's. */
const organOfCells = new Map([['hepatocyte', 'liver']]);
/** The few determiners read before a part of the body: "the liver", "your immune system". */
const bodyDeterminers = new Set(['the', 'a', 'your', 'ur', 'their', 'its']);
const injuryLinks = new Set(['is', 'are', 'was', 'gets', 'get', 'got', 'becomes', 'been']);
const injuryNouns = new Map([['injured', 'injury'], ['damaged', 'damage'], ['hurt', 'injury']]);
/** The injuries themselves, named with no organ: "after injury", "after damage". */
const bareInjuries = new Set(injuryNouns.values());

/** A word in "'s" or "’s", told by its last characters: every word of a sentence with a term is asked. */
function isPossessive(key: string): boolean {
  const n = key.length;
  if (n < 3 || key.charCodeAt(n - 1) !== 115) return false;
  const c = key.charCodeAt(n - 2);
  return c === 39 || c === 0x2019;
}

/**
 * The items with a process named by a possessive as one term: "the liver's repair" is "liver
 * repair" (liver regeneration). A word in "'s" and the word after it become an item that stands
 * for the process.
 */
function possessivesRead(items: Item[], lookup: RelationLookup): Item[] {
  for (let i = 0; i + 1 < items.length; i++) {
    const it = items[i];
    const next = items[i + 1];
    if (it.kind !== 'word' || next.kind !== 'word' || !isPossessive(it.key)) continue;
    const id = lookup.twoWordForm(`${it.key.slice(0, -2)} ${next.key}`);
    if (id !== undefined) items.splice(i, 2, { ...standIn(it.start, next.end, id), glued: it.glued });
  }
  return items;
}

function pushWords(masked: string, from: number, to: number, items: Item[]): void {
  let i = from;
  while (i < to) {
    const c = masked.charCodeAt(i);
    if (isWordChar(c)) {
      let j = i + 1;
      for (;;) {
        while (j < to && isWordChar(masked.charCodeAt(j))) j++;
        if (j + 1 < to && isJoiner(masked.charCodeAt(j)) && isWordChar(masked.charCodeAt(j + 1))) {
          j += 2;
          continue;
        }
        break;
      }
      items.push({ kind: 'word', start: i, end: j, key: wordKey(masked, i, j), termId: undefined, glued: isGlued(masked, items, i) });
      i = j;
      continue;
    }
    // An arrow up or down right after a term (and a comma) is its rise or fall: "miR-122 →
    // liver-specific miRNA, ↑↑ in injured hepatocytes" (from the hundred-and-sixty-ninth batch),
    // "miR-122 ↑ in injured liver".
    const last = items.length - 1;
    if ((c === 0x2191 || c === 0x2193) && last >= 0 && (items[last].kind === 'term' || (items[last].key === ',' && items[last - 1]?.kind === 'term'))) {
      let j = i + 1;
      while (j < to && masked.charCodeAt(j) === c) j++;
      items.push({ kind: 'word', start: i, end: j, key: c === 0x2191 ? 'rises' : 'falls', termId: undefined, glued: false });
      i = j;
      continue;
    }
    // A bar too: a row of cells written with no table around it ("| MSC dose #2 tmrw | pred blunts …").
    if (c === 44 || c === 59 || c === 58 || c === 40 || c === 41 || c === 91 || c === 93 || c === 0x2014 || c === 63 || c === 33 || c === 124) {
      items.push({ kind: 'punct', start: i, end: i + 1, key: String.fromCharCode(c), termId: undefined, glued: false });
    } else if ((c === 0x2013 || c === 45) && i > from && masked.charCodeAt(i - 1) === 32 && masked.charCodeAt(i + 1) === 32) {
      items.push({ kind: 'punct', start: i, end: i + 1, key: '—', termId: undefined, glued: false });
    }
    i++;
  }
}

/** Letters and digits; other scripts through a cached Unicode test. */
const wordCharCache = new Uint8Array(65536);

function isWordChar(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  let v = wordCharCache[c];
  if (v === 0) {
    v = c >= 0xd800 && c <= 0xdfff ? 1 : /[\p{L}\p{N}\p{M}]/u.test(String.fromCharCode(c)) ? 1 : 2;
    wordCharCache[c] = v;
  }
  return v === 1;
}

/** Characters that may join two parts of one word: apostrophes, hyphens, an en dash, a period (e.g). */
function isJoiner(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013 || c === 46;
}

function isGlued(masked: string, items: readonly Item[], start: number): boolean {
  const prev = items[items.length - 1];
  if (!prev || prev.kind === 'punct') return false;
  if (prev.end === start) return true;
  const c = masked.charCodeAt(start - 1);
  return prev.end === start - 1 && (c === 45 || c === 0x2010 || c === 0x2011 || c === 0x2013);
}

/** How far (in words) a subject, an antecedent or a parenthesis is looked for: keeps long sentences linear. */
const maxScan = 40;

const determiners = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'no', 'any', 'each', 'every', 'some', 'several', 'many', 'few', 'such', 'another', 'other', 'main', 'major', 'key', 'direct', 'indirect', 'potential', 'possible', 'new', 'novel', 'marked', 'strong', 'significant', 'modest', 'slight', 'further', 'greater', 'primary', 'net', 'whose', 'what']);
const prepositions = new Set(['of', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'than', 'versus', 'vs', 'into', 'via', 'per', 'upon', 'without', 'under', 'over', 'between', 'among', 'about', 'across', 'after', 'before', 'during', 'within', 'through', 'toward', 'towards', 'against', 'despite', 'like', 'unlike', 'as']);
const negations = new Set(['not', 'never', 'cannot', 'neither', 'nor', 'unable', 'fail', 'fails', 'failed', 'failing', 'no', 'longer', 'without']);
const auxiliaries = new Set([
  'can', 'could', 'may', 'might', 'will', 'would', 'shall', 'should', 'must', 'do', 'does', 'did', 'has', 'have', 'had', 'having', 'to',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'get', 'gets', 'got', 'become', 'becomes', 'became', 'remain', 'remains', 'remained',
  'help', 'helps', 'helped', 'helping', 'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared', 'tend', 'tends', 'tended', 'continue', 'continues',
  'continued', 'serve', 'serves', 'served', 'able', 'known', 'shown', 'reported', 'thought', 'found', 'believed', 'said', 'likely', 'unlikely',
  'also', 'further', 'then', 'thus', 'thereby', 'still', 'even', 'often', 'again', 'already', 'both', 'each', 'all', 'alone', 'together', 'itself',
  'themselves', 'indeed', 'too', 'likewise', 'instead', 'actually', 'first', 'later', 'subsequently', 'meanwhile', 'go', 'goes', 'went',
  'on', 'demonstrated', 'proven', 'proved', 'confirmed', 'observed', 'expected', 'predicted', 'proposed', 'suggested', 'claimed', 'considered',
  'act', 'acts', 'work', 'works',
]);
const pronouns = new Set(['they', 'it', 'these', 'those', 'this', 'both', 'them', 'which', 'that', 'who']);
/** Words after which "to" + verb still asserts the relation ("shown to reduce", "fails to restore", "helps to"). */
const assertingInfinitive = new Set([
  'shown', 'known', 'found', 'reported', 'thought', 'believed', 'said', 'able', 'unable', 'help', 'helps', 'helped', 'fail', 'fails', 'failed',
  'serve', 'serves', 'served', 'act', 'acts', 'acted', 'appear', 'appears', 'appeared', 'seem', 'seems', 'seemed', 'tend', 'tends', 'tended',
  'likely', 'unlikely', 'continue', 'continues', 'continued', 'proven', 'demonstrated', 'observed', 'expected', 'predicted', 'proposed',
  'suggested', 'hypothesized', 'hypothesised', 'go', 'goes', 'went', 'begin', 'begins', 'began', 'start', 'starts', 'started', 'work', 'works',
  'enough', 'sufficient', 'used', 'suffices', 'suffice', 'alone', 'ought',
]);

function assertingBeforeTo(items: readonly Item[], at: number): boolean {
  let k = at;
  // "Likely" ends in "-ly" but is no adverb here: "is likely to promote".
  while (k >= 0 && items[k].kind === 'word' && isAdverb(items[k].key) && !assertingInfinitive.has(items[k].key)) k--;
  const it = items[k];
  if (!it) return false;
  return it.kind === 'term' || (it.kind === 'word' && (assertingInfinitive.has(it.key) || subjectPronouns.has(it.key) || negations.has(it.key)));
}

const subjectPronouns = new Set(['they', 'it', 'we', 'which', 'who', 'he', 'she', 'i']);
const relativePronouns = new Set(['which', 'that', 'who', 'whom']);
/** Words that open a clause of its own, after a comma or not ("so", "because", "although"). */
const clauseOpeners = new Set(['so', 'yet', 'because', 'although', 'though', 'whereas', 'while', 'since', 'unless', 'whether', 'if']);
/** Words that start a subject of a clause's own that is no term: a determiner or a personal pronoun other than "it" and "they". */
const subjectOpeners = new Set(['the', 'a', 'an', 'this', 'these', 'those', 'we', 'i', 'you', 'our', 'my', 'your', 'his', 'her', 'he', 'she']);
const insertStarters = new Set([
  'which', 'who', 'whose', 'via', 'through', 'including', 'like', 'such', 'especially', 'particularly', 'e.g', 'i.e', 'in', 'together', 'along',
  'unlike', 'as', 'when', 'after', 'before', 'once', 'however', 'therefore', 'thus', 'moreover', 'notably', 'importantly', 'interestingly',
  'similarly', 'likewise', 'conversely', 'by', 'for', 'with', 'for example', 'for instance', 'a', 'an', 'the', 'mainly', 'mostly', 'primarily',
  'at', 'under', 'upon', 'within', 'despite', 'although', 'though', 'whereas', 'while', 'if', 'unless', 'because', 'since', 'respectively',
]);
const objectStops = new Set(['that', 'which', 'who', 'while', 'whereas', 'because', 'since', 'although', 'though', 'but', 'thereby', 'when', 'where', 'unless', 'until', 'than', 'whether', 'if', 'so', 'then', 'via', 'through', 'by', 'thus', 'hence', 'whilst', 'compared', 'relative', 'whereby']);
const chainPrepositions = new Set(['of', 'from', 'in', 'by', 'within', 'on', 'among', 'inside', 'to', 'into']);
const modifierPrepositions = new Set(['of', 'in', 'within', 'from', 'by', 'on', 'at', 'among', 'across', 'inside', 'throughout', 'after', 'during', 'following', 'for']);
const recipientPrepositions = new Set(['to', 'into', 'toward', 'towards', 'onto']);
const coordinators = new Set([',', 'and', 'or', 'plus', 'as', 'well', 'both', 'also', 'but', 'and/or', 'not', 'only']);
const reversingBefore = new Set(['loss', 'lack', 'absence', 'depletion', 'deletion', 'knockdown', 'knockout', 'blockade', 'inhibition', 'neutralization', 'neutralisation', 'ablation', 'removal', 'silencing', 'deficiency', 'inactivation', 'blocking', 'inhibiting', 'depleting', 'deleting', 'neutralizing', 'neutralising', 'ablating', 'removing', 'antagonizing', 'antagonising', 'without', 'suppression', 'suppressing', 'anti']);
const reversingAfter = new Set(['depletion', 'deficiency', 'knockdown', 'knockout', 'deletion', 'blockade', 'inhibition', 'loss', 'ablation', 'silencing', 'neutralization', 'neutralisation', 'deficient', 'null', 'inhibitors', 'inhibitor', 'antagonists', 'antagonist', 'blockers', 'blocker', 'inactivation', 'removal', 'suppression', 'death', 'damage', 'injury', 'dysfunction', 'failure']);
const reversingObject = new Set(['drop', 'fall', 'reduced', 'decreased', 'lower', 'lowered', 'less', 'fewer', 'weaker', 'milder', 'smaller', 'lesser', 'diminished', 'attenuated', 'impaired', 'suppressed', 'inhibited', 'blunted', 'weakened', 'dampened', 'loss', 'lack', 'absence', 'reduction', 'decrease', 'decline', 'downregulation', 'down-regulation', 'inhibition', 'suppression', 'attenuation', 'impairment', 'death', 'depletion', 'deficiency', 'blockade', 'failure', 'dysfunction']);
const participialAdjectives = new Set(['derived', 'secreted', 'released', 'associated', 'linked', 'involved', 'implicated', 'enriched', 'loaded', 'packed', 'laden', 'correlated', 'coupled']);
const temporal = new Set(['after', 'during', 'before', 'following', 'upon', 'within', 'throughout', 'since', 'until', 'over']);
const changeNouns = new Set(['drop', 'fall', 'decline', 'reduction', 'decrease', 'loss', 'increase', 'rise', 'elevation', 'surge', 'boost', 'improvement', 'gain', 'upregulation', 'downregulation', 'induction', 'shift', 'change', 'changes', 'increases', 'decreases', 'reductions']);
const protectors = new Set(['protect', 'shield', 'safeguard', 'rescue', 'spare', 'guard']);
const producerVerbs = new Set(['deliver', 'transfer', 'carry', 'shuttle', 'transport', 'convey', 'transmit', 'bring', 'pass on', 'hand over', 'supply', 'provide', 'release', 'secrete', 'export']);

function analyzeSentence(
  masked: string,
  start: number,
  end: number,
  /** The sentence is known to be ASCII. */
  ascii: boolean,
  terms: readonly TermMatch[],
  termFrom: number,
  termTo: number,
  lookup: RelationLookup,
  context: SubjectContext | undefined,
  cue: Cue | undefined,
): SentenceAnalysis {
  const question = questionMark(masked, start, end);
  if (question && !didYouKnow.test(masked.slice(start, Math.min(end, start + 100))) && !soAsked(masked, start, question.start)) {
    return { relations: noRelations, hedge: { span: question, question: true } };
  }
  // Most sentences assert nothing: they get through here without allocating.
  let predicates: Predicate[] | undefined;
  let predicateAt: Map<number, Predicate> | undefined;
  const items = termTo > termFrom || context ? tokenize(masked, start, end, terms, termFrom, termTo, lookup) : undefined;
  if (items !== undefined && items.length > 0) {
    const keys = keysOf(items);
    for (let i = 0; i < items.length; i++) {
      if (items[i].kind !== 'word') continue;
      const comparison = comparatives.has(keys[i]) ? matchComparison(items, i, lookup.properties) : undefined;
      if (comparison) {
        (predicates ??= []).push(comparison);
        (predicateAt ??= new Map()).set(i, comparison);
        i = comparison.end - 1;
        continue;
      }
      // "Carry lower immunogenicity than": the verb has the compared property, which the comparison reads.
      if (carryingWords.has(keys[i]) && carriesCompared(items, keys, i, lookup.properties)) continue;
      // "Can bring it back" restores what "it" stands for, not what follows "back" (from the
      // hundred-and-nineteenth batch: "… but exo from MSC can bring it back and the hepatocyte work better").
      if (bringingWords.has(keys[i]) && (keys[i + 1] === 'it' || keys[i + 1] === 'them') && keys[i + 2] === 'back') continue;
      // "I still pipette too slow" (from the hundred-and-forty-second batch): after "too" or "very", an adjective.
      if (keys[i - 1] === 'too' || keys[i - 1] === 'very') continue;
      const match = matchPredicate(keys, i);
      if (!match) continue;
      const predicate = validate(items, i, match.sense, match.form, i + match.length, masked);
      if (!predicate) continue;
      // "MSCs raise, rather than lower, the output of …": the verb's object follows the aside.
      const aside = asideEnd(keys, predicate.end);
      if (aside !== -1) predicate.end = aside;
      (predicates ??= []).push(predicate);
      (predicateAt ??= new Map()).set(i, predicate);
      i = predicate.end - 1;
    }
  }
  // "Combined therapy is more effective than either treatment alone", "MSCs plus high-dose exosomes
  // outperform either one alone" (from the fifty-fourth batch), "High-dose exosomes work better than
  // low doses" (from the sixty-second): what a term does, compared with less of it, as the review
  // states it, when no verb of the sentence relates it to a term.
  const parts = items !== undefined && cue?.kind === 'comparison' ? comparedWithLess(masked, items, end, cue, lookup, context) : undefined;
  if (items === undefined || predicates === undefined || predicateAt === undefined) {
    if (!cue) return definedTerm(masked, items) ?? nothingAsserted;
    const hedge = findHedge(masked, start, end, ascii);
    if (hedge) {
      const hedged = hedgedSpan(masked, start, end, hedge);
      if (overlaps(cue, hedged)) {
        // A cue in a clause after the hedged one is asserted ("… should be back to full size inside
        // six weeks; in healthy young adults the organ regrows that fast", from the
        // hundred-and-thirty-seventh batch). A result cue only where the first was one: it counted.
        const later = hedged.end < end ? findCues(masked, hedged.end, end).find((c) => (c.kind === undefined || cue.kind !== undefined) && cueAsserts(masked, start, end, c)) : undefined;
        return later ? { relations: parts ? [parts] : noRelations, cue: later } : { relations: noRelations, hedge };
      }
    }
    return { relations: parts ? [parts] : noRelations, cue };
  }

  const cx = contextOf(items, predicateAt, context, lookup, masked);
  const relations: ClaimRelation[] = [];
  let lastSubject: Candidates | undefined;
  const side = (c: Item | undefined, phrase: Phrase | undefined): ClaimTerm | undefined => {
    if (c) return { termId: c.termId!, text: ownText(masked.slice(c.start, c.end)), start: c.start, end: c.end };
    return phrase ? { text: ownText(masked.slice(phrase.start, phrase.end)), start: phrase.start, end: phrase.end } : undefined;
  };
  predicates.forEach((p, n) => {
    const previous = n > 0 ? predicates[n - 1] : undefined;
    const before = findSubject(cx, p, previous);
    if (p.compared) {
      p.subject = before;
      if (!before || before.heads.length === 0) return;
      lastSubject ??= before;
      const { property, thanAt } = p.compared;
      const comparand = thanAt === -1 ? undefined : comparandAt(cx, thanAt, end);
      const { cls, polarity } = oriented(p.sense.class, p.sense.polarity, before.flip);
      const verdict = checkComparison(lookup, before, property, comparand, cls, p.negated);
      const relation: ClaimRelation = {
        subject: side(verdict.subject, undefined)!,
        predicate: p.sense.lemma,
        class: cls,
        polarity,
        negated: p.negated,
        object: side(property, undefined)!,
        comparative: p.form === 'noun' ? 'noun' : 'adjective',
        start: items[p.at].start,
        end: property.end,
        verdict: verdict.verdict,
      };
      if (comparand && comparand.than.heads.length > 0) relation.than = side(comparand.than.heads[0], undefined);
      else if (comparand?.phrase) relation.than = side(undefined, comparand.phrase);
      if (p.compared.figureFrom !== undefined) relation.figure = ownText(masked.slice(items[p.compared.figureFrom].start, items[p.at - 1].end));
      if (verdict.backing) relation.backing = verdict.backing;
      relations.push(relation);
      return;
    }
    const agentAt = p.passive ? agentStart(cx, p) : -1;
    const after = p.passive ? (agentAt === -1 ? [] : findObjects(cx, agentAt, undefined)) : findObjects(cx, p.end, p.sense);
    p.subject = before;
    p.objects = after;
    const actorAfter = p.passive || p.sense.reverse === true;
    const verbNegated = p.negated !== (p.sense.negated === true);
    const weak = p.form === 'gerund' && p.before >= 0 && items[p.before].kind === 'word' && prepositions.has(items[p.before].key) && items[p.before].key !== 'by';
    const subject = combined(cx, actorAfter ? (after.length > 0 ? mergeCandidates(after) : undefined) : before);
    const objects = actorAfter ? (before ? [before] : []) : after;
    if (subject && !lastSubject) lastSubject = subject;
    const relationOf = (s: ClaimTerm, o: ClaimTerm, cls: PredicateClass, polarity: Polarity, verdict: Verdict['verdict'], backing?: Relation, negated = verbNegated): ClaimRelation => ({
      subject: s,
      predicate: p.sense.lemma,
      class: cls,
      polarity,
      negated,
      object: o,
      start: items[p.at].start,
      end: items[p.end - 1].end,
      verdict,
      ...(backing ? { backing } : {}),
    });
    if (subject && objects.length > 0) {
      for (const object of objects) {
        if (object.heads.length === 0) continue;
        const last = items.indexOf(object.heads[object.heads.length - 1]);
        const degree = degreeAfter(items, last === -1 || object.recipient ? -1 : last + 1, verbNegated);
        const negated = degree.negated;
        const { cls, polarity } = oriented(object.recipient ? 'interacts' : p.sense.class, object.recipient ? 0 : p.sense.polarity, subject.flip * object.flip * degree.flip);
        let verdict = checkRelation(lookup, subject, object, cls, negated);
        // "MSCs pump out MORE pro-inflammatory cytokines" (from the ninety-fourth batch): making more
        // of something, with nothing compared, raises it, so it contradicts a statement that lowers it.
        if (cls === 'produces' && verdict.verdict === 'unstated' && makesMore(items, object, degree.thanAt)) {
          const raised = checkRelation(lookup, subject, object, 'increases', negated);
          if (raised.verdict === 'contradicted') verdict = raised;
        }
        if (!verdict.subject || !verdict.object || verdict.subject.termId === verdict.object.termId) continue;
        // "Kupffer cells account for 80–90% of macrophages": a term and its short name are two terms here, and nothing the review states of one relates them.
        if (isShortName(lookup, verdict.subject.termId!, verdict.object.termId!)) verdict = { verdict: 'unstated', subject: verdict.subject, object: verdict.object };
        // "Provoke less of an immune response than transplanted MSCs", "Compared with MSCs, exosomes
        // carry a lower risk of …": a comparison by its verb, checked as one when a comparand
        // follows the object (as written: a process stands for more than one item) or opens the clause.
        let thanAt = -1;
        if (cls === 'increases' || cls === 'decreases') {
          if (last !== -1) thanAt = degree.thanAt !== -1 ? degree.thanAt : comparandStart(items, last + 1);
          // "a stronger immune reaction in recipients than …": past a place after the object.
          if (thanAt === -1 && last !== -1 && items[last + 1]?.key === 'in' && items[last + 2]?.kind === 'word') thanAt = comparandStart(items, last + 3);
          if (thanAt === -1) thanAt = frontedComparand(items, p.at);
        }
        // A comparand after the object, or none with "less/more likely to" ("The vesicles are much
        // less likely to set off the immune system", from the ninetieth and hundred-and-seventh
        // batches): a comparison with its comparand left unsaid, checked against the review's
        // comparisons of the subject, whatever they compare it with. Not when the sentence's
        // comparison is another ("ppl like exosomes more than just injecting the stem cells …",
        // from the seventy-ninth).
        // So is "less of" an object ("provoke far less of an immune reaction", from the hundred-and-sixty-first).
        const unsaid =
          thanAt === -1 &&
          verdict.verdict === 'unstated' &&
          ((likelyCompared(items, p.at) && (cue?.kind !== 'comparison' || cue.start >= items[p.at - 3].start)) ||
            (lessOfBefore(items, object) && (cue?.kind !== 'comparison' || cue.start >= items[p.at].start)));
        if (thanAt !== -1 || unsaid) {
          const compared = checkComparison(lookup, subject, verdict.object, unsaid ? undefined : comparandAt(cx, thanAt, end), cls, negated);
          if (compared.backing?.than !== undefined) verdict = { ...compared, subject: compared.subject ?? verdict.subject };
        }
        if (weak && verdict.verdict !== 'supported') verdict.verdict = 'unverifiable';
        relations.push(relationOf(side(verdict.subject, undefined)!, side(verdict.object, undefined)!, cls, polarity, verdict.verdict, verdict.backing, negated));
      }
      return;
    }
    if (p.sense.class === 'interacts' || (!subject && objects.length === 0)) return;
    const known = subject ?? objects[0];
    if (known.heads.length === 0) return;
    const knownSide: 'subject' | 'object' = subject ? 'subject' : 'object';
    let phrase: Phrase | undefined;
    if (knownSide === 'subject') phrase = actorAfter ? phraseBackward(items, p.before, predicateAt) : phraseForward(items, p.end, predicateAt);
    else phrase = actorAfter ? (agentAt === -1 ? undefined : phraseForward(items, agentAt, predicateAt, true)) : phraseBackward(items, p.before, predicateAt);
    const verb = p.form !== 'adjective' && p.form !== 'noun';
    const unary = verb && !phrase && p.sense.polarity !== 0 && !p.sense.reverse && (knownSide === 'subject' ? !actorAfter : p.passive && agentAt === -1);
    if (unary) {
      // A change with no actor, made by the experimenter: "the exosome dose was doubled for the second cohort".
      if (p.passive && reportsProcedure(masked, start, end)) return;
      const rest = restOfClause(items, p.end, predicateAt);
      // "In an injured liver miR-122 is already elevated": what opens the clause changes it.
      const actor = rest ? undefined : frontedActor(items, items.indexOf(known.heads[0]), lookup);
      if (actor) {
        const { cls, polarity } = oriented(p.sense.class, p.sense.polarity, known.flip);
        const verdict = checkRelation(lookup, { heads: [actor], modifiers: [], flip: 1 }, known, cls, verbNegated);
        relations.push(relationOf(side(actor, undefined)!, side(verdict.object, undefined)!, cls, polarity, weak && verdict.verdict !== 'supported' ? 'unverifiable' : verdict.verdict, verdict.backing));
        return;
      }
      const changed = side(known.heads[0], undefined)!;
      const verdict = weak || mayParaphrase(lookup, known, 'object', p.sense.class, verbNegated) ? 'unverifiable' : 'unstated';
      relations.push({ ...relationOf(changed, { text: rest ? ownText(masked.slice(rest.start, rest.end)) : '', start: rest?.start ?? items[p.end - 1].end, end: rest?.end ?? items[p.end - 1].end }, p.sense.class, p.sense.polarity, verdict), intransitive: true });
      return;
    }
    if (!phrase) return;
    const { cls, polarity } = oriented(p.sense.class, p.sense.polarity, known.flip * phrase.flip);
    const verdict = weak || (mayParaphrase(lookup, known, knownSide, cls, verbNegated) && !namesMolecule.test(masked.slice(phrase.start, phrase.end))) ? 'unverifiable' : 'unstated';
    const term = side(known.heads[0], undefined)!;
    const other = side(undefined, phrase)!;
    relations.push(knownSide === 'subject' ? relationOf(term, other, cls, polarity, verdict) : relationOf(other, term, cls, polarity, verdict));
  });
  // Unless a verb relates two terms; a term and a phrase ("exosome benefit plateaus at low doses",
  // read as "benefit" relating exosomes to "plateaus") give way to the comparison.
  if (parts && !relations.some((r) => r.subject.termId !== undefined && r.object.termId !== undefined)) relations.splice(0, relations.length, parts);
  let asserted = relations;
  let assertedCue = cue;
  if (relations.length > 0 || cue) {
    const hedge = findHedge(masked, start, end, ascii);
    if (hedge) {
      // What ends before the hedge's clause is still asserted: "HGF rose 3-fold, perhaps because …";
      // and what comes after an aside that holds it.
      const hedged = hedgedSpan(masked, start, end, hedge);
      asserted = relations.filter((r) => !overlaps(r, hedged));
      if (cue && overlaps(cue, hedged)) assertedCue = undefined;
      if (asserted.length === 0 && !assertedCue) return lastSubject ? { relations: noRelations, hedge, context: lastSubject } : { relations: noRelations, hedge };
    }
  }
  const analysis: SentenceAnalysis = { relations: asserted.length > 0 ? asserted : noRelations };
  if (assertedCue) analysis.cue = assertedCue;
  if (lastSubject) analysis.context = lastSubject;
  return analysis;
}

const nothingAsserted: SentenceAnalysis = { relations: noRelations };

/**
 * A sentence that defines a term with "=" ("Glossary add: miR-122 = the liver-specific microRNA.",
 * from the eighty-fourth batch) asserts nothing, but the term is what "it" of the next sentence
 * names ("It climbs in damaged liver tissue").
 */
function definedTerm(masked: string, items: readonly Item[] | undefined): SentenceAnalysis | undefined {
  if (items === undefined) return undefined;
  for (let t = 0; t + 1 < items.length && t < 4; t++) {
    const term = items[t];
    if (term.kind !== 'term') continue;
    if ((t === 0 || items[t - 1].key === ':') && /^\s*=\s*$/.test(masked.slice(term.end, items[t + 1].start))) return { relations: noRelations, context: { heads: [term], modifiers: [], flip: 1 } };
    return undefined;
  }
  return undefined;
}

/** What a statement of the review compares a term with that is less of it: its parts alone, or lower doses of it. */
type Less = 'parts' | 'lower doses';

/** A statement of the review that a term raises something more than less of it does (`lessOf`). */
interface LessCompared {
  object: string;
  label: string;
  relation: Relation;
  less: Less;
}

/** What less of its subject a statement compares it with: "… more than either alone", "… more than lower doses". */
function lessOf(statement: string): Less | undefined {
  if (eitherAlone.test(statement)) return 'parts';
  return lowerDoses.test(statement) ? 'lower doses' : undefined;
}

/**
 * What less of a term a sentence compares it with after its comparison `cue`: each of its parts
 * ("than either treatment alone"; one part alone after "over" or "than": "adds no benefit over the
 * exosomes alone"), or a lower dose ("than low-dose exosomes", "over lower doses", "than the
 * standard dose").
 */
function lessAfter(cue: Cue, rest: string): Less | undefined {
  if (eitherAlone.test(rest) || (onePartAlone.test(rest) && (comparedOver.test(cue.text) || equalityCue.test(cue.text)))) return 'parts';
  return lowerDoseAfter.test(rest) ? 'lower doses' : undefined;
}

/** "More" and a term before a denial, right before a comparison cue: "more exosomes doesn't ". */
const moreOfBefore = /\bmore\s+(?:[\w-]+\s+){1,2}?(?:doesn['’]t|does\s+not|don['’]t|do\s+not|won['’]t|will\s+not|didn['’]t)\s+$/i;
/** A high dose: "higher doses", "raising the exosome dose", "the giant doses" (from the hundred-and-twelfth batch), "hi-dose" (from the hundred-and-sixty-first), "upping the EV dose" (from the hundred-and-sixty-third). */
const higherDose = /\b(?:higher|larger|bigger|big|large|high|hi|giant|huge|massive|raising\s+the|increasing\s+the|upping\s+the)(?:\s+(?:[\w-]+\s+)?|-)doses?\b/i;
const lowerDoses = /\bthan\s+lower\s+doses\b/i;
/** "Than low-dose exosomes", "over lower doses", "than a small one" (from the hundred-and-seventh batch: "a big dose of exosomes doesn't work any better than a small one"), with "than" after the cue ("regenerated slower than the low-dose arm", from the hundred-and-sixty-sixth). */
const lowerDoseAfter = /^\s*(?:than\s+)?(?:(?:the|a|an)\s+)?(?:lower|low|smaller|small|tiny|standard|usual|conventional)(?:-dose|\s+doses?|\s+ones?)\b/i;
/** "Than a high dose", "than high-dose exosomes": a higher dose as the comparand. */
const higherDoseAfter = /^\s*(?:(?:the|a|an)\s+)?(?:higher|high|larger|large|bigger|big)(?:-dose|\s+doses?|\s+ones?)\b/i;
/** A lower dose named before the comparison: "a low dose", "low-dose exosomes". */
const lowerDoseBefore = /\b(?:lower|low|smaller|small)(?:-dose|\s+doses?)\b/i;

/**
 * A term compared with less of it ("Combined therapy is more effective than either treatment
 * alone", "High-dose exosomes work better than low doses"): the terms before the comparison `cue`,
 * and what the review states one of them raises more than that, as a relation it backs. The cue's
 * way is then checked against the statement's, as for any comparison.
 */
function comparedWithLess(masked: string, items: Item[], end: number, cue: Cue, lookup: RelationLookup, context: SubjectContext | undefined): ClaimRelation | undefined {
  // "Piling on more exosomes doesn't add any benefit": more of a term, compared with less of it.
  const more = moreOfBefore.exec(masked.slice(Math.max(0, cue.start - 60), cue.start));
  // "The exosome dose doesn't matter": its dose, high against low.
  const anyDose = doseIndifferent.test(cue.text);
  let less = more || anyDose ? 'lower doses' : lessAfter(cue, masked.slice(cue.end, end));
  // "With exosomes a low dose actually works better than a high dose" (from the
  // hundred-and-forty-fifth batch): a lower dose compared with a higher one, the other way round.
  const lessFirst = less === undefined && higherDoseAfter.test(masked.slice(cue.end, end)) && lowerDoseBefore.test(masked.slice(items[0].start, cue.start));
  if (lessFirst) less = 'lower doses';
  if (less === undefined) return undefined;
  // A dose compared with a lower one may be named in the comparison: "Higher exosome doses work better than".
  const before = more ? cue.start : less === 'lower doses' ? cue.end : cue.start;
  const after = more ? cue.start - more[0].length : -1;
  let heads = items.filter((it) => it.kind === 'term' && it.end <= before && it.start >= after);
  if (heads.length === 0) return undefined;
  // "Higher doses buy no extra efficacy over low doses" in a sentence about exosomes (from the
  // sixty-second batch), "raising the exosome dose", "more exosomes", "exosome benefit plateaus at
  // low doses": the high dose of a term, when the vocabulary names it ("high-dose exosomes").
  if (less === 'lower doses' && (more || anyDose || lessFirst || levelsOff(cue.text) || higherDose.test(masked.slice(items[0].start, before)))) {
    heads = heads.map((head) => {
      // As written, or by the term's label: "hi-dose exo arm" is high-dose exosome therapy (from the hundred-and-sixty-first batch).
      const label = lookup.labelOf(head.termId!);
      const id = lookup.twoWordForm(`high-dose ${masked.slice(head.start, head.end)}`) ?? (label === undefined ? undefined : lookup.twoWordForm(`high-dose ${label}`));
      return id === undefined ? head : standIn(head.start, head.end, id);
    });
  }
  const cx = contextOf(items, new Map(), context, lookup, masked);
  const subject = combined(cx, { heads, modifiers: [], flip: 1 })!;
  for (const head of subject.heads) {
    const compared = lookup.lessCompared.get(head.termId!)?.find((c) => c.less === less);
    // Only while the relation is among those the note is checked against.
    if (!compared || !lookup.direct.get(head.termId!)?.get(compared.object)?.some((e) => e.relation === compared.relation)) continue;
    const subjectSide: ClaimTerm = { termId: head.termId!, text: ownText(masked.slice(head.start, head.end)), start: head.start, end: head.end };
    // The object is the statement's, which the sentence leaves unsaid; it stands at the cue.
    const objectSide: ClaimTerm = { termId: compared.object, text: compared.label, start: cue.start, end: cue.end };
    const relation: ClaimRelation = { subject: subjectSide, predicate: 'compare', class: 'increases', polarity: 1, negated: false, object: objectSide, start: cue.start, end: cue.end, verdict: 'supported', backing: compared.relation };
    if (lessFirst) relation.lessFirst = true;
    return relation;
  }
  return undefined;
}

/**
 * One part alone after a comparison that ends in "over", "than" or "versus" ("… adds no benefit over
 * the exosomes alone", from the fifty-seventh batch): the review's "more than either alone" speaks
 * of it too.
 */
const onePartAlone = /^\s*(?:the\s+)?[\w+-]+(?:\s+[\w+-]+){0,2}?\s+(?:alone|on\s+(?:its|their)\s+own|by\s+(?:itself|themselves))\b/i;
const comparedOver = /\b(?:over|than|versus|vs)\s*$/i;

/** What the hedge of the sentence `[start, end)` covers: its clause, to the end of an aside that holds it or of the sentence. */
function hedgedSpan(masked: string, start: number, end: number, hedge: Hedge): { start: number; end: number } {
  return { start: hedgedClauseStart(masked, start, hedge), end: hedgedClauseEnd(masked, start, hedge, end) };
}

/** Whether what lies at `span` reaches into `hedged`: it ends past its start and starts before its end. */
function overlaps(span: { start: number; end: number }, hedged: { start: number; end: number }): boolean {
  return span.end > hedged.start && span.start < hedged.end;
}

/**
 * Where an aside that names the verb a verb is not (", rather than lower,", ", not lower,") ends,
 * when one starts at `from`: the index after its closing comma; -1 for none.
 */
function asideEnd(keys: readonly string[], from: number): number {
  if (keys[from] !== ',') return -1;
  let k = from + 1;
  if (keys[k] === 'rather' && keys[k + 1] === 'than') k += 2;
  else if (keys[k] === 'not') k += 1;
  else return -1;
  const verb = matchPredicate(keys, k);
  if (!verb) return -1;
  k += verb.length;
  return keys[k] === ',' ? k + 1 : -1;
}

/**
 * The class and polarity a predicate asserts between two sides, given the product of their
 * flips: a reversed side ("loss of X increases Y") turns increases into decreases and back.
 */
function oriented(cls: PredicateClass, polarity: Polarity, flip: number): { cls: PredicateClass; polarity: Polarity } {
  if (flip >= 0 || polarity === 0) return { cls, polarity };
  return polarity > 0 ? { cls: 'decreases', polarity: -1 } : { cls: 'increases', polarity: 1 };
}

/** Candidates with their flip reversed: what something protects against is what it decreases. */
function reversed(groups: Candidates[]): Candidates[] {
  return groups.map((g) => ({ ...g, flip: g.flip < 0 ? 1 : -1 }));
}

/** The keys of a sentence's items, for the lexicon; one array serves every sentence (it is not kept). */
function keysOf(items: readonly Item[]): string[] {
  keyBuffer.length = 0;
  for (const item of items) keyBuffer.push(item.key);
  return keyBuffer;
}

const keyBuffer: string[] = [];

/** The context of a sentence's items that the readings of its subjects, objects and comparands share. */
function contextOf(items: readonly Item[], predicateAt: Map<number, Predicate>, context: SubjectContext | undefined, lookup: RelationLookup, masked: string): Context {
  return { items, predicateAt, context, processByStem: lookup.processByStem, masked, combinations: lookup.combinations };
}

interface Context {
  items: readonly Item[];
  predicateAt: Map<number, Predicate>;
  /** The subject of the previous sentence of the paragraph, for "they" and "it". */
  context: SubjectContext | undefined;
  processByStem: RelationLookup['processByStem'];
  masked: string;
  combinations: RelationLookup['combinations'];
}

/**
 * A subject that gives two terms together ("MSCs together with high-dose exosomes", "MSCs plus
 * exosomes", "MSC + exosome") with the term for their combination first among its heads, when
 * the vocabulary has one: the review states what combined therapy does.
 */
function combined(cx: Context, c: Candidates | undefined): Candidates | undefined {
  if (!c || cx.combinations.size === 0) return c;
  const terms = c.modifiers.length > 0 ? c.heads.concat(c.modifiers) : c.heads;
  for (let a = 0; a < terms.length; a++) {
    for (let b = a + 1; b < terms.length; b++) {
      const id = cx.combinations.get(pairKey(terms[a].termId!, terms[b].termId!));
      if (id === undefined) continue;
      const [first, second] = terms[a].start < terms[b].start ? [terms[a], terms[b]] : [terms[b], terms[a]];
      const between = cx.masked.slice(first.end, second.start);
      const joined =
        combining.test(between) ||
        combinedBefore.test(cx.masked.slice(Math.max(0, first.start - 24), first.start)) ||
        (/^\s*and\s/i.test(between) && eitherAlone.test(cx.masked.slice(second.end, cx.items[cx.items.length - 1].end)));
      if (joined) return withCombination(c, first, second, id);
    }
  }
  return addedTo(cx, c) ?? c;
}

/** `c` with the term for giving `first` and `second` together first among its heads. */
function withCombination(c: Candidates, first: Item, second: Item, id: string): Candidates {
  return { ...c, heads: [standIn(first.start, second.end, id), ...c.heads] };
}

/** An item that stands for a term over words that name it otherwise: a combination, a property's adjective, a cell's process. */
function standIn(start: number, end: number, termId: string): Item {
  return { kind: 'term', start, end, key: '#term', termId, glued: false };
}

/**
 * A subject that adds one term to another ("adding high-dose exosomes to MSC infusion",
 * "combining MSCs with exosomes"), with the term for their combination, when the vocabulary has
 * one. The subject's head is either of the two.
 */
function addedTo(cx: Context, c: Candidates): Candidates | undefined {
  const { items } = cx;
  const head = items.indexOf(c.heads[0]);
  let g = head - 1;
  while (g >= 0 && head - g <= 5 && !givingTogether.has(items[g].key)) g--;
  const first = items[g + 1];
  const joiner = items[g + 2];
  if (g < 0 || head - g > 5 || first.kind !== 'term' || joiner === undefined || (joiner.key !== 'to' && joiner.key !== 'with')) return undefined;
  for (let j = g + 3; j < items.length && j <= g + 5; j++) {
    const second = items[j];
    if (second.kind === 'punct' || cx.predicateAt.has(j)) return undefined;
    if (second.kind !== 'term') continue;
    if (j !== head && g + 1 !== head) return undefined;
    const id = cx.combinations.get(pairKey(first.termId!, second.termId!));
    return id === undefined ? undefined : withCombination(c, first, second, id);
  }
  return undefined;
}

const givingTogether = new Set(['adding', 'combining', 'pairing', 'supplementing']);

/** A comparison with each part given alone: "MSCs and exosomes reduce fibrosis more than either alone" compares their combination. */
const eitherAlone = /\b(?:either|each)\s+(?:one\s+|treatment\s+|therapy\s+|agent\s+)?(?:(?:given|used|administered|delivered)\s+)?(?:alone|on\s+(?:its|their)\s+own|by\s+itself)\b|\b(?:either|each)\s+single\s+(?:arm|treatment|therapy|agent|component)\b|\b(?:either|each)\s+(?:one|treatment|therapy|agent)\s+(?:does|did|do)\s+(?:alone|on\s+its\s+own)\b/i;
/** "Combined MSC and exosome therapy", "a combination of MSCs and exosomes": the two given together. */
const combinedBefore = /\b(?:combined|combination\s+of|concurrent|co-administered)\s+$/i;
const combining = /^[^.;:,]{0,40}?(?:\b(?:together\s+with|combined\s+with|in\s+combination\s+with|plus|alongside|along\s+with|co-administered\s+with|coadministered\s+with|on\s+top\s+of)\b|\s\+\s?|\s&\s)/i;

function mergeCandidates(list: Candidates[]): Candidates {
  return { heads: list.flatMap((c) => c.heads), modifiers: list.flatMap((c) => c.modifiers), flip: list[0].flip };
}

/** Checks the context of a lexicon match and decides its voice; undefined when it is not a verb here. */
function validate(items: readonly Item[], at: number, sense: PredicateSense, form: PredicateForm, end: number, masked: string): Predicate | undefined {
  if (items[at].glued) return undefined;
  // "Are less likely to provoke an immune reaction" lowers what it would raise: the subject stands before "less".
  // After "to" the verb is in its base form, which for "set off" is its past too.
  if ((form === 'base' || form === 'past') && likelyCompared(items, at)) {
    const less = items[at - 3].key === 'less';
    return newPredicate(at, end, less ? oppositeSense(sense) : sense, form, skipBack(items, at - 3), false);
  }
  const prev = items[at - 1];
  const prevKey = prev?.kind === 'word' ? prev.key : undefined;
  const next = items[end];
  const nextKey = next?.kind === 'word' ? next.key : undefined;
  const back = skipBack(items, at);
  if (prevKey === 'to' && (form === 'base' || form === 'noun') && !assertingBeforeTo(items, at - 2)) return undefined;
  switch (form) {
    case 'noun':
      return newPredicate(at, end, sense, form, back, false);
    case 'adjective':
      if (prevKey !== undefined && determiners.has(prevKey)) return undefined;
      if (!back.copula && !participialAdjectives.has(items[at].key)) return undefined;
      return newPredicate(at, end, sense, form, back, false);
    case 'base':
    case 'third':
      // "It is clear that …": after "is", a verb's base is an adjective, unless it is its past too ("is cut by").
      if (form === 'base' && back.copula && back.index === at - 2 && !isPastForm(items[at].key)) return undefined;
      // "VEGF is what drives angiogenesis": "what" after a copula is no determiner.
      // "miR-122 like shoots right up after …" (from the hundred-and-sixty-eighth batch): "like" after a term, before a verb in the third person, is chat's filler.
      if (prevKey !== undefined && !likeFiller(items, at, form) && !emphaticWhat(items, at - 1) && (determiners.has(prevKey) || (prepositions.has(prevKey) && !(form === 'base' && prevKey === 'to')))) return undefined;
      if (form === 'third' && prevKey === 'to') return undefined;
      if (prev?.kind === 'word' && /^\d/.test(prev.key)) return undefined;
      if (prev?.kind === 'word' && !auxiliaries.has(prev.key) && !negations.has(prev.key) && !isAdverb(prev.key) && items[at - 2]?.kind === 'word' && determiners.has(items[at - 2].key)) return undefined;
      // "the MSC benefit on hepatocyte proliferation" (from the fifty-sixth batch): a base form after
      // "the" and a singular term, with a preposition after it, is a noun of the two; after "the
      // MSCs" it is their verb, and so it is before its object ("the injured liver release TNF-α").
      if (form === 'base' && prev?.kind === 'term' && nextKey !== undefined && prepositions.has(nextKey) && items[at - 2]?.kind === 'word' && determiners.has(items[at - 2].key) && !isPlural(masked.slice(prev.start, prev.end))) return undefined;
      if (!sense.lemma.includes(' ') && (nextKey === 'of' || nextKey === 'by')) return undefined;
      return newPredicate(at, end, sense, form, back, false);
    case 'gerund':
      if (prevKey !== undefined && determiners.has(prevKey)) return undefined;
      return newPredicate(at, end, sense, form, back, false);
    case 'past': {
      if (back.copula && !sense.reverse && back.index >= 0 && items[back.index].kind === 'word' && determiners.has(items[back.index].key)) return undefined;
      if (back.copula && !sense.reverse) return newPredicate(at, end, sense, form, back, true);
      if (back.copula || back.perfect) return newPredicate(at, end, sense, form, back, false);
      if (followedByBy(items, end)) return newPredicate(at, end, sense, form, back, !sense.reverse);
      if (sense.reverse) return newPredicate(at, end, sense, form, back, false);
      if (sense.lemma.indexOf(' ') === -1 && nextKey !== undefined && (prepositions.has(nextKey) || nextKey === 'to')) return undefined;
      // A second verb in the past after "and", before its own object, when one in the past comes
      // before in the clause ("MSC-exosomes reduced CCl4 liver injury and boosted hepatocyte
      // proliferation", from the hundred-and-third batch): not a modifier of the first verb's object.
      if (prevKey === 'and' && next?.kind === 'term' && pastVerbBefore(items, at - 2)) return newPredicate(at, end, sense, form, back, false);
      const subjectLike = items[back.index];
      if (subjectLike && (subjectLike.kind === 'term' || (subjectLike.kind === 'word' && subjectPronouns.has(subjectLike.key)))) return newPredicate(at, end, sense, form, back, false);
      return undefined;
    }
  }
}

const comparativesUp = new Set(['more', 'higher', 'greater', 'increased', 'stronger']);
const comparativesDown = new Set(['less', 'lower', 'lesser', 'reduced', 'decreased', 'diminished', 'weaker']);
/** The words a comparison of a property starts with. */
const comparatives = new Set([...comparativesUp, ...comparativesDown]);
/** Participles that may be a verb's perfect ("have reduced fibrosis"): a comparison only with a comparand after them. */
const perfectParticiples = new Set(['increased', 'reduced', 'decreased', 'diminished']);
/** Words of degree before a comparative ("far less immunogenic", "a lot lower"). */
const degreeWords = new Set(['much', 'far', 'even', 'still', 'a', 'lot', 'bit', 'little', 'no', 'any', 'somewhat', 'slightly', 'way']);
/** Words of a figure before a comparative ("ten times less", "10-fold lower", "40% less"). */
const figureWords = new Set(['times', 'fold', 'x', '×', '%', '-', 'percent', 'twice', 'thrice', 'half', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'twenty', 'hundred']);

function isFigureWord(item: Item): boolean {
  return figureWords.has(item.key) || (item.kind === 'word' && (/^\d/.test(item.key) || item.key.endsWith('fold')));
}
/**
 * Verbs of carrying, which are relations of their own ("exosomes carry microRNAs") except before a
 * compared property: "MSC-derived exosomes carry lower immunogenicity than the parent cell product"
 * (from the hundred-and-thirteenth batch).
 */
const carryingWords = new Set(['carry', 'carries', 'carried']);
/** Whether the verb of carrying at `i` has a compared property after it, past words of degree ("carry way less immunogenicity baggage than", from the hundred-and-sixteenth batch). */
function carriesCompared(items: readonly Item[], keys: readonly string[], i: number, properties: ReadonlyMap<string, string>): boolean {
  let j = i + 1;
  while (j < keys.length && degreeWords.has(keys[j])) j++;
  return j < keys.length && comparatives.has(keys[j]) && matchComparison(items, j, properties) !== undefined;
}

/** "Bring" and its forms, which relate nothing to what follows "bring it back". */
const bringingWords = new Set(['bring', 'brings', 'brought', 'bringing']);

/** Verbs and prepositions of having before a compared property ("shows lower immunogenicity", "with lower immunogenicity"). */
const havingWords = new Set(['show', 'shows', 'showed', 'shown', 'showing', 'display', 'displays', 'displayed', 'exhibit', 'exhibits', 'exhibited', 'possess', 'possesses', 'possessed', 'with', ...carryingWords]);

/**
 * A comparison of a property at `items[at]`: after a copula, a comparative and the property's
 * adjective ("are far less immunogenic (than …)"); after "have", "show" or "with", a comparative and
 * the property's term ("have lower immunogenicity (than …)"). What is compared is the subject;
 * the comparand follows "than", "compared with", "relative to" or "versus".
 */
function matchComparison(items: readonly Item[], at: number, properties: ReadonlyMap<string, string>): Predicate | undefined {
  const next = items[at + 1];
  if (!next) return undefined;
  const adjective = next.kind === 'word' ? properties.get(next.key) : undefined;
  if (adjective === undefined && next.kind !== 'term') return undefined;
  let k = at - 1;
  let degreeNegated = false;
  let figureFrom = -1;
  for (; k >= 0; k--) {
    const item = items[k];
    if (isFigureWord(item)) figureFrom = k;
    else if (item.kind !== 'word' || !(degreeWords.has(item.key) || (isAdverb(item.key) && !isCopula(item.key)))) break;
    if (item.key === 'no') degreeNegated = true;
  }
  const back = skipBack(items, k + 1);
  const thanAt = comparandStart(items, at + 2);
  if (adjective !== undefined) {
    if (!back.copula && !(thanAt !== -1 && verblessSubject(items, back.index))) return undefined;
  } else {
    const having = back.perfect || (back.index >= 0 && items[back.index].kind === 'word' && havingWords.has(items[back.index].key));
    if (!having || (perfectParticiples.has(items[at].key) && thanAt === -1)) return undefined;
  }
  const up = comparativesUp.has(items[at].key);
  const property = adjective === undefined ? next : standIn(next.start, next.end, adjective);
  const lemma = `${adjective === undefined ? `have ${items[at].key}` : `be ${items[at].key} ${next.key}`}${thanAt === -1 ? '' : ' than'}`;
  const sense: PredicateSense = { lemma, class: up ? 'increases' : 'decreases', polarity: up ? 1 : -1 };
  const p = newPredicate(at, at + 2, sense, adjective === undefined ? 'noun' : 'adjective', back, false);
  p.negated = back.negated || degreeNegated;
  p.compared = { property, thanAt, ...(figureFrom === -1 ? {} : { figureFrom }) };
  return p;
}

/**
 * Whether the item at `i`, right before a comparison with a comparand but no copula, is a subject
 * that opens its clause, as notes drop the verb: "— EV product more immunogenic than parent MSC
 * infusion" (from the hundred-and-fifty-sixth batch). A term, or a term and one word after it.
 */
function verblessSubject(items: readonly Item[], i: number): boolean {
  const t = items[i]?.kind === 'word' ? i - 1 : i;
  if (items[t]?.kind !== 'term') return false;
  const before = items[t - 1];
  return before === undefined || before.kind === 'punct';
}

/** Where a comparand put before its clause starts ("Compared with MSCs, exosomes carry …", "Unlike MSCs, …"), before the predicate at `at`; -1 when none. */
function frontedComparand(items: readonly Item[], at: number): number {
  let k = at - 1;
  while (k >= 0 && !(items[k].kind === 'punct' && (items[k].key === ':' || items[k].key === ';' || items[k].key === '—'))) k--;
  const opener = items[k + 1]?.key;
  const start = opener === 'unlike' ? k + 2 : comparandStart(items, k + 1);
  if (start === -1 || (opener !== 'compared' && opener !== 'relative' && opener !== 'unlike')) return -1;
  for (let i = start; i < at; i++) if (items[i].kind === 'punct' && items[i].key === ',') return start;
  return -1;
}

/**
 * The term that "in", "after", "following" or "during" put first in a clause, right before the
 * item at `at` ("In an injured liver miR-122 is already elevated"), when the review has it raise
 * or lower things: a state or event that changes what follows, not a place ("In hepatocytes, …").
 */
function frontedActor(items: readonly Item[], at: number, lookup: RelationLookup): Item | undefined {
  const k = items[at - 1]?.key === ',' ? at - 2 : at - 1;
  const term = items[k];
  if (term?.kind !== 'term') return undefined;
  const changes = lookup.classesFrom.get(term.termId!);
  if (!changes?.has('increases') && !changes?.has('decreases')) return undefined;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && items[j].kind === 'word' && !changePrepositions.has(items[j].key)) j--;
  if (j < 0 || !changePrepositions.has(items[j].key)) return undefined;
  const before = items[j - 1];
  return before === undefined || (before.kind === 'punct' && before.key !== ',') ? term : undefined;
}

/**
 * A question that tells a fact: "Did you know that …?", and each item of such a column after it,
 * "…that a rat can rebuild a liver in about a week?" (from the sixty-fourth batch). Not "Did you
 * know whether …?".
 */
const didYouKnow = /^\s*(?:[^:?!.]{1,60}:\s*)?(?:[-*+]\s+|\d+[.)]\s+)?(?:(?:…|\.\.\.)\s*that\b|did\s+you\s+know\b(?!\s+(?:whether|if|what|who|when|where|why|how|which)\b))/i;

/**
 * Whether a question is asked only after a statement, as its consequence: "X, so why would anyone
 * still use bone marrow??", "X, so topping it up seems kinda pointless to me?" (from the
 * sixty-fifth batch), or a quoted wording asked about after a dash or an arrow ("X, within the
 * hour - 'quick responder' clue?"). The statement before is asserted; what is asked after it
 * asserts nothing the rules read. Not "So why does X …?", nor a question before the comma ("Is X,
 * so …?").
 */
function soAsked(masked: string, start: number, questionAt: number): boolean {
  const comma = soClause.exec(masked.slice(start, questionAt));
  return comma !== null && !askedFirst.test(masked.slice(start, start + comma.index));
}

// (And from the sixty-eighth: a quoted clue asked about after a dash or an arrow, "IL-6 -> first
// cytokine to spike after PHx, within the hour - 'quick responder' clue?".)
const soClause = /[,;—–]\s*so\s+(?!that\b|far\b|much\b|many\b)|(?:\s[-–—]\s+|\s*(?:->|→)\s*)(?=['"‘“])/i;
/** A sentence that opens as a question: "Is …", "Why …", "Does …". */
const askedFirst = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:(?:ok|okay|so|but|and|hmm|wait)\b[\s,]*)*(?:is|are|was|were|do|does|did|can|could|would|should|will|has|have|had|why|how|what|who|when|where|which|isn't|aren't|doesn't|don't|didn't|won't|wouldn't|shouldn't|couldn't|can't)\b/i;

/** A degree after a verb's object and where its comparand starts, with how it turns the verb and its negation. */
interface Degree {
  thanAt: number;
  flip: number;
  negated: boolean;
}

/**
 * The degree written after a verb's object at `items[at]`, before its comparand (from the
 * sixty-first batch): "set off the immune system more than giving the stem cells does"; "less"
 * lowers what the verb does. A denied likeness says less: "don't set off the immune system the way
 * transplanted stem cells do" sets it off less than they do (from the forty-third).
 */
function degreeAfter(items: readonly Item[], at: number, negated: boolean): Degree {
  const key = at === -1 ? undefined : items[at]?.key;
  if (key === 'more' || key === 'less') {
    const thanAt = comparandStart(items, at + 1);
    if (thanAt !== -1) return { thanAt, flip: key === 'less' ? -1 : 1, negated };
  }
  if (negated && key === 'the' && items[at + 1]?.key === 'way' && at + 2 < items.length && items[at + 2].kind !== 'punct') {
    return { thanAt: at + 2, flip: -1, negated: false };
  }
  return { thanAt: -1, flip: 1, negated };
}

/** "More" right before the object, with no comparand after it: "pump out more IL-6", not "… more IL-6 than fibroblasts". */
function makesMore(items: readonly Item[], object: Candidates, thanAt: number): boolean {
  const first = items.indexOf(object.heads[0]);
  const last = items.indexOf(object.heads[object.heads.length - 1]);
  return first > 0 && items[first - 1].key === 'more' && thanAt === -1 && comparandStart(items, last + 1) === -1;
}

/** Whether "less of" or "more of" stands right before the object, past "a", "an" or "the" ("far less of an immune reaction"). */
function lessOfBefore(items: readonly Item[], object: Candidates): boolean {
  let k = items.indexOf(object.heads[0]) - 1;
  if (items[k]?.key === 'a' || items[k]?.key === 'an' || items[k]?.key === 'the') k--;
  return items[k]?.key === 'of' && (items[k - 1]?.key === 'less' || items[k - 1]?.key === 'more');
}

/** A verb after "less likely to" or "more likely to" (`validate` reads the degree into its sense). */
function likelyCompared(items: readonly Item[], at: number): boolean {
  return items[at - 1]?.key === 'to' && items[at - 2]?.key === 'likely' && (items[at - 3]?.key === 'less' || items[at - 3]?.key === 'more');
}

/** Where the comparand starts after a compared property: after "than", "compared with/to", "relative to", "versus"; -1 when none follows. */
function comparandStart(items: readonly Item[], from: number): number {
  const key = items[from]?.kind === 'word' ? items[from].key : undefined;
  if (key === 'than' || key === 'versus') return from + 1;
  if (key === 'vs') return items[from + 1]?.key === '.' ? from + 2 : from + 1;
  if ((key === 'compared' || key === 'relative') && (items[from + 1]?.key === 'with' || items[from + 1]?.key === 'to')) return from + 2;
  return -1;
}

function newPredicate(at: number, end: number, sense: PredicateSense, form: PredicateForm, back: BackScan, passive: boolean): Predicate {
  return { at, end, sense, form, passive, negated: back.negated, copula: back.copula, before: back.index, subject: undefined, objects: [] };
}

/** Whether a verb in the past stands at or before `from`, in the clause, after a term: "MSCs reduced fibrosis and …". */
function pastVerbBefore(items: readonly Item[], from: number): boolean {
  for (let k = from; k > 0; k--) {
    const it = items[k];
    if (it.kind === 'punct' && it.key !== ',') return false;
    if (it.kind === 'word' && isPastForm(it.key) && items[k - 1].kind === 'term') return true;
  }
  return false;
}

function followedByBy(items: readonly Item[], from: number): boolean {
  for (let i = from; i < items.length && i < from + 3; i++) {
    const it = items[i];
    if (it.kind !== 'word') return false;
    if (it.key === 'by') return true;
    if (!isAdverb(it.key)) return false;
  }
  return false;
}

function isAdverb(key: string): boolean {
  return key.length > 3 && key.endsWith('ly') && key !== 'only';
}

interface BackScan {
  index: number;
  negated: boolean;
  copula: boolean;
  perfect: boolean;
}

/**
 * The adverbs, auxiliaries and negations `skipBack` steps over, at most: a clause has a few. Each
 * predicate stepped back over all of them, so 'HGF acts on acts on … VEGF' (each 'acts' a predicate,
 * each 'on' skipped) took 9 s at 100 KB, growing with the square.
 */
const maxSkippedBack = 12;

/** Steps back over adverbs, auxiliaries and negations before a predicate. */
function skipBack(items: readonly Item[], at: number): BackScan {
  let negated = false;
  let copula = false;
  let perfect = false;
  let i = at - 1;
  for (; i >= 0 && at - i <= maxSkippedBack; i--) {
    const it = items[i];
    if (it.kind !== 'word') break;
    const key = it.key;
    if (negations.has(key) || key.endsWith("n't")) {
      negated = true;
      if (key === "isn't" || key === "aren't" || key === "wasn't" || key === "weren't") copula = true;
      if (key === "hasn't" || key === "haven't" || key === "hadn't") perfect = true;
      continue;
    }
    if (isCopula(key)) {
      if (!perfect) copula = true;
      continue;
    }
    if (key === 'has' || key === 'have' || key === 'had' || key === 'having') {
      if (!copula) perfect = true;
      continue;
    }
    if (auxiliaries.has(key) || isAdverb(key)) continue;
    if (key === 'turn' && items[i - 1]?.key === 'in') {
      i--;
      continue;
    }
    break;
  }
  return { index: i, negated, copula, perfect };
}

/** The subject of an active predicate (the patient of a passive one): the noun phrase before it. */
function findSubject(cx: Context, p: Predicate, previous: Predicate | undefined): Candidates | undefined {
  const { items, predicateAt } = cx;
  // "VEGF is what drives angiogenesis": the subject comes before "is what".
  const i = p.before >= 2 && emphaticWhat(items, p.before) ? p.before - 2 : p.before;
  if (i < 0) return undefined;
  const clauseStart = previous ? previous.end : 0;
  const first = items[i];
  if (p.form === 'adjective' && !p.copula && !(p.compared && verblessSubject(items, p.before))) {
    let k = p.at - 1;
    while (k >= 0 && items[k].kind === 'word' && (isAdverb(items[k].key) || negations.has(items[k].key))) k--;
    if (k >= 0 && items[k].kind === 'word') return undefined;
  }
  if (first.kind === 'word') {
    if ((first.key === 'and' || first.key === 'or' || first.key === 'but' || first.key === 'then') && previous) return previous.subject;
    if (p.form === 'gerund' && (prepositions.has(first.key) || first.key === 'thereby' || first.key === 'thus') && previous) return previous.subject;
    // "…, which is part of why it boosts their proliferation": a pronoun after a clause's opener too.
    if ((first.key === 'they' || first.key === 'it' || first.key === 'both' || first.key === 'them') && (i === 0 || items[i - 1].kind === 'punct' || items[i - 1].key === 'and' || items[i - 1].key === 'why' || clauseOpeners.has(items[i - 1].key))) {
      if (previous?.subject) return previous.subject;
      const opening = openingTerm(items, i);
      if (opening !== -1) return { heads: [items[opening]], modifiers: [], flip: 1 };
      // "… the vesicles are the riskier product, since they provoke …": the term of the clause the opener follows.
      if (i > 0 && clauseOpeners.has(items[i - 1].key)) {
        for (let k = i - 2; k >= 0 && i - k <= maxScan; k--) {
          if (items[k].kind === 'term') return { heads: [items[k]], modifiers: [], flip: 1 };
          if (items[k].kind === 'punct' && items[k].key !== ',') break;
        }
      }
      return cx.context;
    }
  }
  if (first.kind === 'punct' && first.key === ',') {
    if (previous && (p.form === 'gerund' || insertStart(items, i, clauseStart) === -1)) return previous.subject;
    if (!previous && p.form === 'gerund') {
      const opening = openingTerm(items, i);
      if (opening !== -1) return { heads: [items[opening]], modifiers: [], flip: 1 };
    }
  }
  // "The VEGF our MSCs release holds back …", "the HGF that MSCs secrete puts a brake on …": the verb
  // before has no object after it, which stands before its subject, and is the subject of this one.
  // Its subject may be no term: "the tiny vesicles the stem cells release are less likely …" (from
  // the seventy-second batch).
  if (previous && predicateAt.get(i) === previous && previous.objects.length === 0) {
    const phraseAt = plainPhraseStart(items, previous.before);
    const heads = previous.subject?.heads;
    const moved = phraseAt !== -1 ? movedObject(items, phraseAt) : heads?.length === 1 ? movedObject(items, items.indexOf(heads[0])) : undefined;
    if (moved) return { heads: [moved], modifiers: [], flip: 1 };
  }
  if (first.kind === 'word' && relativePronouns.has(first.key)) {
    const at = items[i - 1]?.key === ',' ? i - 2 : i - 1;
    if (at >= 0 && items[at].kind === 'word' && !predicateAt.has(at)) return undefined;
  }
  let nearest = -1;
  let relativeSeen = false;
  let ownSubject = false;
  let plainWords = false;
  const floor = Math.max(0, i - maxScan);
  for (let k = i; k >= floor; k--) {
    const it = items[k];
    if (it.kind === 'term') {
      // A comparand is no subject: "… exosomes are easier to give and to scale up than whole MSCs,
      // and provoke far less of an immune reaction" (from the hundred-and-sixty-first batch).
      const than = thanBefore(items, k);
      if (than !== -1 && k < i) {
        k = than;
        continue;
      }
      nearest = k;
      break;
    }
    // A clause of its own, whose subject is no term: "…, so the paragraph can be cut", "…,
    // mainly because continued drinking blocks …".
    if (it.kind === 'word' && subjectOpeners.has(it.key)) ownSubject = true;
    if (it.kind === 'word' && (ownSubject || plainWords) && clauseOpeners.has(it.key)) return undefined;
    // "…, and vesicles can deliver it back": a clause joined by a comma and "and" or "but" has a
    // subject of its own; so does one after a clause with a verb of its own, comma or not ("miR-122
    // falls in liver injury and exosomal delivery restores it", from the forty-ninth batch's note).
    if (it.kind === 'word' && plainWords && (it.key === 'and' || it.key === 'but') && (items[k - 1]?.key === ',' || (previous !== undefined && previous.end <= k))) return undefined;
    if (it.kind === 'word' && !isAdverb(it.key)) plainWords = true;
    if (it.kind === 'punct') {
      // A cell's bar too, where a row of cells is read as one line ("| MSC dose #2 tmrw | pred blunts …").
      if (it.key === ';' || it.key === ':' || it.key === '—' || it.key === '|') break;
      if (it.key === ')') {
        k = openingParen(items, k);
        continue;
      }
      if (it.key === ',') {
        const open = insertStart(items, k, 0);
        if (open !== -1) k = open;
      }
      continue;
    }
    if (relativePronouns.has(it.key)) relativeSeen = true;
    const earlier = predicateAt.get(k);
    if (earlier && earlier !== p) break;
  }
  if (nearest === -1) {
    if (previous?.subject && p.form !== 'gerund') return { heads: [], modifiers: [...previous.subject.heads, ...previous.subject.modifiers], flip: 1 };
    return undefined;
  }
  const nearestItem = items[nearest];
  if (previous && !relativeSeen && p.form !== 'gerund' && previous.objects.some((o) => o.heads.includes(nearestItem)) && noBreakBetween(items, nearest, p.at)) {
    if (previous.subject) return previous.subject;
    if (previous.form === 'gerund' || previous.form === 'base') return { heads: [nearestItem], modifiers: [], flip: previous.sense.polarity < 0 ? -1 : 1 };
  }
  const np = nounPhraseBackward(items, nearest);
  for (let k = Math.max(clauseStart, np.start - maxScan); k < np.start; k++) {
    const it = items[k];
    if (it.kind === 'term' && !np.heads.includes(it) && !np.modifiers.includes(it)) np.modifiers.push(it);
  }
  let flip = np.flip;
  for (let k = nearest + 1; k < p.at; k++) {
    const it = items[k];
    if (it.kind === 'word' && reversingAfter.has(it.key)) flip = flip < 0 ? 1 : -1;
  }
  return { heads: np.heads, modifiers: np.modifiers, flip };
}

/** The index of "than" right before the term at `k`, past a determiner or a word ("than whole MSCs"); -1 when none. */
function thanBefore(items: readonly Item[], k: number): number {
  for (let j = k - 1; j >= 0 && k - j <= 3; j--) {
    if (items[j].kind !== 'word') return -1;
    if (items[j].key === 'than') return j;
  }
  return -1;
}

/** Whether `items[k]` is the "what" of "X is what drives Y": "what" after a copula. */
function emphaticWhat(items: readonly Item[], k: number): boolean {
  return k >= 1 && items[k]?.key === 'what' && whatCopulas.has(items[k - 1].key);
}

const whatCopulas = new Set(['is', 'was', 'are', 'were']);

/**
 * The term before a subject at `subjectAt` that a possessive, a determiner or "that" opens ("VEGF"
 * in "the VEGF our MSCs release", "the HGF that MSCs secrete"), or that the subject follows with
 * none between when it is plain words ("the little vesicles stem cells release", from the
 * eighty-seventh batch).
 */
function movedObject(items: readonly Item[], subjectAt: number): Item | undefined {
  let k = subjectAt - 1;
  const opener = k;
  while (k >= 0 && items[k].kind === 'word' && contactOpeners.has(items[k].key)) k--;
  return k >= 0 && (k < opener || items[subjectAt].kind === 'word') && items[k].kind === 'term' ? items[k] : undefined;
}

/** Where a subject of up to three plain words that ends at `last` starts ("stem cells" in "the stem cells release", "vesicles stem cells release"); -1 for none. */
function plainPhraseStart(items: readonly Item[], last: number): number {
  let k = last;
  while (k >= 0 && last - k < 3 && items[k].kind === 'word' && !contactOpeners.has(items[k].key) && !pronouns.has(items[k].key)) k--;
  return k < last && k >= 0 && (contactOpeners.has(items[k].key) || items[k].kind === 'term') ? k + 1 : -1;
}

const contactOpeners = new Set(['our', 'their', 'your', 'my', 'his', 'her', 'the', 'these', 'those', 'its', 'that', 'which']);

/** The term that opens the sentence (after a few determiners or adjectives), if it comes before `limit`. */
function openingTerm(items: readonly Item[], limit: number): number {
  let k = 0;
  while (k < limit && k < 3 && items[k].kind === 'word' && !pronouns.has(items[k].key)) k++;
  return k < limit && items[k].kind === 'term' ? k : -1;
}

function noBreakBetween(items: readonly Item[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const it = items[k];
    if (it.kind === 'punct' || (it.kind === 'word' && (relativePronouns.has(it.key) || it.key === 'and' || it.key === 'or' || it.key === 'but'))) return false;
  }
  return true;
}

/** When the comma at `close` ends an inserted phrase (", which …,", ", via …,"), the index of the comma that opens it, else -1. */
function insertStart(items: readonly Item[], close: number, floor: number): number {
  for (let k = close - 1; k >= floor && k > close - maxScan; k--) {
    const it = items[k];
    if (it.kind === 'punct' && (it.key === ';' || it.key === ':')) return -1;
    if (it.kind === 'punct' && it.key === ',') {
      const after = items[k + 1];
      if (after && after.kind === 'word' && (insertStarters.has(after.key) || isAdverb(after.key))) return k;
      return -1;
    }
  }
  return -1;
}

function openingParen(items: readonly Item[], close: number): number {
  let depth = 0;
  for (let k = close; k >= 0 && k > close - maxScan; k--) {
    if (items[k].key === ')') depth++;
    else if (items[k].key === '(' && --depth === 0) return k;
  }
  return close;
}

function closingParen(items: readonly Item[], open: number): number {
  let depth = 0;
  for (let k = open; k < items.length && k < open + maxScan; k++) {
    if (items[k].key === '(') depth++;
    else if (items[k].key === ')' && --depth === 0) return k;
  }
  return open;
}

interface NounPhrase {
  heads: Item[];
  modifiers: Item[];
  flip: Polarity;
  /** Index of the first item of the phrase. */
  start: number;
}

/** The noun phrase that ends with the term at `last`, read leftwards: compounds, "X-derived", "of"-chains, coordination. */
function nounPhraseBackward(items: readonly Item[], last: number): NounPhrase {
  const heads = [items[last]];
  const modifiers: Item[] = [];
  let flip: Polarity = 1;
  let k = last;
  for (let rounds = 0; k > 0 && rounds < 8; rounds++) {
    const prev = items[k - 1];
    if (prev.kind === 'term' && (items[k].glued || items[k].start - prev.end <= 1)) {
      modifiers.push(prev);
      k--;
      continue;
    }
    if (prev.kind === 'word' && prev.glued && items[k - 2]?.kind === 'term') {
      modifiers.push(items[k - 2]);
      k -= 2;
      continue;
    }
    if (prev.kind === 'word' && items[k].glued && reversingBefore.has(prev.key)) {
      flip = flip < 0 ? 1 : -1;
      k--;
      continue;
    }
    let j = k - 1;
    let words = 0;
    while (j >= 0 && items[j].kind === 'word' && !chainPrepositions.has(items[j].key) && !coordinators.has(items[j].key) && !relativePronouns.has(items[j].key) && words < 2) {
      j--;
      words++;
    }
    const link = items[j];
    if (link && link.kind === 'word' && chainPrepositions.has(link.key)) {
      const h = findTermBefore(items, j, 3);
      if (h !== -1) {
        heads.length = 0;
        modifiers.length = 0;
        heads.push(items[h]);
        k = h;
        continue;
      }
    }
    if (link && (link.key === 'and' || link.key === 'or' || link.key === ',' || link.key === '&') && words === 0) {
      const h = findTermBefore(items, j, 2);
      if (h !== -1) {
        heads.push(items[h]);
        k = h;
        continue;
      }
    }
    break;
  }
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const it = items[j];
    if (it.kind !== 'word') break;
    if (reversingBefore.has(it.key)) {
      flip = flip < 0 ? 1 : -1;
      break;
    }
  }
  return { heads, modifiers, flip, start: k };
}

function findTermBefore(items: readonly Item[], from: number, maxWords: number): number {
  let words = 0;
  for (let j = from - 1; j >= 0; j--) {
    const it = items[j];
    if (it.kind === 'term') return j;
    if (it.kind === 'punct' || ++words > maxWords || relativePronouns.has(it.key) || auxiliaries.has(it.key) || isCopula(it.key) || negations.has(it.key)) return -1;
    if (matchPredicate([it.key], 0)) return -1;
  }
  return -1;
}

/** Where the agent of a passive starts ("… by MSCs", "… released from MSCs"), or -1. */
function agentStart(cx: Context, p: Predicate): number {
  const { items, predicateAt } = cx;
  for (let i = p.end; i < items.length && i < p.end + 8; i++) {
    const it = items[i];
    if (it.kind === 'punct' && it.key !== '(' && it.key !== ')') return -1;
    if (predicateAt.has(i)) return -1;
    if (it.kind === 'word' && (it.key === 'by' || (it.key === 'from' && p.sense.class === 'produces'))) return i + 1;
  }
  return -1;
}

interface Phrase {
  start: number;
  end: number;
  flip: Polarity;
}

const functionWords = new Set([
  'the', 'a', 'an', 'this', 'these', 'those', 'that', 'it', 'its', 'they', 'them', 'their', 'we', 'our', 'us', 'i', 'my', 'you', 'your', 'he', 'she',
  'his', 'her', 'one', 'ones', 'more', 'less', 'much', 'many', 'most', 'some', 'any', 'all', 'both', 'each', 'other', 'others', 'itself', 'themselves',
  'something', 'anything', 'nothing', 'which', 'who', 'what', 'there', 'here', 'such', 'same', 'several', 'few', 'no', 'not', 'also', 'only', 'very',
  'well', 'so', 'as', 'than', 'then', 'further', 'up', 'down', 'out', 'and', 'or', 'but', 'nor', 'yet', 'while', 'whereas', 'thereby',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'can', 'could', 'may', 'might', 'will', 'would', 'should', 'must', 'to',
  'area', 'way', 'role', 'part',
]);
/** Nouns that name the note or the work rather than biology ("the next section explains …"). */
const metaNouns = new Set([
  'section', 'sections', 'table', 'tables', 'figure', 'figures', 'fig', 'note', 'notes', 'paper', 'papers', 'review', 'chapter', 'page', 'slide',
  'slides', 'author', 'authors', 'study', 'studies', 'article', 'text', 'list', 'summary', 'protocol', 'project', 'meeting', 'plan', 'appendix',
  'panel', 'group', 'groups', 'lab', 'team', 'people', 'reader', 'readers', 'reviewer', 'everyone', 'someone', 'method', 'methods', 'approach',
]);

/** A plain noun phrase (no term) after `from`: its words up to a boundary, if it has a content word. */
function phraseForward(items: readonly Item[], from: number, predicateAt: Map<number, Predicate>, agent = false): Phrase | undefined {
  let start = -1;
  let end = -1;
  let flip: Polarity = 1;
  let content = false;
  for (let i = from; i < items.length && i < from + 8; i++) {
    const it = items[i];
    if (it.kind !== 'word' || (predicateAt.has(i) && !(agent && start === -1)) || objectStops.has(it.key) || (start !== -1 && (prepositions.has(it.key) || it.key === 'and' || it.key === 'or'))) break;
    // A verb in "-ing" opens no phrase, but a compound adjective does ("tumour-promoting miRNAs", "collagen-making myofibroblasts").
    if (start === -1 && (prepositions.has(it.key) || it.key === 'to' || (!agent && it.key.length > 5 && it.key.endsWith('ing') && !it.key.includes('-')))) return undefined;
    if (reversingObject.has(it.key)) flip = flip < 0 ? 1 : -1;
    if (start === -1) start = it.start;
    if (!isAdverb(it.key)) end = it.end;
    if (!functionWords.has(it.key) && !metaNouns.has(it.key) && /^\p{L}{3,}/u.test(it.key) && !isAdverb(it.key)) content = true;
  }
  return content && start !== -1 ? { start, end, flip } : undefined;
}

/** The words after an intransitive verb up to the end of the clause ("after liver injury"), if any. */
function restOfClause(items: readonly Item[], from: number, predicateAt: Map<number, Predicate>): Phrase | undefined {
  let start = -1;
  let end = -1;
  for (let i = from; i < items.length && i < from + 10; i++) {
    const it = items[i];
    if (it.kind === 'punct' || predicateAt.has(i) || (it.kind === 'word' && (objectStops.has(it.key) || it.key === 'and' || it.key === 'or'))) break;
    if (start === -1) start = it.start;
    end = it.end;
  }
  return start === -1 ? undefined : { start, end, flip: 1 };
}

/**
 * The word that a phrase ending in an amount qualifies: "priming" in "Hypoxic priming at 1–2 % O₂
 * increases …", "culture" in "culture at 37 °C", whose last words are no noun. -1 when the item at
 * `last` is no amount or no preposition comes before the amount.
 */
function amountQualified(items: readonly Item[], last: number): number {
  const isAmount = (it: Item | undefined) => it?.kind === 'word' && (/\d/.test(it.key) || !/^\p{L}{3,}/u.test(it.key)) && !functionWords.has(it.key);
  if (!isAmount(items[last])) return -1;
  for (let k = last - 1; k >= 1 && k >= last - 3; k--) {
    const it = items[k];
    if (it.kind === 'word' && amountPrepositions.has(it.key)) return items[k - 1].kind === 'word' && !prepositions.has(items[k - 1].key) ? k - 1 : -1;
    if (!isAmount(it)) return -1;
  }
  return -1;
}

const amountPrepositions = new Set(['at', 'in', 'of', 'with', 'under', 'below', 'above']);

/** A plain noun phrase (no term) that ends at `last`: the subject of a claim about a term. */
function phraseBackward(items: readonly Item[], last: number, predicateAt: Map<number, Predicate>): Phrase | undefined {
  if (items[last]?.kind === 'word' && relativePronouns.has(items[last].key)) last -= items[last - 1]?.key === ',' ? 2 : 1;
  const qualified = amountQualified(items, last);
  if (qualified !== -1) return phraseBackward(items, qualified, predicateAt);
  const head = items[last];
  if (!head || head.kind !== 'word' || functionWords.has(head.key) || metaNouns.has(head.key) || prepositions.has(head.key) || !/^\p{L}{3,}/u.test(head.key) || isAdverb(head.key)) return undefined;
  if (relativePronouns.has(head.key) || auxiliaries.has(head.key) || negations.has(head.key)) return undefined;
  let start = head.start;
  let flip: Polarity = reversingAfter.has(head.key) ? -1 : 1;
  for (let k = last - 1; k >= 0 && k >= last - 3; k--) {
    const it = items[k];
    if (it.kind !== 'word' || functionWords.has(it.key) || prepositions.has(it.key) || relativePronouns.has(it.key) || predicateAt.has(k)) break;
    // "…, mainly because continued drinking blocks …": the phrase is "continued drinking".
    if (clauseOpeners.has(it.key) || isAdverb(it.key)) break;
    if (reversingBefore.has(it.key)) flip = flip < 0 ? 1 : -1;
    start = it.start;
  }
  return { start, end: head.end, flip };
}

/**
 * The objects after an active predicate: the first noun phrase and those coordinated with it.
 * For verbs of delivery, a term after "to" is the recipient: it becomes a modifier of the
 * cargo, and with no cargo there is no object. "Protect X from Y" asserts both that X gains
 * and that Y decreases.
 */
function findObjects(cx: Context, from: number, sense: PredicateSense | undefined): Candidates[] {
  const { items, predicateAt } = cx;
  const groups: Candidates[] = [];
  const recipients: Item[] = [];
  const producer = sense !== undefined && sense.class === 'produces' && producerVerbs.has(sense.lemma);
  const protector = sense !== undefined && protectors.has(sense.lemma);
  let flip: Polarity = 1;
  let words = 0;
  let recipientNext = false;
  let locative = false;
  let i = from;
  while (i < items.length) {
    const it = items[i];
    if (it.kind === 'term') {
      const np = nounPhraseForward(items, i, protector);
      i = np.next;
      if (recipientNext) {
        recipients.push(items[np.head]);
        recipientNext = false;
        continue;
      }
      if (locative) break;
      const group: Candidates = { heads: [items[np.head]], modifiers: np.modifiers, flip: flip * np.flip < 0 ? -1 : 1 };
      groups.push(group);
      flip = 1;
      const process = processNamed(cx, items[np.head], i, protector);
      if (process === 'none') group.noProcess = true;
      else if (process) {
        group.heads = [process.item];
        if (process.flip < 0) group.flip = group.flip < 0 ? 1 : -1;
        break;
      }
      const coordinated = skipCoordination(items, i, predicateAt);
      if (coordinated === undefined) {
        if (producer && items[i]?.kind === 'word' && recipientPrepositions.has(items[i].key)) continue;
        break;
      }
      i = coordinated.index;
      flip = coordinated.flip;
      continue;
    }
    if (predicateAt.has(i)) break;
    if (it.kind === 'punct') {
      if (it.key === '(') {
        i = closingParen(items, i) + 1;
        continue;
      }
      break;
    }
    if (objectStops.has(it.key)) break;
    // "miR-122 falls in injury and exosome delivery restores it": "and" before a clause of its own
    // ends the object; "the proliferation and survival of hepatocytes" goes on.
    if ((it.key === 'and' || it.key === 'but') && clauseAfter(items, i + 1, predicateAt)) break;
    // "… and exosome delivery restores it": "it" is a term of the clause before.
    if (words === 0 && groups.length === 0 && it.key === 'it' && i === from) {
      const antecedent = antecedentBefore(predicateAt, i);
      if (antecedent) return [{ heads: antecedent.heads, modifiers: antecedent.modifiers, flip }];
    }
    if (words === 0 && groups.length === 0 && (it.key === 'their' || it.key === 'its')) {
      const process = possessedProcess(cx, i);
      if (process) return [{ heads: [process], modifiers: [], flip }];
    }
    if (protector && (it.key === 'from' || it.key === 'against')) {
      const threats = findObjects(cx, i + 1, undefined);
      return [...groups, ...reversed(threats)];
    }
    if (producer && recipientPrepositions.has(it.key)) {
      recipientNext = true;
      i++;
      continue;
    }
    if (words > 0 ? (prepositions.has(it.key) || it.key === 'to') && it.key !== 'of' && !changeNouns.has(items[i - 1].key) : temporal.has(it.key)) locative = true;
    if (words === 0 && it.key.length > 5 && it.key.endsWith('ing')) break;
    if (reversingObject.has(it.key)) flip = flip < 0 ? 1 : -1;
    if (++words > 7) break;
    i++;
  }
  if (protector && groups.length > 0 && items[i]?.kind === 'word' && (items[i].key === 'from' || items[i].key === 'against')) {
    const threats = findObjects(cx, i + 1, undefined);
    if (threats.length > 0) return [...groups, ...reversed(threats)];
  }
  if (producer && recipients.length > 0) groups.push({ heads: recipients, modifiers: [], flip: 1, recipient: true });
  return groups;
}

/**
 * What "it" after a verb stands for: the object of the nearest verb before the one that ends at
 * `at` ("causes a drop in miR-122, and exosomes can restore it"), or its subject when it has no
 * object with a term or is the thing done to ("miR-122 falls in liver injury, and exosome delivery
 * restores it").
 */
function antecedentBefore(predicateAt: ReadonlyMap<number, Predicate>, at: number): Candidates | undefined {
  let nearest: Predicate | undefined;
  let best = -1;
  // The verb whose object "it" is ends at `at`; the one before it ends before.
  for (const [k, p] of predicateAt) if (p.end < at && k > best) [best, nearest] = [k, p];
  if (!nearest) return undefined;
  const subject = nearest.subject && nearest.subject.heads.length > 0 ? nearest.subject : undefined;
  // What falls in liver injury, or is made by MSCs, is the verb's grammatical subject: the thing done to.
  if (nearest.passive || nearest.sense.reverse === true) return subject;
  return nearest.objects.find((o) => o.heads.length > 0 && !o.recipient) ?? subject;
}

/** Whether a verb of the sentence's follows within a few words from `from`, before any punctuation: a clause of its own. */
function clauseAfter(items: readonly Item[], from: number, predicateAt: ReadonlyMap<number, Predicate>): boolean {
  for (let k = from; k < items.length && k < from + 4; k++) {
    if (predicateAt.has(k)) return true;
    if (items[k].kind === 'punct') return false;
  }
  return false;
}

/** Whether "like" before the verb at `at` is chat's filler after a term: "miR-122 like shoots right up". */
function likeFiller(items: readonly Item[], at: number, form: PredicateForm): boolean {
  return items[at - 1]?.key === 'like' && form === 'third' && items[at - 2]?.kind === 'term';
}

/** Verbs of getting something done, which open a clause of their own after "and": "… cut the liver damage and got the hepatocytes dividing again" (from the hundred-and-sixty-eighth batch). */
const gettingDone = new Set(['got', 'get', 'gets', 'getting', 'kept', 'keep', 'keeps', 'sent', 'sends']);

/**
 * A cell's process named by a possessive ("holding back their proliferation", after "… on
 * hepatocytes"): the nearest cell before it that has a process of that noun. The item stands for
 * the process, over the possessive and the noun.
 */
function possessedProcess(cx: Context, at: number): Item | undefined {
  const { items } = cx;
  const noun = items[at + 1];
  if (noun?.kind !== 'word') return undefined;
  const stem = verbStem(noun.key);
  for (let k = at - 1; k >= 0 && at - k <= maxScan; k--) {
    const cell = items[k];
    if (cell.kind !== 'term') continue;
    const id = cx.processByStem.get(cell.termId!)?.get(stem);
    if (id !== undefined) return standIn(items[at].start, noun.end, id);
  }
  return undefined;
}

/**
 * The process of a cell that the verb after it names: "drives hepatocytes to proliferate",
 * "prevents hepatocytes from proliferating" (hepatocyte proliferation), "drives hepatocytes to
 * die" (hepatocyte survival, reversed), "helps hepatocytes survive", "makes hepatocytes less
 * likely to survive" (survival); what a protector protects a cell from, reversed too
 * ("protects hepatocytes from dying": survival). The item stands for the process, over the cell
 * and the verb. Undefined when no such verb follows; 'none' when "to" or "from" brings a verb that
 * names no process of the cell ("drives hepatocytes to migrate"), which its processes then do not back.
 */
function processNamed(cx: Context, cell: Item, next: number, protector: boolean): { item: Item; flip: Polarity } | 'none' | undefined {
  const { items } = cx;
  const link = items[next];
  // "to proliferate", "from proliferating", a bare verb after "help" ("helps hepatocytes survive"),
  // or "less likely to survive" after "make".
  const likely = (link?.key === 'less' || link?.key === 'more') && items[next + 1]?.key === 'likely' && items[next + 2]?.key === 'to';
  const bare = link?.kind === 'word' && link.key !== 'to' && link.key !== 'from' && !likely;
  const verb = likely ? items[next + 3] : bare ? link : items[next + 1];
  if (link?.kind !== 'word' || verb?.kind !== 'word' || verb.glued) return undefined;
  const stems = cx.processByStem.get(cell.termId!);
  if (!stems) return undefined;
  const other = processVerbs.get(verb.key);
  const id = stems.get(other?.stem ?? verbStem(verb.key));
  if (id === undefined) return !bare && !likely && looksLikeVerb(verb.key, link.key) ? 'none' : undefined;
  const flip: Polarity = (other?.reversed ? -1 : 1) * (protector && link.key === 'from' ? -1 : 1) < 0 ? -1 : 1;
  return { item: standIn(cell.start, verb.end, id), flip };
}

/** The stems of the last words of a process's label and synonyms ("hepatocyte proliferation": "prolifer"). */
function lastWordStems(term: Term): string[] {
  const stems: string[] = [];
  for (const form of [term.label, ...term.synonyms]) {
    const last = /[a-z]+$/i.exec(form);
    if (last) stems.push(verbStem(last[0]));
  }
  return stems;
}

/**
 * Verbs that name a cell's process by another word than its noun's: "divide" for proliferation;
 * and those that name its reverse: "die" for survival.
 */
const processVerbs = new Map<string, { stem: string; reversed: boolean }>(
  (
    [
      ['prolifer', false, 'divide divides divided dividing multiply multiplies multiplied multiplying replicate replicates replicated replicating expand expands expanded expanding'],
      ['differenti', false, 'mature matures matured maturing specialise specialises specialised specialising specialize specializes specialized specializing'],
      ['repair', false, 'heal heals healed healing mend mends mended mending recover recovers recovered recovering regenerate regenerates regenerated regenerating'],
      ['surviv', false, 'live lives lived living persist persists persisted persisting'],
      ['surviv', true, 'die dies died dying perish perishes perished perishing'],
    ] as const
  ).flatMap(([stem, reversed, verbs]) => verbs.split(' ').map((verb) => [verb, { stem, reversed }] as const)),
);

/** After "to", a bare verb (not "to the liver", "to damaged areas"); after "from", a gerund. */
function looksLikeVerb(word: string, link: string): boolean {
  if (link === 'from') return word.length > 4 && word.endsWith('ing');
  return !determiners.has(word) && !word.endsWith('ed') && !/^\d/.test(word);
}

/**
 * The stem that a verb and the noun of its process share: "proliferate", "proliferating" and
 * "proliferation" give "prolifer"; "survive" and "survival", "surviv".
 */
function verbStem(word: string): string {
  let w = word.toLowerCase();
  for (let pass = 0; pass < 2; pass++) {
    for (const suffix of stemSuffixes) {
      if (w.length - suffix.length >= 4 && w.endsWith(suffix)) {
        w = w.slice(0, -suffix.length);
        break;
      }
    }
  }
  return w;
}

const stemSuffixes = ['ation', 'ing', 'ion', 'ate', 'al', 'ed', 'es', 'e', 's', 'at'];

interface ForwardPhrase {
  /** Index of the head term. */
  head: number;
  modifiers: Item[];
  flip: Polarity;
  /** Index after the phrase. */
  next: number;
}

/** Reads a noun phrase that starts with the term at `first`: compound terms, then "of/in X" modifiers. */
function nounPhraseForward(items: readonly Item[], first: number, keepFrom = false): ForwardPhrase {
  let head = first;
  const modifiers: Item[] = [];
  let flip: Polarity = 1;
  let i = first + 1;
  while (i < items.length) {
    const it = items[i];
    if (it.kind === 'term' && items[i - 1].kind === 'term' && (it.glued || it.start - items[i - 1].end <= 1)) {
      modifiers.push(items[head]);
      head = i;
      i++;
      continue;
    }
    if (it.kind === 'word' && it.glued && items[i + 1]?.kind === 'term' && items[i - 1].kind === 'term') {
      modifiers.push(items[head]);
      head = i + 1;
      i += 2;
      continue;
    }
    break;
  }
  if (items[i]?.kind === 'word' && reversingAfter.has(items[i].key)) {
    flip = -1;
    i++;
  }
  for (let rounds = 0; rounds < 4 && i < items.length; rounds++) {
    const it = items[i];
    if (it.kind !== 'word' || !modifierPrepositions.has(it.key) || (keepFrom && (it.key === 'from' || it.key === 'against'))) break;
    let j = i + 1;
    let words = 0;
    while (j < items.length && items[j].kind === 'word' && words < 3 && !objectStops.has(items[j].key) && !modifierPrepositions.has(items[j].key)) {
      j++;
      words++;
    }
    if (items[j]?.kind !== 'term') break;
    i = j + 1;
    while (i < items.length && items[i].kind === 'term' && items[i].start - items[i - 1].end <= 1) i++;
  }
  return { head, modifiers, flip, next: i };
}

/** After an object: ", and", "or", "as well as" and a few words, then another term; its index, or undefined. */
function skipCoordination(items: readonly Item[], from: number, predicateAt: Map<number, Predicate>): { index: number; flip: Polarity } | undefined {
  let i = from;
  let sawCoordinator = false;
  while (i < items.length && coordinators.has(items[i].key) && items[i].key !== 'not') {
    sawCoordinator = true;
    i++;
  }
  if (!sawCoordinator) return undefined;
  let flip: Polarity = 1;
  let words = 0;
  while (i < items.length && items[i].kind === 'word' && words < 3) {
    if (predicateAt.has(i) || objectStops.has(items[i].key) || pronouns.has(items[i].key) || (words === 0 && gettingDone.has(items[i].key))) return undefined;
    if (reversingObject.has(items[i].key)) flip = flip < 0 ? 1 : -1;
    i++;
    words++;
  }
  if (items[i]?.kind !== 'term') return undefined;
  let after = nounPhraseForward(items, i).next;
  // "… rises in liver injury, and the exosomes are there to mop up the excess" (from the
  // hundred-and-forty-ninth batch): a term before a verb "be" or an auxiliary opens a clause of its own.
  if (items[after]?.kind === 'word' && (isCopula(items[after].key) || auxiliaries.has(items[after].key))) return undefined;
  while (after < items.length && items[after].kind === 'word' && (auxiliaries.has(items[after].key) || isAdverb(items[after].key) || negations.has(items[after].key))) after++;
  return predicateAt.has(after) ? undefined : { index: i, flip };
}
