import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { findNodeAtLocation, parseTree, printParseErrorCode, visit, type ParseError } from 'jsonc-parser';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, visit as visitYaml, type Document as YamlDocument, type Node as YamlNode } from 'yaml';
import builtinData from '../data/vocabulary.json';
import schema from '../data/vocabulary.schema.json';
import { jsonText, jsonTextToScan } from './jsonText';
import { createLineIndex } from './lines';
import { clipped, listed, relationText } from './listing';
import { FormTrie, formsOf, handOverMerge } from './matcher';
import { entryOrigins, setOrigin } from './origins';
import { isStackOverflow, saysStackOverflow, yamlNestsTooDeeply } from './stack';
import type { AmbiguousForm, EntryOrigins, Origin, Relation, Term, TermKind, Vocabulary } from './types';

/** A term as a layer writes it: only `id` is required; a known id is extended or overridden. */
export interface TermPatch {
  id: string;
  label?: string;
  kind?: TermKind;
  abbreviations?: string[];
  synonyms?: string[];
  deprecated?: string[];
  definition?: string;
  source?: string;
  related?: string[];
  xrefs?: string[];
  ambiguous?: AmbiguousForm[];
}

/** Where an entry stands in its file: offsets and zero-based line. */
export interface Span {
  start: number;
  end: number;
  line: number;
}

/** One layer of the vocabulary: the built-in data, one file, or the inline settings. */
export interface VocabularyLayer {
  origin: Origin;
  terms: TermPatch[];
  relations: Relation[];
  /**
   * Where each term (same index as `terms`) stands in its file, when the layer has a file: read
   * it with `spanAt`. Packed as start, end, line for each term (a start of -1 when not known),
   * rather than an object per term: a file of 100k terms keeps its layer for as long as it is good.
   */
  spans?: Int32Array;
  /** Where each relation (same index as `relations`) stands in its file, packed as `spans` are. */
  relationSpans?: Int32Array;
}

/** Packs spans for `VocabularyLayer.spans`. */
function packSpans(spans: readonly (Span | undefined)[]): Int32Array {
  const packed = new Int32Array(spans.length * 3);
  spans.forEach((span, i) => {
    packed[i * 3] = span ? span.start : -1;
    packed[i * 3 + 1] = span?.end ?? -1;
    packed[i * 3 + 2] = span?.line ?? -1;
  });
  return packed;
}

/** Where the layer's `i`th term stands in its file, if known. */
export function spanAt(layer: VocabularyLayer, i: number): Span | undefined {
  return unpackSpan(layer.spans, i);
}

/** The `i`th of packed spans, if known. */
function unpackSpan(spans: Int32Array | undefined, i: number): Span | undefined {
  if (!spans || lineAt(spans, i) === undefined) return undefined;
  return { start: spans[i * 3], end: spans[i * 3 + 1], line: spans[i * 3 + 2] };
}

/** The line of the `i`th term in packed spans, if known; without making a `Span`, for merging 100k terms. */
function lineAt(spans: Int32Array, i: number): number | undefined {
  return i * 3 < spans.length && spans[i * 3] >= 0 ? spans[i * 3 + 2] : undefined;
}

/** A problem with a vocabulary, placed in the text it came from (offsets 0 for settings). */
export interface VocabularyProblem {
  message: string;
  origin: Origin;
  start: number;
  end: number;
  line: number;
  /**
   * Set when merging left something out (a form another term has, an unknown related id, an entry
   * without label or kind) and the rest of the file is in use; absent when the file or setting
   * could not be used at all (unreadable, not YAML or JSON, against the schema).
   */
  dropped?: true;
}

/** A problem with a vocabulary, at the entry `span` places when it is known, else at the first line. */
export function problemAt(message: string, origin: Origin, span: Span | undefined): VocabularyProblem {
  return { message, origin, start: span?.start ?? 0, end: span?.end ?? 0, line: span?.line ?? 0 };
}

/**
 * The list of every term that has none. Merging never changes a term's list in place (it makes
 * a new one), so terms can share this one, and lists taken over from a layer stay the layer's.
 */
const none = Object.freeze([]) as unknown as never[];

interface Validators {
  /** Stops at the first error: a file that passes is checked once, quickly. */
  first: ValidateFunction;
  /** Every error of a vocabulary whose lists are left out, of one term, of one relation. */
  all: ValidateFunction;
  term: ValidateFunction;
  relation: ValidateFunction;
}

