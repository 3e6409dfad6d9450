/**
 * Benchmarks of the core, the server and the CLI against the targets in issue 6. Prints a table
 * and writes it to .bench/results.md. Run with `npm run bench` (node --expose-gc for heap figures).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { getHeapSpaceStatistics } from 'node:v8';
import { PassThrough } from 'node:stream';
import { createConnection } from 'vscode-languageserver/node';
import {
  createProtocolConnection,
  CompletionRequest,
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
  WorkspaceSymbolRequest,
  type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { tokenEdits, toSemanticTokens } from '../../server/src/convert';
import { analyzeDocument, builtinLayer, buildTermIndex, claimTermIds, termTokens, completeCitationKeys, mergeBibliographies, mergeLayers, parseBibliography, parseVocabulary, suggestCitations, type TermIndex, type VocabularyLayer } from '../../server/src/core';
import { compileRegExpsAtOnce, serverExecArgv } from '../../server/src/launch';
import { nodeFileSystem } from '../../server/src/nodeFileSystem';
import { RegenServer } from '../../server/src/server';
import { generateNote, seededRandom } from './generate';

// As the server and the CLI do: the core's figures in this process are then theirs.
compileRegExpsAtOnce();

const root = path.resolve(__dirname, '../../..');
const benchDir = path.join(root, '.bench');
const serverPath = path.join(root, 'dist/server.js');
const cliPath = path.join(root, 'dist/cli.js');
const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
const quick = process.argv.includes('--quick');

interface Row {
  measure: string;
  value: string;
  target?: string;
  pass?: boolean;
}
const rows: Row[] = [];

function record(measure: string, value: string, target?: string, pass?: boolean): void {
  rows.push({ measure, value, target, pass });
  process.stderr.write(`  ${measure}: ${value}${target ? ` (target ${target}: ${pass ? 'PASS' : 'MISS'})` : ''}\n`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function time(fn: () => void): number {
  const start = performance.now();
  fn();
  return performance.now() - start;
}

const ms = (n: number) => `${n < 10 ? n.toFixed(2) : n.toFixed(0)} ms`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const signed = (bytes: number) => `${bytes < 0 ? '' : '+'}${mb(bytes)}`;

function heapUsed(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

/**
 * The heap after a full collection, and how much of it is machine code (V8's code spaces): the
 * code the JIT compiles for the analysis and the compiled regular expressions, which grows as
 * V8 optimises and stays, unlike objects the analysis keeps.
 */
function heapWithCode(): { used: number; code: number } {
  const used = heapUsed();
  let code = 0;
  for (const space of getHeapSpaceStatistics()) if (space.space_name.startsWith('code')) code += space.space_used_size;
  return { used, code };
}

interface TermList {
  name: string;
  label: string;
  file?: string;
  layer?: VocabularyLayer;
}

function termLists(): TermList[] {
  if (!existsSync(path.join(benchDir, 'terms-100k.json'))) spawnSync(process.execPath, [path.join(root, 'test/bench/terms.mjs')], { stdio: 'inherit' });
  const meta = JSON.parse(readFileSync(path.join(benchDir, 'terms-meta.json'), 'utf8')) as Record<string, { kind: string; count: number }>;
  const lists: TermList[] = [{ name: 'built-in', label: 'built-in' }];
  for (const name of ['10k', '100k']) {
    const file = path.join(benchDir, `terms-${name}.json`);
    lists.push({ name, label: `${name} ${meta[name].kind}`, file });
  }
  return lists;
}

