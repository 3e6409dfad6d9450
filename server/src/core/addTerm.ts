import { applyEdits as applyJsonEdits, findNodeAtLocation, modify as modifyJson, parseTree, type FormattingOptions, type Node as JsonNode } from 'jsonc-parser';
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';
import type { TermKind, TermMatch, TextEditOffsets } from './types';
import { greekNames } from './matcher';
import { isStackOverflow, yamlNestsTooDeeply } from './stack';
import { jsonText } from './jsonText';
import { partitionPoint } from './sorted';
import { repeatedYamlKey } from './vocabulary';

/** Edits to one file, for a code action that touches files other than the note. */
export interface FileChange {
  uri: string;
  /** The file does not exist yet: the action creates it, then inserts the edits' text. */
  create: boolean;
  /** The file's current text (empty when created): the edits' offsets are into it. */
  text: string;
  /** The open document's version, when the file is open in the editor. */
  version?: number;
  edits: TextEditOffsets[];
}

/** A word of prose that looks like a term (an acronym, a gene or miRNA name) but is not one. */
export interface UnknownTermCandidate {
  start: number;
  end: number;
  word: string;
}

/** A new entry for a vocabulary file, in the order its fields are written. */
export interface NewTermEntry {
  id: string;
  label: string;
  kind: TermKind;
  abbreviations?: string[];
  definition: string;
  source: string;
}

const wordPattern = /[\p{L}\p{N}]+(?:[-‐‑][\p{L}\p{N}]+)*/gu;
const romanNumeral = /^[IVXLCDM]+$/;

/**
 * Whether a word reads like a molecule or cell name rather than an ordinary word: an uppercase
 * letter after the first character (c-Met, ERK, NF-κB), a digit next to letters (STAT3, CD44),
 * or a miRNA name (miR-21, let-7).
 */
export function looksLikeTerm(word: string): boolean {
  if (word.length < 2 || !/\p{L}/u.test(word)) return false;
  if (/^(?:miR|let)-\d/i.test(word)) return true;
  if (romanNumeral.test(word)) return false;
  return /\p{Lu}/u.test(word.slice(1)) || (/\p{N}/u.test(word) && /\p{L}/u.test(word));
}

/**
 * Words in `[from, to)` of the masked prose that look like terms and are not part of a
 * recognized term (`terms` in document order, as `findTerms` gives them). `masked` is the prose
 * map's masked text, so code and URLs never count.
 */
export function findUnknownTermCandidates(masked: string, terms: readonly TermMatch[], from = 0, to = masked.length): UnknownTermCandidate[] {
  // A whole word must be read even when the range starts or ends inside it.
  while (from > 0 && /[\p{L}\p{N}-]/u.test(masked[from - 1])) from--;
  while (to < masked.length && /[\p{L}\p{N}-]/u.test(masked[to])) to++;
  const candidates: UnknownTermCandidate[] = [];
  wordPattern.lastIndex = 0;
  const slice = masked.slice(from, to);
  for (const m of slice.matchAll(wordPattern)) {
    let word = m[0];
    const start = from + m.index;
    // A plural of an acronym (ERKs) names the acronym.
    if (/[\p{Lu}\p{N}]s$/u.test(word) && word.length > 2) word = word.slice(0, -1);
    const end = start + word.length;
    if (!looksLikeTerm(word) || !makesEntry(word)) continue;
    // Terms come in order and do not overlap: the first that ends after the word's start is the one
    // it could overlap. (Looking through all of them for each word grew with words × terms: 20,000 of each, 0.65 s.)
    const next = terms[partitionPoint(terms, (t) => t.end <= start)];
    if (next && next.start < start + m[0].length) continue;
    candidates.push({ start, end, word });
  }
  return candidates;
}

/** The schema's limits on an id and on a form (`vocabulary.schema.json`). */
const idPattern = /^[a-z0-9][a-z0-9-]*$/;
const maxIdLength = 100;
const maxFormLength = 200;

/**
 * Whether the word makes an entry the schema takes: a word of other letters than Latin and Greek
 * (ДНК) has no id, and a very long one (a DNA sequence) an id or label over the limits. An entry
 * the schema refuses would make the whole file be refused, and every term in it with it.
 */
function makesEntry(word: string): boolean {
  return word.length <= maxFormLength && validId(termIdFor(word));
}

function validId(id: string): boolean {
  return id.length <= maxIdLength && idPattern.test(id);
}