let validators: Validators | undefined;

/** The schema errors listed for a layer; past them, one more says that the list stops. */
const maxSchemaErrors = 100;

/**
 * The schema errors of a vocabulary, the first `maxSchemaErrors` of them. A file that breaks the
 * schema is checked term by term: ajv's code for all errors copies the list of errors found so
 * far at each term, so 100k terms with the same mistake took 35 s (and 300k never ended), with
 * the server deaf all the while.
 */
function validate(data: unknown): ErrorObject[] {
  if (!validators) {
    const ajv = new Ajv({ allErrors: true, strict: false });
    ajv.addSchema(schema, 'vocabulary');
    validators = {
      first: new Ajv({ strict: false }).compile(schema),
      all: ajv.getSchema('vocabulary')!,
      term: ajv.compile({ $ref: 'vocabulary#/definitions/term' }),
      relation: ajv.compile({ $ref: 'vocabulary#/definitions/relation' }),
    };
  }
  const { first, all, term, relation } = validators;
  if (first(data)) return [];
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return all(data) ? [] : (all.errors ?? []);
  const object = data as Record<string, unknown>;
  const lists = (['terms', 'relations'] as const).filter((key) => Array.isArray(object[key]));
  const errors: ErrorObject[] = [];
  if (!all({ ...object, ...Object.fromEntries(lists.map((key) => [key, []])) })) errors.push(...(all.errors ?? []));
  for (const key of lists) {
    const check = key === 'terms' ? term : relation;
    const items = object[key] as unknown[];
    for (let i = 0; i < items.length && errors.length <= maxSchemaErrors; i++) {
      if (!check(items[i])) for (const error of check.errors ?? []) errors.push({ ...error, instancePath: `/${key}/${i}${error.instancePath}` });
    }
  }
  if (errors.length <= maxSchemaErrors) return errors;
  const more: ErrorObject = { keyword: 'more', instancePath: '', schemaPath: '', params: {}, message: `more problems with the schema, not listed: these are the first ${maxSchemaErrors}` };
  return [...errors.slice(0, maxSchemaErrors), more];
}

const builtinOrigin: Origin = { layer: 'builtin' };

/** The vocabulary drawn from the review, shipped with the extension. */
export function builtinLayer(): VocabularyLayer {
  const data = builtinData as { terms: TermPatch[]; relations: Relation[] };
  return { origin: builtinOrigin, terms: data.terms, relations: data.relations.map((r) => ({ ...r, origin: builtinOrigin })) };
}

/**
 * The longest YAML vocabulary read. The YAML parser keeps a node with its place for every value:
 * 17 MB (the 100k list as YAML) took ~9 s and 1.3 GB, with the server deaf all the while. JSON
 * is read up to the file limit, 20 MB in ~0.5 s.
 */
export const maxYamlLength = 5 * 1024 * 1024;

/**
 * Parses a vocabulary file and validates it against the schema. JSON goes through `JSON.parse`
 * (fast on large files) and YAML through `yaml`; any syntax or schema error rejects the whole
 * layer, with each problem placed at its node.
 */