function benchIndex(lists: TermList[]): Map<string, TermIndex> {
  const indexes = new Map<string, TermIndex>();
  for (const list of lists) {
    let layer: VocabularyLayer | undefined;
    let parseMs = 0;
    if (list.file) {
      const text = readFileSync(list.file, 'utf8');
      parseMs = time(() => {
        layer = parseVocabulary(text, { layer: 'file', file: list.file }).layer;
      });
      if (!layer) throw new Error(`${list.file} does not validate`);
      list.layer = layer;
    }
    const layers = layer ? [builtinLayer(), layer] : [builtinLayer()];
    const times: number[] = [];
    let index: TermIndex | undefined;
    let dropped = 0;
    let heapDelta = 0;
    for (let run = 0; run < (list.file ? 3 : 7); run++) {
      index = undefined;
      const before = heapUsed();
      times.push(
        time(() => {
          const merged = mergeLayers(layers);
          dropped = merged.problems.length;
          index = buildTermIndex(merged.vocabulary);
        }),
      );
      heapDelta = heapUsed() - before;
    }
    indexes.set(list.name, index!);
    const target = list.name === '100k' ? '≤ 500 ms' : undefined;
    record(`index build (mergeLayers + buildTermIndex), ${list.label}: ${index!.list.length} terms, ${dropped} problems (duplicate forms dropped)`, `${ms(median(times))}, heap ${signed(heapDelta)}${parseMs ? `; parse+validate file ${ms(parseMs)}` : ''}`, target, target ? median(times) <= 500 : undefined);
  }
  return indexes;
}

function benchAnalysis(lists: TermList[], indexes: Map<string, TermIndex>, notes: Map<string, string>): void {
  for (const [size, text] of notes) {
    for (const list of lists) {
      const index = indexes.get(list.name)!;
      const runs = size === '10 MB' ? (quick ? 1 : 2) : 7;
      const times: number[] = [];
      let findings = 0;
      let terms = 0;
      // One untimed run first: these rows are about warm code; a cold process is the CLI's row.
      if (size !== '10 MB') analyzeDocument(text, index);
      for (let run = 0; run < runs; run++) {
        times.push(
          time(() => {
            const analysis = analyzeDocument(text, index);
            findings = analysis.findings.length;
            terms = analysis.terms.length;
          }),
        );
      }
      const isTarget = size === '1 MB' && list.name === '100k';
      record(`analyzeDocument ${size} (warm), ${list.label} (${terms} terms, ${findings} findings)`, ms(median(times)), isTarget ? '≤ 150 ms' : undefined, isTarget ? median(times) <= 150 : undefined);
    }
  }
  benchLongBlocks(indexes.get('built-in')!);
}

/**
 * Shapes that were once quadratic: a 1 MB table of short cells with no period anywhere, each
 * cell a range of its own (7 s for 320 KB), and a long paragraph on one line.
 */
function benchLongBlocks(index: TermIndex): void {
  const text = `| marker | cell |\n|---|---|\n${'| HGF x | MSC y |\n'.repeat(60_000)}`;
  analyzeDocument(text, index);
  const times = Array.from({ length: 3 }, () => time(() => analyzeDocument(text, index)));
  record(`analyzeDocument, a table of 60,000 rows of short cells (${mb(text.length)}, warm), built-in`, ms(median(times)));
  // One paragraph on one line, a citation in every sentence: each claim asked for the block's
  // citations again, which took minutes at 10 MB.
  const line = 'MSCs promote liver regeneration via HGF (Smith et al., 2020) [1]. '.repeat(30_000);
  analyzeDocument(line, index);
  const lineTimes = Array.from({ length: 3 }, () => time(() => analyzeDocument(line, index)));
  record(`analyzeDocument, one paragraph of 30,000 cited sentences on one line (${mb(line.length)}, warm), built-in`, ms(median(lineTimes)));
}

/** A bare LSP client over the server's stdio, with pull diagnostics (no push debounce). */
class BenchClient {
  readonly connection: ProtocolConnection;
  readonly pid: number;
  readonly #child;
  #version = 1;

