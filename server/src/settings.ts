import { clipped, defaultLevels, findingCodes, listed, type AnalysisOptions, type CitationScope, type FindingCode, type Level, type ResultCueMode, type Span } from './core';
import { globMatcher, globProblem } from './globs';

/**
 * When a note's diagnostics are brought up to date in the editor: at each edit; only when it is
 * opened or saved and when the settings or the vocabulary change; or only when the user runs
 * Check This Note or Check All Notes (the CLI always checks).
 */
export type CheckFrequency = 'edit' | 'save' | 'manual';

const checkFrequencies: readonly CheckFrequency[] = ['edit', 'save', 'manual'];

/** Settings of one resource (`regenNotes.*`), after normalization: every field has a valid value. */
export interface Settings {
  vocabulary: {
    builtin: boolean;
    files: string[];
    terms: unknown[];
    /**
     * Where each of `terms` is written, when the settings were read from a file (the CLI reads
     * .vscode/settings.json or --config): the problems of an entry are reported at it. The editor
     * is handed the values alone, without their text.
     */
    termSpans?: readonly Span[];
    /** Where each of `files` is written, as `termSpans`: a file that cannot be read is reported at its entry. */
    fileSpans?: readonly Span[];
  };
  sources: string[];
  /** Bibliography files (paths or globs relative to the workspace folder) whose keys citations are checked against. */
  bibliography: string[];
  claims: {
    citationScope: CitationScope;
    /** The team's own claim cues: words and phrases that make a sentence a claim. */
    cues: string[];
    /** Whether a result cue makes a claim of any sentence or only of one that names a term. */
    resultCues: ResultCueMode;
  };
  levels: Record<FindingCode, Level>;
  check: {
    frequency: CheckFrequency;
  };
  include: string[];
  exclude: string[];
  /** Whether recognized terms are coloured by kind in the editor (semantic tokens). */
  highlightTerms: boolean;
}

/** What the settings say of how a note is analysed, in the editor and by the CLI alike. */
export function settingsAnalysisOptions(settings: Settings): AnalysisOptions {
  return { citationScope: settings.claims.citationScope, claimCues: settings.claims.cues, resultCues: settings.claims.resultCues, levels: settings.levels };
}

export const defaultSettings: Settings = {
  vocabulary: { builtin: true, files: [], terms: [] },
  sources: [],
  bibliography: [],
  claims: { citationScope: 'paragraph', cues: [], resultCues: 'always' },
  levels: defaultLevels,
  check: { frequency: 'edit' },
  include: ['**/*.md', '**/*.markdown', '**/*.qmd', '**/*.Rmd', '**/*.rmd'],
  exclude: [],
  highlightTerms: true,
};

const levels: readonly Level[] = ['error', 'warning', 'information', 'hint', 'off'];

/**
 * The entries of a list setting (vocabulary files, sources, include, exclude) that are used. Each
 * glob is compiled and tried on every note's path: 100,000 `include` globs took ~1 GB of memory
 * and 70 ms for each new path, and as many file names would each be read or reported.
 */
const maxListEntries = 1000;

/**
 * Turns whatever the client sent for `regenNotes` into valid settings. Never throws: a value of
 * the wrong type falls back to its default, with a message saying which setting and why.
 */