export function parseVocabulary(text: string, origin: Origin): { layer?: VocabularyLayer; problems: VocabularyProblem[] } {
  const isJson = origin.file ? /\.json$/i.test(origin.file) : /^\s*\{/.test(text);
  if (!isJson && text.length > maxYamlLength) {
    const message = `This YAML vocabulary is over ${maxYamlLength / (1024 * 1024)} MB, more than can be read as YAML (~0.5 s and ~75 MB of memory per MB); write a list this long as JSON.`;
    return { problems: [{ message, origin, start: 0, end: 0, line: 0 }] };
  }
  try {
    return isJson ? parseJsonVocabulary(text, origin) : parseYamlVocabulary(text, origin);
  } catch (error) {
    if (!isStackOverflow(error)) throw error;
    return { problems: [{ message: `Invalid ${isJson ? 'JSON' : 'YAML'}: nested too deeply to be read.`, origin, start: 0, end: 0, line: 0 }] };
  }
}

function parseJsonVocabulary(file: string, origin: Origin): { layer?: VocabularyLayer; problems: VocabularyProblem[] } {
  const text = jsonText(file);
  // What jsonc-parser reads: the same offsets, lines from `text`.
  const scanned = jsonTextToScan(file);
  const { lineOf } = createLineIndex(text);
  const at = (start: number, end: number, message: string): VocabularyProblem => ({ message, origin, start, end: Math.max(start, end), line: lineOf(start) });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    const errors: ParseError[] = [];
    parseTree(scanned, errors, { allowTrailingComma: false, disallowComments: true });
    const first = errors[0] ?? { offset: 0, length: 0, error: 0 };
    return { problems: [at(first.offset, first.offset + first.length, `Invalid JSON: ${errors.length ? printParseErrorCode(first.error) : 'cannot be parsed'}`)] };
  }
  const errors = validate(data);
  if (errors.length > 0) {
    const tree = parseTree(scanned);
    return {
      problems: errors.map((error) => {
        const node = tree && findNodeAtLocation(tree, instancePath(error));
        return at(node?.offset ?? 0, (node?.offset ?? 0) + (node?.length ?? 0), schemaMessage(error));
      }),
    };
  }
  const starts: number[] = [];
  const ends: number[] = [];
  const relations: Span[] = [];
  let depth = 0;
  let property: string | undefined;
  // The keys of each open object: `JSON.parse` keeps the last of a repeated key, so a second
  // `terms` list dropped the first without a word (YAML refuses a repeated key too).
  const keys: string[][] = [];
  let repeated: { name: string; offset: number; length: number } | undefined;
  visit(scanned, {
    onObjectProperty: (name, offset, length) => {
      if (depth === 1) property = name;
      const own = keys[keys.length - 1];
      if (own.includes(name)) repeated ??= { name, offset, length };
      else own.push(name);
    },
    onObjectBegin: (offset) => {
      if (depth === 2 && property === 'terms') starts.push(offset);
      if (depth === 2 && property === 'relations') relations.push({ start: offset, end: offset, line: lineOf(offset) });
      depth++;
      keys.push([]);
    },
    onObjectEnd: (offset, length) => {
      depth--;
      keys.pop();
      if (depth === 2 && property === 'terms') ends.push(offset + length);
      if (depth === 2 && property === 'relations') relations[relations.length - 1].end = offset + length;
    },
    onArrayBegin: () => void depth++,
    onArrayEnd: () => void depth--,
  });
  if (repeated) return { problems: [at(repeated.offset, repeated.offset + repeated.length, `Invalid JSON: keys must be unique, and '${clipped(repeated.name)}' is repeated`)] };
  const layer = toLayer(data as { terms?: TermPatch[]; relations?: Relation[] }, origin, packSpans(relations));
  layer.spans = packSpans(starts.map((start, i) => ({ start, end: ends[i] ?? start, line: lineOf(start) })));
  return { layer, problems: [] };
}

/** Where the document's first alias (`*name`) is written. */
function firstAliasRange(doc: YamlDocument): [number, number] | undefined {
  let range: [number, number] | undefined;
  visitYaml(doc, {
    Alias(_, node) {
      if (node.range) range = [node.range[0], node.range[1]];
      return visitYaml.BREAK;
    },
  });
  return range;
}

/**
 * The first key of a mapping that repeats a key before it, with the range to place it at. The
 * YAML parser's own check (`uniqueKeys`) compares each key with every one before it: a file of
 * 60k terms written as a mapping by id took 35 s, with the server deaf all the while.
 */
export function repeatedYamlKey(doc: YamlDocument): { key: string; range: [number, number] } | undefined {
  let found: { key: string; range: [number, number] } | undefined;
  visitYaml(doc, {
    Map(_, map) {
      const keys = new Set<unknown>();
      for (const pair of map.items) {
        const key = isScalar(pair.key) ? pair.key.value : pair.key;
        if (keys.has(key)) {
          const range = (pair.key as YamlNode | null)?.range;
          found = { key: String(key), range: range ? [range[0], range[1]] : [0, 0] };
          return visitYaml.BREAK;
        }
        keys.add(key);
      }
      return undefined;
    },
  });
  return found;
}

