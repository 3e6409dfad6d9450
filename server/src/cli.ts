import { open, readFile, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { printParseErrorCode } from 'jsonc-parser';
import picomatch from 'picomatch';
import { analyzeDocument, applyTextEdits, clipped, fixAllNonPreferred, plural, createLineIndex, listed, ownText, withoutByteOrderMark, type LineIndex, type BibliographyProblem, type Finding, type FindingCode, type Level, type VocabularyProblem } from './core';
import { toSarif, type FileReport, type LocatedFinding } from './sarif';
import { githubAnnotation, printable, toCodeQuality, writeJunit } from './reportFormats';
import { ChunkedWriter, writeJson } from './jsonWriter';
import { expandBraces, globMatcher, globProblem } from './globs';
import { isNotePath, isObject, normalizeSettings, settingsAnalysisOptions, type Settings } from './settings';
import { decodeText, nodeFileSystem, readTextFile } from './nodeFileSystem';
import { isInside, relativePath, toSlashes } from './paths';
import { compileRegExpsAtOnce } from './launch';
import { listKeysOf, listSpans, parseSettingsText, regenSettingsOf } from './settingsFile';
import { BibliographyStore, maxFindingsShown, maxNoteBytes, maxVocabularyBytes, megabytes, RefusedFile, shownFindings, SourceLibrary, VocabularyStore } from './workspace';

// A check is one short process, and most of a long note is analysed before V8's optimizing
// compiler has caught up with the code; on two cores its background jobs also take turns with
// the analysis. Inlining less makes each of those jobs cheaper: a check of a 1 MB note is ~10%
// faster, one of 2,000 small notes no slower (see the README's Performance). The editor's
// server is long-lived and keeps V8's inlining.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=100');
compileRegExpsAtOnce();

const usage = `Usage: regen-notes check [paths | globs | -]… [options]

Checks markdown notes with the same vocabulary and settings as the editor: regenNotes.* from
the folder's .vscode/settings.json (or --config FILE) and the vocabulary files they name.
A folder is searched for the notes its include/exclude settings select; a glob ('notes/**/*.md',
quoted) is matched below the folder it starts from (which may be '..' or absolute); '-' reads
one note from standard input.

  --format FORMAT           text (default), json, sarif (SARIF 2.1.0 for GitHub code scanning),
                            github (annotations in a GitHub Actions run and its pull request),
                            gitlab (a GitLab code quality report), junit (JUnit XML test results)
  --config FILE             settings file (JSON with comments) instead of .vscode/settings.json
  --max-warnings N          fail only when there are errors or more than N warnings
  --stdin-name NAME         the name a note read from '-' is reported under (default <stdin>)
  --terms                   also list the terms recognized in each note
  --fix                     replace every non-preferred term with its preferred label in the
                            note files (the editor's fix-all), then report what is left
  --                        what follows is paths, even one that starts with '-'
  -h, --help                this text

Exit code: 0 when no finding is an error or a warning (information and hints never fail), or
with --max-warnings N when there are no errors and at most N warnings; 1 otherwise; 2 for a
usage or configuration error (unreadable or invalid settings, a setting that cannot be used, a
path that does not exist or is not a file or folder, a folder that holds no note, a glob that
matches no file, a glob that cannot be used, a note that cannot be read or is over 50 MB, a
vocabulary or a bibliography file that cannot be read).
A form a vocabulary file cannot have (another term has it) is a vocabulary.invalid finding.`;

const formats = ['text', 'json', 'sarif', 'github', 'gitlab', 'junit'] as const;
type Format = (typeof formats)[number];

interface Options {
  targets: string[];
  format: Format;
  config?: string;
  maxWarnings?: number;
  stdinName: string;
  terms: boolean;
  fix: boolean;
  help: boolean;
}

/** Why a check cannot be made (settings, a note or a vocabulary that cannot be used): exit 2 with this message. */
class CheckError extends Error {}
/** A command line that cannot be read: exit 2 with this message and the usage. */
class UsageError extends CheckError {}

/** A note to check: a file, or standard input under a name. */
interface Note {
  name: string;
  file?: string;
  /**
   * The URI the sources name the note's file by, so that it backs none of its own claims: for
   * standard input, of the file --stdin-name gives (an editor checking a note's unsaved text).
   */
  uri?: string;
}

/** What the report needs of a checked note; not its text or analysis, so a large repository is checked in the memory of its findings. */
interface CheckedNote {
  name: string;
  /** The first `maxFindingsShown` findings. */
  findings: LocatedFinding[];
  /** The findings past those, by level: they are not listed, but they count. */
  omitted: Tally;
  /** With --terms: the first `maxFindingsShown` terms recognized, in order. */
  terms?: { line: number; column: number; text: string; termId: string; role: string }[];
}

/** Findings counted by level. */
interface Tally {
  error: number;
  warning: number;
  other: number;
}

const progressThreshold = 50;

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  const options: Options = { targets: [], format: 'text', stdinName: '<stdin>', terms: false, fix: false, help: false };
  if (command === '-h' || command === '--help' || command === 'help') return { ...options, help: true };
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  const valueOf = (option: string, i: number): string => {
    const value = rest[i];
    if (value === undefined) throw new UsageError(`${option} needs a value`);
    return value;
  };
  let optionsEnd = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsEnd) {
      options.targets.push(arg);
    } else if (arg === '--') {
      // What follows is paths, even one that starts with a dash.
      optionsEnd = true;
    } else if (arg === '--format') {
      const value = valueOf(arg, ++i);
      if (!(formats as readonly string[]).includes(value)) throw new UsageError(`--format takes ${formats.slice(0, -1).join(', ')} or ${formats[formats.length - 1]}, not '${value}'`);
      options.format = value as Format;
    } else if (arg === '--config') {
      options.config = valueOf(arg, ++i);
    } else if (arg === '--max-warnings') {
      const value = valueOf(arg, ++i);
      if (!/^\d+$/.test(value)) throw new UsageError(`--max-warnings takes a whole number, not '${value}'`);
      options.maxWarnings = Number(value);
    } else if (arg === '--stdin-name') {
      options.stdinName = valueOf(arg, ++i);
      if (options.stdinName.trim() === '') throw new UsageError('--stdin-name takes a name, not an empty one');
    } else if (arg === '--terms') {
      options.terms = true;
    } else if (arg === '--fix') {
      options.fix = true;
    } else if (arg === '-h' || arg === '--help') {
      options.help = true;
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.targets.push(arg);
    }
  }
  if (options.targets.length === 0) options.targets.push('.');
  if (options.fix && options.targets.includes('-')) throw new UsageError("--fix writes note files; it cannot fix a note read from '-'");
  return options;
}

