import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import picomatch from 'picomatch';
import {
  bibliographyFormatOf,
  frontMatterBibliography,
  mergeBibliographies,
  metadataBibliography,
  parseBibliography,
  type BibEntry,
  type BibliographyProblem,
  type Bibliography,
  builtinLayer,
  buildTermIndex,
  indexSources,
  layerFromSettings,
  mergeLayers,
  parseVocabulary,
  problemAt,
  type Finding,
  type FindingCode,
  type Level,
  type SourceDocument,
  type SourceIndex,
  type Span,
  type TermIndex,
  type VocabularyLayer,
  type VocabularyProblem,
} from './core';
import type { Settings } from './settings';
import { isInside, relativePath } from './paths';
import { expandBraces, globMatcher } from './globs';

/** Reading files, injected so tests can use an in-memory disk. */
export interface FileSystem {
  /**
   * The file's text; rejects when it cannot be read, and with a `RefusedFile` when it is not a
   * regular file or holds more than `maxBytes` bytes (found out before it is read).
   */
  readFile(file: string, maxBytes: number): Promise<string>;
  /**
   * Files under `folder` whose folder-relative path (with `/`) matches `accept`, skipping
   * `node_modules` and `.git`, at most `limit` of them, and the folders and files below it that
   * could not be read, with why. Without it, sources are not read. When `stop` says so (a
   * request was cancelled), the walk ends there, with what it found so far.
   */
  listFiles?(folder: string, accept: (relativePath: string) => boolean, limit: number, stop?: () => boolean): Promise<FileListing>;
}

/** What `FileSystem.listFiles` found. */
export interface FileListing {
  files: { path: string; size: number }[];
  truncated: boolean;
  /** Folders that could not be listed and files whose names cannot be opened; each may hide files that match. */
  unreadable?: { path: string; reason: string }[];
}

/** A file that is there but was not read: a folder, a pipe or a device, or one too large. */
export class RefusedFile extends Error {
  constructor(
    message: string,
    readonly reason: 'not-a-file' | 'too-large',
  ) {
    super(message);
  }
}

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The vocabulary in force for one workspace folder and settings, with what was wrong on the way. */
export interface FolderVocabulary {
  index: TermIndex;
  /** Problems by file path; settings problems under the key `settings`. */
  problems: Map<string, VocabularyProblem[]>;
  /** The vocabulary files this folder reads, resolved to absolute paths. */
  files: string[];
  /** Those of `files` that could not be read (gone, say): a last good version of one stays in force, but it leads to no line. */
  unreadable: string[];
  /** What it is built from (the folder and its vocabulary settings): a vocabulary made again from the same files has the same key. */
  key: string;
}

/** The entries of a setting's list of paths resolved (`resolvePaths`): each file once, and the entries that name no file to read. */
export interface ResolvedFiles {
  /** Absolute paths, in the order they are named. */
  resolved: string[];
  /** The entry (its place in the setting's list) that first names each of `resolved`. */
  entries: number[];
  problems: { entry: number; message: string }[];
}

/** A folder and the settings one of its open notes has: what decides its vocabulary and sources. */
export interface FolderSettings {
  folder: string | undefined;
  settings: Settings;
}

/** Problems of one vocabulary file written to the output channel at each load: a list of 100k terms has 7,000. */
const maxLoggedFileProblems = 20;

/**
 * The size above which VS Code hands a file to no extension (50 MB): the editor never checks a
 * larger note, the CLI does not either, and the server takes none from another editor (analysing
 * 50 MB takes ~7 s and ~500 MB of memory).
 */
export const maxNoteBytes = 50 * 1024 * 1024;

/**
 * The findings of one note that the editor shows and the CLI lists, as cspell shows at most 10,000
 * problems a file; the CLI still counts the rest. A 20 MB note of ambiguous abbreviations has
 * 2.8 million: their diagnostics were past the longest string V8 can make, so none arrived, and
 * the CLI ran out of memory listing them.
 */
export const maxFindingsShown = 10_000;

/**
 * The `maxFindingsShown` findings a note shows, in document order, and the rest: errors first,
 * then warnings, then the others, so that an error after 10,000 hints, which fails the check, is
 * shown and listed. Linear: a note may have millions.
 */
export function shownFindings(findings: readonly Finding[], levels: Record<FindingCode, Level>): { shown: Finding[]; omitted: Finding[] } {
  if (findings.length <= maxFindingsShown) return { shown: [...findings], omitted: [] };
  const rankOf = (f: Finding) => levelRank[levels[f.code]];
  const counts = [0, 0, 0, 0, 0];
  for (const f of findings) counts[rankOf(f)]++;
  // All findings of the ranks before `cut`, and the first `room` of rank `cut`.
  let cut = 0;
  let room = maxFindingsShown;
  while (counts[cut] <= room) room -= counts[cut++];
  const shown: Finding[] = [];
  const omitted: Finding[] = [];
  for (const f of findings) {
    const rank = rankOf(f);
    if (rank < cut || (rank === cut && room-- > 0)) shown.push(f);
    else omitted.push(f);
  }
  return { shown, omitted };
}

