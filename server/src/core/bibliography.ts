import { isMap, isScalar, isSeq, LineCounter, parseDocument, type YAMLMap } from 'yaml';
import { citedKeyAt, citedKeys, keysWritten, type CitationOptions, type CitedKey } from './citations';
import { parse as parseJsonc, printParseErrorCode, visit as visitJson, type ParseError } from 'jsonc-parser';
import { jsonText, jsonTextToScan } from './jsonText';
import { createLineIndex } from './lines';
import { clipped, listed } from './listing';
import { frontMatterEnd, type OffsetRange, type ProseMap } from './markdown';
import { ownCopy, ownText } from './ownText';
import { partitionPoint } from './sorted';
import { yamlNestsTooDeeply } from './stack';
import { maxYamlLength } from './vocabulary';
import type { Finding } from './types';

/**
 * One entry of a bibliography, with only what a hover and completion show: a bibliography of
 * 50,000 entries (a Zotero export of 20 MB) is kept as these, not as its text or a syntax tree.
 */
export interface BibEntry {
  key: string;
  /** Names of the authors (or editors), as written, the first `maxNames`. */
  authors: string[];
  /** How many more authors there are. */
  moreAuthors: number;
  /** Whether the list ends in "and others" (BibTeX's et al.): more authors, not named. */
  others?: true;
  year?: string;
  title?: string;
  /** The journal, book or proceedings. */
  container?: string;
  /** The entry's keywords as written (BibTeX `keywords`, CSL `keyword`), which cite suggestions read beside the title. */
  keywords?: string;
  doi?: string;
  /**
   * The file as the reader was given it: its path in the server and the CLI, where Go to
   * Definition leads. Hovers show its name (`refs.bib`). One string for all the entries of a file.
   */
  file: string;
  /** Zero-based line where the entry starts. */
  line: number;
}

/** Something wrong in a bibliography file: an entry that could not be read (the others are kept), or the file itself. */
export interface BibliographyProblem {
  message: string;
  /** Zero-based line. */
  line: number;
}

export type BibliographyFormat = 'bibtex' | 'csl-json' | 'csl-yaml';

/** The entries of the bibliographies that apply to a note, by key. */
export interface Bibliography {
  entries: ReadonlyMap<string, BibEntry>;
}

/** Authors kept per entry; a hover counts the rest. */
const maxNames = 20;
/** Characters kept of a title or container: a hover needs no abstract-long title. */
const maxFieldLength = 500;

/** The format of a bibliography file by its name, as Pandoc tells them: `.bib`/`.bibtex` (BibTeX, BibLaTeX), `.json` (CSL-JSON), `.yaml`/`.yml` (CSL-YAML). */
export function bibliographyFormatOf(fileName: string): BibliographyFormat | undefined {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1].toLowerCase();
  if (ext === 'bib' || ext === 'bibtex') return 'bibtex';
  if (ext === 'json') return 'csl-json';
  if (ext === 'yaml' || ext === 'yml') return 'csl-yaml';
  return undefined;
}

/** Reads a bibliography file of `format`: every entry that can be read, and a problem for each that cannot. Never throws. */
export function parseBibliography(text: string, format: BibliographyFormat, file: string): { entries: BibEntry[]; problems: BibliographyProblem[] } {
  if (format === 'bibtex') return parseBibtex(text, file);
  if (format === 'csl-json') return parseCslJson(text, file);
  return parseCslYaml(text, file);
}

/** The entries of a list of parsed files, by key: the first file that has a key wins, as Pandoc reads them. */
export function mergeBibliographies(files: readonly (readonly BibEntry[])[]): Bibliography {
  const entries = new Map<string, BibEntry>();
  for (const list of files) for (const entry of list) if (!entries.has(entry.key)) entries.set(entry.key, entry);
  return { entries };
}

// ---------------------------------------------------------------------------------------------
// BibTeX and BibLaTeX

const macroMonths: Record<string, string> = { jan: 'January', feb: 'February', mar: 'March', apr: 'April', may: 'May', jun: 'June', jul: 'July', aug: 'August', sep: 'September', oct: 'October', nov: 'November', dec: 'December' };