export function normalizeSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  // Quoting a value of thousands of nested lists overflowed the stack: every note went unchecked.
  if (nestsDeeperThan(raw, maxSettingsDepth)) {
    problems.push(`regenNotes: a value is nested more than ${maxSettingsDepth} levels deep; using defaults.`);
    raw = undefined;
  }
  const root = isObject(raw) ? raw : {};
  if (raw !== undefined && raw !== null && !isObject(raw)) problems.push(`regenNotes: expected an object of settings, got ${typeName(raw)}; using defaults.`);
  const vocabulary = isObject(root.vocabulary) ? root.vocabulary : {};
  const claims = isObject(root.claims) ? root.claims : {};
  const check = isObject(root.check) ? root.check : {};
  const unknown = unknownSettings(root);
  if (unknown.length) problems.push(`${listed(unknown, (name) => `'regenNotes.${clipped(name)}'`, 3)} ${unknown.length > 1 ? 'are not settings' : 'is not a setting'} of Regen Notes; ${unknown.length > 1 ? 'they were' : 'it was'} ignored.`);

  const pick = <T>(name: string, value: unknown, fallback: T, valid: (v: unknown) => v is T, expected: string): T => {
    if (value === undefined || value === null) return fallback;
    if (valid(value)) return value;
    problems.push(`regenNotes.${name}: expected ${expected}, got ${JSON.stringify(value)?.slice(0, 80) ?? typeName(value)}; using the default.`);
    return fallback;
  };
  const stringList = (name: string, value: unknown, fallback: string[]): string[] => {
    let list = pick(name, value, fallback, Array.isArray, 'a list of strings');
    if (list.length > maxListEntries) {
      problems.push(`regenNotes.${name}: ${list.length} entries; only the first ${maxListEntries} are used.`);
      list = list.slice(0, maxListEntries);
    }
    const strings = list.filter((v): v is string => typeof v === 'string' && v.trim() !== '');
    if (strings.length !== list.length) problems.push(`regenNotes.${name}: entries that are not non-empty strings were ignored.`);
    return strings;
  };
  // An entry that cannot be used (what `problemOf` says is wrong with it) is dropped here, once, with a message.
  const usableList = (name: string, value: unknown, fallback: string[], problemOf: (entry: string) => string | undefined): string[] =>
    stringList(name, value, fallback).filter((entry) => {
      const problem = problemOf(entry);
      if (problem) problems.push(`regenNotes.${name}: '${clipped(entry)}' ${problem}; it was ignored.`);
      return !problem;
    });
  // A glob that could not be matched, or only slowly.
  const globList = (name: string, value: unknown, fallback: string[]): string[] =>
    usableList(name, value, fallback, (glob) => {
      const problem = globProblem(glob);
      return problem ? `is not a glob that can be used (${problem})` : undefined;
    });

  const settings: Settings = {
    vocabulary: {
      builtin: pick('vocabulary.builtin', vocabulary.builtin, true, isBoolean, 'true or false'),
      files: stringList('vocabulary.files', vocabulary.files, []),
      terms: pick('vocabulary.terms', vocabulary.terms, [] as unknown[], Array.isArray, 'a list of terms'),
    },
    sources: globList('sources', root.sources, []),
    bibliography: globList('bibliography', root.bibliography, []),
    claims: {
      citationScope: pick('claims.citationScope', claims.citationScope, 'paragraph' as CitationScope, (v): v is CitationScope => v === 'paragraph' || v === 'sentence', "'paragraph' or 'sentence'"),
      cues: usableList('claims.cues', claims.cues, [], cueProblem),
      resultCues: pick('claims.resultCues', claims.resultCues, 'always' as ResultCueMode, (v): v is ResultCueMode => v === 'always' || v === 'withTerm', "'always' or 'withTerm'"),
    },
    levels: normalizeLevels(claims.level, problems),
    check: {
      frequency: pick('check.frequency', check.frequency, 'edit' as CheckFrequency, (v): v is CheckFrequency => checkFrequencies.includes(v as CheckFrequency), "'edit', 'save' or 'manual'"),
    },
    include: globList('include', root.include, defaultSettings.include),
    exclude: globList('exclude', root.exclude, []),
    highlightTerms: pick('highlightTerms', root.highlightTerms, true, isBoolean, 'true or false'),
  };
  return { settings, problems };
}

/**
 * The settings there are (package.json's `contributes.configuration`), by group: a key misspelt
 * (`regenNotes.claim.level`) would otherwise be read as no setting, and a check pass that the team
 * meant to fail. `trace` is the client's.
 */
export const knownSettings: Record<string, readonly string[] | undefined> = {
  vocabulary: ['builtin', 'files', 'terms'],
  sources: undefined,
  bibliography: undefined,
  claims: ['citationScope', 'level', 'cues', 'resultCues'],
  check: ['frequency'],
  include: undefined,
  exclude: undefined,
  highlightTerms: undefined,
  trace: ['server'],
};

