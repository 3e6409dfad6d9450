import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DiagnosticSeverity,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type CompletionList,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient, waitFor } from './client';

const uri = 'file:///notes/saved.md';
const note = '# Notes\n\nKupffer cells take up exosomes. Ito cells store vitamin A.\n';
const saveMode = { check: { frequency: 'save' } };
/** Longer than the server waits before it pushes (150 ms), with room for a loaded machine. */
const quietMs = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nonPreferred = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'term.non-preferred');
const startOf = (diagnostics: Diagnostic[]) => nonPreferred(diagnostics).map((d) => d.range.start);
/** What Check This Note answers for these diagnostics: how many of each severity. */
const countsIn = (diagnostics: Diagnostic[]) => ({
  errors: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).length,
  warnings: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).length,
  others: diagnostics.filter((d) => d.severity !== DiagnosticSeverity.Error && d.severity !== DiagnosticSeverity.Warning).length,
});

describe('regenNotes.check.frequency: save, with pushed diagnostics', () => {
  let client: TestClient;
  afterEach(() => client.dispose());

  it('publishes at open and at save, not at the edits in between; hover follows the edits', async () => {
    client = new TestClient({ settings: () => saveMode });
    await client.initialize();
    await client.open(uri, note);
    const opened = await client.diagnostics(uri, (d) => nonPreferred(d).length === 1);
    assert.deepEqual(startOf(opened), [positionOf(note, offsetOf(note, 'Ito cells'))]);

    const at = offsetOf(note, 'Ito cells');
    const edited = await client.edit(uri, note, at, at + 'Ito cells'.length, 'Stellate cells');
    await sleep(quietMs);
    assert.deepEqual(await client.diagnostics(uri), opened, 'the edit leaves the last check in place');
    // Hover reads the text as it is now.
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(edited, offsetOf(edited, 'Stellate')) });
    assert.match((hover!.contents as MarkupContent).value, /hepatic stellate cell/);

    await client.save(uri);
    await client.diagnostics(uri, (d) => nonPreferred(d).length === 0);
  });

  it('publishes at once when the setting goes back to edit, and follows each edit again', async () => {
    let settings: unknown = saveMode;
    client = new TestClient({ settings: () => settings });
    await client.initialize();
    let text = note;
    await client.open(uri, text);
    await client.diagnostics(uri, (d) => nonPreferred(d).length === 1);
    text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells'), 'Then ');
    await sleep(quietMs);
    assert.deepEqual(startOf(await client.diagnostics(uri)), [positionOf(note, offsetOf(note, 'Ito cells'))], 'stale until saved');

    settings = { check: { frequency: 'edit' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    const at = positionOf(text, offsetOf(text, 'Ito cells'));
    await client.diagnostics(uri, (d) => JSON.stringify(startOf(d)) === JSON.stringify([at]));

    text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
    await client.diagnostics(uri, (d) => nonPreferred(d).length === 0);
  });

  it('follows each edit with a value it does not know, and says so', async () => {
    client = new TestClient({ settings: () => ({ check: { frequency: 'onSave' } }) });
    await client.initialize();
    await client.open(uri, note);
    await client.diagnostics(uri, (d) => nonPreferred(d).length === 1);
    await client.edit(uri, note, offsetOf(note, 'Ito cells'), offsetOf(note, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
    await client.diagnostics(uri, (d) => nonPreferred(d).length === 0);
    assert.ok(client.notifications.includes(`Regen Notes: regenNotes.check.frequency: expected 'edit', 'save' or 'manual', got "onSave"; using the default.`), JSON.stringify(client.notifications));
  });
});

describe('regenNotes.check.frequency: save, with pulled diagnostics', () => {
  let client: TestClient;
  let settings: unknown;
  const pull = (previousResultId?: string): Promise<DocumentDiagnosticReport> => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
  const full = (report: DocumentDiagnosticReport) => {
    assert.equal(report.kind, 'full', JSON.stringify(report));
    return report as DocumentDiagnosticReport & { kind: 'full'; resultId: string; items: Diagnostic[] };
  };

  beforeEach(async () => {
    settings = saveMode;
    client = new TestClient({ pullDiagnostics: true, settings: () => settings });
    await client.initialize();
  });
  afterEach(() => client.dispose());

  it('answers "unchanged" to the pulls after edits, and asks for a pull at a save, which gets the check of the saved text', async () => {
    await client.open(uri, note);
    const first = full(await pull());
    assert.equal(nonPreferred(first.items).length, 1);
    const at = offsetOf(note, 'Ito cells');
    await client.edit(uri, note, at, at + 'Ito cells'.length, 'Stellate cells');
    assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
    // A client that lost the last result gets it in full, as it was.
    assert.deepEqual(full(await pull()).items, first.items);

    const refreshes = client.refreshes;
    await client.save(uri);
    await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after the save');
    assert.equal(nonPreferred(full(await pull(first.resultId)).items).length, 0);
  });

  it('checks the note again at once when the setting goes back to edit', async () => {
    let text = note;
    await client.open(uri, text);
    const first = full(await pull());
    text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells'), 'Then ');
    assert.equal((await pull(first.resultId)).kind, 'unchanged');

    settings = {};
    const refreshes = client.refreshes;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after the settings change');
    assert.deepEqual(startOf(full(await pull(first.resultId)).items), [positionOf(text, offsetOf(text, 'Ito cells'))]);
  });

  it('makes quick fixes and the fix-all action from the text as it is, not from the last check', async () => {
    // A fix made from the analysis of the saved text would write over "Then Ito" after the edit.
    let text = note;
    await client.open(uri, text);
    const first = full(await pull());
    text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells'), 'Then ');
    assert.equal((await pull(first.resultId)).kind, 'unchanged', 'the diagnostics are the saved text’s');

    const ito = { start: positionOf(text, offsetOf(text, 'Ito cells')), end: positionOf(text, offsetOf(text, 'Ito cells') + 'Ito cells'.length) };
    const ask = async (only?: string[]) => (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: ito.start, end: ito.start }, context: { diagnostics: first.items, ...(only ? { only } : {}) } })) as CodeAction[];
    const editsOf = (action: CodeAction | undefined) => ((action?.edit?.documentChanges?.[0] as TextDocumentEdit | undefined)?.edits ?? action?.edit?.changes?.[uri] ?? []) as TextEdit[];

    const replace = (await ask()).find((a) => a.title.startsWith('Replace with'));
    assert.ok(replace, 'a quick fix where the term is now');
    assert.deepEqual(editsOf(replace), [{ range: ito, newText: 'hepatic stellate cells' }]);
    const [fixAll] = await ask(['source.fixAll']);
    assert.deepEqual(editsOf(fixAll), [{ range: ito, newText: 'hepatic stellate cells' }]);
  });
});

