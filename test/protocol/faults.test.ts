import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  CodeActionRequest,
  CompletionRequest,
  DefinitionRequest,
  DocumentLinkRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  DocumentHighlightRequest,
  ErrorCodes,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  ResponseError,
  WorkspaceSymbolRequest,
  WorkspaceSymbolResolveRequest,
  type MarkupContent,
} from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

const note = '# Faults\n\nKupffer cells take up exosomes.\n';
const uri = 'file:///faults/note.md';

/** Resolves to the answer, or to the error the server returned: either is fine, silence is not. */
async function answerOrError<T>(request: Promise<T>): Promise<T | ResponseError> {
  try {
    return await request;
  } catch (error) {
    assert.ok(error instanceof ResponseError, `expected a response error, got ${String(error)}`);
    return error;
  }
}

describe('language server under faulty requests', () => {
  let client: TestClient;
  let folder: string;

  async function hoverStillWorks(text = note, at = offsetOf(note, 'Kupffer', 2)): Promise<void> {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, at) });
    assert.ok(hover, 'hover stopped working');
    assert.match((hover.contents as MarkupContent).value, /Kupffer cell/);
  }

  beforeEach(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'regen-faults-'));
    client = new TestClient({ pullDiagnostics: true, workspaceFolders: [{ uri: pathToFileURL(folder).href, name: 'faults' }] });
    await client.initialize();
    await client.open(uri, note);
  });

  afterEach(async () => {
    await client.dispose();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers requests for unknown documents with nothing', async () => {
    const unknown = { textDocument: { uri: 'file:///nowhere.md' }, position: { line: 0, character: 0 } };
    assert.equal(await client.connection.sendRequest(HoverRequest.type, unknown), null);
    assert.equal(await client.connection.sendRequest(CompletionRequest.type, unknown), null);
    assert.deepEqual(await client.connection.sendRequest(CodeActionRequest.type, { ...unknown, range: { start: unknown.position, end: unknown.position }, context: { diagnostics: [] } }), []);
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: unknown.textDocument });
    assert.deepEqual(report, { kind: 'full', items: [] });
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, unknown), null);
    assert.equal(await client.connection.sendRequest(DocumentHighlightRequest.type, unknown), null);
    assert.equal(await client.connection.sendRequest(ReferencesRequest.type, { ...unknown, context: { includeDeclaration: true } }), null);
    assert.equal(await client.connection.sendRequest(PrepareRenameRequest.type, unknown), null);
    assert.equal(await client.connection.sendRequest(RenameRequest.type, { ...unknown, newName: 'x' }), null);
    assert.equal(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: unknown.textDocument }), null);
    assert.equal(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: unknown.textDocument }), null);
    assert.equal(await client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: unknown.textDocument, previousResultId: '1' }), null);
    await hoverStillWorks();
  });

  it('survives positions out of range: line 10^6, negative, huge character', async () => {
    for (const position of [{ line: 1_000_000, character: 0 }, { line: -1, character: -5 }, { line: 2, character: 1e9 }, { line: 0.5, character: Number.MAX_SAFE_INTEGER }]) {
      await answerOrError(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }));
      await answerOrError(client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position }));
      await answerOrError(client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }));
      await answerOrError(client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position }));
      await answerOrError(client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position }));
      await answerOrError(client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration: true } }));
      await answerOrError(client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position }));
      await answerOrError(client.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName: 'x' }));
    }
    // Past the end and before the start, the answer is the term there or nothing, never an error.
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: { line: 1_000_000, character: 0 } }), null);
    assert.equal(await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position: { line: 1_000_000, character: 0 } }), null);
    assert.equal(await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position: { line: 2, character: 1e9 }, context: { includeDeclaration: false } }), null);
    await hoverStillWorks();
  });

  it('answers malformed params with an error or nothing', async () => {
    for (const params of [{}, { position: { line: 0, character: 0 } }, { textDocument: {} }, { textDocument: { uri: 42 } }, null]) {
      await answerOrError(client.connection.sendRequest(HoverRequest.method, params));
      await answerOrError(client.connection.sendRequest(CompletionRequest.method, params));
      await answerOrError(client.connection.sendRequest(CodeActionRequest.method, params));
      await answerOrError(client.connection.sendRequest(DocumentDiagnosticRequest.method, params));
      await answerOrError(client.connection.sendRequest(DefinitionRequest.method, params));
      await answerOrError(client.connection.sendRequest(DocumentHighlightRequest.method, params));
      await answerOrError(client.connection.sendRequest(ReferencesRequest.method, params));
      await answerOrError(client.connection.sendRequest(WorkspaceSymbolRequest.method, params));
      await answerOrError(client.connection.sendRequest(WorkspaceSymbolResolveRequest.method, params));
      await answerOrError(client.connection.sendRequest(WorkspaceSymbolResolveRequest.method, { name: 'x', kind: 1, location: { uri: 'file:///dev/zero' }, data: { line: 1e9, written: ['x'] } }));
      await answerOrError(client.connection.sendRequest(PrepareRenameRequest.method, params));
      await answerOrError(client.connection.sendRequest(RenameRequest.method, params));
      await answerOrError(client.connection.sendRequest(DocumentLinkRequest.method, params));
      await answerOrError(client.connection.sendRequest(SemanticTokensRequest.method, params));
      await answerOrError(client.connection.sendRequest(SemanticTokensDeltaRequest.method, params));
      await answerOrError(client.connection.sendRequest(SemanticTokensRangeRequest.method, params));
      await answerOrError(client.connection.sendRequest(SemanticTokensRangeRequest.method, { textDocument: { uri }, range: { start: { line: -5, character: 1e9 }, end: { line: 1e6, character: -1 } } }));
      await answerOrError(client.connection.sendRequest(RenameRequest.method, { textDocument: { uri }, position: positionOf(note, 14), newName: 42 }));
    }
    // References without a context (a client that leaves it out) still answer.
    assert.ok(await client.connection.sendRequest(ReferencesRequest.method, { textDocument: { uri }, position: positionOf(note, 14) }));
    await answerOrError(client.connection.sendRequest('regenNotes/noSuchMethod', {}));
    await hoverStillWorks();
  });

  it('honours cancellation with RequestCancelled, never an empty answer, and keeps serving', async () => {
    // Each request is cancelled while the server reads the vocabulary file again, so the cancellation
    // arrives before the answer is made; the answer must then be the error, not an empty one.
    writeFileSync(path.join(folder, 'team.yaml'), 'terms:\n  - id: zonula\n    label: zonula occludens\n    kind: molecule\n');
    client.settings = () => ({ vocabulary: { files: ['team.yaml'] } });
    const codes: (number | string)[] = [];
    for (let i = 0; i < 5; i++) {
      await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(path.join(folder, 'team.yaml')).href, type: FileChangeType.Changed }] });
      const requests = [
        HoverRequest.method,
        DocumentDiagnosticRequest.method,
        DocumentHighlightRequest.method,
        ReferencesRequest.method,
      ].map((method) => {
        const source = new CancellationTokenSource();
        const params =
          method === DocumentDiagnosticRequest.method ? { textDocument: { uri } } : { textDocument: { uri }, position: positionOf(note, 14), ...(method === ReferencesRequest.method ? { context: { includeDeclaration: false } } : {}) };
        const pending = answerOrError(client.connection.sendRequest(method, params, source.token));
        source.cancel();
        return pending;
      });
      for (const answer of await Promise.all(requests)) {
        if (answer instanceof ResponseError) codes.push(answer.code);
        else assert.ok(answer !== null && !(typeof answer === 'object' && 'items' in answer && (answer as { items: unknown[] }).items.length === 0), `a cancelled request was answered with ${JSON.stringify(answer)}`);
      }
    }
    assert.ok(codes.length > 0, 'no request was cancelled');
    assert.deepEqual(new Set(codes), new Set([LSPErrorCodes.RequestCancelled]));
    await hoverStillWorks();
  });

  it('refuses requests after shutdown with InvalidRequest, and pushes no more diagnostics', async () => {
    await client.connection.sendRequest('shutdown');
    const error = await answerOrError(client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, 14) }));
    assert.ok(error instanceof ResponseError);
    assert.equal(error.code, ErrorCodes.InvalidRequest);

    const pushed = new TestClient({ pullDiagnostics: false });
    try {
      await pushed.initialize();
      await pushed.open(uri, note);
      const before = await pushed.diagnostics(uri);
      await pushed.connection.sendRequest('shutdown');
      await pushed.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 2 }, contentChanges: [{ text: 'Ito cells.\n' }] });
      // Pushing waits 150 ms after a change; a second is ample to see that nothing comes.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      assert.deepEqual(await pushed.diagnostics(uri), before);
    } finally {
      await pushed.dispose();
    }
  });

  it('ignores or survives didChange with a stale version and a range past the end', async () => {
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 0 }, contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }] });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: 'file:///unopened.md', version: 5 }, contentChanges: [{ text: 'HGF' }] });
    const edited = `${note}Ito cells too.\n`;
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 10 }, contentChanges: [{ text: edited }] });
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version: 11 }, contentChanges: [{ range: { start: { line: 999, character: 0 }, end: { line: 1000, character: 5 } }, text: '' }] });
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, 'full');
    await hoverStillWorks(edited, offsetOf(edited, 'Kupffer', 2));
  });

  it('keeps serving when a vocabulary file is replaced by binary junk', async () => {
    const vocabulary = path.join(folder, 'team.yaml');
    writeFileSync(vocabulary, 'terms:\n  - id: zonula\n    label: zonula occludens\n    kind: molecule\n');
    client.settings = () => ({ vocabulary: { files: ['team.yaml'] } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await hoverStillWorks();
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    writeFileSync(vocabulary, junk);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(vocabulary).href, type: FileChangeType.Changed }] });
    await hoverStillWorks();
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    assert.equal(report.kind, 'full');
  });

  for (const [what, make] of [
    ['a named pipe', (file: string) => assert.equal(spawnSync('mkfifo', [file]).status, 0)],
    ['a folder', (file: string) => mkdirSync(file)],
  ] as const) {
    it(`says why, keeps serving and offers no edit of it when the vocabulary file is ${what}`, async () => {
      // Read as a file, a pipe waits for a writer for ever; an edit of a folder would be garbage.
      make(path.join(folder, 'team.yaml'));
      client.settings = () => ({ vocabulary: { files: ['team.yaml'] } });
      await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const inFolder = pathToFileURL(path.join(folder, 'note.md')).href;
      const text = 'We saw STAT3 rise in Kupffer cells.\n';
      await client.open(inFolder, text);
      const at = positionOf(text, offsetOf(text, 'STAT3', 2));
      const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: inFolder }, range: { start: at, end: at }, context: { diagnostics: [] } });
      assert.deepEqual((actions ?? []).map((a) => a.title).filter((t) => t.includes('STAT3')), []);
      const reason = what === 'a folder' ? 'it is a folder' : 'it is not a regular file';
      assert.ok(client.messages.some((m) => m.includes(`team.yaml: ${reason}`)), client.messages.join('\n'));
      await hoverStillWorks();
    });
  }

  it('reports a vocabulary file nested 100,000 deep, offers no edit of a settings file nested as deep, and keeps serving', async () => {
    const deep = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`;
    writeFileSync(path.join(folder, 'team.json'), `{ "terms": ${deep(100_000)} }`);
    client.settings = () => ({ vocabulary: { files: ['team.json'] } });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const inFolder = pathToFileURL(path.join(folder, 'note.md')).href;
    const text = 'We saw STAT3 rise in Kupffer cells.\n';
    await client.open(inFolder, text);
    await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: inFolder } });
    await hoverStillWorks();
    assert.ok(client.messages.some((m) => /team\.json: Invalid JSON: nested too deeply to be read/.test(m)), client.messages.join('\n'));
    // With no vocabulary file named, "add to the team vocabulary" would name a new one in the settings file.
    client.settings = () => ({});
    mkdirSync(path.join(folder, '.vscode'));
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), `{ "x": ${deep(100_000)} }`);
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const at = positionOf(text, offsetOf(text, 'STAT3', 2));
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: inFolder }, range: { start: at, end: at }, context: { diagnostics: [] } });
    assert.deepEqual((actions ?? []).map((a) => a.title).filter((t) => t.includes('STAT3')), []);
    await hoverStillWorks();
  });

  it('does not analyse a note over 50 MB, says so once, and checks it again once it is back under', async function () {
    this.timeout(30_000);
    const big = 'file:///faults/big.md';
    const sentence = 'Ito cells store vitamin A. ';
    const huge = sentence.repeat(Math.ceil((50 * 1024 * 1024 + 1) / sentence.length));
    await client.open(big, huge);
    const pull = () => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: big } });
    const report = await pull();
    assert.ok(report.kind === 'full' && report.items.length === 0);
    assert.equal(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: big }, position: { line: 0, character: 1 } }), null);
    await pull();
    assert.equal(client.notifications.filter((m) => m.includes('big.md is larger than 50 MB; it is not checked')).length, 1, client.notifications.join('\n'));
    // Cut to one sentence, it is checked again.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: big, version: 2 }, contentChanges: [{ text: sentence }] });
    const small = await pull();
    assert.ok(small.kind === 'full' && small.items.some((d) => d.code === 'term.non-preferred'));
    await hoverStillWorks();
  });

  it('skips a source of 50 MB with a message, keeps the other sources and keeps serving', async () => {
    const refs = path.join(folder, 'refs');
    mkdirSync(refs);
    const line = 'Kupffer cells clear endotoxin from portal blood in this enormous source. ';
    writeFileSync(path.join(refs, 'huge.md'), line.repeat(Math.ceil((50 * 1024 * 1024) / line.length)));
    writeFileSync(path.join(refs, 'small.md'), 'Kupffer cells line the sinusoids of our rat livers.\n');
    const inFolder = pathToFileURL(path.join(folder, 'note.md')).href;
    client.settings = () => ({ sources: ['refs/*.md'] });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await client.open(inFolder, note);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: inFolder }, position: positionOf(note, offsetOf(note, 'Kupffer', 2)) });
    const value = (hover!.contents as MarkupContent).value;
    assert.match(value, /rat livers/);
    assert.doesNotMatch(value, /enormous source/);
    assert.ok(client.messages.some((m) => /huge\.md is larger than 20 MB/.test(m)), client.messages.join('\n'));
    await hoverStillWorks();
    // Said once in the output and once as a notification, not again with each request.
    for (let i = 0; i < 3; i++) await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: inFolder }, position: positionOf(note, offsetOf(note, 'Kupffer', 2)) });
    assert.equal(client.messages.filter((m) => /huge\.md is larger than 20 MB/.test(m)).length, 2, client.messages.join('\n'));
    assert.equal(client.notifications.filter((m) => /huge\.md is larger than 20 MB/.test(m)).length, 1);
  });

  it('finds references past notes on disk that cannot be read or are too large, and keeps serving', async function () {
    this.timeout(30_000);
    const notes = path.join(folder, 'notes');
    mkdirSync(notes);
    writeFileSync(path.join(notes, 'good.md'), 'Kupffer cells line the sinusoids.\n');
    assert.equal(spawnSync('mkfifo', [path.join(notes, 'pipe.md')]).status, 0);
    mkdirSync(path.join(notes, 'folder.md'));
    symlinkSync(path.join(notes, 'gone'), path.join(notes, 'dangling.md'));
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919 + 13) % 256;
    writeFileSync(path.join(notes, 'junk.md'), junk);
    const sentence = 'Kupffer cells in an enormous note. ';
    writeFileSync(path.join(notes, 'huge.md'), sentence.repeat(Math.ceil((50 * 1024 * 1024 + 1) / sentence.length)));
    const inFolder = pathToFileURL(path.join(folder, 'note.md')).href;
    await client.open(inFolder, note);
    const references = await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: inFolder }, position: positionOf(note, offsetOf(note, 'Kupffer', 2)), context: { includeDeclaration: false } });
    assert.deepEqual([...new Set((references ?? []).map((l) => path.basename(new URL(l.uri).pathname)))].sort(), ['good.md', 'note.md']);
    await hoverStillWorks();
  });
});