/** An entry type and its opening delimiter: `@article{`, `@Book (`. */
const entryStart = /@[ \t]*([A-Za-z][\w-]*)[ \t\r\n]*([{(])/y;
/** Where a line starts an entry: a value that runs into one was not closed. */
const lineEntryStartSource = '\\n[ \\t]*@[ \\t]*[A-Za-z][\\w-]*[ \\t]*[{(]';
/** The next line that starts an entry, from where reading resumes after a broken one. */
const lineEntryStart = new RegExp(lineEntryStartSource, 'g');
/** Whether the line after a line break starts an entry, at that break only. */
const lineEntryStartAt = new RegExp(lineEntryStartSource, 'y');

/** A parse failure inside one entry: the scanner goes on at the next line that starts an entry. */
class EntryError extends Error {}

/**
 * BibTeX and BibLaTeX: `@type{key, field = {value} # "more" # macro, …}` and `@type(…)`;
 * `@string` macros (and the month abbreviations), `@comment` and `@preamble`; text outside
 * entries is a comment, as BibTeX reads it. An entry that cannot be read (a value not closed, no
 * key) is a problem at its line, and reading goes on at the next line that starts an entry, so
 * every other entry is kept. Linear in the text.
 */
export function parseBibtex(text: string, file: string): { entries: BibEntry[]; problems: BibliographyProblem[] } {
  const { lineOf } = createLineIndex(text);
  const entries: BibEntry[] = [];
  const problems: BibliographyProblem[] = [];
  const macros = new Map<string, string>(Object.entries(macroMonths));
  const seen = new Set<string>();
  /** Each entry's type (one string per type), for what it inherits through `crossref` or `xdata`. */
  const types: string[] = [];
  const typeNames = new Map<string, string>();
  const xdata = new Map<string, BibEntry>();
  const links: CrossLink[] = [];
  let at = 0;
  for (;;) {
    const next = text.indexOf('@', at);
    if (next === -1) break;
    entryStart.lastIndex = next;
    const m = entryStart.exec(text);
    if (!m) {
      at = next + 1;
      continue;
    }
    const type = m[1].toLowerCase();
    const close = m[2] === '{' ? '}' : ')';
    const reader = new BibtexReader(text, entryStart.lastIndex, close, macros);
    try {
      if (type === 'comment') {
        at = reader.skipBalanced();
        continue;
      }
      if (type === 'preamble') {
        reader.value();
        at = reader.close();
        continue;
      }
      if (type === 'string') {
        const name = reader.name();
        reader.expect('=');
        macros.set(name.toLowerCase(), reader.value());
        at = reader.close();
        continue;
      }
      const key = reader.key();
      const fields = reader.fields();
      at = reader.pos;
      if (seen.has(key)) {
        problems.push({ message: `The key '${clipped(key)}' is used by an earlier entry; this one was ignored.`, line: lineOf(next) });
        continue;
      }
      seen.add(key);
      const entry = ownEntry(bibtexEntry(key, fields, file, lineOf(next)));
      const parents = [...splitKeys(fields.get('crossref')), ...splitKeys(fields.get('xdata'))];
      if (!typeNames.has(type)) typeNames.set(type, type);
      if (parents.length > 0) links.push({ entry, type: typeNames.get(type)!, parents });
      // An @xdata entry only lends its fields: it is no entry a note can cite (biber, Pandoc).
      if (type === 'xdata') {
        xdata.set(key, entry);
        continue;
      }
      entries.push(entry);
      types.push(typeNames.get(type)!);
    } catch (error) {
      if (!(error instanceof EntryError)) throw error;
      problems.push({ message: `The @${m[1]} entry here cannot be read (${error.message}); it was skipped.`, line: lineOf(next) });
      lineEntryStart.lastIndex = entryStart.lastIndex;
      const resume = lineEntryStart.exec(text);
      at = resume ? resume.index + 1 : text.length;
    }
  }
  if (links.length > 0) inheritFromParents(entries, types, xdata, links);
  return { entries, problems };
}

/** An entry that names others to inherit from, in `crossref` or `xdata`. */
interface CrossLink {
  entry: BibEntry;
  type: string;
  parents: string[];
}

/** The keys of a `crossref` or `xdata` field, split at commas and spaces, as Pandoc splits them. */
function splitKeys(value: string | undefined): string[] {
  return value ? value.split(/[\s,]+/).filter((k) => k !== '') : [];
}

/**
 * What each entry with a `crossref` or `xdata` lacks of what a hover shows, taken from the entries
 * it names in the same file, as biber and Pandoc resolve them: authors, year, DOI, and the
 * container, which is the parent's title where BibLaTeX maps it so (`@proceedings` to
 * `@inproceedings`: title to booktitle). A parent's own parents come first; a cycle stops where
 * it comes back to an entry.
 */
function inheritFromParents(entries: readonly BibEntry[], types: readonly string[], xdata: ReadonlyMap<string, BibEntry>, links: readonly CrossLink[]): void {
  const byKey = new Map<string, { entry: BibEntry; type: string }>();
  entries.forEach((entry, i) => byKey.set(entry.key, { entry, type: types[i] }));
  for (const [key, entry] of xdata) byKey.set(key, { entry, type: 'xdata' });
  const linkOf = new Map(links.map((link) => [link.entry.key, link]));
  const started = new Set<string>();
  // Depth first with a stack of our own, as a chain of 50,000 would overflow the call stack; each
  // entry is resolved once, so a chain cut at a depth left the entries it passed without what it ends with.
  for (const first of links) {
    if (started.has(first.entry.key)) continue;
    started.add(first.entry.key);
    const stack = [{ link: first, next: 0 }];
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top.next === top.link.parents.length) {
        stack.pop();
        continue;
      }
      const key = top.link.parents[top.next];
      const parent = byKey.get(key);
      if (!parent || parent.entry === top.link.entry) {
        top.next++;
        continue;
      }
      const parentLink = linkOf.get(key);
      if (parentLink && !started.has(key)) {
        started.add(key);
        stack.push({ link: parentLink, next: 0 });
        continue;
      }
      top.next++;
      inherit(top.link.entry, top.link.type, parent.entry, parent.type);
    }
  }
}

function inherit(child: BibEntry, childType: string, parent: BibEntry, parentType: string): void {
  if (child.authors.length === 0 && !child.others) {
    child.authors = parent.authors;
    child.moreAuthors = parent.moreAuthors;
    if (parent.others) child.others = true;
  }
  child.year ??= parent.year;
  child.doi ??= parent.doi;
  const title = parentTitleBecomes(parentType, childType);
  if (title === 'container') child.container ??= parent.title;
  else if (title === 'title') child.title ??= parent.title;
  child.container ??= parent.container;
}

/**
 * What a parent's title is to a child of these types, by BibLaTeX's inheritance rules as Pandoc
 * applies them: the container (a book's title is its chapter's booktitle, a periodical's its
 * article's journaltitle), nothing the hover shows (a multi-volume work's maintitle), or the title.
 */
function parentTitleBecomes(parentType: string, childType: string): 'container' | 'title' | 'none' {
  const pairs = containerTitles.get(parentType);
  if (pairs?.container.includes(childType)) return 'container';
  if (pairs?.none.includes(childType)) return 'none';
  return 'title';
}

