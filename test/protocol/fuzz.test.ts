import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  WorkspaceSymbolResolveRequest,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type Position,
  type Range,
  type SemanticTokens,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { analyzeDocument, createLineIndex, type TermIndex } from '../../server/src/core';
import { generateNote } from '../bench/generate';
import { builtinIndex, withTokenEdits } from '../unit/helpers';
import { TestClient } from './client';

/** What a random session types into notes: markdown, terms, claims, citations, odd characters. */
const pieces = [
  'Kupffer cells', 'HGF promotes hepatocyte proliferation', '. ', '\n\n', '\n', '(Smith et al., 2020)', '[@key]', '[^1]', '\n[^1]: Ref. 2020.\n',
  '```\ncode\n```\n', '| a | b |\n|---|---|\n| MSC | IL-6 |\n', '> quote ', '- item ', '# Heading\n', '<!-- regen-notes-disable-next-line claim.unsupported -->\n',
  '\r\n', '\u0000', '\uD83E', '😀', 'TGF-β1 ', 'miR-21 ', 'Ito cells ', 'STAT3 ', 'ERK5 ', '?', 'It is well established that ', ' may ', 'https://doi.org/10.1/x',
  '---\ntitle: x\n---\n', '[link](http://x)', '*', '`', '\\', '\t',
];
/** Settings a user may set, some of them wrong. */
const settingsPool: unknown[] = [
  {}, { claims: { level: 'off' } }, { claims: { level: { 'term.non-preferred': 'error' } } }, { claims: { citationScope: 'sentence' } }, { include: ['nothing/**'] },
  { vocabulary: { terms: [{ id: 'zz', label: 'zeta zeta', kind: 'cell' }] } }, { vocabulary: { terms: 'bad' } }, { claims: { level: 42 } }, { vocabulary: { builtin: false } },
  { vocabulary: { files: ['v.yaml'] } }, { sources: ['refs/**'] }, null, [1, 2], { check: { frequency: 'save' } }, { check: { frequency: 'sometimes' } },
  { check: { frequency: 'manual' } },
];
/** What a vocabulary file or source may be replaced with. */
const fileContents = ['terms:\n  - id: zz\n    label: zeta zeta\n    kind: cell\n', 'terms: [', '*x\n', '\u0000\u0001binary', '', 'HGF promotes hepatocyte proliferation. Kupffer cells secrete IL-6.\n', '[]', '{ "a": ', `terms: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`];

interface Probe {
  line: number;
  character: number;
}

type Operation =
  | { kind: 'edit'; at: number; length: number; text: string }
  | ({ kind: 'hover' } & Probe)
  | ({ kind: 'completion' } & Probe)
  | ({ kind: 'actions' } & Probe)
  | { kind: 'settings'; settings: number }
  | { kind: 'save' }
  | { kind: 'check' }
  | { kind: 'file'; file: string; content: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), at: fc.nat(), length: fc.nat(20), text: fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 3 }).map((p) => p.join('')) }) },
  { weight: 4, arbitrary: fc.record({ kind: fc.constantFrom('hover' as const, 'completion' as const, 'actions' as const), line: fc.nat(40), character: fc.nat(120) }).map((probe) => probe as Operation) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('settings' as const), settings: fc.nat(settingsPool.length - 1) }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'save' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'check' as const }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('file' as const), file: fc.constantFrom('v.yaml', 'refs/r.md', '.vscode/settings.json'), content: fc.nat(fileContents.length - 1) }) },
);

function lineCount(text: string): number {
  return text.split('\n').length;
}

function assertInside(text: string, range: Range | undefined, what: string): void {
  if (!range) return;
  const lines = lineCount(text);
  for (const p of [range.start, range.end]) assert.ok(p.line >= 0 && p.line < lines && p.character >= 0, `${what}: ${JSON.stringify(range)} outside a note of ${lines} lines`);
}

/** A diagnostic, or a finding as one, as the random-edit test compares them: range, code and message. */
function diagnosticKey(range: Range, code: unknown, message: unknown): string {
  return `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character} ${String(code)} ${String(message)}`;
}

/** What a note's findings are, as diagnostics would give them (`diagnosticKey`), sorted. */
function findingKeys(text: string, index: TermIndex): string[] {
  const lines = createLineIndex(text);
  return analyzeDocument(text, index)
    .findings.map((f) => diagnosticKey({ start: lines.positionOf(f.start), end: lines.positionOf(f.end) }, f.code, f.message))
    .sort();
}