/** The vocabulary id for a word: lowercase, Greek letters spelled out, hyphens between parts (TGF-β1 → tgf-beta1). */
export function termIdFor(word: string): string {
  const spelled = [...word.normalize('NFKC').toLowerCase()].map((c) => greekNames[c] ?? c).join('');
  return spelled
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The entry "Add '<word>' to the team vocabulary" writes: the word as label, and as abbreviation when case matters. */
export function newTermEntry(word: string, kind: TermKind): NewTermEntry {
  return {
    id: termIdFor(word),
    label: word,
    kind,
    ...(word !== word.toLowerCase() ? { abbreviations: [word] } : {}),
    definition: '',
    source: '',
  };
}

/**
 * Applies offset edits to a text (edits must not overlap; of two insertions at one offset the later
 * one goes first). In one pass: applied one by one, the 2,000 fixes of a 1 MB note each copied it.
 */
export function applyTextEdits(text: string, edits: readonly TextEditOffsets[]): string {
  const order = edits.map((_, i) => i).sort((a, b) => edits[a].start - edits[b].start || b - a);
  const parts: string[] = [];
  let at = 0;
  for (const i of order) {
    parts.push(text.slice(at, edits[i].start), edits[i].newText);
    at = edits[i].end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/**
 * The edits that add `entry` to a vocabulary file's `terms`, before the first term whose id sorts
 * after it, keeping every other byte (comments, quoting, line width) as it was. JSON files are
 * edited as JSON. Undefined when the file cannot take the entry: it does not parse, is not a
 * vocabulary, or already has the id.
 */
export function addTermEdits(text: string, fileName: string, entry: NewTermEntry): TextEditOffsets[] | undefined {
  if (!validId(entry.id) || entry.label.length > maxFormLength || !/\S/.test(entry.label)) return undefined;
  return unlessTooDeep(() => (/\.json$/i.test(fileName) ? addTermToJson(text, entry) : addTermToYaml(text, entry)));
}

/** What `edit` makes, or undefined when the file is nested too deeply to be parsed. */
function unlessTooDeep(edit: () => TextEditOffsets[] | undefined): TextEditOffsets[] | undefined {
  try {
    return edit();
  } catch (error) {
    if (isStackOverflow(error)) return undefined;
    throw error;
  }
}

function addTermToYaml(text: string, entry: NewTermEntry): TextEditOffsets[] | undefined {
  // Edited, not only read: typed as a plain document rather than a parsed one.
  if (yamlNestsTooDeeply(text)) return undefined;
  const doc: Document = parseDocument(text, { uniqueKeys: false });
  if (doc.errors.length > 0 || repeatedYamlKey(doc)) return undefined;
  const contents = doc.contents;
  // Written with the file's line breaks: an editor other than VS Code applies the edit as it is.
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const whole = (newDoc: Document): TextEditOffsets[] => [{ start: 0, end: text.length, newText: withLineBreaks(newDoc.toString({ lineWidth: 0 }), eol) }];
  if (contents === null || (isScalar(contents) && (contents.value === null || contents.value === ''))) {
    doc.contents = doc.createNode({ terms: [entryNode(doc, entry)] });
    return whole(doc);
  }
  if (!isMap<unknown, unknown>(contents)) return undefined;
  const terms = contents.get('terms', true);
  if (terms === undefined || (isScalar(terms) && terms.value === null)) {
    const list = doc.createNode([entryNode(doc, entry)]);
    // `terms:   # to fill`: the comment is the empty value's, and goes with the list that replaces it.
    if (terms) {
      list.commentBefore = terms.commentBefore;
      list.comment = terms.comment;
    }
    contents.set('terms', list);
    return whole(doc);
  }
  if (!isSeq(terms)) return undefined;
  const ids = terms.items.map((item) => (isMap(item) ? item.get('id') : undefined));
  if (ids.includes(entry.id)) return undefined;
  const at = ids.findIndex((id) => typeof id === 'string' && id > entry.id);
  if (terms.flow || terms.items.length === 0) {
    terms.flow = false;
    terms.items.splice(at < 0 ? terms.items.length : at, 0, entryNode(doc, entry));
    return whole(doc);
  }
  // Insert the entry as text, so the rest of the file stays byte for byte as the team wrote it.
  const anchor = terms.items[at < 0 ? terms.items.length - 1 : at];
  const range = (anchor as { range?: [number, number, number] }).range;
  if (!range) return undefined;
  const itemLine = text.lastIndexOf('\n', range[0] - 1) + 1;
  const prefix = text.slice(itemLine, range[0]);
  const dash = /^(\s*)-\s+$/.exec(prefix);
  if (!dash) return undefined;
  const indent = dash[1];
  const rendered = withLineBreaks(renderYamlItem(entry, indent, doc.directives?.yaml.version), eol);
  if (at >= 0) {
    // Comment lines right above the next item describe it: the new entry goes above them, but
    // not into the item before, whose block or quoted text may hold lines that start with `#`.
    const floor = at > 0 ? ((terms.items[at - 1] as { range?: [number, number, number] }).range?.[1] ?? itemLine) : 0;
    let insertAt = itemLine;
    for (;;) {
      const previousLine = text.lastIndexOf('\n', insertAt - 2) + 1;
      if (insertAt === 0 || previousLine < floor || !/^\s*#/.test(text.slice(previousLine, insertAt - 1))) break;
      insertAt = previousLine;
    }
    return [{ start: insertAt, end: insertAt, newText: rendered }];
  }
  let insertAt = range[1];
  if (text[insertAt - 1] !== '\n') {
    const newline = text.indexOf('\n', insertAt);
    if (newline < 0) return [{ start: text.length, end: text.length, newText: `${eol}${rendered}` }];
    insertAt = newline + 1;
  }
  return [{ start: insertAt, end: insertAt, newText: rendered }];
}

/** The entry as a YAML node: lists in flow style (`abbreviations: [HGF]`), as the built-in data writes them. */
function entryNode(doc: Document, entry: NewTermEntry) {
  const node = doc.createNode(entry);
  for (const pair of node.items) if (isSeq(pair.value)) pair.value.flow = true;
  return node;
}

/**
 * The entry as an item of the file's `terms`, indented by `indent`. Rendered for the file's YAML
 * `version`: under `%YAML 1.1`, `NO` (nitric oxide) unquoted would read as false.
 */
function renderYamlItem(entry: NewTermEntry, indent: string, version: '1.1' | '1.2' | 'next' | undefined): string {
  const single = new Document(undefined, { version: version ?? '1.2' });
  single.contents = entryNode(single, entry);
  const lines = single.toString({ lineWidth: 0, flowCollectionPadding: false }).trimEnd().split('\n');
  return lines.map((line, i) => `${indent}${i === 0 ? '- ' : '  '}${line}`).join('\n') + '\n';
}

function withLineBreaks(text: string, eol: string): string {
  return eol === '\n' ? text : text.replace(/\r?\n/g, eol);
}

function addTermToJson(file: string, entry: NewTermEntry): TextEditOffsets[] | undefined {
  const text = jsonText(file);
  const formatting = jsonFormatting(text);
  if (text.trim() === '') {
    return [{ start: 0, end: text.length, newText: JSON.stringify({ terms: [entry] }, null, formatting.insertSpaces ? formatting.tabSize : '\t') + '\n' }];
  }
  const errors: { error: number }[] = [];
  const root = parseTree(text, errors as never, { allowTrailingComma: true });
  if (!root || errors.length > 0 || root.type !== 'object' || repeatsKey(root, 'terms')) return undefined;
  const terms = findNodeAtLocation(root, ['terms']);
  if (terms && terms.type !== 'array') return undefined;
  const ids = (terms?.children ?? []).map((item) => findNodeAtLocation(item, ['id'])?.value as unknown);
  if (ids.includes(entry.id)) return undefined;
  const at = ids.findIndex((id) => typeof id === 'string' && id > entry.id);
  const formattingOptions = oneLine(text, terms ?? root) ? undefined : formatting;
  const edits = terms
    ? modifyJson(text, ['terms', at < 0 ? ids.length : at], entry, { isArrayInsertion: true, formattingOptions })
    : modifyJson(text, ['terms'], [entry], { formattingOptions });
  return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
}

/**
 * Whether the object names `key` twice: the edit would go into the first, where jsonc-parser
 * looks, while JSON.parse and VS Code read the last, so the added value would not be read.
 */
function repeatsKey(object: JsonNode, key: string): boolean {
  return (object.children ?? []).filter((property) => property.children?.[0]?.value === key).length > 1;
}

/**
 * Whether the node is written on one line (a generated file often is): then the entry goes in
 * as compact JSON, as the file writes it. jsonc-parser formats the whole line around an edit, and
 * on a line of the whole file it made an edit for every token and applied them one by one: a
 * file of 0.3 MB took 13 s, one of 1.2 MB three minutes.
 */
function oneLine(text: string, node: { offset: number; length: number }): boolean {
  const lineBreak = text.indexOf('\n', node.offset);
  return lineBreak < 0 || lineBreak >= node.offset + node.length;
}

function jsonFormatting(text: string): FormattingOptions {
  const indented = /\n([ \t]+)\S/.exec(text);
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  if (indented?.[1].startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indented ? indented[1].length : 2, eol };
}

/**
 * The edits that add `value` to the list setting `key` of a VS Code settings file (JSON with
 * comments), keeping its comments; nothing when the value is already listed. Undefined when the
 * file is not a JSON object (broken, or `[]`): it cannot be edited safely.
 */
export function addToSettingsList(file: string, key: string, value: string): TextEditOffsets[] | undefined {
  return unlessTooDeep(() => settingsListEdits(file, key, value));
}

function settingsListEdits(file: string, key: string, value: string): TextEditOffsets[] | undefined {
  const text = jsonText(file);
  const formatting = jsonFormatting(text);
  const source = text.trim() === '' ? '{}' : text;
  const errors: { error: number }[] = [];
  const root = parseTree(source, errors as never, { allowTrailingComma: true });
  if (!root || errors.length > 0 || root.type !== 'object' || repeatsKey(root, key)) return undefined;
  const current = findNodeAtLocation(root, [key]);
  const list = current?.type === 'array' ? (current.children ?? []).map((c) => c.value as unknown) : undefined;
  if (list?.includes(value)) return [];
  const formattingOptions = source !== text || !oneLine(source, root) ? formatting : undefined;
  const edits = list ? modifyJson(source, [key, list.length], value, { isArrayInsertion: true, formattingOptions }) : modifyJson(source, [key], [value], { formattingOptions });
  if (source === text) return edits.map((e) => ({ start: e.offset, end: e.offset + e.length, newText: e.content }));
  return [{ start: 0, end: text.length, newText: applyJsonEdits(source, edits) + '\n' }];
}