const levelRank: Record<Level, number> = { error: 0, warning: 1, information: 2, hint: 3, off: 4 };

/** The files left out when a limit in all was reached: the first of them, and how many came `after` it. */
function notRead(file: string, after: number): string {
  return `${file}${after ? ` and the ${after} after it were` : ' was'} not read.`;
}

/** A size limit as messages say it: `20 MB`. */
export function megabytes(bytes: number): string {
  return `${Math.round(bytes / (1024 * 1024))} MB`;
}

/** The largest vocabulary or settings file read, and the largest file a quick fix edits. */
export const maxVocabularyBytes = 20 * 1024 * 1024;

/**
 * The most that a folder's vocabulary files hold in all: three lists of 100k terms. Each is
 * parsed, merged and indexed (~20 MB: ~1 s and ~100 MB of memory), so ten of 20 MB could run the
 * server out of memory.
 */
export const maxVocabularyTotalBytes = 64 * 1024 * 1024;

/** What `#readLayer` answers for a file that would take the folder's vocabulary files past `maxVocabularyTotalBytes`. */
const tooMuch = Symbol('too much');

/** A last good layer kept in force, counted as `bytes` (none when it was not read again). */
function withBytes(layer: VocabularyLayer | undefined, bytes = 0): { layer: VocabularyLayer; bytes: number } | undefined {
  return layer && { layer, bytes };
}

/** What a folder's vocabulary is built from: no other setting changes it. */
function vocabularyKey(folder: string | undefined, settings: Settings): string {
  // Asked at every request; the settings of a note stay the same object until they change, and
  // 50k inline terms took 40 ms to write out each time.
  let written = writtenVocabularies.get(settings.vocabulary);
  if (written === undefined) writtenVocabularies.set(settings.vocabulary, (written = JSON.stringify(settings.vocabulary)));
  return `${JSON.stringify(folder ?? null)} ${written}`;
}

const writtenVocabularies = new WeakMap<Settings['vocabulary'], string>();

/**
 * Resolves the paths of a setting (`setting` names it in messages) against a folder:
 * `${workspaceFolder}` and relative paths (relative to `base`, the folder unless told). A path
 * outside the folder is not read, and one named twice is read once.
 */
export function resolvePaths(folder: string | undefined, list: string[], setting: string, base = folder): ResolvedFiles {
  const resolved: string[] = [];
  const entries: number[] = [];
  const seen = new Set<string>();
  const problems: ResolvedFiles['problems'] = [];
  for (const [i, entry] of list.entries()) {
    const expanded = entry.replace(/\$\{workspaceFolder\}/g, () => folder ?? '');
    // Outside every folder (an untitled note, a file opened from elsewhere) ${workspaceFolder} is
    // no folder: '${workspaceFolder}/lab.yaml' read /lab.yaml, at the root of the disk.
    if (!folder && expanded !== entry) {
      problems.push({ entry: i, message: `${setting}: '${entry}' names \${workspaceFolder}, but the note is not in a workspace folder.` });
      continue;
    }
    if (!base && !path.isAbsolute(expanded)) {
      problems.push({ entry: i, message: `${setting}: '${entry}' is relative, but the note is not in a workspace folder.` });
      continue;
    }
    const file = path.resolve(base ?? '/', expanded);
    if (folder && !isInside(folder, file)) {
      problems.push({ entry: i, message: `${setting}: '${entry}' lies outside the workspace folder ${folder}; it was not read.` });
      continue;
    }
    if (seen.has(file)) continue;
    seen.add(file);
    resolved.push(file);
    entries.push(i);
  }
  return { resolved, entries, problems };
}

/**
 * Reads vocabulary files and layers them over the built-in data, per workspace folder. A file
 * that breaks (bad YAML, schema errors, gone) is reported and its last good version stays in force.
 */
export class VocabularyStore {
  readonly #fs: FileSystem;
  readonly #log: Logger;
  readonly #lastGood = new Map<string, VocabularyLayer>();
  /** The digest of the text each file's last good layer came from: the same text is not parsed again. */
  readonly #lastGoodDigest = new Map<string, string>();
  /**
   * Vocabularies by what they are built from, with the files each reads (or tried to): a change
   * to any other file leaves them be.
   */
  readonly #cache = new Map<string, { folder: string | undefined; files: string[]; vocabulary: Promise<FolderVocabulary> }>();
  #builtin: VocabularyLayer | undefined;

  constructor(fs: FileSystem, log: Logger) {
    this.#fs = fs;
    this.#log = log;
  }