async function loadSettings(folder: string, config: string | undefined): Promise<{ settings: Settings; file: string }> {
  const file = config ?? path.join(folder, '.vscode', 'settings.json');
  const where = path.relative(folder, file) || file;
  let text: string;
  try {
    text = await readTextFile(file, maxVocabularyBytes);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // No settings file is the usual case; one that is there but cannot be read must not let a check pass on defaults.
    if (!config && (code === 'ENOENT' || code === 'ENOTDIR')) return { settings: normalizeSettings(undefined).settings, file };
    throw new CheckError(`cannot read settings file ${config ?? path.relative(folder, file)}: ${reasonOf(error)}`);
  }
  const parsed = parseSettingsText(text);
  if (!parsed) throw new CheckError(`${where}: not valid JSON (nested too deeply to be read)`);
  const { json, errors } = parsed;
  if (errors.length) {
    const { line, column } = lineColumnOf(createLineIndex(text), errors[0].offset);
    throw new CheckError(`${where}:${line}:${column}: not valid JSON (${printParseErrorCode(errors[0].error)})`);
  }
  // An empty file is no settings; anything else that is not an object would silently be the defaults.
  if (json !== undefined && !isObject(json)) throw new CheckError(`${where}: not a JSON object of settings`);
  if (json?.regenNotes !== undefined && !isObject(json.regenNotes)) throw new CheckError(`${where}: regenNotes is not an object of settings`);
  // Taken before `regenSettingsOf`, which writes dotted keys into the objects of others.
  const listKeys = listKeysOf(json);
  // In CI a setting that cannot be used is an error, not a warning: a mistyped include glob, or a
  // vocabulary file named by a string instead of a list, would let the check pass on the wrong notes.
  const raw = regenSettingsOf(json);
  const { settings, problems } = normalizeSettings(raw);
  if (problems.length > 0) throw new CheckError(`${where}: settings that cannot be used: ${problems.join(' ')}`);
  // The problems of inline vocabulary terms, and of vocabulary files that cannot be read, are
  // reported at their entries, not all at line 1. `files` is a copy of the list written (its
  // strings, which are all of it, or the check would have stopped above), so that list is placed.
  const spansOf = (list: unknown) => listSpans(text, listKeys, list);
  const termSpans = settings.vocabulary.terms.length > 0 ? spansOf(settings.vocabulary.terms) : undefined;
  const fileSpans = settings.vocabulary.files.length > 0 && isObject(raw.vocabulary) ? spansOf(raw.vocabulary.files) : undefined;
  if (!termSpans && !fileSpans) return { settings, file };
  return { settings: { ...settings, vocabulary: { ...settings.vocabulary, ...(termSpans && { termSpans }), ...(fileSpans && { fileSpans }) } }, file };
}