  constructor(settings: unknown) {
    this.#child = spawn(process.execPath, [...serverExecArgv, serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
    this.pid = this.#child.pid!;
    this.connection = createProtocolConnection(new StreamMessageReader(this.#child.stdout!), new StreamMessageWriter(this.#child.stdin!));
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map((i) => (i.section === 'regenNotes' ? settings : null)));
    this.connection.onRequest('client/registerCapability', () => undefined);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  async initialize(): Promise<void> {
    await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: { workspace: { configuration: true }, textDocument: { diagnostic: { dynamicRegistration: false }, hover: { contentFormat: ['markdown'] } } },
      workspaceFolders: [{ uri: `file://${root}`, name: 'root' }],
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  async open(uri: string, text: string): Promise<void> {
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  }

  async insert(uri: string, line: number, character: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: ++this.#version },
      contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text }],
    });
  }

  /** Pulls as VS Code does: naming the result it holds, which the server may answer is unchanged. */
  async diagnostics(uri: string): Promise<void> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: this.#results.get(uri) });
    if (report.kind === 'unchanged') this.#unchanged++;
    else if (report.resultId !== undefined) this.#results.set(uri, report.resultId);
  }

  /** How many pulls the server answered with "unchanged". */
  #unchanged = 0;
  readonly #results = new Map<string, string>();

  /**
   * Opens the note and types 'x' at `character` of each line from its middle on, one line an
   * edit: each edit's time to fresh diagnostics, and how many of those pulls were answered
   * "unchanged".
   */
  async timeEdits(uri: string, text: string, character: number): Promise<{ times: number[]; unchanged: string }> {
    await this.open(uri, text);
    await this.diagnostics(uri);
    const middle = Math.floor(text.split('\n').length / 2);
    const times: number[] = [];
    const unchangedBefore = this.#unchanged;
    for (let i = 0; i < (quick ? 5 : 11); i++) {
      const start = performance.now();
      await this.insert(uri, middle + i, character, 'x');
      await this.diagnostics(uri);
      times.push(performance.now() - start);
    }
    return { times, unchanged: `${this.#unchanged - unchangedBefore} of ${times.length} answered "unchanged"` };
  }

  rss(): number {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
  }

  async dispose(): Promise<void> {
    await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 1000))]);
    await this.connection.sendNotification('exit');
    this.connection.dispose();
    this.#child.kill();
  }
}

async function benchServer(notes: Map<string, string>, lists: TermList[]): Promise<void> {
  const small = notes.get('100 KB')!;
  for (const list of [lists[0], lists[2]]) {
    const settings = list.file ? { vocabulary: { files: [path.relative(root, list.file)] } } : {};
    const started = performance.now();
    const client = new BenchClient(settings);
    await client.initialize();
    const uri = `file://${root}/.bench/small.md`;
    await client.open(uri, small);
    await client.diagnostics(uri);
    const startup = performance.now() - started;
    record(`server start-up to first diagnostics (100 KB note), ${list.label}`, ms(startup));

    const lines = small.split('\n');
    const random = seededRandom(3);
    const hover: number[] = [];
    const completion: number[] = [];
    for (let i = 0; i < (quick ? 100 : 300); i++) {
      const line = Math.floor(random() * lines.length);
      const position = { line, character: Math.floor(random() * (lines[line].length + 1)) };
      let start = performance.now();
      await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
      hover.push(performance.now() - start);
      start = performance.now();
      await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
      completion.push(performance.now() - start);
    }
    record(`hover p50 / p95, 100 KB note, ${list.label}`, `${ms(percentile(hover, 50))} / ${ms(percentile(hover, 95))}`, 'p95 ≤ 10 ms', percentile(hover, 95) <= 10);
    record(`completion p50 / p95, 100 KB note, ${list.label}`, `${ms(percentile(completion, 50))} / ${ms(percentile(completion, 95))}`, 'p95 ≤ 10 ms', percentile(completion, 95) <= 10);
    if (list.file) {
      // Go to Symbol in Workspace as it is typed: the first one to six letters of the note's words.
      const words = small.match(/\p{L}{3,}/gu) ?? [];
      const symbols: number[] = [];
      for (let i = 0; i < (quick ? 30 : 100); i++) {
        const word = words[Math.floor(random() * words.length)];
        const query = word.slice(0, 1 + Math.floor(random() * 6));
        const start = performance.now();
        await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query });
        symbols.push(performance.now() - start);
      }
      record(`workspace symbols p50 / p95 (a word's first 1–6 letters), ${list.label}`, `${ms(percentile(symbols, 50))} / ${ms(percentile(symbols, 95))}`);
    }

    for (const size of ['100 KB', '1 MB']) {
      const text = notes.get(size)!;
      const { times, unchanged } = await client.timeEdits(`file://${root}/.bench/${size.replace(' ', '')}.md`, text, 0);
      const isTarget = size === '1 MB';
      record(`one-character edit → fresh diagnostics (pull, no debounce; push adds 150 ms; ${unchanged}), ${size}, ${list.label}`, ms(median(times)), isTarget ? '≤ 50 ms' : undefined, isTarget ? median(times) <= 50 : undefined);
    }
    const limit = list.file ? 250 : 120;
    const busy = client.rss();
    // The server releases the garbage of a large job 2 s after it goes idle; V8's memory reducer gives back more later.
    await new Promise((resolve) => setTimeout(resolve, 5000));
    const idle = client.rss();
    await new Promise((resolve) => setTimeout(resolve, 25_000));
    const settled = client.rss();
    record(`server RSS after the above: at once / after 5 s idle / after 30 s idle, ${list.label}`, `${mb(busy)} / ${mb(idle)} / ${mb(settled)}`, `≤ ${limit} MB after 5 s`, idle <= limit * 1024 * 1024);
    await client.dispose();
  }
  await benchListEdits(notes.get('1 MB')!);
  await benchCrlfEdits(notes.get('1 MB')!);
  await benchMultiCursorEdit(notes.get('1 MB')!);
}