function instancePath(error: ErrorObject): (string | number)[] {
  return error.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function parseYamlVocabulary(text: string, origin: Origin): { layer?: VocabularyLayer; problems: VocabularyProblem[] } {
  const lineCounter = new LineCounter();
  if (yamlNestsTooDeeply(text)) return { problems: [{ message: 'Invalid YAML: nested too deeply to be read.', origin, start: 0, end: 0, line: 0 }] };
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const at = (start: number, end: number, message: string): VocabularyProblem => ({
    message,
    origin,
    start,
    end: Math.max(end, start),
    line: lineCounter.linePos(start).line - 1,
  });
  if (doc.errors.length > 0) {
    // The parser reports overflowing its stack as errors of the document (many), in the engine's words.
    const overflow = doc.errors.find((e) => saysStackOverflow(e.message));
    if (overflow) return { problems: [at(overflow.pos[0], overflow.pos[1], 'Invalid YAML: nested too deeply to be read.')] };
    return { problems: doc.errors.map((e) => at(e.pos[0], e.pos[1], `Invalid YAML: ${firstLine(e.message)}`)) };
  }
  const repeated = repeatedYamlKey(doc);
  if (repeated) return { problems: [at(repeated.range[0], repeated.range[1], `Invalid YAML: map keys must be unique, and '${clipped(repeated.key)}' is repeated`)] };
  let data: unknown;
  try {
    data = doc.toJS() ?? {};
  } catch (error) {
    if (isStackOverflow(error)) throw error;
    // Aliases parse, but resolve only here: one to an anchor that is not set before it, or so
    // many that they would blow the document up, is an error of the file, not of the server.
    const [start, end] = firstAliasRange(doc) ?? [0, 0];
    return { problems: [at(start, end, `Invalid YAML: ${firstLine((error as Error)?.message ?? String(error))}`)] };
  }
  const errors = validate(data);
  if (errors.length > 0) {
    return {
      problems: errors.map((error) => {
        const path = instancePath(error);
        const node = (path.length ? doc.getIn(path, true) : doc.contents) as YamlNode | undefined;
        const [start, end] = node?.range ?? [0, 0];
        return at(start, end, schemaMessage(error));
      }),
    };
  }
  // Where each item of a list stands: a mapping's range (an item of another kind fails the schema).
  const itemSpans = (list: unknown) =>
    isSeq(list)
      ? packSpans(
          list.items.map((item) => {
            const range = isMap(item) ? item.range : undefined;
            return range ? { start: range[0], end: range[1], line: lineCounter.linePos(range[0]).line - 1 } : undefined;
          }),
        )
      : undefined;
  const layer = toLayer(data as { terms?: TermPatch[]; relations?: Relation[] }, origin, itemSpans(doc.get('relations', true)));
  const spans = itemSpans(doc.get('terms', true));
  if (spans) layer.spans = spans;
  return { layer, problems: [] };
}

/**
 * Validates terms written inline in settings (`regenNotes.vocabulary.terms`). `spans`, where each
 * entry is written when the settings were read from a file (the CLI reads it; the editor is handed
 * the values alone), places each problem of an entry at that entry, as in a vocabulary file:
 * without them every problem is at the settings' first line.
 */
export function layerFromSettings(terms: unknown, origin: Origin, spans?: readonly (Span | undefined)[]): { layer?: VocabularyLayer; problems: VocabularyProblem[] } {
  const errors = validate({ terms });
  if (errors.length > 0) {
    return {
      problems: errors.map((e) => {
        const [, entry] = instancePath(e);
        return problemAt(`regenNotes.vocabulary.terms${e.instancePath.replace(/^\/terms/, '')}: ${schemaMessage(e)}`, origin, typeof entry === 'number' ? spans?.[entry] : undefined);
      }),
    };
  }
  const layer = toLayer({ terms: terms as TermPatch[] }, origin);
  // Merging places what it leaves out of an entry (a form another term has) by the layer's spans.
  if (spans) layer.spans = packSpans(spans);
  return { layer, problems: [] };
}

/**
 * The layer of parsed data. With `relationSpans`, where each relation stands in the file, a
 * relation's origin has its line: a contradiction it backs points there, not at the file's top.
 */
function toLayer(data: { terms?: TermPatch[]; relations?: Relation[] }, origin: Origin, relationSpans?: Int32Array): VocabularyLayer {
  const relations = (data.relations ?? []).map((r, i) => {
    const line = relationSpans && lineAt(relationSpans, i);
    return { ...r, origin: line === undefined ? origin : atLine(origin, line) };
  });
  const layer: VocabularyLayer = { origin, terms: data.terms ?? [], relations };
  if (relationSpans) layer.relationSpans = relationSpans;
  return layer;
}

function schemaMessage(error: ErrorObject): string {
  const where = error.instancePath ? error.instancePath.slice(1).replace(/\//g, '.') : 'vocabulary';
  if (error.keyword === 'additionalProperties') return `${where}: unknown property '${clipped(String(error.params.additionalProperty))}'`;
  if (error.keyword === 'enum') return `${where}: must be one of ${(error.params.allowedValues as unknown[]).map((v) => `'${String(v)}'`).join(', ')}`;
  if (error.keyword === 'pattern' && where.endsWith('id')) return `${where}: an id is lowercase letters, digits and hyphens`;
  if (error.keyword === 'pattern' && error.params.pattern === schema.definitions.form.pattern) {
    // Editors show the schema's sentence alone; here it follows the path, as the other messages do.
    return `${where}: ${schema.definitions.form.patternErrorMessage.replace(/^A /, 'a ').replace(/\.$/, '')}`;
  }
  return `${where}: ${error.message ?? 'is invalid'}`;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}

/**
 * Merges layers, lowest first: a later layer adds terms, overrides scalar fields, adds to lists,
 * and a form it lists as deprecated stops being a synonym or abbreviation. A form that already
 * belongs to another term, an unknown related id or a new term without label or kind is dropped
 * and reported at the entry that wrote it (an unknown related id in each entry that names it, not
 * in the layer that last added to the term's list).
 */
export function mergeLayers(layers: VocabularyLayer[]): { vocabulary: Vocabulary; problems: VocabularyProblem[] } {
  const terms = new Map<string, Term>();
  const forms = layers.reduce((count, layer) => count + formsOf(layer.terms), 0);
  // Sized at once, as the trie is: an array grown one node at a time to 500k was copied over and over.
  // Each form is looked up once, and each new term's label once more, to see that it is free.
  const lookups = forms + layers.reduce((count, layer) => count + layer.terms.length, 0);
  const owners: FormOwners = { forms: new FormTrie(forms, lookups), byNode: new Array<string | undefined>(forms * 2 + 16).fill(undefined) };
  const problems: VocabularyProblem[] = [];
  // The entries merged that name related ids, as layer and entry numbers: an unknown id is
  // reported at the entry that wrote it once every layer has had its say.
  const relatedLayers: number[] = [];
  const relatedEntries: number[] = [];

  for (const [l, layer] of layers.entries()) {
    const seen = new Set<string>();
    const spans = layer.spans;
    let shared: EntryOrigins | undefined;
    // One reporter per layer, placing a problem at the entry being merged, rather than one per entry.
    let entry = 0;
    const problem = (message: string) => void problems.push(droppedAt(layer.origin, spanAt(layer, entry), message));
    const claims: Claims = { termId: '', owners, problem };
    layer.terms.forEach((patch, i) => {
      entry = i;
      const line = spans && lineAt(spans, i);
      if (seen.has(patch.id)) return problem(`Duplicate id '${patch.id}' in this layer: the first entry is used.`);
      seen.add(patch.id);
      let term = terms.get(patch.id);
      let made: EntryOrigins | undefined;
      if (!term) {
        if (!patch.label || !patch.kind) return problem(`Term '${patch.id}' is new here, so it needs a label and a kind.`);
        // A new term whose label it cannot have would be kept with none: its fixes replaced its
        // non-preferred forms with nothing, deleting them from notes.
        const labelKey = owners.forms.keyNode(patch.label);
        const labelOwner = labelKey ? owners.byNode[labelKey] : undefined;
        if (!labelKey) return problem(`Term '${patch.id}' is new here, and its label '${clipped(patch.label)}' has no letters or digits; the term is left out.`);
        if (labelOwner) return problem(`Term '${patch.id}' is new here, and its label '${clipped(patch.label)}' already names term '${labelOwner}'; the term is left out.`);
        made = entryOrigins(layer.origin, line);
        term = { id: patch.id, label: '', kind: patch.kind, abbreviations: none, synonyms: none, deprecated: none, definition: '', source: '', related: none, xrefs: none, ambiguous: none, origins: made };
        terms.set(patch.id, term);
        owners.forms.startTerm();
      }
      // The entry that makes a term has its origin in the term's `EntryOrigins`; a later one needs its own.
      claims.termId = term.id;
      applyPatch(term, patch, made || line === undefined ? layer.origin : atLine(layer.origin, line), made !== undefined, claims);
      if (patch.related?.length) {
        relatedLayers.push(l);
        relatedEntries.push(i);
      }
      // Entries on one line (a generated file without line breaks, the built-in data) that set the
      // same fields share their origins: nothing changes them once their entry is merged.
      if (made) {
        if (shared && shared.line === made.line && shared.fields === made.fields) term.origins = shared;
        else shared = made;
      }
      return undefined;
    });
  }

  relatedLayers.forEach((l, k) => {
    const layer = layers[l];
    const { id, related } = layer.terms[relatedEntries[k]];
    const unknown = [...new Set(related)].filter((r) => !terms.has(r));
    if (unknown.length > 0) problems.push(droppedAt(layer.origin, spanAt(layer, relatedEntries[k]), `Term '${id}' names unknown related term${unknown.length > 1 ? 's' : ''} ${listed(unknown, (u) => `'${u}'`)}.`));
  });
  for (const term of terms.values()) if (term.related.length > 0) term.related = term.related.filter((id) => terms.has(id) && id !== term.id);
  const validRelations: Relation[] = [];
  for (const layer of layers) {
    layer.relations.forEach((r, i) => {
      if (terms.has(r.subject) && terms.has(r.object) && (r.than === undefined || terms.has(r.than))) validRelations.push(r);
      else problems.push(droppedAt(layer.origin, unpackSpan(layer.relationSpans, i), `Relation '${relationText(r)}' names an unknown term.`));
    });
  }
  const vocabulary: Vocabulary = { terms: [...terms.values()], relations: validRelations };
  handOverMerge(vocabulary, owners.forms, terms);
  return { vocabulary, problems };
}

/** A problem of something merging left out, placed at the entry that wrote it when it is known where that stands. */
function droppedAt(origin: Origin, span: Span | undefined, message: string): VocabularyProblem {
  const problem = problemAt(message, origin, span);
  problem.dropped = true;
  return problem;
}

/**
 * The origin of an entry at a line. Written out, not spread: V8 gives a spread copy a large
 * property store, four times the size of the literal, and a file of 100k terms keeps them all.
 */
function atLine(origin: Origin, line: number): Origin {
  return origin.file === undefined ? { layer: origin.layer, line } : { layer: origin.layer, file: origin.file, line };
}

/**
 * What claiming a form for the term being merged needs. One for each layer, its `termId` set
 * for each entry: closures made for each of 100k terms were a tenth of the merge's garbage.
 */
interface Claims {
  termId: string;
  owners: FormOwners;
  /** Reports a form left out, at the entry being merged. */
  problem: (message: string) => void;
}

/** Which term owns each form key while layers are merged. */
interface FormOwners {
  /** A form's key is the trie node its tokens lead to. */
  forms: FormTrie;
  /** Term ids by node; nodes are numbered as they are added, so the array stays dense. */
  byNode: (string | undefined)[];
}

// Field by field rather than in loops over field names: a property named in the code is much
// cheaper than one looked up by a variable, 100k times over.
function applyPatch(term: Term, patch: TermPatch, origin: Origin, byEntry: boolean, claims: Claims): void {
  const { label, kind, definition, source } = patch;
  const { owners } = claims;
  const labelKey = label === undefined ? 0 : claimForm(label, claims);
  if (labelKey) {
    // A label changed only in case or number (Hepatocyte for hepatocyte) has the key the old one
    // had: released, it was free for another term, whose form then never named it.
    const oldKey = term.label ? owners.forms.keyNode(term.label) : 0;
    if (oldKey && oldKey !== labelKey) releaseKey(oldKey, term.id, owners);
    term.label = label!;
    setOrigin(term, 'label', origin, byEntry);
  }
  if (kind !== undefined) {
    term.kind = kind;
    setOrigin(term, 'kind', origin, byEntry);
  }
  if (definition !== undefined) {
    term.definition = definition;
    setOrigin(term, 'definition', origin, byEntry);
  }
  if (source !== undefined) {
    term.source = source;
    setOrigin(term, 'source', origin, byEntry);
  }
  if (patch.deprecated?.length) {
    // Each list once, with sets: looking every synonym up again for each deprecated form, 10,000
    // of them against 20,000 synonyms made 100M lookups, whose record ran V8 out of array size.
    const keys = new Set(patch.deprecated.map((form) => owners.forms.keyNode(form)));
    if (term.synonyms.length) {
      const synonyms = term.synonyms.filter((s) => !keys.has(owners.forms.keyNode(s)));
      if (synonyms.length !== term.synonyms.length) term.synonyms = synonyms;
    }
    if (term.abbreviations.length) {
      const forms = new Set(patch.deprecated);
      if (term.abbreviations.some((a) => forms.has(a))) term.abbreviations = term.abbreviations.filter((a) => !forms.has(a));
    }
    for (const key of keys) releaseKey(key, term.id, owners);
  }
  if (patch.abbreviations) {
    term.abbreviations = withAdded(term.abbreviations, patch.abbreviations, claims, true);
    setOrigin(term, 'abbreviations', origin, byEntry);
  }
  if (patch.synonyms) {
    term.synonyms = withAdded(term.synonyms, patch.synonyms, claims);
    setOrigin(term, 'synonyms', origin, byEntry);
  }
  if (patch.deprecated) {
    term.deprecated = withAdded(term.deprecated, patch.deprecated, claims);
    setOrigin(term, 'deprecated', origin, byEntry);
  }
  if (patch.related) {
    term.related = withAdded(term.related, patch.related);
    setOrigin(term, 'related', origin, byEntry);
  }
  if (patch.xrefs) {
    term.xrefs = withAdded(term.xrefs, patch.xrefs);
    setOrigin(term, 'xrefs', origin, byEntry);
  }
  if (patch.ambiguous) {
    const replaced = new Set(patch.ambiguous.map((b) => b.form));
    term.ambiguous = [...term.ambiguous.filter((a) => !replaced.has(a.form)), ...patch.ambiguous];
    setOrigin(term, 'ambiguous', origin, byEntry);
  }
}

/**
 * The list with the values it lacks, as a new list (merging never changes one in place); forms
 * only if the term can claim them, when `claims` is given. The layer's own list serves when all
 * of it is taken: a file of 100k terms keeps one copy. A list of the values taken is made only
 * once one is left out: one for each of 300k lists was a fifth of the merge's garbage.
 */
function withAdded(list: string[], values: string[], claims?: Claims, caseSensitive = false): string[] {
  if (list.length + values.length > shortList) return withAddedToLong(list, values, claims, caseSensitive);
  /** The values taken; until it is made, every value before the `i`th. */
  let added: string[] | undefined;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const repeated = list.includes(value) || (added ? added.includes(value) : values.indexOf(value) < i);
    if (!repeated && (!claims || claimForm(value, claims, caseSensitive))) added?.push(value);
    else added ??= values.slice(0, i);
  }
  const taken = added ?? values;
  if (taken.length === 0) return list;
  return list.length === 0 ? taken : [...list, ...taken];
}

/** Lists this long are merged with a set (`withAddedToLong`); most lists are a few forms, for which a set costs more than it saves. */
const shortList = 32;

/**
 * `withAdded` with a set of the values met: comparing each value with every earlier one took
 * 1.1 s for a term of 50,000 synonyms, and grows with the square. A value repeated in `values`
 * is taken once (a layer the schema passed has none).
 */
function withAddedToLong(list: string[], values: string[], claims: Claims | undefined, caseSensitive: boolean): string[] {
  const met = new Set(list);
  const taken: string[] = [];
  for (const value of values) {
    if (met.has(value)) continue;
    met.add(value);
    if (!claims || claimForm(value, claims, caseSensitive)) taken.push(value);
  }
  if (taken.length === 0) return list;
  if (list.length === 0) return taken.length === values.length ? values : taken;
  return [...list, ...taken];
}

/**
 * Claims a form for the term: its key (a trie node), or 0 when another term has it or it has no
 * key. Abbreviations are recognized by case: their exact tokens are kept for the index (`FormTrie.keyNode`).
 */
function claimForm(form: string, { termId, owners, problem }: Claims, caseSensitive = false): number {
  const { forms, byNode } = owners;
  const key = forms.keyNode(form, caseSensitive);
  if (!key) {
    problem(`'${form}' has no letters or digits, so it can never be recognized.`);
    return 0;
  }
  const owner = byNode[key];
  if (owner && owner !== termId) {
    problem(`'${form}' already names term '${owner}'; a form may belong to one term only.`);
    return 0;
  }
  byNode[key] = termId;
  return key;
}

function releaseKey(key: number, termId: string, { byNode }: FormOwners): void {
  if (byNode[key] === termId) byNode[key] = undefined;
}