// A map, not an object: an entry type is the file's text, and `@constructor` is one.
const containerTitles = new Map<string, { container: readonly string[]; none: readonly string[] }>([
  ['book', { container: ['inbook', 'bookinbook', 'suppbook'], none: [] }],
  ['collection', { container: ['incollection', 'inreference', 'suppcollection'], none: [] }],
  ['reference', { container: ['incollection', 'inreference', 'suppcollection'], none: [] }],
  ['proceedings', { container: ['inproceedings'], none: [] }],
  ['periodical', { container: ['article', 'suppperiodical'], none: [] }],
  ['mvbook', { container: [], none: ['book', 'inbook', 'bookinbook', 'suppbook'] }],
  ['mvcollection', { container: [], none: ['collection', 'reference', 'incollection', 'inreference', 'suppcollection'] }],
  ['mvreference', { container: [], none: ['collection', 'reference', 'incollection', 'inreference', 'suppcollection'] }],
  ['mvproceedings', { container: [], none: ['proceedings', 'inproceedings'] }],
]);

/** Reads the inside of one BibTeX entry from `pos`; throws an `EntryError` on what it cannot read. */
class BibtexReader {
  pos: number;
  constructor(
    readonly text: string,
    start: number,
    readonly closer: '}' | ')',
    readonly macros: ReadonlyMap<string, string>,
  ) {
    this.pos = start;
  }

  /** Past white space and `%` comments, which run to the end of their line (Pandoc and biber read a field commented out so). */
  skipSpace(): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.pos++;
      else if (c === 37) this.pos = lineEnd(t, this.pos);
      else break;
    }
  }

  expect(c: string): void {
    this.skipSpace();
    if (this.text[this.pos] !== c) throw new EntryError(`'${c}' expected${this.where()}`);
    this.pos++;
  }

  where(): string {
    const found = this.text.slice(this.pos, this.pos + 20).replace(/\s+/g, ' ');
    return this.pos >= this.text.length ? ' before the end of the file' : `, found '${found}'`;
  }

  /** The entry's key, up to its comma (an entry of no fields may close right after it). */
  key(): string {
    this.skipSpace();
    const start = this.pos;
    const t = this.text;
    this.pos = bibtexKeyEnd(t, start);
    const key = t.slice(start, this.pos);
    if (!key) throw new EntryError(`no key${this.where()}`);
    this.skipSpace();
    if (t[this.pos] === ',') this.pos++;
    else if (t[this.pos] !== this.closer) throw new EntryError(`',' expected after the key '${clipped(key)}'${this.where()}`);
    return key;
  }

  /** A field or macro name. */
  name(): string {
    this.skipSpace();
    const start = this.pos;
    while (this.pos < this.text.length && /[^\s,{}()="#%]/.test(this.text[this.pos])) this.pos++;
    if (this.pos === start) throw new EntryError(`a field name expected${this.where()}`);
    return this.text.slice(start, this.pos);
  }

  /** `name = value, …` up to the entry's closer, which is read. */
  fields(): Map<string, string> {
    const fields = new Map<string, string>();
    for (;;) {
      this.skipSpace();
      if (this.text[this.pos] === this.closer) {
        this.pos++;
        return fields;
      }
      if (this.pos >= this.text.length) throw new EntryError(`'${this.closer}' expected before the end of the file`);
      const name = this.name().toLowerCase();
      this.expect('=');
      const value = this.value();
      if (!fields.has(name)) fields.set(name, value);
      this.skipSpace();
      if (this.text[this.pos] === ',') this.pos++;
      else if (this.text[this.pos] !== this.closer) throw new EntryError(`',' or '${this.closer}' expected after the field '${clipped(name)}'${this.where()}`);
    }
  }

  /** A value: parts joined by `#`, each braced, quoted, a number or a macro. */
  value(): string {
    let out = '';
    for (;;) {
      this.skipSpace();
      const c = this.text[this.pos];
      if (c === '{') out += this.delimited('{', '}');
      else if (c === '"') out += this.delimited('"', '"');
      else if (c !== undefined && /[\w.:+/-]/.test(c)) {
        const word = this.name();
        out += /^\d+$/.test(word) ? word : (this.macros.get(word.toLowerCase()) ?? '');
      } else throw new EntryError(`a value expected${this.where()}`);
      this.skipSpace();
      if (this.text[this.pos] !== '#') return out;
      this.pos++;
    }
  }

  /**
   * A `{…}` or `"…"` value, its inner braces kept (they matter for names). A line that starts an
   * entry ends it as not closed: one missing brace would take every entry after it along.
   */
  delimited(open: string, close: string): string {
    const t = this.text;
    const start = ++this.pos;
    let depth = 0;
    for (; this.pos < t.length; this.pos++) {
      const c = t[this.pos];
      if (c === '\\') {
        this.pos++;
      } else if (c === '{') {
        depth++;
      } else if (c === '}' && depth > 0) {
        depth--;
      } else if (c === close && depth === 0) {
        return t.slice(start, this.pos++);
      } else if (c === '}') {
        throw new EntryError(`unbalanced '}' in a value`);
      } else if (c === '\n' && startsEntry(t, this.pos)) {
        break;
      }
    }
    throw new EntryError(`a value opened with '${open}' is not closed`);
  }

  /** Reads the rest of an `@string` or `@preamble` up to its closer. */
  close(): number {
    this.expect(this.closer);
    return this.pos;
  }

  /**
   * Past the balanced braces or parentheses of an `@comment`. A line that starts an entry ends it
   * as not closed, as it ends a value: one brace too many in a comment took every entry after it.
   */
  skipBalanced(): number {
    let depth = 1;
    const t = this.text;
    const [open, close] = this.closer === '}' ? ['{', '}'] : ['(', ')'];
    for (; this.pos < t.length; this.pos++) {
      const c = t[this.pos];
      if (c === open) depth++;
      else if (c === close && --depth === 0) return this.pos + 1;
      else if (c === '\n' && startsEntry(t, this.pos)) break;
    }
    throw new EntryError(`'${close}' expected before ${this.pos >= t.length ? 'the end of the file' : 'the next entry'}`);
  }
}

/** The offset of the line break that ends the line of `at`, or the end of the text. */
function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/**
 * Whether the line after the line break at `at` starts an entry. Sticky: a search onward from each
 * line break of a value read the rest of the file each time, and a value of 100,000 lines took 29 s.
 */
function startsEntry(text: string, at: number): boolean {
  lineEntryStartAt.lastIndex = at;
  return lineEntryStartAt.test(text);
}

function bibtexEntry(key: string, fields: ReadonlyMap<string, string>, file: string, line: number): BibEntry {
  const names = fields.get('author') ?? fields.get('editor');
  const authors = names ? bibtexNames(names) : [];
  // "and others" is BibTeX's "et al.", no author of that name.
  const others = authors.length > 1 && authors[authors.length - 1].toLowerCase() === 'others';
  if (others) authors.pop();
  const date = fields.get('year') ?? fields.get('date');
  const entry: BibEntry = { key, authors: authors.slice(0, maxNames).map(familyFirst), moreAuthors: Math.max(0, authors.length - maxNames), file, line };
  if (others) entry.others = true;
  const year = date && /\d{4}/.exec(date)?.[0];
  if (year) entry.year = year;
  const title = fields.get('title');
  if (title) entry.title = clipped(latexText(title), maxFieldLength);
  const container = fields.get('journal') ?? fields.get('journaltitle') ?? fields.get('booktitle');
  if (container) entry.container = clipped(latexText(container), maxFieldLength);
  const keywords = fields.get('keywords');
  if (keywords) entry.keywords = clipped(latexText(keywords), maxFieldLength);
  const doi = fields.get('doi');
  if (doi) entry.doi = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:)/i, '');
  return entry;
}

