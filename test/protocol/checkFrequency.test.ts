import assert from 'node:assert/strict';
import { CodeActionRequest, DidChangeConfigurationNotification, DocumentDiagnosticRequest, HoverRequest, type CodeAction, type Diagnostic, type DocumentDiagnosticReport, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

const uri = 'file:///notes/saved.md';
const note = '# Notes\n\nKupffer cells take up exosomes. Ito cells store vitamin A.\n';
const saveMode = { check: { frequency: 'save' } };
/** Longer than the server waits before it pushes (150 ms), with room for a loaded machine. */
const quietMs = 600;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const nonPreferred = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'term.non-preferred');
const startOf = (diagnostics: Diagnostic[]) => nonPreferred(diagnostics).map((d) => d.range.start);

async function waitFor(condition: () => boolean, what: string, deadlineMs = 5000): Promise<void> {
  const deadline = Date.now() + deadlineMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not within ${deadlineMs} ms: ${what}`);
    await sleep(25);
  }
}

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
    assert.ok(client.notifications.includes(`Regen Notes: regenNotes.check.frequency: expected 'edit' or 'save', got "onSave"; using the default.`), JSON.stringify(client.notifications));
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