/** The names, below `regenNotes.`, of the settings in `root` that Regen Notes does not have. */
function unknownSettings(root: Record<string, unknown>): string[] {
  const unknown: string[] = [];
  for (const [name, value] of Object.entries(root)) {
    if (!Object.hasOwn(knownSettings, name)) unknown.push(name);
    else if (knownSettings[name] && isObject(value)) for (const key of Object.keys(value)) if (!knownSettings[name]!.includes(key)) unknown.push(`${name}.${key}`);
  }
  return unknown;
}

/**
 * Why a claim cue cannot be used: one without a letter or digit would make every sentence a
 * claim. Its length counts the spaces around it too, as the settings schema's `maxLength` does,
 * so that the editor and the server call the same cue too long.
 */
function cueProblem(cue: string): string | undefined {
  if (cue.length > maxCueLength) return `is longer than ${maxCueLength} characters`;
  if (!/[\p{L}\p{N}]/u.test(cue)) return 'has no letter or digit';
  return undefined;
}

const maxCueLength = 100;

/** How deeply lists and objects may nest in the settings: a vocabulary term needs four levels. */
const maxSettingsDepth = 64;

/** Whether lists or objects in `value` nest more than `limit` deep; walked without recursion. */
function nestsDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== 'object' || item === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(item)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return false;
}

/** `claims.level` is one level for both claim findings, or a level per finding code. */
function normalizeLevels(value: unknown, problems: string[]): Record<FindingCode, Level> {
  const result = { ...defaultLevels };
  if (value === undefined || value === null) return result;
  if (typeof value === 'string') {
    if (isLevel(value)) {
      result['claim.unsupported'] = value;
      result['claim.contradicts-review'] = value;
    } else {
      problems.push(`regenNotes.claims.level: '${clipped(value)}' is not one of ${levels.join(', ')}; using the default.`);
    }
    return result;
  }
  if (!isObject(value)) {
    problems.push(`regenNotes.claims.level: expected a level or an object of levels per finding code; using the default.`);
    return result;
  }
  // One message for all the unknown codes: an object of 100,000 made as many, for every note.
  const unknown: string[] = [];
  for (const [code, level] of Object.entries(value)) {
    if (!(findingCodes as readonly string[]).includes(code)) unknown.push(code);
    else if (!isLevel(level)) problems.push(`regenNotes.claims.level.${code}: '${clipped(String(level))}' is not one of ${levels.join(', ')}; using the default.`);
    else result[code as FindingCode] = level;
  }
  if (unknown.length) problems.push(`regenNotes.claims.level: unknown finding code${unknown.length > 1 ? 's' : ''} ${listed(unknown, (code) => `'${clipped(code)}'`, 3)} ignored.`);
  return result;
}

function isLevel(v: unknown): v is Level {
  return typeof v === 'string' && (levels as readonly string[]).includes(v);
}

function isBoolean(v: unknown): v is boolean {
  return typeof v === 'boolean';
}

export function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeName(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'a list' : typeof v;
}

const noteMatchers = new WeakMap<Settings, (relativePath: string) => boolean>();

/**
 * Whether a `/`-separated path relative to the workspace folder is a note: it matches
 * `include` and not `exclude`. The globs are compiled once per settings object, and each path's
 * answer is kept: the server asks at every request, and a glob with three `*` in one part may
 * take a moment on a long name.
 */
export function isNotePath(settings: Settings, relativePath: string): boolean {
  let matches = noteMatchers.get(settings);
  if (!matches) {
    const included = globMatcher(settings.include, true);
    const excluded = settings.exclude.length ? globMatcher(settings.exclude, true) : () => false;
    const answers = new Map<string, boolean>();
    matches = (file) => {
      let answer = answers.get(file);
      if (answer === undefined) {
        answer = included(file) && !excluded(file);
        if (answers.size >= maxKeptAnswers) answers.clear();
        answers.set(file, answer);
      }
      return answer;
    };
    noteMatchers.set(settings, matches);
  }
  return matches(relativePath);
}

const maxKeptAnswers = 10_000;