/** The entry with strings of its own: a key or title cut from a 20 MB file would keep all of it in memory. */
function ownEntry(entry: BibEntry): BibEntry {
  entry.key = ownCopy(entry.key);
  entry.authors = entry.authors.map(ownCopy);
  if (entry.year) entry.year = ownText(entry.year);
  if (entry.title) entry.title = ownCopy(entry.title);
  if (entry.container) entry.container = ownText(entry.container);
  if (entry.keywords) entry.keywords = ownCopy(entry.keywords);
  if (entry.doi) entry.doi = ownCopy(entry.doi);
  return entry;
}

/** The names of a BibTeX name list, split at `and` outside braces. */
function bibtexNames(value: string): string[] {
  const names: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (depth === 0 && /\s/.test(c) && /^\s+and\s/i.test(value.slice(i, i + 6))) {
      names.push(value.slice(start, i).trim());
      i += /^\s+and/i.exec(value.slice(i))![0].length;
      start = i;
    }
  }
  names.push(value.slice(start).trim());
  return names.filter((n) => n !== '');
}

/**
 * A BibTeX name as "Family, Given": "Smith, John" stays, "John Smith" turns, and a name written
 * in braces (`{World Health Organization}`) is one name, as BibTeX reads it.
 */
function familyFirst(name: string): string {
  if (/^\{[^{}]*\}$/.test(name) || name.includes(',')) return latexText(name);
  const words = latexText(name).split(' ');
  return words.length > 1 ? `${words[words.length - 1]}, ${words.slice(0, -1).join(' ')}` : words[0];
}

const accents: Record<string, string> = { '"': '\u0308', "'": '\u0301', '`': '\u0300', '^': '\u0302', '~': '\u0303', '=': '\u0304', '.': '\u0307', c: '\u0327', v: '\u030c', u: '\u0306', H: '\u030b' };