describe('regenNotes.check.frequency: manual, and Check This Note', () => {
  let client: TestClient;
  let settings: unknown;
  const manualMode = { check: { frequency: 'manual' } };
  const pull = (previousResultId?: string, of = uri): Promise<DocumentDiagnosticReport> => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: of }, previousResultId });
  const full = (report: DocumentDiagnosticReport) => {
    assert.equal(report.kind, 'full', JSON.stringify(report));
    return report as DocumentDiagnosticReport & { kind: 'full'; resultId: string; items: Diagnostic[] };
  };
  const checkNote = (...args: unknown[]) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkNote', arguments: args }) as Promise<{ errors: number; warnings: number; others: number }>;
  /** Runs Check This Note on `uri` and waits for the refresh it asks a pulling client for. */
  const checkAndRefresh = async (of = uri) => {
    const refreshes = client.refreshes;
    const counts = await checkNote(of);
    await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after Check This Note');
    return counts;
  };
  const changeSettings = async (next: unknown) => {
    settings = next;
    const refreshes = client.refreshes;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after the settings change');
  };

  describe('with pulled diagnostics', () => {
    beforeEach(async () => {
      settings = manualMode;
      client = new TestClient({ pullDiagnostics: true, settings: () => settings });
      await client.initialize();
    });
    afterEach(() => client.dispose());

    it('shows no findings at open, edits or saves, while hover, completion and quick fixes work; Check This Note shows them, and they stay through edits and saves', async () => {
      let text = note;
      await client.open(uri, text);
      const first = full(await pull());
      assert.deepEqual(first.items, [], 'no findings before the note is checked');
      text = await client.edit(uri, text, offsetOf(text, 'Kupffer'), offsetOf(text, 'Kupffer'), 'Here ');
      assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });
      const refreshes = client.refreshes;
      await client.save(uri);
      await sleep(quietMs);
      assert.equal(client.refreshes, refreshes, 'a save does not check the note');
      assert.equal((await pull(first.resultId)).kind, 'unchanged');

      // The features that read the note as it is now do not wait for a check.
      const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, offsetOf(text, 'Ito', 1)) });
      assert.match((hover!.contents as MarkupContent).value, /hepatic stellate cell/);
      const completion = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text, offsetOf(text, 'Kupffer', 4)) })) as CompletionList;
      assert.ok(completion.items.some((item) => /Kupffer cell/.test(item.label)), completion.items.map((item) => item.label).join(' | '));
      const ito = { start: positionOf(text, offsetOf(text, 'Ito cells')), end: positionOf(text, offsetOf(text, 'Ito cells') + 'Ito cells'.length) };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: ito, context: { diagnostics: [] } })) as CodeAction[];
      assert.ok(actions.some((a) => a.title.startsWith('Replace with')), actions.map((a) => a.title).join(' | '));

      const counts = await checkAndRefresh();
      const checked = full(await pull(first.resultId));
      assert.deepEqual(startOf(checked.items), [ito.start]);
      assert.deepEqual({ ...counts }, countsIn(checked.items));

      // Edits and saves after the check leave it shown as it was, until the next check.
      text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
      assert.deepEqual(await pull(checked.resultId), { kind: 'unchanged', resultId: checked.resultId });
      await client.save(uri);
      assert.deepEqual(await pull(checked.resultId), { kind: 'unchanged', resultId: checked.resultId });
      assert.deepEqual(full(await pull()).items, checked.items, 'a client that lost the last result gets it in full, as it was');

      const after = await checkAndRefresh();
      const rechecked = full(await pull(checked.resultId));
      assert.deepEqual(nonPreferred(rechecked.items), []);
      assert.deepEqual({ ...after }, countsIn(rechecked.items));
    });

    it('keeps a check through a settings change; going to edit checks at once, and back to manual shows none until the next check', async () => {
      let text = note;
      await client.open(uri, text);
      const first = full(await pull());
      await checkAndRefresh();
      const checked = full(await pull(first.resultId));
      assert.equal(nonPreferred(checked.items).length, 1);

      // A level turned off by the settings: the check stays as it was made until the next one.
      const quiet = { ...manualMode, claims: { level: { 'term.non-preferred': 'off' } } };
      await changeSettings(quiet);
      assert.deepEqual(await pull(checked.resultId), { kind: 'unchanged', resultId: checked.resultId });
      await checkAndRefresh();
      const rechecked = full(await pull(checked.resultId));
      assert.deepEqual(nonPreferred(rechecked.items), []);

      text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells'), 'Then ');
      await changeSettings({});
      const followed = full(await pull(rechecked.resultId));
      assert.deepEqual(startOf(followed.items), [positionOf(text, offsetOf(text, 'Ito cells'))], 'checked at once with edit');

      await changeSettings(manualMode);
      assert.deepEqual(full(await pull(followed.resultId)).items, [], 'none in manual mode until the next check');
      await checkAndRefresh();
      assert.deepEqual(startOf(full(await pull()).items), [positionOf(text, offsetOf(text, 'Ito cells'))]);
    });

    it('keeps a check through a change of the vocabulary file it was made with', async () => {
      const root = mkdtempSync(path.join(os.tmpdir(), 'regen-manual-'));
      try {
        const vocabulary = path.join(root, 'lab.yaml');
        const term = (deprecated: string) => `terms:\n  - id: zeta-cell\n    label: zeta cell\n    kind: cell\n    deprecated: [${deprecated}]\n`;
        writeFileSync(vocabulary, term('zed cell'));
        await client.dispose();
        settings = { ...manualMode, vocabulary: { files: ['lab.yaml'] } };
        client = new TestClient({ pullDiagnostics: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
        await client.initialize();
        const zed = pathToFileURL(path.join(root, 'zed.md')).toString();
        const text = 'Zed cells line the sinusoids.\n';
        await client.open(zed, text);
        const hoverText = async () => ((await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri: zed }, position: { line: 0, character: 1 } }))?.contents as MarkupContent | undefined)?.value ?? '';
        assert.match(await hoverText(), /zeta cell/);
        await checkAndRefresh(zed);
        const checked = full(await pull(undefined, zed));
        assert.equal(nonPreferred(checked.items).length, 1);

        writeFileSync(vocabulary, term('yod cell'));
        const refreshes = client.refreshes;
        await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(vocabulary).toString(), type: FileChangeType.Changed }] });
        await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after the vocabulary change');
        // The server reads the new vocabulary (no hover on the form it dropped), and the check stays as it was made.
        assert.equal(await hoverText(), '');
        assert.deepEqual(await pull(checked.resultId, zed), { kind: 'unchanged', resultId: checked.resultId });
        await checkAndRefresh(zed);
        assert.deepEqual(nonPreferred(full(await pull(checked.resultId, zed)).items), []);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    });

    it('checks at once in save mode too, and the check stays until the next save', async () => {
      settings = saveMode;
      let text = note;
      await client.open(uri, text);
      const first = full(await pull());
      assert.equal(nonPreferred(first.items).length, 1);
      text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
      assert.equal((await pull(first.resultId)).kind, 'unchanged');
      await checkAndRefresh();
      const checked = full(await pull(first.resultId));
      assert.deepEqual(nonPreferred(checked.items), []);
      text = await client.edit(uri, text, offsetOf(text, 'Stellate cells'), offsetOf(text, 'Stellate cells') + 'Stellate cells'.length, 'Ito cells');
      assert.equal((await pull(checked.resultId)).kind, 'unchanged');
      const refreshes = client.refreshes;
      await client.save(uri);
      await waitFor(() => client.refreshes > refreshes, 'a diagnostics refresh after the save');
      assert.equal(nonPreferred(full(await pull(checked.resultId)).items).length, 1);
    });

    it('answers the counts of the note as it is in edit mode', async () => {
      settings = {};
      await client.open(uri, note);
      const counts = await checkAndRefresh();
      const { items } = full(await pull());
      assert.equal(nonPreferred(items).length, 1);
      assert.deepEqual({ ...counts }, countsIn(items));
    });

    it('refuses, with a message that says why, a URI of no open note outside every folder, a document that is not a note and an argument that is no URI; and keeps serving', async () => {
      settings = { ...manualMode, exclude: ['draft.md'] };
      await client.open(uri, note);
      const refused = async (args: unknown[], message: RegExp) =>
        assert.rejects(checkNote(...args), (error: { code?: number; message?: string }) => {
          assert.equal(error.code, ErrorCodes.InvalidParams, JSON.stringify(error));
          assert.match(error.message ?? '', message);
          return true;
        });
      // Not open, and in no workspace folder (this client has none): not read from disk.
      await refused(['file:///notes/none.md'], /^\/notes\/none\.md is not open and not in a workspace folder; Check This Note reads from disk only the notes of a workspace folder/);
      await refused(['not a uri at all'], /^'not a uri at all' is neither open nor a file on disk/);
      await refused([`file:///${'x'.repeat(5000)}.md`], /^\/x+… is not open and not in a workspace folder/);
      await refused([], /^Check This Note takes the URI of a note as its argument; got no argument\.$/);
      await refused([42], /got a number\.$/);
      await refused([['file:///notes/saved.md']], /got a list\.$/);
      await refused([{ uri }], /got an object\.$/);
      await refused([null], /got null\.$/);
      await refused([''], /got an empty string\.$/);

      const draft = 'file:///notes/draft.md';
      await client.open(draft, note);
      await refused([draft], /^file:\/\/\/notes\/draft\.md is not a note: regenNotes\.include and regenNotes\.exclude leave it out/);
      assert.deepEqual(full(await pull(undefined, draft)).items, []);

      // Still serving, and the note was not checked by any of them.
      assert.deepEqual(full(await pull()).items, []);
      await checkAndRefresh();
      assert.equal(nonPreferred(full(await pull()).items).length, 1);
      assert.deepEqual(client.messages.filter((m) => /Unhandled|Could not analyse|\n\s+at .+:\d+:\d+/.test(m)), []);
    });

    it('finds an open note under another spelling of its URI', async () => {
      const spelt = 'file:///notes/%73aved.md';
      await client.open(uri, note);
      await checkAndRefresh(spelt);
      assert.equal(nonPreferred(full(await pull()).items).length, 1);
    });
  });

  describe('with pushed diagnostics', () => {
    beforeEach(async () => {
      settings = manualMode;
      client = new TestClient({ settings: () => settings });
      await client.initialize();
    });
    afterEach(() => client.dispose());

    it('publishes none at open and edits, the check when the command runs, and nothing over it at the edits after', async () => {
      let text = note;
      await client.open(uri, text);
      assert.deepEqual(await client.diagnostics(uri), []);
      text = await client.edit(uri, text, offsetOf(text, 'Kupffer'), offsetOf(text, 'Kupffer'), 'Here ');
      await client.save(uri);
      await sleep(quietMs);
      assert.deepEqual(client.publishedFor(uri), []);

      const counts = await checkNote(uri);
      const shown = await client.diagnostics(uri, (d) => nonPreferred(d).length === 1);
      assert.deepEqual({ ...counts }, countsIn(shown));
      text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await sleep(quietMs);
      assert.deepEqual(client.publishedFor(uri), shown, 'the check stays through an edit and a settings change');

      settings = {};
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await client.diagnostics(uri, (d) => nonPreferred(d).length === 0);
      settings = manualMode;
      text = await client.edit(uri, text, offsetOf(text, 'Stellate cells'), offsetOf(text, 'Stellate cells') + 'Stellate cells'.length, 'Ito cells');
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await sleep(quietMs);
      assert.deepEqual(client.publishedFor(uri), []);
      await checkNote(uri);
      await client.diagnostics(uri, (d) => nonPreferred(d).length === 1);
    });
  });
});