/**
 * One edit with a cursor on every other line of the 1 MB note: thousands of changes in one
 * notification, last first, as VS Code sends them (built-in vocabulary; its own server).
 */
async function benchMultiCursorEdit(note: string): Promise<void> {
  const client = new BenchClient({});
  await client.initialize();
  const uri = `file://${root}/.bench/cursors.md`;
  await client.open(uri, note);
  await client.diagnostics(uri);
  const lines = note.split('\n').length;
  const times: number[] = [];
  let count = 0;
  for (let version = 2; version < (quick ? 4 : 7); version++) {
    const changes = [];
    for (let line = lines - 1 - (version % 2); line >= 0; line -= 2) changes.push({ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' });
    count = changes.length;
    const start = performance.now();
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    await client.diagnostics(uri);
    times.push(performance.now() - start);
  }
  record(`multi-cursor edit → fresh diagnostics: 'x' typed on every other line of the 1 MB note (${count} changes in one notification), built-in`, ms(median(times)));
  await client.dispose();
}

/** The 1 MB note's prose lines as the items of one long bulleted list: how many researchers keep notes. */
function asOneList(note: string): string {
  const items = note.split('\n').filter((line) => /^[A-Za-z]/.test(line));
  return `# Notes\n\n${items.map((line) => `- ${line}`).join('\n')}\n`;
}

/** Edits in a long list: re-analysed item by item, not as one block (built-in vocabulary; its own server). */
async function benchListEdits(note: string): Promise<void> {
  const text = asOneList(note);
  const client = new BenchClient({});
  await client.initialize();
  const { times, unchanged } = await client.timeEdits(`file://${root}/.bench/list.md`, text, 2);
  record(`one-character edit → fresh diagnostics, the 1 MB note as one bulleted list (${mb(text.length)}; ${unchanged}), built-in`, ms(median(times)), '≤ 50 ms', median(times) <= 50);
  await client.dispose();
}

/** Edits in the 1 MB note saved with CRLF line endings, as on Windows (built-in vocabulary; its own server). */
async function benchCrlfEdits(note: string): Promise<void> {
  const client = new BenchClient({});
  await client.initialize();
  const { times, unchanged } = await client.timeEdits(`file://${root}/.bench/crlf.md`, note.replace(/\n/g, '\r\n'), 2);
  record(`one-character edit → fresh diagnostics, the 1 MB note with CRLF line endings (${unchanged}), built-in`, ms(median(times)), '≤ 50 ms', median(times) <= 50);
  await client.dispose();
}

/**
 * A library of 50,000 BibTeX entries (titles and keywords of the built-in terms' words): citation-key
 * completion by an author's name or a title word, and the "Cite @key" suggestions of an
 * unsupported claim; the first of each reads every entry, later ones use what it made.
 */
function benchBibliography(index: TermIndex): void {
  const random = seededRandom(50);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)];
  const words = index.list.map((term) => term.label);
  const families = ['Lee', 'Smith', 'Wang', 'Müller', 'García', 'Okafor', 'Kim', 'Rossi', 'Nakamura', 'Dubois'];
  const bib = Array.from({ length: 50_000 }, (_, i) => `@article{${pick(families).toLowerCase()}${1990 + (i % 35)}k${i},\n  author = {${pick(families)}, A. and ${pick(families)}, B.},\n  title = {${pick(words)} and ${pick(words)} in ${pick(words)}},\n  keywords = {${pick(words)}; ${pick(words)}},\n  year = {${1990 + (i % 35)}}\n}\n`).join('');
  let parsed: ReturnType<typeof parseBibliography> | undefined;
  const parseMs = time(() => {
    parsed = parseBibliography(bib, 'bibtex', '/bench/refs.bib');
  });
  const bibliography = mergeBibliographies([parsed!.entries]);
  record(`bibliography of 50,000 BibTeX entries (${(bib.length / 1024 / 1024).toFixed(1)} MB): parse`, ms(parseMs));
  const text = 'A claim [@stell';
  const complete = () => completeCitationKeys(text, text.length, text, bibliography);
  const firstCompletion = time(complete);
  const completions = Array.from({ length: 20 }, () => time(complete));
  record('citation-key completion by a word of the title (`[@stell`), 50,000 entries: first, then p50', `${ms(firstCompletion)}, ${ms(median(completions))}`);
  const note = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';
  const analysis = analyzeDocument(note, index);
  const finding = analysis.findings.find((f) => f.code === 'claim.unsupported');
  if (!finding) throw new Error('the bench claim is not flagged');
  const suggest = () => suggestCitations(claimTermIds(analysis.terms, finding.start, finding.end), bibliography, index);
  const firstSuggestion = time(suggest);
  const suggestions = Array.from({ length: 20 }, () => time(suggest));
  record('"Cite @key" suggestions for an unsupported claim, 50,000 entries: first, then p50', `${ms(firstSuggestion)}, ${ms(median(suggestions))}`);
}