/**
 * Files below `folder` whose `/`-separated path relative to it passes `accept`, sorted; walked
 * with the server's rule for which folders to skip, so the CLI and the editor see the same notes.
 */
async function filesBelow(folder: string, accept: (relative: string) => boolean): Promise<string[]> {
  const { files, unreadable = [] } = await nodeFileSystem.listFiles(folder, accept, Number.POSITIVE_INFINITY);
  // A folder that cannot be listed may hold notes: passing without them would pass on the wrong notes.
  if (unreadable.length > 0) throw new CheckError(`cannot read ${listed(unreadable.map((u) => `${toSlashes(path.relative(process.cwd(), u.path)) || '.'} (${u.reason})`), undefined, 3)}`);
  return files.map((file) => file.path).sort();
}

async function collectNotes(folder: string, targets: string[], settings: Settings, stdinName: string): Promise<Note[]> {
  const notes: Note[] = [];
  const seen = new Set<string>();
  // A folder named through a symbolic link (macOS's /tmp) is the folder it links to: the current
  // folder is always its real path, and a note reached both ways must be one note, named below it.
  const realFolders = new Map<string, Promise<string>>();
  const real = (dir: string) => {
    let found = realFolders.get(dir);
    if (!found) realFolders.set(dir, (found = realpath(dir).catch(() => dir)));
    return found;
  };
  const realPath = async (file: string) => {
    const resolved = path.resolve(folder, file);
    return path.join(await real(path.dirname(resolved)), path.basename(resolved));
  };
  const add = async (file: string) => {
    const absolute = await realPath(file);
    if (seen.has(absolute)) return;
    seen.add(absolute);
    notes.push({ name: relativePath(folder, absolute) || path.basename(absolute), file: absolute, uri: pathToFileURL(absolute).toString() });
  };
  // A target given twice is walked (or read from standard input) once.
  for (const target of new Set(targets)) {
    if (target === '-') {
      // Named as a file target would be: a SARIF location is relative to the folder.
      if (stdinName === '<stdin>') {
        notes.push({ name: stdinName });
        continue;
      }
      const file = await realPath(stdinName);
      notes.push({ name: relativePath(folder, file) || stdinName, uri: pathToFileURL(file).toString() });
      continue;
    }
    // A file or folder that exists is that, even when its name holds `[…]` or `?`; otherwise a glob.
    const info = await stat(path.resolve(folder, target)).catch(() => undefined);
    const glob = toSlashes(path.normalize(target)).replace(/^\.\//, '');
    if (!info && picomatch.scan(glob).isGlob) {
      const problem = globProblem(glob);
      if (problem) throw new CheckError(`cannot use the glob '${clipped(glob)}': ${problem}`);
      let found = 0;
      // Each alternative of a group ('{notes,../shared}/*.md') is a glob of its own, below its own folder.
      for (const alternative of expandBraces(glob)) {
        const scan = picomatch.scan(alternative);
        if (!scan.isGlob) {
          if ((await stat(path.resolve(folder, alternative)).catch(() => undefined))?.isFile()) {
            await add(alternative);
            found++;
          }
          continue;
        }
        // Only the folder the glob is rooted in ('notes' in 'notes/**/*.md') has to be walked, and
        // the rest of the glob is matched below it: so a glob may also start above the folder
        // ('../shared/**/*.md') or be absolute.
        const base = await real(path.resolve(folder, scan.base));
        const matches = globMatcher(scan.glob, true);
        const files = await filesBelow(base, (file) => matches(toSlashes(file)));
        for (const file of files) await add(file);
        found += files.length;
      }
      // As ESLint and cspell do: a mistyped pattern must not let CI pass on no notes at all.
      if (found === 0) throw new CheckError(`no file matches ${target}`);
      continue;
    }
    if (!info) throw new CheckError(`no such file or folder: ${target}`);
    if (info.isFile()) {
      await add(target);
      continue;
    }
    if (!info.isDirectory()) throw new CheckError(`not a file or folder: ${target}`);
    const base = await real(path.resolve(folder, target));
    // Notes are paths below the folder, as the editor reads them below their workspace folder; a
    // folder outside it ('../shared') is read from its own top.
    const root = isInside(folder, base) ? folder : base;
    const notesBelow = await filesBelow(base, (file) => isNotePath(settings, relativePath(root, path.join(base, file))));
    // As for a glob: a folder named on the command line that holds no note must not let CI pass.
    if (notesBelow.length === 0) throw new CheckError(`no notes in ${target}: none of its files is a note that the include and exclude settings select`);
    for (const file of notesBelow) await add(file);
  }
  return notes;
}

/** 1-based line and UTF-16 column of an offset, as editors and SARIF count them. */
function lineColumnOf(lines: LineIndex, offset: number): { line: number; column: number } {
  const { line, character } = lines.positionOf(offset);
  return { line: line + 1, column: character + 1 };
}

/** A note's text; one that cannot be read (no permission, a pipe, a device, too large) is a usage error, not a crash or a hang. */
async function readNote(file: string, name: string): Promise<string> {
  try {
    return withoutByteOrderMark(await readTextFile(file, maxNoteBytes));
  } catch (error) {
    throw new CheckError(`cannot read ${name}: ${reasonOf(error)}`);
  }
}

/**
 * Writes a note's fixed text over its file, which must still hold `text` (the text it was checked
 * as): a note changed since, or one that is not UTF-8 (UTF-16, bytes that are no UTF-8, which
 * reading replaced), is left as it is, with a message, so nothing of it is lost. The file is
 * written beside the one it replaces and renamed over it, so a failed write leaves the note whole;
 * a link to a note is followed, so the note it links to is fixed and the link stays a link.
 */
async function writeFixed(file: string, name: string, text: string, fixed: string): Promise<boolean> {
  let target: string;
  let bytes: Buffer;
  let mode: number;
  try {
    target = await realpath(file);
    const info = await stat(target);
    if (!info.isFile()) throw new RefusedFile('it is no longer a file', 'not-a-file');
    [bytes, mode] = [await readFile(target), info.mode];
  } catch (error) {
    // Removed, or replaced by a folder, since it was checked: there is nothing of it to write over.
    warn(`${name}: not fixed, as it changed since it was read (${reasonOf(error)}).`);
    return false;
  }
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (!bytes.subarray(bom ? 3 : 0).equals(Buffer.from(text, 'utf8'))) {
    warn(`${name}: not fixed, as it changed since it was read or is not UTF-8 text.`);
    return false;
  }
  // Renaming over a file needs only the folder's permission: a note its owner made read-only would be rewritten.
  if ((mode & 0o222) === 0) {
    warn(`${name}: not fixed, as it is read-only.`);
    return false;
  }
  const { handle, temporary } = await createTemporary(target, name, mode);
  try {
    await handle.writeFile((bom ? '\ufeff' : '') + fixed);
    // The mode `open` gives is cut by the umask: a group-writable note would lose its group's write.
    await handle.chmod(mode & 0o7777);
    await handle.close();
    await rename(temporary, target);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await unlink(temporary).catch(() => undefined);
    throw new CheckError(`cannot write ${name}: ${reasonOf(error)}; it was left as it was`);
  }
  return true;
}

/** A new file beside `target` to write its text to; a file that has the name already is someone else's, and another name is taken. */
async function createTemporary(target: string, name: string, mode: number): Promise<{ handle: FileHandle; temporary: string }> {
  for (let attempt = 0; ; attempt++) {
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.regen-notes-${process.pid}${attempt > 0 ? `-${attempt}` : ''}.tmp`);
    try {
      return { handle: await open(temporary, 'wx', mode & 0o777), temporary };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST' && attempt < 100) continue;
      throw new CheckError(`cannot write ${name}: ${reasonOf(error)}; it was left as it was`);
    }
  }
}

/** Why a file could not be read, in a few words: the refusal's reason, or the system's error code. */
function reasonOf(error: unknown): string {
  if (error instanceof RefusedFile) return error.message;
  return (error as NodeJS.ErrnoException)?.code ?? String((error as Error)?.message ?? error);
}

async function readStdin(name: string): Promise<string> {
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    bytes += (chunk as Buffer).length;
    if (bytes > maxNoteBytes) throw new CheckError(`cannot read ${name}: it is larger than ${megabytes(maxNoteBytes)}`);
    chunks.push(chunk as Buffer);
  }
  return withoutByteOrderMark(decodeText(Buffer.concat(chunks)));
}

/** Findings counted by level; `off` is not counted. */
function tally(levels: Level[]): Tally {
  const counts: Tally = { error: 0, warning: 0, other: 0 };
  for (const level of levels) {
    if (level === 'error' || level === 'warning') counts[level]++;
    else if (level !== 'off') counts.other++;
  }
  return counts;
}

function locate(text: string, lines: LineIndex, findings: readonly Finding[], levels: Record<FindingCode, Level>): LocatedFinding[] {
  const located: LocatedFinding[] = [];
  for (const f of findings) {
    const level = levels[f.code];
    if (level === 'off') continue;
    const start = lineColumnOf(lines, f.start);
    const end = lineColumnOf(lines, f.end);
    located.push({ code: f.code, level, message: f.message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, snippet: ownText(text.slice(f.start, f.end)) });
  }
  return located;
}

/**
 * Vocabulary problems as findings of the file they are in (settings problems: in the settings
 * file), in two kinds. A file or setting that could not be used at all is a configuration error:
 * always reported, at level error. What merging left out of a file that is in use (a form another
 * term has, an unknown related id) is a finding at the level of `vocabulary.invalid`, as the
 * editor shows it: none when that level is off.
 */
function vocabularyReports(problems: Map<string, VocabularyProblem[]>, folder: string, settingsFile: string, levels: Record<FindingCode, Level>): { unusable: FileReport[]; dropped: (FileReport & { omitted: number })[] } {
  const droppedLevel = levels['vocabulary.invalid'];
  const unusable: FileReport[] = [];
  const dropped: (FileReport & { omitted: number })[] = [];
  const finding = (p: VocabularyProblem, level: Exclude<Level, 'off'>): LocatedFinding => ({ code: 'vocabulary.invalid', level, message: p.message, line: p.line + 1, column: 1, endLine: p.line + 1, endColumn: 1, snippet: p.message });
  for (const [where, list] of problems) {
    const file = relativePath(folder, where === 'settings' ? settingsFile : where === 'builtin' ? 'built-in vocabulary' : where);
    const fatal = list.filter((p) => !p.dropped);
    if (fatal.length > 0) unusable.push({ file, findings: fatal.map((p) => finding(p, 'error')) });
    const left = list.filter((p) => p.dropped);
    // The first 10,000 are listed, as of a note's findings and as the editor shows them on the file.
    const listed = left.slice(0, maxFindingsShown);
    if (left.length > 0 && droppedLevel !== 'off') dropped.push({ file, findings: listed.map((p) => finding(p, droppedLevel)), omitted: left.length - listed.length });
  }
  return { unusable, dropped };
}

/**
 * The entries of bibliography files that cannot be read, as findings of their files at the level of
 * `bibliography.invalid`, as the editor shows them on the file: none when that level is off; the
 * first 10,000 of a file listed, the rest counted.
 */
function bibliographyReports(problems: ReadonlyMap<string, BibliographyProblem[]>, folder: string, levels: Record<FindingCode, Level>): (FileReport & { omitted: number })[] {
  const level = levels['bibliography.invalid'];
  if (level === 'off') return [];
  const reports: (FileReport & { omitted: number })[] = [];
  for (const [file, list] of problems) {
    if (list.length === 0) continue;
    const listed = list.slice(0, maxFindingsShown);
    const findings = listed.map((p): LocatedFinding => ({ code: 'bibliography.invalid', level, message: p.message, line: p.line + 1, column: 1, endLine: p.line + 1, endColumn: 1, snippet: p.message }));
    reports.push({ file: relativePath(folder, file), findings, omitted: list.length - listed.length });
  }
  return reports;
}

const colours = { error: '\u001b[31m', warning: '\u001b[33m', information: '\u001b[36m', hint: '\u001b[90m', dim: '\u001b[2m', reset: '\u001b[0m' };

/**
 * Reports with their paths relative to the repository's root, as GitHub and GitLab read them,
 * where the check ran in a folder below it (`root`: the job's checkout, `GITHUB_WORKSPACE` or
 * `CI_PROJECT_DIR`). A path outside the root, an absolute one and `<stdin>`'s name are left as they are.
 */
function fromRepositoryRoot(reports: FileReport[], root: string | undefined, folder: string): FileReport[] {
  if (!root || !path.isAbsolute(root) || !isInside(root, folder)) return reports;
  const below = relativePath(root, folder);
  if (below === '') return reports;
  return reports.map((report) => {
    const file = path.posix.normalize(`${below}/${report.file}`);
    return path.posix.isAbsolute(report.file) || report.file.startsWith('<') || file.startsWith('../') ? report : { ...report, file };
  });
}

/** The last line of a report in text: how many notes, and what was found. */
function summary(notes: number, { error, warning, other }: { error: number; warning: number; other: number }): string {
  return `${plural(notes, 'note')} checked: ${plural(error, 'error')}, ${plural(warning, 'warning')}, ${other} other finding${other === 1 ? '' : 's'}.\n`;
}

function textLine(file: string, f: LocatedFinding, colour: boolean): string {
  const level = colour ? `${colours[f.level]}${f.level}${colours.reset}` : f.level;
  const code = colour ? `${colours.dim}${f.code}${colours.reset}` : f.code;
  return `${printable(file)}:${f.line}:${f.column}  ${level}  ${code}  ${printable(f.message)}\n`;
}

/** Whether the progress line is on the terminal, to be cleared before anything else is written there. */
let progressShown = false;

function showProgress(text: string): void {
  process.stderr.write(`\r${text}`);
  progressShown = true;
}

function clearProgress(): void {
  if (progressShown) process.stderr.write('\r\u001b[K');
  progressShown = false;
}

/** A line on standard error, its control characters escaped as in text output. */
function warn(message: string): void {
  clearProgress();
  process.stderr.write(`regen-notes: ${printable(message)}\n`);
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return 0;
  }
  const folder = process.cwd();
  const { settings, file: settingsFile } = await loadSettings(folder, options.config);
  const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined };
  const vocabulary = await new VocabularyStore(nodeFileSystem, quiet).vocabularyFor(folder, settings);
  const sources = await new SourceLibrary(nodeFileSystem, quiet).sourcesFor(folder, settings.sources, vocabulary.index);
  for (const problem of sources.problems) warn(problem);
  const index = sources.claimIndex ?? vocabulary.index;
  const { unusable, dropped } = vocabularyReports(vocabulary.problems, folder, settingsFile, settings.levels);
  for (const report of unusable) for (const f of report.findings) warn(`${report.file}:${f.line}  ${f.message}`);

  const notes = await collectNotes(folder, options.targets, settings, options.stdinName);
  const progress = process.stderr.isTTY && notes.length > progressThreshold;
  const checked: CheckedNote[] = [];
  const analysisOptions = settingsAnalysisOptions(settings);
  const bibliographies = new BibliographyStore(nodeFileSystem, quiet);
  const warned = new Set<string>();
  // The problems of each bibliography file read, once however many notes read it, in the order first read.
  const bibliographyProblems = new Map<string, BibliographyProblem[]>();
  for (const note of notes) {
    let text = note.file ? await readNote(note.file, note.name) : await readStdin(note.name);
    const notePath = note.file ? path.resolve(folder, note.file) : note.uri?.startsWith('file:') ? fileURLToPath(note.uri) : undefined;
    const bibliography = await bibliographies.bibliographyFor(folder, settings, notePath, text);
    // A bibliography that cannot be read would leave every key unchecked, or flag them all: CI must not pass on that.
    if (bibliography.unreadable.length > 0) throw new CheckError(`${note.name}: ${bibliography.problems.find((p) => p.includes(bibliography.unreadable[0])) ?? `cannot read the bibliography ${bibliography.unreadable[0]}`}`);
    for (const { file, problems } of bibliography.fileProblems) if (!bibliographyProblems.has(file)) bibliographyProblems.set(file, [...problems]);
    for (const problem of bibliography.problems) {
      // An entry that cannot be read is a finding of its file (bibliography.invalid), not a message.
      if (warned.has(problem) || bibliography.fileMessages?.has(problem)) continue;
      warned.add(problem);
      warn(problem);
    }
    const noteOptions = { ...analysisOptions, noteUri: note.uri, ...(bibliography.bibliography ? { bibliography: bibliography.bibliography } : {}) };
    let analysis = analyzeDocument(text, index, noteOptions);
    const edits = options.fix && note.file ? fixAllNonPreferred(analysis.findings) : [];
    if (edits.length > 0) {
      const fixed = applyTextEdits(text, edits);
      if (await writeFixed(note.file!, note.name, text, fixed)) {
        warn(`${note.name}: replaced ${plural(edits.length, 'non-preferred term')}.`);
        text = fixed;
        analysis = analyzeDocument(text, index, noteOptions);
      }
    }
    const lines = createLineIndex(text);
    const { shown, omitted: left } = shownFindings(analysis.findings, settings.levels);
    const omitted = tally(left.map((f) => settings.levels[f.code]));
    const more = omitted.error + omitted.warning + omitted.other;
    if (more > 0) warn(`${note.name}: ${plural(more, 'finding')} past the first ${maxFindingsShown} ${more === 1 ? 'is' : 'are'} not listed (${plural(omitted.error, 'error')}, ${plural(omitted.warning, 'warning')}); they count toward the exit code.`);
    const terms = options.terms ? analysis.terms.slice(0, maxFindingsShown) : undefined;
    if (terms && analysis.terms.length > maxFindingsShown) warn(`${note.name}: ${plural(analysis.terms.length - maxFindingsShown, 'term')} past the first ${maxFindingsShown} ${analysis.terms.length - maxFindingsShown === 1 ? 'is' : 'are'} not listed.`);
    checked.push({
      name: note.name,
      findings: locate(text, lines, shown, settings.levels),
      omitted,
      ...(terms ? { terms: terms.map((t) => ({ ...lineColumnOf(lines, t.start), text: t.text, termId: t.termId, role: t.role })) } : {}),
    });
    if (progress && (checked.length % 10 === 0 || checked.length === notes.length)) showProgress(`checked ${checked.length}/${notes.length} notes`);
  }
  clearProgress();

  // What merging left out of the vocabulary files, and the entries of bibliographies that cannot be read, are reported with the notes' findings, first.
  const unreadEntries = bibliographyReports(bibliographyProblems, folder, settings.levels);
  const fileReports = [...dropped, ...unreadEntries];
  const reports: FileReport[] = [...fileReports, ...checked.map((n) => ({ file: n.name, findings: n.findings }))];
  const counts = tally(reports.flatMap((r) => r.findings.map((f) => f.level)));
  for (const n of checked) for (const level of ['error', 'warning', 'other'] as const) counts[level] += n.omitted[level];
  for (const { file, omitted, findings } of fileReports) {
    if (omitted === 0) continue;
    const code = findings[0].code;
    const level = settings.levels[code];
    counts[level === 'error' || level === 'warning' ? level : 'other'] += omitted;
    warn(`${file}: ${plural(omitted, code === 'vocabulary.invalid' ? 'vocabulary problem' : 'bibliography problem')} past the first ${maxFindingsShown} ${omitted === 1 ? 'is' : 'are'} not listed; they count toward the exit code.`);
  }
  const { error: errors, warning: warnings } = counts;

  const out = new ChunkedWriter((text) => process.stdout.write(text));
  if (options.format === 'sarif') {
    writeJson(toSarif([...unusable, ...reports], settings.levels), out);
    out.write('\n');
  } else if (options.format === 'junit') {
    writeJunit([...unusable, ...reports], (text) => out.write(text));
  } else if (options.format === 'gitlab') {
    writeJson(toCodeQuality(fromRepositoryRoot([...unusable, ...reports], process.env.CI_PROJECT_DIR, folder)), out);
    out.write('\n');
  } else if (options.format === 'github') {
    for (const r of fromRepositoryRoot([...unusable, ...reports], process.env.GITHUB_WORKSPACE, folder)) for (const f of r.findings) out.write(githubAnnotation(r.file, f));
    out.write(summary(checked.length, counts));
  } else if (options.format === 'json') {
    const findingsOf = (r: { findings: LocatedFinding[] }) => r.findings.map(({ snippet: _snippet, ...f }) => f);
    const json = [...fileReports.map((r) => ({ file: r.file, findings: findingsOf(r) })), ...checked.map((n) => ({ file: n.name, findings: findingsOf(n), ...(n.terms ? { terms: n.terms } : {}) }))];
    writeJson(json, out);
    out.write('\n');
  } else {
    const colour = !!process.stdout.isTTY && !process.env.NO_COLOR;
    for (const r of fileReports) for (const f of r.findings) out.write(textLine(r.file, f, colour));
    for (const n of checked) {
      if (n.terms) {
        const seen = new Map<string, number>();
        for (const t of n.terms) seen.set(t.termId, (seen.get(t.termId) ?? 0) + 1);
        const labels = [...seen].map(([id, count]) => `${vocabulary.index.terms.get(id)?.label ?? id}${count > 1 ? ` ×${count}` : ''}`);
        out.write(`${printable(n.name)}: ${n.terms.length} terms — ${printable(labels.join(', '))}\n`);
      }
      for (const f of n.findings) out.write(textLine(n.name, f, colour));
    }
    out.write(summary(checked.length, counts));
  }
  out.flush();

  if (unusable.length > 0) return 2;
  if (errors > 0) return 1;
  return warnings > (options.maxWarnings ?? 0) ? 1 : 0;
}

// A reader that stops early (`regen-notes check | head`) closes the pipe: the report is not wanted,
// which is no failure. Any other write error (a full disk) is a plain message, not a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') return;
  warn(`cannot write the report: ${error.code ?? error.message}`);
  process.exitCode = 2;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    clearProgress();
    if (error instanceof UsageError) process.stderr.write(`regen-notes: ${printable(error.message)}\n\n${usage}\n`);
    else if (error instanceof CheckError) warn(error.message);
    else process.stderr.write(`regen-notes: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