describe('language server under a random session', () => {
  let folder: string;
  let client: TestClient;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'regen-fuzz-'));
    mkdirSync(path.join(folder, 'refs'));
    mkdirSync(path.join(folder, '.vscode'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers, after every random edit of a note with long lists, the diagnostics a fresh analysis of its text gives', async function () {
    this.timeout(60_000);
    const index = builtinIndex();
    client = new TestClient({ pullDiagnostics: true });
    await client.initialize();
    const uri = pathToFileURL(path.join(folder, 'lists.md')).href;
    // A generated note with every third prose line made a list item, so lists run long.
    let text = generateNote(30 * 1024, 5)
      .split('\n')
      .map((line, i) => (i % 3 === 0 && /^[A-Z]/.test(line) ? `- ${line}` : line))
      .join('\n');
    await client.open(uri, text);
    const insert = fc.constantFrom('- ', 'x', '\n', '\n\n', 'HGF promotes hepatocyte proliferation. ', 'Ito cells ', '(Smith et al., 2020)', '| a | b |\n|---|---|\n', '```\n', '# H\n', '* ', '1. ', '> ', '[^1]', '\n[^1]: Ref 2020.\n', '-  a | b |\n');
    // As VS Code does, the client names the result it holds, and keeps it when told it is unchanged.
    let held: { resultId?: string; items: Diagnostic[] } = { items: [] };
    let unchanged = 0;
    for (const edit of fc.sample(fc.record({ at: fc.nat(), remove: fc.oneof(fc.constant(0), fc.nat(10)), insert }), { numRuns: 120, seed: 44 })) {
      const start = edit.at % (text.length + 1);
      text = await client.edit(uri, text, start, Math.min(text.length, start + edit.remove), edit.insert);
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId: held.resultId });
      if (report.kind === 'unchanged') {
        assert.equal(report.resultId, held.resultId);
        unchanged++;
      } else {
        held = { resultId: report.resultId, items: report.items };
      }
      const got = held.items.map((d) => diagnosticKey(d.range, d.code, d.message)).sort();
      assert.deepEqual(got, findingKeys(text, index));
    }
    assert.ok(unchanged > 0, 'some edits leave the diagnostics as they were');
  });

  it('answers, after one multi-cursor edit of 1,000 changes sent last first, the diagnostics a fresh analysis of its text gives', async function () {
    this.timeout(60_000);
    client = new TestClient({ pullDiagnostics: true });
    await client.initialize();
    const uri = pathToFileURL(path.join(folder, 'cursors.md')).href;
    const lines = generateNote(100 * 1024, 3).split('\n');
    await client.open(uri, lines.join('\n'));
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    // At the start of each line, from the last: a bullet, a term, a line of its own, or its first word replaced.
    const inserts = ['- ', 'Ito cells ', 'HGF promotes hepatocyte proliferation.\n', ''];
    const changes: { range: Range; text: string }[] = [];
    for (let line = lines.length - 1; line >= 0 && changes.length < 1000; line--) {
      const kind = changes.length % inserts.length;
      const cut = kind === 3 ? Math.max(0, lines[line].indexOf(' ')) : 0;
      changes.push({ range: { start: { line, character: 0 }, end: { line, character: cut } }, text: kind === 3 ? 'Kupffer' : inserts[kind] });
      lines[line] = (kind === 3 ? 'Kupffer' : inserts[kind]) + lines[line].slice(cut);
    }
    assert.equal(changes.length, 1000);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: changes });
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.ok(report.kind === 'full');
    assert.deepEqual(report.items.map((d) => diagnosticKey(d.range, d.code, d.message)).sort(), findingKeys(lines.join('\n'), builtinIndex()));
  });

  for (const pull of [true, false]) {
    it(`answers every request inside the note and keeps serving through random edits, requests, settings and file changes (${pull ? 'pull' : 'push'})`, async function () {
      this.timeout(60_000);
      let settings: unknown = {};
      client = new TestClient({ settings: () => settings, pullDiagnostics: pull, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'fuzz' }] });
      client.connection.onRequest('workspace/applyEdit', () => ({ applied: true }));
      await client.initialize();
      const uri = pathToFileURL(path.join(folder, 'note.md')).href;
      let text = readFileSync(path.join(__dirname, '../../../test/fixtures/notes/msc-paracrine.md'), 'utf8');
      await client.open(uri, text);
      const textDocument = { uri };
      const position = (op: { line: number; character: number }): Position => ({ line: op.line, character: op.character });
      let heldTokens: SemanticTokens | undefined;
      for (const op of fc.sample(operation, { numRuns: 250, seed: pull ? 42 : 43 })) {
        if (op.kind === 'edit') {
          const start = op.at % (text.length + 1);
          text = await client.edit(uri, text, start, Math.min(text.length, start + op.length), op.text);
        } else if (op.kind === 'hover') {
          const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument, position: position(op) });
          assertInside(text, hover?.range, 'hover');
          // The terms' colours as a change of the ones held make the colours sent whole.
          if (heldTokens) {
            const delta = await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument, previousResultId: heldTokens.resultId! });
            const data = delta && 'edits' in delta ? withTokenEdits(heldTokens.data, delta.edits) : (delta?.data ?? heldTokens.data);
            heldTokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }))!;
            assert.deepEqual(data, heldTokens.data, 'the colours rebuilt from a change');
          } else heldTokens = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument }))!;
        } else if (op.kind === 'completion') {
          const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument, position: position(op) })) as CompletionList | null;
          for (const item of list?.items ?? []) assertInside(text, item.textEdit && 'range' in item.textEdit ? item.textEdit.range : undefined, 'completion');
          // A workspace symbol of the vocabulary files written so far, opened on its form.
          const [symbol] = (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query: '' })) as WorkspaceSymbol[];
          if (symbol) assert.equal((await client.connection.sendRequest(WorkspaceSymbolResolveRequest.type, symbol)).name, symbol.name);
        } else if (op.kind === 'actions') {
          let diagnostics: Diagnostic[] = [];
          if (pull) {
            const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument });
            diagnostics = 'items' in report ? report.items : [];
            // Checked at saves or by hand, the diagnostics are the last check's, which may lie past the note's end now; the fixes below may not.
            const frequency = (settings as { check?: { frequency?: unknown } } | null)?.check?.frequency;
            if (frequency !== 'save' && frequency !== 'manual') for (const d of diagnostics) assertInside(text, d.range, 'diagnostic');
          }
          // A diagnostic's range, a point, or the whole note (which offers to add unknown words to the vocabulary).
          const whole = { start: { line: 0, character: 0 }, end: { line: lineCount(text), character: 0 } };
          const range = op.character % 3 === 0 ? whole : (diagnostics[op.line % Math.max(1, diagnostics.length)]?.range ?? { start: position(op), end: position(op) });
          const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument, range, context: { diagnostics } })) as CodeAction[];
          for (const action of actions) {
            for (const change of action.edit?.documentChanges ?? []) if ('edits' in change && change.textDocument.uri === uri) for (const e of change.edits) assertInside(text, e.range, action.title);
            for (const e of action.edit?.changes?.[uri] ?? []) assertInside(text, e.range, action.title);
            if (action.command) await client.connection.sendRequest(ExecuteCommandRequest.type, { command: action.command.command, arguments: action.command.arguments });
          }
        } else if (op.kind === 'save') {
          await client.save(uri);
        } else if (op.kind === 'check') {
          // Refused only when the settings make the note no note (`include: ['nothing/**']`).
          await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkNote', arguments: [uri] }).catch((error: { code?: number; message?: string }) => assert.match(error.message ?? '', /is not a note/));
        } else if (op.kind === 'settings') {
          settings = settingsPool[op.settings];
          await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
        } else {
          const file = path.join(folder, op.file);
          writeFileSync(file, fileContents[op.content]);
          await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).href, type: FileChangeType.Changed }] });
        }
      }
      // Still serving: back on the built-in vocabulary, a known term has its hover again.
      settings = {};
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      text = await client.edit(uri, text, 0, text.length, 'Kupffer cells clear endotoxin.\n');
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument, position: { line: 0, character: 2 } });
      assert.match(hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '', /Kupffer cell/);
      // And nothing went wrong inside: no unhandled rejection, no failed analysis.
      assert.deepEqual(client.messages.filter((m) => /Unhandled|Could not analyse|\n\s+at .+:\d+:\d+/.test(m)), []);
    });
  }
});