/** The semantic tokens of the 1 MB note (every recognized term, coloured by kind): made from its analysis, as the server answers VS Code after an edit. */
function benchTermTokens(note: string, index: TermIndex): void {
  const analysis = analyzeDocument(note, index);
  const doc = TextDocument.create('file:///bench/note.md', 'markdown', 1, note);
  let data: number[] = [];
  const times = Array.from({ length: 7 }, () =>
    time(() => {
      data = toSemanticTokens(doc, termTokens(analysis.terms, index)).data;
    }),
  );
  record(`semantic tokens of the 1 MB note, built-in (${analysis.terms.length} terms): make, size as JSON`, `${ms(median(times))}, ${(JSON.stringify(data).length / 1024 / 1024).toFixed(2)} MB`);
  // After a word typed before a term mid-note, the editor asks for a change of the tokens it has (full/delta).
  const at = analysis.terms[analysis.terms.length >> 1].start;
  const edited = note.slice(0, at) + 'x ' + note.slice(at);
  const editedDoc = TextDocument.create('file:///bench/note.md', 'markdown', 2, edited);
  const editedTerms = termTokens(analyzeDocument(edited, index).terms, index);
  let edits: ReturnType<typeof tokenEdits> = [];
  const deltaTimes = Array.from({ length: 7 }, () =>
    time(() => {
      edits = tokenEdits(data, toSemanticTokens(editedDoc, editedTerms).data);
    }),
  );
  record('semantic tokens after a word typed before a term mid-way through the 1 MB note, as a change of the last ones (full/delta): make, size as JSON', `${ms(median(deltaTimes))}, ${JSON.stringify(edits).length} bytes`);
}

function benchCheckVsCspell(note: string): void {
  const folder = path.join(benchDir, 'check');
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'note-1mb.md'), note);
  const cspell = path.join(root, 'node_modules/.bin/cspell');
  const run = (command: string, args: string[]) => {
    const start = performance.now();
    spawnSync(command, args, { cwd: folder, stdio: 'ignore' });
    return performance.now() - start;
  };
  const ours: number[] = [];
  const theirs: number[] = [];
  for (let i = 0; i < 3; i++) {
    ours.push(run(process.execPath, [cliPath, 'check', 'note-1mb.md']));
    theirs.push(run(cspell, ['--no-progress', '--no-summary', 'note-1mb.md']));
  }
  const ratio = median(theirs) / median(ours);
  record('regen-notes check on 1 MB (whole process)', ms(median(ours)));
  record('cspell 9 on the same file (whole process)', ms(median(theirs)));
  record('speed-up over cspell', `${ratio.toFixed(1)}×`, '≥ 5×', ratio >= 5);
}