/** A BibTeX value as text: accents as letters (`\"{o}` is ö), commands and braces dropped, white space as one space. */
function latexText(value: string): string {
  return value
    .replace(/\\([`'^"~=.]|[cvuH](?=[\s{]))\s*(?:\{\s*([A-Za-z])\s*\}|([A-Za-z]))/g, (_, accent: string, braced?: string, bare?: string) => `${braced ?? bare}${accents[accent]}`)
    .replace(/\\(?:ss)\b/g, 'ß')
    .replace(/\\&/g, '&')
    .replace(/\\[A-Za-z]+\*?\s*/g, '')
    .replace(/\\(.)/g, '$1')
    .replace(/[{}]/g, '')
    .replace(/---?/g, (d) => (d.length === 3 ? '—' : '–'))
    .replace(/\s+/g, ' ')
    .trim()
    .normalize('NFC');
}

// ---------------------------------------------------------------------------------------------
// CSL-JSON and CSL-YAML

/** The `{` of each element of the top-level array of a JSON text, in order: each entry's line. */
function arrayElementStarts(text: string): number[] {
  const starts: number[] = [];
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++;
    } else if (c === 123 || c === 91) {
      if (c === 123 && depth === 1) starts.push(i);
      depth++;
    } else if (c === 125 || c === 93) {
      depth--;
    }
  }
  return starts;
}

/** CSL-JSON: an array of items (`id`, `author`, `issued`, `title`, `container-title`, `DOI`), as Zotero and Pandoc write it. */
export function parseCslJson(text: string, file: string): { entries: BibEntry[]; problems: BibliographyProblem[] } {
  let data: unknown;
  const json = jsonText(text);
  const { lineOf: lineAt } = createLineIndex(json);
  let broken: BibliographyProblem | undefined;
  try {
    data = JSON.parse(json);
  } catch (error) {
    // Read as far as it can be, as a BibTeX file is: a file with one missing comma lost every
    // entry, and every citation of the note was flagged.
    const errors: ParseError[] = [];
    data = parseJsonc(jsonTextToScan(text), errors, { allowTrailingComma: true });
    const first = errors[0];
    broken = first
      ? { message: `Invalid JSON: ${printParseErrorCode(first.error)}; the items that could be read around it were read.`, line: lineAt(first.offset) }
      : { message: `Invalid JSON: ${String((error as Error)?.message ?? error)}; the items that could be read were read.`, line: 0 };
  }
  const items = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.items) ? data.items : undefined;
  if (!items) return { entries: [], problems: [broken ?? { message: 'A CSL-JSON bibliography is a list of items; no entry of this file was read.', line: 0 }] };
  const starts = arrayElementStarts(json);
  const lineOf = (i: number) => (starts[i] === undefined ? 0 : lineAt(starts[i]));
  const read = cslEntries(items, file, lineOf);
  return broken ? { entries: read.entries, problems: [broken, ...read.problems] } : read;
}

/** CSL-YAML: a list of items, or a document whose `references` is one (Pandoc's form, also between `---` lines). */
export function parseCslYaml(text: string, file: string): { entries: BibEntry[]; problems: BibliographyProblem[] } {
  if (yamlNestsTooDeeply(text)) return { entries: [], problems: [{ message: 'Invalid YAML: nested too deeply to be read; no entry of this file was read.', line: 0 }] };
  // The YAML parser takes ~0.5 s and ~75 MB of memory per MB, as for vocabulary files.
  if (text.length > maxYamlLength) return { entries: [], problems: [{ message: `This CSL-YAML bibliography is over ${maxYamlLength / (1024 * 1024)} MB, more than can be read as YAML; export it as CSL-JSON or BibTeX.`, line: 0 }] };
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, '').replace(/^---[ \t]*\r?\n/, '').replace(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n[\s\S]*)?$/, '\n');
  const skipped = text.length - text.replace(/^\uFEFF/, '').length + (/^---[ \t]*\r?\n/.exec(text.replace(/^\uFEFF/, ''))?.[0].length ?? 0);
  const doc = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: false });
  const firstLine = text.slice(0, skipped).split('\n').length - 1;
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    return { entries: [], problems: [{ message: `Invalid YAML: ${e.message.split('\n')[0]}; no entry of this file was read.`, line: firstLine + lineCounter.linePos(e.pos[0]).line - 1 }] };
  }
  const root = doc.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get('references', true) : undefined;
  if (!isSeq(list)) return { entries: [], problems: [{ message: "A CSL-YAML bibliography is a list of items, or has them under 'references'; no entry of this file was read.", line: 0 }] };
  const items: unknown[] = list.items.map((item) => (isMap(item) || isSeq(item) || isScalar(item) ? item.toJSON() : item));
  const lineOf = (i: number) => {
    const range = (list.items[i] as { range?: readonly number[] } | undefined)?.range;
    return firstLine + (range ? lineCounter.linePos(range[0]).line - 1 : 0);
  };
  return cslEntries(items, file, lineOf);
}

function cslEntries(items: readonly unknown[], file: string, lineOf: (i: number) => number): { entries: BibEntry[]; problems: BibliographyProblem[] } {
  const entries: BibEntry[] = [];
  const problems: BibliographyProblem[] = [];
  const seen = new Set<string>();
  items.forEach((item, i) => {
    const id = isRecord(item) ? item.id : undefined;
    const key = typeof id === 'string' || typeof id === 'number' ? String(id) : '';
    if (!isRecord(item) || key === '') {
      problems.push({ message: 'An item without an id (its citation key) was skipped.', line: lineOf(i) });
      return;
    }
    if (seen.has(key)) {
      problems.push({ message: `The id '${clipped(key)}' is used by an earlier item; this one was ignored.`, line: lineOf(i) });
      return;
    }
    seen.add(key);
    entries.push(ownEntry(cslEntry(key, item, file, lineOf(i))));
  });
  return { entries, problems };
}

function cslEntry(key: string, item: Record<string, unknown>, file: string, line: number): BibEntry {
  const people = Array.isArray(item.author) ? item.author : Array.isArray(item.editor) ? item.editor : [];
  const names = people.map(cslName).filter((n): n is string => !!n);
  const entry: BibEntry = { key, authors: names.slice(0, maxNames), moreAuthors: Math.max(0, names.length - maxNames), file, line };
  const issued = item.issued;
  const parts = isRecord(issued) && Array.isArray(issued['date-parts']) && Array.isArray(issued['date-parts'][0]) ? issued['date-parts'][0][0] : undefined;
  const year = parts ?? (isRecord(issued) ? (issued.literal ?? issued.raw) : issued);
  const digits = year !== undefined && /\d{4}/.exec(String(year))?.[0];
  if (digits) entry.year = digits;
  if (typeof item.title === 'string') entry.title = clipped(cslText(item.title), maxFieldLength);
  const container = item['container-title'];
  if (typeof container === 'string') entry.container = clipped(cslText(container), maxFieldLength);
  if (typeof item.keyword === 'string') entry.keywords = clipped(cslText(item.keyword), maxFieldLength);
  const doi = item.DOI ?? item.doi;
  if (typeof doi === 'string') entry.doi = doi.trim();
  return entry;
}

/** CSL's rich text as text: its tags (`<i>in vivo</i>`, `<span class="nocase">`) dropped, as Zotero writes a species' name, white space as one space. */
function cslText(value: string): string {
  return value
    .replace(/<\/?(?:i|b|sup|sub|sc|span)(?:\s[^<>]*)?>/gi, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function cslName(person: unknown): string | undefined {
  if (!isRecord(person)) return undefined;
  if (typeof person.literal === 'string') return person.literal;
  const family = typeof person.family === 'string' ? person.family : undefined;
  const given = typeof person.given === 'string' ? person.given : undefined;
  return family ? (given ? `${family}, ${given}` : family) : given;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// ---------------------------------------------------------------------------------------------
// A note's own bibliography, and what it shows

/**
 * A note's YAML front matter as a YAML map, and the offset in the note where its text starts;
 * undefined when there is none, when it holds no `field` (not parsed then: most notes' front
 * matter names no bibliography), or when it is not valid YAML (Pandoc stops on it too).
 */
function frontMatterMap(text: string, field: string): { map: YAMLMap; offset: number } | undefined {
  const end = frontMatterEnd(text);
  if (end === 0) return undefined;
  const block = text.slice(0, end);
  if (!block.includes(field)) return undefined;
  const offset = /^\uFEFF?---[ \t]*\r?\n/.exec(block)?.[0].length ?? 0;
  const body = block.slice(offset).replace(/(?:^|\n)(?:---|\.\.\.)[ \t]*\r?\n?$/, '\n');
  if (yamlNestsTooDeeply(body)) return undefined;
  const doc = parseDocument(body, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !isMap(doc.contents)) return undefined;
  return { map: doc.contents, offset };
}

/**
 * The files a note's Pandoc front matter names in `bibliography:` (a string or a list), as
 * written; relative ones are relative to the note's folder. None when there is no front matter.
 */
export function frontMatterBibliography(text: string): string[] {
  return bibliographyList(frontMatterMap(text, 'bibliography')?.map.get('bibliography'));
}

/**
 * The files a Quarto project or directory metadata file (`_quarto.yml`, `_metadata.yml`) names in
 * its top-level `bibliography:`, as written; undefined when the text is no YAML mapping.
 */
export function metadataBibliography(text: string): string[] | undefined {
  if (yamlNestsTooDeeply(text)) return undefined;
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0 || !(isMap(doc.contents) || doc.contents === null)) return undefined;
  return isMap(doc.contents) ? bibliographyList(doc.contents.get('bibliography')) : [];
}

/** A `bibliography:` value (a string or a list of them) as its files, as written. */
function bibliographyList(value: unknown): string[] {
  const list = typeof value === 'string' ? [value] : isSeq(value) ? value.items.map((v) => (isScalar(v) ? v.value : v)) : [];
  return list.filter((v): v is string => typeof v === 'string' && v.trim() !== '').map((v) => v.trim());
}

/**
 * The keys a note's front matter cites in `nocite:` (Pandoc's `nocite: | @a, @b`, a string or a
 * list of them), with their offsets in the note. Pandoc reads the value as markdown, so a key is
 * found as a narrative one is in prose; `@*`, which cites every entry, is no key.
 */
export function frontMatterNocite(text: string): CitedKey[] {
  // The scalar's source (with its quotes, block indicator and indentation): none of them is read as a key.
  return nociteScalars(text).flatMap((range) => keysWritten(text, range.start, range.end));
}

/** Where the values of the front matter's `nocite:` are written in the note: each scalar's source, with its quotes. */
export function nociteScalars(text: string): OffsetRange[] {
  const found = frontMatterMap(text, 'nocite');
  const value = found?.map.get('nocite', true);
  if (!found || !value) return [];
  const scalars = isSeq(value) ? value.items : [value];
  return scalars.flatMap((node) => (isScalar(node) && node.range ? [{ start: found.offset + node.range[0], end: found.offset + node.range[1] }] : []));
}

/**
 * Where a bibliography file's `text` writes `key` as an entry's key, for a rename: BibTeX's
 * `@article{key,` and the keys of `crossref`, `xdata`, `xref`, `related` and `entryset` fields
 * that name it; CSL-JSON's
 * `"id": "key"` of an item (one written with escapes is not found); CSL-YAML's `id: key` of an
 * item. Offsets in `text`, the key alone (no quotes). None for a file that cannot be read.
 */
export function bibliographyKeyRanges(text: string, format: BibliographyFormat, key: string): OffsetRange[] {
  if (format === 'bibtex') return bibtexKeyRanges(text, key);
  if (format === 'csl-json') return cslJsonKeyRanges(text, key);
  return cslYamlKeyRanges(text, key);
}

/**
 * Where the key of an entry that starts at `start` ends: `#`, `%` and `"` are a key's as they are
 * a cited key's (`@x#1`); only a field's value joins parts with `#`.
 */
function bibtexKeyEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && !/[,\s{}()=]/.test(text[end])) end++;
  return end;
}

function bibtexKeyRanges(text: string, key: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    entryStart.lastIndex = at;
    const m = entryStart.exec(text);
    if (!m || /^(?:comment|preamble|string)$/i.test(m[1])) continue;
    let start = entryStart.lastIndex;
    while (start < text.length && /\s/.test(text[start])) start++;
    const end = bibtexKeyEnd(text, start);
    if (text.slice(start, end) === key) ranges.push({ start, end });
  }
  // The keys a field names, split at commas as `splitKeys` splits those of crossref and xdata.
  crossField.lastIndex = 0;
  for (let m = crossField.exec(text); m; m = crossField.exec(text)) {
    const valueStart = m.index + m[0].length - m[2].length;
    for (const part of m[2].matchAll(/[^,\s]+/g)) if (part[0] === key) ranges.push({ start: valueStart + part.index!, end: valueStart + part.index! + key.length });
  }
  return ranges.sort((a, b) => a.start - b.start);
}

/**
 * A field whose value names entries by key, braced or quoted (and holding no brace or quote):
 * `crossref` and `xdata`, which entries inherit through, and BibLaTeX's `xref`, `related` and
 * `entryset`, which only point (biber reads them).
 */
const crossField = /\b(crossref|xdata|xref|related|entryset)[ \t]*=[ \t]*[{"]([^{}"]*)(?=[}"])/gi;

function cslJsonKeyRanges(text: string, key: string): OffsetRange[] {
  const ranges: OffsetRange[] = [];
  const scanned = jsonTextToScan(text);
  visitJson(
    scanned,
    {
      onLiteralValue: (value, offset, length, _line, _character, path) => {
        const at = path();
        // An item's id: the file is a list of items, or has them under `items`.
        const isItemId = at[at.length - 1] === 'id' && (at.length === 2 ? typeof at[0] === 'number' : at.length === 3 && at[0] === 'items' && typeof at[1] === 'number');
        if (isItemId && value === key && text.slice(offset + 1, offset + length - 1) === key) ranges.push({ start: offset + 1, end: offset + length - 1 });
      },
    },
    { allowTrailingComma: true },
  );
  return ranges;
}

function cslYamlKeyRanges(text: string, key: string): OffsetRange[] {
  if (yamlNestsTooDeeply(text) || text.length > maxYamlLength) return [];
  const withoutMark = text.replace(/^\uFEFF/, '');
  const skipped = text.length - withoutMark.length + (/^---[ \t]*\r?\n/.exec(withoutMark)?.[0].length ?? 0);
  const source = text.slice(skipped).replace(/\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n[\s\S]*)?$/, '\n');
  const doc = parseDocument(source, { prettyErrors: false, uniqueKeys: false });
  if (doc.errors.length > 0) return [];
  const root = doc.contents;
  const list = isSeq(root) ? root : isMap(root) ? root.get('references', true) : undefined;
  if (!isSeq(list)) return [];
  const ranges: OffsetRange[] = [];
  for (const item of list.items) {
    const id = isMap(item) ? item.get('id', true) : undefined;
    if (!isScalar(id) || String(id.value) !== key || !id.range) continue;
    const written = source.slice(id.range[0], id.range[1]);
    const quoted = written.length === key.length + 2 && /^(["']).*\1$/s.test(written);
    if (written !== key && !(quoted && written.slice(1, -1) === key)) continue;
    const start = skipped + id.range[0] + (quoted ? 1 : 0);
    ranges.push({ start, end: start + key.length });
  }
  return ranges;
}

/** The key a note cites at `offset` (from its `@` to its end): in its prose, or in its front matter's `nocite:`. */
export function noteKeyAt(text: string, prose: ProseMap, offset: number): CitedKey | undefined {
  if (offset < frontMatterEnd(text)) return frontMatterNocite(text).find((k) => k.start <= offset && offset <= k.end);
  return citedKeyAt(text, prose, offset);
}

/** "Smith 2019", "Smith & Lee 2019", "Smith et al. 2019": an entry as a completion's detail. */
export function shortCitation(entry: BibEntry): string {
  const family = (name: string) => (name.includes(',') ? name.slice(0, name.indexOf(',')) : name);
  const count = entry.authors.length + entry.moreAuthors + (entry.others ? 2 : 0);
  const first = entry.authors[0] ? family(entry.authors[0]) : '';
  const who = count === 0 ? '' : count === 1 ? first : count === 2 ? `${first} & ${family(entry.authors[1])}` : `${first} et al.`;
  return [who, entry.year].filter((p) => p).join(' ');
}

/**
 * The keys nearest to `key`, best first, at most `limit`: the same but for case, then one starting
 * with it or it with one (at most 4 characters shorter), then by edit distance (at most a third
 * of the key's length, and 3). Through an index of the keys (`keyIndexOf`): comparing each
 * unknown key with every entry took a note of 2,000 unknown keys 155 s against 50,000 entries.
 */
export function nearestKeys(key: string, bibliography: Bibliography, limit = 3): string[] {
  const index = keyIndexOf(bibliography);
  const remembered = limit === 3 ? index.nearest.get(key) : undefined;
  if (remembered) return remembered;
  const found = nearestIn(index, key, limit);
  if (limit === 3 && index.nearest.size < maxRemembered) index.nearest.set(key, found);
  return found;
}

function nearestIn(index: KeyIndex, key: string, limit: number): string[] {
  const lower = key.toLowerCase();
  const most = Math.min(3, Math.max(1, Math.floor(key.length / 3)));
  const scores = new Map<number, number>();
  const score = (k: number, value: number) => {
    if (!(scores.get(k)! <= value)) scores.set(k, value);
  };
  for (const k of index.byLower.get(lower) ?? []) score(k, 0);
  if (lower.length >= 3) {
    // Keys that start with it: a run of the keys, which are in the order of their lower case.
    for (let k = partitionPoint(index.lower, (l) => l < lower); k < index.keys.length; k++) {
      if (!index.lower[k].startsWith(lower)) break;
      if (index.lower[k] !== lower) score(k, 1 + (index.lower[k].length - lower.length) / 100);
    }
    // Keys it starts with.
    for (let n = Math.max(3, lower.length - Math.max(most, 4)); n < lower.length; n++) for (const k of index.byLower.get(lower.slice(0, n)) ?? []) score(k, 1 + (lower.length - n) / 100);
  }
  // An edit destroys at most two of a key's pairs of letters, so a key within `most` edits shares
  // all but 2 × `most` of any set of them: only those are compared letter by letter. The rarest
  // pairs are counted, enough to leave a few keys: the pairs of a year ("20", "19") are in nearly
  // every key, and counting them for each of 2,000 unknown keys took seconds. Past `maxCounted`
  // keys counted, or `maxCompared` keys left, the keys that share most pairs are compared: a
  // near miss may then be missed, in a bibliography of thousands of keys that look alike.
  const all = [...pairsOf(lower)];
  const compare = (k: number) => {
    if (scores.has(k)) return;
    const d = editDistance(lower, index.lower[k], most);
    if (d <= most) score(k, 1 + d);
  };
  if (all.length <= 2 * most) {
    // A short key: any key of about its length may be near it.
    for (let k = 0; k < index.keys.length; k++) compare(k);
  } else {
    const postingsOf = (pair: string) => index.postings.get(pair) ?? noKeys;
    all.sort((a, b) => postingsOf(a).length - postingsOf(b).length);
    const pairs: string[] = [];
    let counted = 0;
    for (const pair of all) {
      const keys = postingsOf(pair).length;
      if (pairs.length > 0 && counted + keys > (pairs.length > 2 * most ? maxCounted : 20 * maxCounted)) break;
      pairs.push(pair);
      counted += keys;
    }
    const needed = Math.max(1, pairs.length - 2 * most);
    // Counted in an array, not a map: a pair of digits is in thousands of keys.
    const { shared } = index;
    const touched: number[] = [];
    for (const pair of pairs) for (const k of postingsOf(pair)) if (shared[k]++ === 0) touched.push(k);
    let left = touched.filter((k) => shared[k] >= needed);
    if (left.length > maxCompared) left = left.sort((a, b) => shared[b] - shared[a] || a - b).slice(0, maxCompared);
    for (const k of left) compare(k);
    for (const k of touched) shared[k] = 0;
  }
  return [...scores]
    .map(([k, value]) => ({ key: index.keys[k], score: value }))
    .sort((a, b) => a.score - b.score || a.key.localeCompare(b.key))
    .slice(0, limit)
    .map((s) => s.key);
}

/**
 * A bibliography's keys in the order of their lower case (then of the keys), with their lower
 * case: what completion searches by prefix, and what `KeyIndex` numbers keys by. Made once per
 * bibliography.
 */
export function keysByLowerCase(bibliography: Bibliography): { keys: string[]; lower: string[] } {
  let sorted = sortedKeys.get(bibliography);
  if (!sorted) {
    const keys = [...bibliography.entries.keys()].sort(compareLower);
    sortedKeys.set(bibliography, (sorted = { keys, lower: keys.map((k) => k.toLowerCase()) }));
  }
  return sorted;
}

const sortedKeys = new WeakMap<Bibliography, { keys: string[]; lower: string[] }>();

/**
 * The words an entry is searched by, as `searchWords` writes them: lower case, accents left out
 * (`Müller` is `muller`), a space before each word.
 */
export interface EntryWords {
  entries: BibEntry[];
  /** The authors' names and the year of each entry (same index as `entries`). */
  people: string[];
  /** The title of each entry. */
  titles: string[];
}

/** The words of the bibliography's entries, made at the first search of it, ~100 bytes an entry. */
export function entryWordsOf(bibliography: Bibliography): EntryWords {
  let words = entryWords.get(bibliography);
  if (!words) {
    const entries = [...bibliography.entries.values()];
    words = { entries, people: entries.map((e) => searchWords(`${e.authors.join(' ')} ${e.year ?? ''}`)), titles: entries.map((e) => searchWords(e.title ?? '')) };
    entryWords.set(bibliography, words);
  }
  return words;
}

const entryWords = new WeakMap<Bibliography, EntryWords>();

/** A text as entries are searched: its words in lower case without accents, each after a space (` lee ann 2019`). */
export function searchWords(text: string): string {
  const words = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu);
  return words ? ` ${words.join(' ')}` : '';
}

function compareLower(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  return x < y ? -1 : x > y ? 1 : a < b ? -1 : a > b ? 1 : 0;
}

/** A bibliography's keys, indexed for `nearestKeys`: made once, when a key is first not found. Keys are numbered as `keysByLowerCase` orders them. */
interface KeyIndex {
  keys: string[];
  lower: string[];
  /** Key numbers by their lower-case form. */
  byLower: Map<string, number[]>;
  /** Key numbers by each pair of letters their lower-case form has. */
  postings: Map<string, number[]>;
  /** How many of a key's pairs the key looked up has, while `nearestKeys` counts them; 0 between calls. */
  shared: Int32Array;
  /** What `nearestKeys` found for each key asked, as a note's keys are asked at every edit (at most `maxRemembered`). */
  nearest: Map<string, string[]>;
}

const maxRemembered = 10_000;

/** How many keys `nearestKeys` counts pairs of, once it counts enough pairs to leave out any (and twenty times that before). */
const maxCounted = 5_000;
/** How many keys `nearestKeys` compares letter by letter with a key, at most. */
const maxCompared = 300;
const noKeys: readonly number[] = [];

const keyIndexes = new WeakMap<Bibliography, KeyIndex>();

function keyIndexOf(bibliography: Bibliography): KeyIndex {
  let index = keyIndexes.get(bibliography);
  if (index) return index;
  const { keys, lower } = keysByLowerCase(bibliography);
  const byLower = new Map<string, number[]>();
  const postings = new Map<string, number[]>();
  lower.forEach((l, k) => {
    const same = byLower.get(l);
    if (same) same.push(k);
    else byLower.set(l, [k]);
    for (const pair of pairsOf(l)) {
      const list = postings.get(pair);
      if (list) list.push(k);
      else postings.set(pair, [k]);
    }
  });
  index = { keys, lower, byLower, postings, shared: new Int32Array(keys.length), nearest: new Map() };
  keyIndexes.set(bibliography, index);
  return index;
}

/** The distinct pairs of adjacent characters of a key. */
function pairsOf(key: string): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < key.length; i++) pairs.add(key.slice(i - 1, i + 1));
  return pairs;
}

/** Levenshtein distance, or `most + 1` once it is known to be more than `most`. */
function editDistance(a: string, b: string, most: number): number {
  if (Math.abs(a.length - b.length) > most) return most + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]);
    }
    if (best > most) return most + 1;
    previous = row;
  }
  return previous[b.length];
}

/**
 * `citation.unknown-key` on each key cited in the blocks `[from, to)` (and, with `frontMatter`, in
 * the front matter's `nocite:`) that no entry of the bibliography has, with the nearest keys (for
 * the quick fix) in `data.nearest`.
 */
export function unknownKeyFindings(text: string, blocks: readonly { start: number; end: number }[], options: CitationOptions, bibliography: Bibliography, from = 0, to = blocks.length, frontMatter = true): Finding[] {
  const findings: Finding[] = [];
  const nearest = new Map<string, string[]>();
  const keys = citedKeys(text, blocks, options, from, to);
  for (const cited of frontMatter ? [...frontMatterNocite(text), ...keys] : keys) {
    if (bibliography.entries.has(cited.key)) continue;
    let near = nearest.get(cited.key);
    if (!near) nearest.set(cited.key, (near = nearestKeys(cited.key, bibliography)));
    const hint = near.length ? ` Did you mean ${listed(near, (k) => `@${k}`, 3)}?` : '';
    findings.push({ code: 'citation.unknown-key', start: cited.start, end: cited.end, message: `Unknown citation key '@${clipped(cited.key)}': no entry of the bibliography has it.${hint}`, data: { key: cited.key, nearest: near } });
  }
  return findings;
}
