import * as path from 'node:path';
import { builtinLayer, buildTermIndex, layerFromSettings, mergeLayers, parseVocabulary, type TermIndex, type VocabularyLayer, type VocabularyProblem } from './core';
import type { Settings } from './settings';

/** Reading files, injected so tests can use an in-memory disk. */
export interface FileSystem {
  /** The file's text; rejects when it cannot be read. */
  readFile(file: string): Promise<string>;
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
}

const maxVocabularyBytes = 20 * 1024 * 1024;

/**
 * Reads vocabulary files and layers them over the built-in data, per workspace folder. A file
 * that breaks (bad YAML, schema errors, gone) is reported and its last good version stays in force.
 */
export class VocabularyStore {
  readonly #fs: FileSystem;
  readonly #log: Logger;
  readonly #lastGood = new Map<string, VocabularyLayer>();
  readonly #cache = new Map<string, Promise<FolderVocabulary>>();
  #builtin: VocabularyLayer | undefined;

  constructor(fs: FileSystem, log: Logger) {
    this.#fs = fs;
    this.#log = log;
  }

  /** The merged vocabulary for a folder (`undefined` for files outside any folder). */
  vocabularyFor(folder: string | undefined, settings: Settings, trusted = true): Promise<FolderVocabulary> {
    const key = JSON.stringify([folder, settings.vocabulary, trusted]);
    let entry = this.#cache.get(key);
    if (!entry) {
      entry = this.#load(folder, settings, trusted);
      this.#cache.set(key, entry);
    }
    return entry;
  }

  /** Forgets cached vocabularies, so the next request reads the files again. */
  invalidate(): void {
    this.#cache.clear();
  }

  /** Resolves `vocabulary.files` entries of a folder: `${workspaceFolder}` and relative paths. */
  resolveFiles(folder: string | undefined, files: string[]): { resolved: string[]; problems: string[] } {
    const resolved: string[] = [];
    const problems: string[] = [];
    for (const entry of files) {
      const expanded = entry.replace(/\$\{workspaceFolder\}/g, folder ?? '');
      if (!folder && !path.isAbsolute(expanded)) {
        problems.push(`regenNotes.vocabulary.files: '${entry}' is relative, but the note is not in a workspace folder.`);
        continue;
      }
      const file = path.resolve(folder ?? '/', expanded);
      if (folder && path.relative(folder, file).startsWith('..')) {
        problems.push(`regenNotes.vocabulary.files: '${entry}' lies outside the workspace folder ${folder}; it was not read.`);
        continue;
      }
      resolved.push(file);
    }
    return { resolved, problems };
  }

  async #load(folder: string | undefined, settings: Settings, trusted: boolean): Promise<FolderVocabulary> {
    const layers: VocabularyLayer[] = [];
    const problems = new Map<string, VocabularyProblem[]>();
    const settingsOrigin = { layer: 'settings' as const };
    const report = (key: string, list: VocabularyProblem[]) => {
      if (list.length) problems.set(key, [...(problems.get(key) ?? []), ...list]);
    };
    if (settings.vocabulary.builtin) layers.push((this.#builtin ??= builtinLayer()));

    const { resolved, problems: pathProblems } = trusted ? this.resolveFiles(folder, settings.vocabulary.files) : { resolved: [], problems: [] };
    report('settings', pathProblems.map((message) => ({ message, origin: settingsOrigin, start: 0, end: 0, line: 0 })));
    for (const file of resolved) {
      const layer = await this.#readLayer(file, report);
      if (layer) layers.push(layer);
    }
    if (settings.vocabulary.terms.length > 0) {
      const inline = layerFromSettings(settings.vocabulary.terms, settingsOrigin);
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
    for (const [where, list] of problems) for (const p of list) this.#log.warn(`Vocabulary ${where === 'settings' ? 'settings' : where}: ${p.message}`);
    return { index: buildTermIndex(merged.vocabulary), problems, files: resolved };
  }

  async #readLayer(file: string, report: (key: string, list: VocabularyProblem[]) => void): Promise<VocabularyLayer | undefined> {
    const origin = { layer: 'file' as const, file };
    let text: string;
    try {
      text = await this.#fs.readFile(file);
    } catch (error) {
      const last = this.#lastGood.get(file);
      const reason = (error as NodeJS.ErrnoException)?.code === 'ENOENT' ? 'it does not exist' : String((error as Error)?.message ?? error);
      report('settings', [{ message: `regenNotes.vocabulary.files: cannot read ${file}: ${reason}.${last ? ' Its last good version stays in force.' : ''}`, origin, start: 0, end: 0, line: 0 }]);
      return last;
    }
    if (text.length > maxVocabularyBytes || text.includes('\u0000')) {
      report(file, [{ message: `This vocabulary file is ${text.includes('\u0000') ? 'binary' : 'larger than 20 MB'}; it was not read.`, origin, start: 0, end: 0, line: 0 }]);
      return this.#lastGood.get(file);
    }
    const parsed = parseVocabulary(text, origin);
    if (parsed.layer) {
      this.#lastGood.set(file, parsed.layer);
      return parsed.layer;
    }
    const last = this.#lastGood.get(file);
    report(file, parsed.problems.map((p) => (last ? { ...p, message: `${p.message} (the last good version of this file stays in force)` } : p)));
    return last;
  }
}