  /** The merged vocabulary for a folder (`undefined` for files outside any folder). */
  vocabularyFor(folder: string | undefined, settings: Settings): Promise<FolderVocabulary> {
    const key = vocabularyKey(folder, settings);
    let entry = this.#cache.get(key);
    if (!entry) {
      const files = this.resolveFiles(folder, settings.vocabulary.files);
      entry = { folder, files: files.resolved, vocabulary: this.#load(key, folder, settings, files) };
      this.#cache.set(key, entry);
    }
    return entry.vocabulary;
  }

  /**
   * Forgets cached vocabularies, so the next request reads the files again: those that read one of
   * `files` (absolute paths), or all; returns the folders whose vocabulary it forgot. Another
   * folder's vocabulary stays: saving one folder's small file merged and indexed a 100k-term
   * vocabulary of another folder again (~0.7 s).
   */
  invalidate(files?: readonly string[]): Set<string | undefined> {
    const changed = files && new Set(files.map((file) => path.resolve(file)));
    const folders = new Set<string | undefined>();
    for (const [key, entry] of this.#cache) {
      if (changed && !entry.files.some((file) => changed.has(file))) continue;
      this.#cache.delete(key);
      folders.add(entry.folder);
    }
    return folders;
  }

  /**
   * After a settings change: keeps the vocabularies that `inUse` (the open notes' folders and new
   * settings) still asks for, so that changing a level does not reload a 100k-term vocabulary, and
   * forgets the others, so that a vocabulary no note uses any more does not stay in memory. The
   * last good versions of files that no such settings name go too (a layer of 100k terms is tens
   * of megabytes): a file is kept in force while it is in use.
   */
  retain(inUse: FolderSettings[]): void {
    const keys = new Set(inUse.map(({ folder, settings }) => vocabularyKey(folder, settings)));
    for (const key of this.#cache.keys()) if (!keys.has(key)) this.#cache.delete(key);
    const named = new Set(inUse.flatMap(({ folder, settings }) => [`settings:${folder}`, ...this.resolveFiles(folder, settings.vocabulary.files).resolved]));
    for (const key of this.#lastGood.keys()) {
      if (named.has(key)) continue;
      this.#lastGood.delete(key);
      this.#lastGoodDigest.delete(key);
    }
  }

  /** Whether a cached vocabulary reads `file` (an absolute path), so that a change to it matters. */
  reads(file: string): boolean {
    const resolved = path.resolve(file);
    return [...this.#cache.values()].some((entry) => entry.files.includes(resolved));
  }

  /**
   * Resolves `vocabulary.files` entries of a folder: `${workspaceFolder}` and relative paths. A
   * file named twice (`team.yaml`, `./team.yaml`) is read once: its second layer would change
   * nothing, and merging a file of 100k terms again takes half a second each time.
   */
  resolveFiles(folder: string | undefined, files: string[]): ResolvedFiles {
    return resolvePaths(folder, files, 'regenNotes.vocabulary.files');
  }

  async #load(key: string, folder: string | undefined, settings: Settings, { resolved, entries, problems: pathProblems }: ResolvedFiles): Promise<FolderVocabulary> {
    const layers: VocabularyLayer[] = [];
    const problems = new Map<string, VocabularyProblem[]>();
    const settingsOrigin = { layer: 'settings' as const };
    // Added to, not copied: 80k terms sharing a form make 80k problems, one at a time.
    const report = (key: string, list: VocabularyProblem[]) => {
      if (list.length === 0) return;
      const known = problems.get(key);
      if (known) for (const problem of list) known.push(problem);
      else problems.set(key, [...list]);
    };
    if (settings.vocabulary.builtin) layers.push((this.#builtin ??= builtinLayer()));

    // Where each entry of `vocabulary.files` is written, when the settings were read from a file: its problems are placed there.
    const entrySpan = (entry: number) => settings.vocabulary.fileSpans?.[entry];
    report('settings', pathProblems.map(({ entry, message }) => problemAt(message, settingsOrigin, entrySpan(entry))));
    let left = maxVocabularyTotalBytes;
    const unreadable: string[] = [];
    for (const [i, file] of resolved.entries()) {
      const layer = await this.#readLayer(file, entrySpan(entries[i]), report, left, unreadable);
      if (layer === tooMuch) {
        const after = resolved.length - i - 1;
        report('settings', [problemAt(`regenNotes.vocabulary.files: the files hold more than ${megabytes(maxVocabularyTotalBytes)} in all; ${notRead(file, after)}`, settingsOrigin, entrySpan(entries[i]))]);
        break;
      }
      if (layer) {
        layers.push(layer.layer);
        left -= layer.bytes;
      }
    }
    if (settings.vocabulary.terms.length > 0) {
      const inline = layerFromSettings(settings.vocabulary.terms, settingsOrigin, settings.vocabulary.termSpans);
      report('settings', inline.problems);
      if (inline.layer) {
        this.#lastGood.set(`settings:${folder}`, inline.layer);
        layers.push(inline.layer);
      } else {
        const last = this.#lastGood.get(`settings:${folder}`);
        if (last) layers.push(last);
      }
    }
    const merged = mergeLayers(layers);
    for (const problem of merged.problems) report(problem.origin.layer === 'file' && problem.origin.file ? problem.origin.file : problem.origin.layer === 'settings' ? 'settings' : 'builtin', [problem]);
    for (const [where, list] of problems) {
      // Those of the settings are all written: they are shown nowhere else. A file's are on the file as diagnostics.
      const logged = where === 'settings' ? list : list.slice(0, maxLoggedFileProblems);
      for (const p of logged) this.#log.warn(`Vocabulary ${where}: ${p.message}`);
      const more = list.length - logged.length;
      if (more > 0) this.#log.warn(`Vocabulary ${where}: ${more} more problems; the file's diagnostics list them all.`);
    }
    const index = buildTermIndex(merged.vocabulary);
    // Loading a large vocabulary takes a while; the output channel says when it happened.
    this.#log.info(`Loaded the vocabulary of ${folder ?? 'notes outside a workspace folder'}: ${index.terms.size} terms.`);
    return { index, problems, files: resolved, unreadable, key };
  }

  /**
   * The layer of a file and the bytes it was read from; `tooMuch` when it holds more than `left`.
   * `entry`: where the settings name the file, if known, to place a file that cannot be read;
   * such a file is added to `unreadable`.
   */
  async #readLayer(file: string, entry: Span | undefined, report: (key: string, list: VocabularyProblem[]) => void, left: number, unreadable: string[]): Promise<{ layer: VocabularyLayer; bytes: number } | typeof tooMuch | undefined> {
    const origin = { layer: 'file' as const, file };
    let text: string | undefined;
    try {
      text = await this.#fs.readFile(file, maxVocabularyBytes);
    } catch (error) {
      // Too large is said of the file in one way, whether that was known before reading it or after.
      if (!(error instanceof RefusedFile && error.reason === 'too-large')) {
        const last = this.#lastGood.get(file);
        const reason = (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'it does not exist' : String((error as Error)?.message ?? error);
        report('settings', [problemAt(`regenNotes.vocabulary.files: cannot read ${file}: ${reason}.${last ? ' Its last good version stays in force.' : ''}`, origin, entry)]);
        unreadable.push(file);
        return withBytes(last);
      }
    }
    if (text === undefined || text.length > maxVocabularyBytes || text.includes('\u0000')) {
      report(file, [{ message: `This vocabulary file is ${text?.includes('\u0000') ? 'binary' : `larger than ${megabytes(maxVocabularyBytes)}`}; it was not read.`, origin, start: 0, end: 0, line: 0 }]);
      return withBytes(this.#lastGood.get(file));
    }
    const bytes = Buffer.byteLength(text);
    if (bytes > left) return tooMuch;
    // A reload reads every file again, but usually only one of them changed: parsing and
    // validating a 20 MB file takes ~400 ms, its digest ~40.
    const digest = createHash('sha1').update(text).digest('base64');
    const unchanged = this.#lastGoodDigest.get(file) === digest ? this.#lastGood.get(file) : undefined;
    if (unchanged) return { layer: unchanged, bytes };
    const parsed = parseVocabulary(text, origin);
    if (parsed.layer) {
      this.#lastGood.set(file, parsed.layer);
      this.#lastGoodDigest.set(file, digest);
      return { layer: parsed.layer, bytes };
    }
    const last = this.#lastGood.get(file);
    report(file, parsed.problems.map((p) => (last ? { ...p, message: `${p.message} (the last good version of this file stays in force)` } : p)));
    return withBytes(last, bytes);
  }
}

/**
 * The files below `folder` that `matches` accepts, at most `limit`, walking only the folders the
 * globs start in (`bases`): 'refs/*.md' with the home folder open walked all of it (6 s to the
 * first hover). What could not be listed, and a limit reached, are told in `problems`.
 */
async function listMatching(fs: FileSystem, folder: string, bases: string[], matches: (relativePath: string) => boolean, limit: number, setting: string, problems: string[]): Promise<FileListing> {
  const listing: FileListing = { files: [], truncated: false };
  if (!fs.listFiles) return listing;
  for (const base of bases) {
    const below = await fs.listFiles(path.join(folder, base), (file) => matches(base ? `${base}/${file}` : file), limit - listing.files.length);
    listing.files.push(...below.files);
    for (const { path: where, reason } of below.unreadable ?? []) problems.push(`${setting}: cannot read ${where} (${reason}); it was not read.`);
    if (below.truncated) {
      listing.truncated = true;
      break;
    }
  }
  if (listing.truncated) problems.push(`${setting}: more than ${limit} files match in ${folder}; only the first ${limit} were read.`);
  return listing;
}

/** The sources of one folder, read and indexed against its vocabulary. */
export interface FolderSources extends SourceIndex {
  /** The source documents read, as URIs. */
  files: string[];
  /** What went wrong on the way (too many files, too large, unreadable), for the user. */
  problems: string[];
  /** The vocabulary's index with the relations the sources state added: what claims are checked against. */
  claimIndex?: TermIndex;
}

const maxSourceFiles = 2000;
const maxSourceBytes = 20 * 1024 * 1024;
/**
 * The sources of one folder, all told: indexing 20 MB of prose takes ~4 s, and its index ~40 MB
 * of memory, so 2,000 files of up to 20 MB each would take the server's memory many times over.
 */
const maxSourceTotalBytes = 64 * 1024 * 1024;
const noSources: FolderSources = { passages: new Map(), relations: [], files: [], problems: [] };

interface SourceTexts {
  documents: SourceDocument[];
  files: string[];
  problems: string[];
}

/** The sources named by one folder's globs: their texts, and those texts indexed against each vocabulary that asked. */
interface CachedSources {
  folder: string;
  /** Whether a changed file is (or could become) one of these sources. */
  matches: (file: string) => boolean;
  texts: Promise<SourceTexts>;
  indexes: WeakMap<TermIndex, Promise<FolderSources>>;
}

/** What a folder's sources are read from: no other setting changes them. */
function sourcesKey(folder: string | undefined, globs: string[]): string {
  return JSON.stringify([folder, globs]);
}

/**
 * A setting's globs in a folder: each that reaches outside it is refused with a problem (any
 * alternative of a group that leaves it, '{refs,../shared}/*.md', does), and the rest match
 * paths relative to the folder (`matches`) or files given whole (`matchesFile`).
 */
function folderGlobs(folder: string, globs: string[], setting: string, problems: string[]): { inside: string[]; matches: (relative: string) => boolean; matchesFile: (file: string) => boolean } {
  const outside = globs.filter((g) => expandBraces(g).some((a) => path.isAbsolute(a) || a.split('/').includes('..')));
  for (const glob of outside) problems.push(`${setting}: '${glob}' reaches outside the workspace folder ${folder}; it was not read.`);
  const inside = globs.filter((g) => !outside.includes(g));
  const matches = globMatcher(inside.length ? inside : ['\\0'], false);
  return { inside, matches, matchesFile: (file) => isInside(folder, file) && matches(relativePath(folder, file)) };
}

/**
 * The folders the globs start in (`refs` for `refs/*.md`, '' for `**\/*.md`), none inside
 * another, sorted: the folders to walk for the files they match.
 */
function globBases(globs: string[]): string[] {
  const baseOf = (glob: string) => {
    const scan = picomatch.scan(glob);
    // A path without wildcards (refs/paper.md) is its own base: its folder is walked.
    return (scan.isGlob ? scan.base : path.posix.dirname(glob)).replace(/^\.(?:\/|$)/, '').replace(/\/+$/, '');
  };
  // Each alternative of a group has its own base: '{refs,papers}/*.md' walks the two folders, not all.
  const bases = [...new Set(globs.flatMap(expandBraces).map(baseOf))].sort();
  return bases.filter((base, i) => !bases.slice(0, i).some((outer) => outer === '' || base.startsWith(`${outer}/`)));
}

/**
 * Reads the documents named by `regenNotes.sources` (globs relative to the workspace folder) and
 * indexes their sentences against the folder's vocabulary. The texts are kept until a source
 * changes (`invalidate`) or no open note names them (`retain`); they are indexed again when the
 * vocabulary changes.
 */
export class SourceLibrary {
  readonly #fs: FileSystem;
  readonly #log: Logger;
  readonly #cache = new Map<string, CachedSources>();

  constructor(fs: FileSystem, log: Logger) {
    this.#fs = fs;
    this.#log = log;
  }

  /** The folder's sources indexed against `index`; empty for notes outside a folder or without sources. */
  sourcesFor(folder: string | undefined, globs: string[], index: TermIndex): Promise<FolderSources> {
    if (!folder || globs.length === 0) return Promise.resolve(noSources);
    const key = sourcesKey(folder, globs);
    let cached = this.#cache.get(key);
    if (!cached) {
      cached = this.#read(folder, globs);
      this.#cache.set(key, cached);
    }
    let entry = cached.indexes.get(index);
    if (!entry) {
      entry = cached.texts.then(({ documents, files, problems }) => {
        const sources = indexSources(documents, index);
        const claimIndex = sources.relations.length ? { ...index, relations: [...index.relations, ...sources.relations] } : undefined;
        return { ...sources, files, problems, ...(claimIndex ? { claimIndex } : {}) };
      });
      cached.indexes.set(index, entry);
    }
    return entry;
  }

  /** Whether a changed file is (or could become) one of the sources read so far. */
  affects(file: string): boolean {
    return [...this.#cache.values()].some((cached) => cached.matches(file));
  }

  /**
   * Forgets the texts read, so the next request reads the sources again: those that one of `files`
   * (absolute paths) is or could become, or all; returns the folders whose sources it forgot.
   */
  invalidate(files?: readonly string[]): Set<string> {
    const folders = new Set<string>();
    for (const [key, cached] of this.#cache) {
      if (files && !files.some(cached.matches)) continue;
      this.#cache.delete(key);
      folders.add(cached.folder);
    }
    return folders;
  }

  /**
   * After a settings change: keeps the sources that `inUse` (the open notes' folders and new
   * settings) still names, texts and indexes, and forgets the others.
   */
  retain(inUse: FolderSettings[]): void {
    const keys = new Set(inUse.map(({ folder, settings }) => sourcesKey(folder, settings.sources)));
    for (const key of this.#cache.keys()) if (!keys.has(key)) this.#cache.delete(key);
  }

  #read(folder: string, globs: string[]): CachedSources {
    const problems: string[] = [];
    const { inside, matches, matchesFile } = folderGlobs(folder, globs, 'regenNotes.sources', problems);
    return {
      folder,
      matches: matchesFile,
      texts: inside.length ? this.#readTexts(folder, globBases(inside), matches, problems) : Promise.resolve({ documents: [], files: [], problems }),
      indexes: new WeakMap(),
    };
  }

  async #readTexts(folder: string, bases: string[], matches: (relativePath: string) => boolean, problems: string[]): Promise<SourceTexts> {
    if (!this.#fs.listFiles) return { documents: [], files: [], problems };
    const listing = await listMatching(this.#fs, folder, bases, matches, maxSourceFiles, 'regenNotes.sources', problems);
    const documents: SourceDocument[] = [];
    let total = 0;
    for (const [i, file] of listing.files.entries()) {
      if (file.size > maxSourceBytes) {
        problems.push(`regenNotes.sources: ${file.path} is larger than ${megabytes(maxSourceBytes)}; it was not read.`);
        continue;
      }
      if (total + file.size > maxSourceTotalBytes) {
        problems.push(`regenNotes.sources: the files that match in ${folder} hold more than ${megabytes(maxSourceTotalBytes)}; ${notRead(file.path, listing.files.length - i - 1)}`);
        break;
      }
      total += file.size;
      try {
        const text = await this.#fs.readFile(file.path, maxSourceBytes);
        if (text.includes('\u0000')) {
          problems.push(`regenNotes.sources: ${file.path} is binary; it was not read.`);
          continue;
        }
        documents.push({ uri: pathToFileURL(file.path).toString(), label: path.basename(file.path), text, markdown: !/\.txt$/i.test(file.path) });
      } catch (error) {
        problems.push(`regenNotes.sources: cannot read ${file.path}: ${String((error as Error)?.message ?? error)}.`);
      }
    }
    for (const problem of problems) this.#log.warn(problem);
    this.#log.info(`Read ${documents.length} source document${documents.length === 1 ? '' : 's'} in ${folder}.`);
    return { documents, files: documents.map((d) => d.uri), problems };
  }
}

/** The bibliography that applies to one note, and what went wrong reading it. */
export interface NoteBibliography {
  /** Absent when no file applies: then citation keys are not checked. */
  bibliography?: Bibliography;
  /** The bibliography files the note's settings and front matter name, resolved. */
  files: string[];
  /** Messages for the user: files that cannot be read, entries that cannot be read, paths that cannot be used. */
  problems: string[];
  /** The files that could not be read at all (missing, refused, not a bibliography format): the CLI stops on them. */
  unreadable: string[];
  /**
   * The problems of each of `files` at their lines, for diagnostics on the file: all of them, and
   * none for a file that could not be read. One list for each time a file is read.
   */
  fileProblems: { file: string; problems: readonly BibliographyProblem[] }[];
  /** The messages of `problems` that tell of `fileProblems` (each at its line, and how many more): the CLI reports those as findings instead. */
  fileMessages?: ReadonlySet<string>;
}

/** The largest bibliography file read: a Zotero export of 50,000 entries is ~20 MB. */
export const maxBibliographyBytes = 64 * 1024 * 1024;
/** The most files the globs of `regenNotes.bibliography` read in one folder. */
const maxBibliographyFiles = 100;
/** Problems of one bibliography file written out; the rest are counted. */
const maxListedBibliographyProblems = 20;

interface ParsedBibliographyFile {
  entries: readonly BibEntry[];
  problems: string[];
  /** The problems at their lines (`problems` says the first of them as messages). */
  located: readonly BibliographyProblem[];
  readable: boolean;
}

/**
 * Reads the bibliographies of `regenNotes.bibliography` (paths or globs relative to the workspace
 * folder) and of a note's front matter (`bibliography:`, relative to the note's folder). Each file
 * is parsed once and kept until it changes (`invalidate`); a file that cannot be read keeps its
 * last good entries. Keys are checked only where some file applies.
 */
export class BibliographyStore {
  readonly #fs: FileSystem;
  readonly #log: Logger;
  readonly #files = new Map<string, Promise<ParsedBibliographyFile>>();
  readonly #lastGood = new Map<string, readonly BibEntry[]>();
  /** The merged bibliography of each list of files, so that a note's analysis is kept while they do not change. */
  readonly #merged = new Map<string, Promise<NoteBibliography>>();
  /** The files each folder's globs match, and a test of whether a new file would match. */
  readonly #globbed = new Map<string, { matches: (file: string) => boolean; listing: Promise<{ files: string[]; problems: string[] }> }>();
  /** What each folder's Quarto metadata files (`_quarto.yml`, `_metadata.yml`) name in `bibliography:`. */
  readonly #metadata = new Map<string, Promise<FolderMetadata>>();

  constructor(fs: FileSystem, log: Logger) {
    this.#fs = fs;
    this.#log = log;
  }

  /** The bibliography of the note at `notePath` (undefined for an untitled note) with text `noteText`. */
  async bibliographyFor(folder: string | undefined, settings: Settings, notePath: string | undefined, noteText: string): Promise<NoteBibliography> {
    const own = frontMatterBibliography(noteText);
    const project = folder && notePath ? await this.#quartoBibliography(folder, notePath) : { files: [], problems: [] };
    if (settings.bibliography.length === 0 && own.length === 0 && project.files.length === 0 && project.problems.length === 0) return noBibliography;
    const problems: string[] = [...project.problems];
    const plain = settings.bibliography.filter((entry) => !picomatch.scan(entry).isGlob);
    const globs = settings.bibliography.filter((entry) => picomatch.scan(entry).isGlob);
    const fromSettings = resolvePaths(folder, plain, 'regenNotes.bibliography');
    problems.push(...fromSettings.problems.map((p) => p.message));
    const globbed = globs.length && folder ? await this.#glob(folder, globs) : { files: [], problems: [] };
    problems.push(...globbed.problems);
    const fromNote = resolvePaths(folder, own, 'bibliography (front matter)', notePath ? path.dirname(notePath) : undefined);
    problems.push(...fromNote.problems.map((p) => p.message));
    const files = [...new Set([...fromSettings.resolved, ...globbed.files, ...project.files, ...fromNote.resolved])];
    if (files.length === 0) return { files, problems, unreadable: [], fileProblems: [] };
    const key = files.join('\0');
    let merged = this.#merged.get(key);
    if (!merged) {
      merged = Promise.all(files.map((file) => this.#read(file))).then((parsed) => ({
        ...(parsed.some((p) => p.entries.length > 0 || p.readable) ? { bibliography: mergeBibliographies(parsed.map((p) => p.entries)) } : {}),
        files,
        problems: parsed.flatMap((p) => p.problems),
        unreadable: files.filter((_, i) => !parsed[i].readable),
        fileProblems: files.map((file, i) => ({ file, problems: parsed[i].located })),
        fileMessages: new Set(parsed.filter((p) => p.readable).flatMap((p) => p.problems)),
      }));
      this.#merged.set(key, merged);
    }
    const result = await merged;
    return problems.length ? { ...result, problems: [...problems, ...result.problems] } : result;
  }

  /** Whether a changed file is (or could become) a bibliography read so far, or a Quarto metadata file that may name one. */
  affects(file: string): boolean {
    const resolved = path.resolve(file);
    return this.#files.has(resolved) || isQuartoMetadataFile(resolved) || [...this.#globbed.values()].some((g) => g.matches(resolved));
  }

  /** Forgets `file` (all files when none is given), so that it is read again when next asked for. */
  invalidate(file?: string): void {
    if (file === undefined) {
      this.#files.clear();
    } else {
      const resolved = path.resolve(file);
      this.#files.delete(resolved);
      for (const [key, g] of this.#globbed) if (g.matches(resolved)) this.#globbed.delete(key);
    }
    this.#merged.clear();
    if (file === undefined) this.#globbed.clear();
    if (file === undefined || isQuartoMetadataFile(file)) this.#metadata.clear();
  }

  /**
   * The bibliographies Quarto renders the note with besides its own: those its project's
   * `_quarto.yml` and the `_metadata.yml` of its folder and the folders above it, up to the
   * project's, name, each relative to the file that names it; within the workspace folder.
   */
  async #quartoBibliography(folder: string, notePath: string): Promise<{ files: string[]; problems: string[] }> {
    const files: string[] = [];
    const problems: string[] = [];
    for (let dir = path.dirname(notePath); isInside(folder, dir); dir = path.dirname(dir)) {
      const metadata = await this.#metadataOf(folder, dir);
      files.push(...metadata.files);
      problems.push(...metadata.problems);
      if (metadata.project || dir === path.dirname(dir)) break;
    }
    return { files, problems };
  }

  #metadataOf(folder: string, dir: string): Promise<FolderMetadata> {
    let metadata = this.#metadata.get(dir);
    if (!metadata) {
      metadata = this.#readMetadata(folder, dir);
      this.#metadata.set(dir, metadata);
    }
    return metadata;
  }

  async #readMetadata(folder: string, dir: string): Promise<FolderMetadata> {
    const found: FolderMetadata = { files: [], problems: [], project: false };
    for (const name of quartoMetadataFiles) {
      const file = path.join(dir, name);
      let text: string;
      try {
        text = await this.#fs.readFile(file, maxMetadataBytes);
      } catch (error) {
        if ((error as NodeJS.ErrnoException)?.code !== 'ENOENT') found.problems.push(`Quarto metadata ${file}: cannot be read (${String((error as Error)?.message ?? error)}); the bibliography it may name is not read.`);
        continue;
      }
      found.project ||= name.startsWith('_quarto.');
      const listed = metadataBibliography(text);
      if (!listed) {
        found.problems.push(`Quarto metadata ${file}: not a YAML mapping; the bibliography it may name is not read.`);
        continue;
      }
      const resolved = resolvePaths(folder, listed, `bibliography (${name})`, dir);
      found.files.push(...resolved.resolved);
      found.problems.push(...resolved.problems.map((p) => `${file}: ${p.message}`));
    }
    return found;
  }

  #glob(folder: string, globs: string[]): Promise<{ files: string[]; problems: string[] }> {
    const key = JSON.stringify([folder, globs]);
    let cached = this.#globbed.get(key);
    if (!cached) {
      const problems: string[] = [];
      const { inside, matches, matchesFile } = folderGlobs(folder, globs, 'regenNotes.bibliography', problems);
      cached = {
        matches: matchesFile,
        listing: listMatching(this.#fs, folder, globBases(inside), matches, maxBibliographyFiles, 'regenNotes.bibliography', problems).then((listing) => ({ files: listing.files.map((f) => f.path), problems })),
      };
      this.#globbed.set(key, cached);
    }
    return cached.listing;
  }

  #read(file: string): Promise<ParsedBibliographyFile> {
    let parsed = this.#files.get(file);
    if (!parsed) {
      parsed = this.#parse(file);
      this.#files.set(file, parsed);
    }
    return parsed;
  }

  async #parse(file: string): Promise<ParsedBibliographyFile> {
    const name = path.basename(file);
    const format = bibliographyFormatOf(name);
    const unreadable = (reason: string): ParsedBibliographyFile => {
      const last = this.#lastGood.get(file);
      const message = `Bibliography ${file}: ${reason}.${last ? ' Its last good version stays in force.' : ''}`;
      this.#log.warn(message);
      return { entries: last ?? [], problems: [message], located: [], readable: false };
    };
    if (!format) return unreadable('not a bibliography format (.bib, .bibtex, CSL-JSON .json, CSL-YAML .yaml or .yml)');
    let text: string;
    try {
      text = await this.#fs.readFile(file, maxBibliographyBytes);
    } catch (error) {
      return unreadable(`cannot be read: ${(error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'it does not exist' : String((error as Error)?.message ?? error)}`);
    }
    if (text.includes('\u0000')) return unreadable('it is binary');
    const { entries, problems } = parseBibliography(text, format, file);
    this.#lastGood.set(file, entries);
    const messages = problems.slice(0, maxListedBibliographyProblems).map((p) => `Bibliography ${file} line ${p.line + 1}: ${p.message}`);
    if (problems.length > maxListedBibliographyProblems) messages.push(`Bibliography ${file}: ${problems.length - maxListedBibliographyProblems} more problems.`);
    for (const message of messages) this.#log.warn(message);
    this.#log.info(`Read the bibliography ${file}: ${entries.length} entries.`);
    return { entries, problems: messages, located: problems, readable: true };
  }
}

const noBibliography: NoteBibliography = { files: [], problems: [], unreadable: [], fileProblems: [] };

/** Quarto's project file and its folders' metadata files, whose `bibliography:` a note in them is rendered with. */
const quartoMetadataFiles = ['_quarto.yml', '_quarto.yaml', '_metadata.yml', '_metadata.yaml'];

/** Whether a file is a Quarto project's or folder's metadata file, which may name bibliographies for the notes below it. */
export function isQuartoMetadataFile(file: string): boolean {
  return quartoMetadataFiles.includes(path.basename(file));
}

/** A Quarto metadata file is a few lines; a larger one is refused rather than parsed. */
const maxMetadataBytes = 1024 * 1024;

/** What a folder's Quarto metadata files say of bibliographies: the files, problems reading them, and whether the folder is a project's. */
interface FolderMetadata {
  files: string[];
  problems: string[];
  project: boolean;
}