/** `regen-notes check` on a folder of many notes: whole-process time and peak RSS (`process.resourceUsage` at exit). */
function benchCheckRepository(): void {
  const folder = path.join(benchDir, 'repository');
  const count = quick ? 200 : 2000;
  const notes = path.join(folder, `notes-${count}`);
  if (!existsSync(notes)) {
    mkdirSync(notes, { recursive: true });
    for (let i = 0; i < count; i++) writeFileSync(path.join(notes, `note-${i}.md`), generateNote(20 * 1024, 100 + i));
  }
  const report = path.join(folder, 'usage.json');
  const probe = `process.argv = [process.argv[0], ${JSON.stringify(cliPath)}, 'check', ${JSON.stringify(notes)}];
process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(report)}, JSON.stringify(process.resourceUsage())));
require(${JSON.stringify(cliPath)});`;
  const start = performance.now();
  spawnSync(process.execPath, ['-e', probe], { cwd: folder, stdio: 'ignore' });
  const elapsed = performance.now() - start;
  const { maxRSS } = JSON.parse(readFileSync(report, 'utf8')) as { maxRSS: number };
  record(`regen-notes check on ${count} notes of 20 KB (whole process, built-in): time, peak RSS`, `${ms(elapsed)}, ${mb(maxRSS * 1024)}`);
}

/**
 * Heap after 1,000 edits of an 8 KB note analysed alone, then after 10,000 more, as the server's
 * row below does. From cold the heap grows over the first few thousand edits and then stays
 * where it is: 7.2 MB over the first 10,000 and none over the next 10,000 (the code of stop 28's
 * start: 5.9 MB, then none); with V8's compilers off, 4.6 MB, so part of it is optimised code and
 * the rest what the first edits leave cached, such as the new words ("liveaer") the shared word
 * table keeps.
 */
async function benchFlatMemory(index: TermIndex): Promise<void> {
  let text = generateNote(8 * 1024, 9);
  await recordHeapOverEdits('(in-process analyzeDocument)', 10_000, (i) => {
    const at = (i * 7919) % text.length;
    text = `${text.slice(0, at)}${i % 2 ? 'a' : ' '}${text.slice(at + 1)}`;
    analyzeDocument(text, index);
  });
}

/**
 * The heap before and after `edits` edits of an 8 KB note, counted after 1,000 edits (200 with
 * --quick) that warm the code and caches up. Recorded as flat when the objects in it grew by at
 * most 5 MB; machine code is shown apart and not counted. Code compiled late was most of what the
 * row used to count as growth: when the warm-up ends before V8 has optimised all of the analysis
 * (any change to the built-in vocabulary moved that point), the compiling falls inside the
 * measured edits, 4–10 MB of it, and no further growth follows it.
 */
async function recordHeapOverEdits(how: string, edits: number, edit: (i: number) => void | Promise<void>): Promise<void> {
  // Awaited only when it is a promise: a synchronous edit stays in one tight loop.
  const run = async (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const pending = edit(i);
      if (pending) await pending;
    }
  };
  const warmup = quick ? 200 : 1000;
  await run(0, warmup);
  const before = heapWithCode();
  const start = performance.now();
  await run(warmup, warmup + edits);
  const elapsed = performance.now() - start;
  const after = heapWithCode();
  const objects = after.used - after.code - (before.used - before.code);
  const code = after.code - before.code;
  record(
    `heap over ${edits} edits of an 8 KB note ${how}`,
    `${mb(before.used)} → ${mb(after.used)}: objects ${signed(objects)}, machine code ${signed(code)} (${ms(elapsed / edits)} per edit)`,
    'flat (objects ≤ +5 MB)',
    objects <= 5 * 1024 * 1024,
  );
}

