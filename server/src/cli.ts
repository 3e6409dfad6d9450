import { readFile, readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { parse as parseJsonc, type ParseError } from 'jsonc-parser';
import { analyzeDocument, type DocumentAnalysis, type Level } from './core';
import { normalizeSettings, type Settings } from './settings';
import { VocabularyStore } from './workspace';

const usage = `Usage: regen-notes check [paths…] [--format text|json] [--config FILE] [--terms]

Checks markdown notes with the same vocabulary and settings as the editor: regenNotes.* from
the folder's .vscode/settings.json (or --config FILE) and the vocabulary files they name.
  --format text|json   output format (default text)
  --config FILE        settings file (JSON with comments) instead of .vscode/settings.json
  --terms              also list the terms recognized in each note
Exit code: 0 no findings, 1 findings, 2 usage or configuration error.`;

interface Options {
  paths: string[];
  format: 'text' | 'json';
  config?: string;
  terms: boolean;
}

class UsageError extends Error {}

function parseArgs(argv: string[]): Options {
  const [command, ...rest] = argv;
  if (command !== 'check') throw new UsageError(command ? `unknown command '${command}'` : 'no command given');
  const options: Options = { paths: [], format: 'text', terms: false };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--format') {
      const value = rest[++i];
      if (value !== 'text' && value !== 'json') throw new UsageError(`--format takes text or json, not '${value ?? ''}'`);
      options.format = value;
    } else if (arg === '--config') {
      options.config = rest[++i];
      if (!options.config) throw new UsageError('--config needs a file');
    } else if (arg === '--terms') {
      options.terms = true;
    } else if (arg.startsWith('-')) {
      throw new UsageError(`unknown option '${arg}'`);
    } else {
      options.paths.push(arg);
    }
  }
  if (options.paths.length === 0) options.paths.push('.');
  return options;
}

/** The `regenNotes.*` keys of a VS Code settings file, as the nested object the server receives. */
export function regenSettingsOf(settingsJson: unknown): Record<string, unknown> {
  const nested: Record<string, unknown> = {};
  if (typeof settingsJson !== 'object' || settingsJson === null) return nested;
  for (const [key, value] of Object.entries(settingsJson)) {
    if (!key.startsWith('regenNotes.')) continue;
    const parts = key.split('.').slice(1);
    let node = nested;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]] = value;
  }
  return nested;
}

async function loadSettings(folder: string, config: string | undefined): Promise<Settings> {
  const file = config ?? path.join(folder, '.vscode', 'settings.json');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    if (config) throw new UsageError(`cannot read settings file ${config}`);
    return normalizeSettings(undefined).settings;
  }
  const errors: ParseError[] = [];
  const json: unknown = parseJsonc(text, errors, { allowTrailingComma: true });
  if (errors.length) throw new UsageError(`${file} is not valid JSON (offset ${errors[0].offset})`);
  const { settings, problems } = normalizeSettings(regenSettingsOf(json));
  for (const problem of problems) process.stderr.write(`regen-notes: ${problem}\n`);
  return settings;
}

async function collectNotes(target: string, out: string[]): Promise<void> {
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new UsageError(`no such file or folder: ${target}`);
  if (info.isFile()) {
    out.push(target);
    return;
  }
  for (const entry of (await readdir(target, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = path.join(target, entry.name);
    if (entry.isDirectory()) await collectNotes(child, out);
    else if (/\.(md|markdown)$/i.test(entry.name)) out.push(child);
  }
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

async function main(argv: string[]): Promise<number> {
  const options = parseArgs(argv);
  const folder = process.cwd();
  const settings = await loadSettings(folder, options.config);
  const store = new VocabularyStore({ readFile: (file) => readFile(file, 'utf8') }, { info: () => undefined, warn: () => undefined, error: () => undefined });
  const vocabulary = await store.vocabularyFor(folder, settings);
  let failed = false;
  for (const [where, problems] of vocabulary.problems) {
    for (const p of problems) {
      process.stderr.write(`${where === 'settings' ? 'settings' : `${path.relative(folder, where)}:${p.line + 1}`}  error  vocabulary.invalid  ${p.message}\n`);
      failed = true;
    }
  }
  const notes: string[] = [];
  for (const target of options.paths) await collectNotes(target, notes);
  const results: { file: string; text: string; analysis: DocumentAnalysis }[] = [];
  for (const file of notes) {
    const text = await readFile(file, 'utf8');
    results.push({ file, text, analysis: analyzeDocument(text, vocabulary.index, { citationScope: settings.claims.citationScope, levels: settings.levels }) });
  }
  const level = (code: keyof Settings['levels']): Level => settings.levels[code];
  let count = 0;
  if (options.format === 'json') {
    const json = results.map(({ file, text, analysis }) => ({
      file: path.relative(folder, file),
      findings: analysis.findings.map((f) => ({ ...lineColumn(text, f.start), level: level(f.code), code: f.code, message: f.message })),
      ...(options.terms ? { terms: analysis.terms.map((t) => ({ ...lineColumn(text, t.start), text: t.text, termId: t.termId, role: t.role })) } : {}),
    }));
    count = json.reduce((n, r) => n + r.findings.length, 0);
    process.stdout.write(JSON.stringify(json, null, 2) + '\n');
  } else {
    for (const { file, text, analysis } of results) {
      const name = path.relative(folder, file);
      if (options.terms) {
        const seen = new Map<string, number>();
        for (const t of analysis.terms) seen.set(t.termId, (seen.get(t.termId) ?? 0) + 1);
        const labels = [...seen].map(([id, n]) => `${vocabulary.index.terms.get(id)?.label ?? id}${n > 1 ? ` ×${n}` : ''}`);
        process.stdout.write(`${name}: ${analysis.terms.length} terms — ${labels.join(', ')}\n`);
      }
      for (const f of analysis.findings) {
        const { line, column } = lineColumn(text, f.start);
        process.stdout.write(`${name}:${line}:${column}  ${level(f.code)}  ${f.code}  ${f.message}\n`);
        count++;
      }
    }
    process.stdout.write(`${results.length} note${results.length === 1 ? '' : 's'} checked, ${count} finding${count === 1 ? '' : 's'}.\n`);
  }
  return failed ? 2 : count > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(error instanceof UsageError ? `regen-notes: ${error.message}\n\n${usage}\n` : `regen-notes: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 2;
  },
);
