/**
 * Plain data shared by every part of the core. Offsets are UTF-16 code-unit offsets into the
 * document text (JavaScript string indices); only `convert.ts` turns them into LSP positions.
 */

export type TermKind = 'molecule' | 'cell' | 'mechanism';
export const termKinds: readonly TermKind[] = ['molecule', 'cell', 'mechanism'];

/** An abbreviation that means something else outside this vocabulary (HSC). */
export interface AmbiguousForm {
  form: string;
  alsoMeans: string[];
}

/** Where a part of a term came from: the built-in data, a vocabulary file, or settings. */
export interface Origin {
  layer: 'builtin' | 'file' | 'settings';
  /** The file's URI or path, for `file`. */
  file?: string;
  /** Zero-based line of the entry in that file, when known. */
  line?: number;
}

export interface Term {
  id: string;
  label: string;
  kind: TermKind;
  abbreviations: string[];
  synonyms: string[];
  deprecated: string[];
  definition: string;
  source: string;
  related: string[];
  xrefs: string[];
  ambiguous: AmbiguousForm[];
  /** Which layer set each field; filled in by the merge. Read it with `originOf` or `fieldOrigins`. */
  origins?: TermOrigins;
}

/** The parts of a term a layer can set: the entry itself (`term`) and each field. */
export type TermField = 'term' | 'label' | 'kind' | 'definition' | 'source' | 'abbreviations' | 'synonyms' | 'deprecated' | 'related' | 'xrefs' | 'ambiguous';

/**
 * The origin of the one entry that set every field of a term it made, with a bit per field it
 * set (in `termFields` order). Nearly every term of a large file is one: one small object
 * instead of a record and an origin per term, shared by terms whose entries share a line.
 */
export interface EntryOrigins extends Origin {
  fields: number;
}

/** Where a term's fields came from: one entry, or a record by field in the order they were first set. */
export type TermOrigins = EntryOrigins | Partial<Record<TermField, Origin>>;

export type PredicateClass = 'increases' | 'decreases' | 'produces' | 'interacts';

export interface Relation {
  subject: string;
  predicate: string;
  object: string;
  /**
   * A comparison: the term the subject is compared with ("exosomes are less immunogenic than
   * transplanted MSCs": exosome reduces immunogenicity, than mesenchymal-stem-cell).
   */
  than?: string;
  source: string;
  /** The relation as a sentence in the project's own words; shown with contradictions. */
  statement?: string;
  origin?: Origin;
}

export interface Vocabulary {
  terms: Term[];
  relations: Relation[];
}

/** How a surface form relates to its term. */
export type FormRole = 'label' | 'abbreviation' | 'synonym' | 'deprecated';

/** One recognized term occurrence. */
export interface TermMatch {
  start: number;
  end: number;
  termId: string;
  role: FormRole;
  /** The text as written in the document. */
  text: string;
  /** Set when the matched form is an ambiguous abbreviation. */
  ambiguous?: AmbiguousForm;
}

export type FindingCode =
  | 'claim.unsupported'
  | 'claim.contradicts-review'
  | 'term.non-preferred'
  | 'term.ambiguous'
  | 'vocabulary.invalid'
  | 'citation.unknown-key'
  | 'bibliography.invalid';

export const findingCodes: readonly FindingCode[] = [
  'claim.unsupported',
  'claim.contradicts-review',
  'term.non-preferred',
  'term.ambiguous',
  'vocabulary.invalid',
  'citation.unknown-key',
  'bibliography.invalid',
];

export type Level = 'error' | 'warning' | 'information' | 'hint' | 'off';

/** A place outside the current document (a source file) or inside it. */
export interface RelatedInfo {
  message: string;
  /** Absent: the finding's own document. */
  uri?: string;
  start?: number;
  end?: number;
  /** Line/character when the related place is in another file (offsets need its text). */
  line?: number;
  character?: number;
}

/** A problem or observation in a document; `convert.ts` maps it to an LSP diagnostic. */
export interface Finding {
  code: FindingCode;
  start: number;
  end: number;
  message: string;
  related?: RelatedInfo[];
  /** Data the quick fixes need (for example the preferred label). */
  data?: Record<string, unknown>;
}

/** A text edit by offsets into the document it belongs to. */
export interface TextEditOffsets {
  start: number;
  end: number;
  newText: string;
}