/**
 * The same over the server's own path: the real `RegenServer`, in this process so that its heap
 * can be read, over an in-memory connection. Each edit is a `didChange` of one character (typed,
 * then taken back on the next edit, on lines all over the note) followed by a pull of the
 * diagnostics, as VS Code sends them: the document store, the incremental analysis and the
 * kept results all take part. Heap after 1,000 edits, then after 10,000 more.
 */
async function benchServerMemory(): Promise<void> {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  // Reader and writer, not the streams themselves: given streams, the connection ends the process when they close.
  const serverConnection = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  new RegenServer(serverConnection, nodeFileSystem).listen();
  const client = createProtocolConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => ({})));
  client.onRequest('client/registerCapability', () => undefined);
  client.onNotification('window/logMessage', () => undefined);
  client.onRequest('workspace/diagnostic/refresh', () => undefined);
  client.listen();
  // As VS Code: it pulls diagnostics and can be asked to pull again, so the server pushes none.
  const capabilities = { workspace: { configuration: true, diagnostics: { refreshSupport: true } }, textDocument: { diagnostic: { dynamicRegistration: false } } };
  // No process id: given one, the server's connection checks on a timer that the process lives,
  // and that timer would keep this one running after the bench.
  await client.sendRequest(InitializeRequest.type, { processId: null, rootUri: null, capabilities, workspaceFolders: null });
  await client.sendNotification(InitializedNotification.type, {});
  const uri = 'file:///bench/memory.md';
  const lines = generateNote(8 * 1024, 9).split('\n');
  await client.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'markdown', version: 1, text: lines.join('\n') } });
  let version = 1;
  let resultId: string | undefined;
  const edit = async (i: number) => {
    const line = Math.floor(i / 2) % lines.length;
    const change = i % 2 === 0 ? { range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' } : { range: { start: { line, character: 0 }, end: { line, character: 1 } }, text: '' };
    await client.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: ++version }, contentChanges: [change] });
    const report = await client.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: resultId });
    if (report.kind === 'full') resultId = report.resultId;
  };
  await recordHeapOverEdits('through the server (in-process RegenServer, didChange + pulled diagnostics each)', quick ? 2000 : 10_000, edit);
  client.dispose();
  serverConnection.dispose();
  toServer.destroy();
  toClient.destroy();
}

function table(meta: string): string {
  const lines = ['| measure | value | target | |', '|---|---|---|---|'];
  for (const r of rows) lines.push(`| ${r.measure} | ${r.value} | ${r.target ?? ''} | ${r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS'} |`);
  return `${meta}\n\n${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
  mkdirSync(benchDir, { recursive: true });
  const lists = termLists();
  process.stderr.write('vocabulary index\n');
  const indexes = benchIndex(lists);
  const notes = new Map<string, string>([
    ['100 KB', generateNote(100 * 1024, 1)],
    ['1 MB', generateNote(1024 * 1024, 2)],
    ['10 MB', generateNote(10 * 1024 * 1024, 3)],
  ]);
  process.stderr.write('full analysis\n');
  benchAnalysis(lists, indexes, notes);
  process.stderr.write('memory over edits\n');
  await benchFlatMemory(indexes.get('built-in')!);
  await benchServerMemory();
  process.stderr.write('server\n');
  await benchServer(notes, lists);
  process.stderr.write('semantic tokens\n');
  benchTermTokens(notes.get('1 MB')!, indexes.get('built-in')!);
  process.stderr.write('bibliography\n');
  benchBibliography(indexes.get('built-in')!);
  process.stderr.write('CLI against cspell\n');
  benchCheckVsCspell(notes.get('1 MB')!);
  process.stderr.write('CLI on a repository of notes\n');
  benchCheckRepository();
  const cpus = (await import('node:os')).cpus();
  const meta = `Regen Notes bench, ${new Date().toISOString().slice(0, 10)}, Node ${process.version}, ${cpus.length} × ${cpus[0]?.model ?? 'cpu'}; medians; term lists: ${lists.map((l) => l.label).join(', ')}.`;
  const result = table(meta);
  writeFileSync(path.join(benchDir, 'results.md'), result);
  process.stdout.write(result);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
  process.exitCode = 1;
});
