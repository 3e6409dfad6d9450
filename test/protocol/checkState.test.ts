// Where a note checked by hand stands (regenNotes/noteCheckState), what the extension's status bar
// item shows, and Check This Note on a note that is not open (from the Explorer), through the real server.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticRequest,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  type Diagnostic,
  type DocumentDiagnosticReport,
} from 'vscode-languageserver-protocol/node';
import { checkStatus, noteCheckStateChangedNotification, noteCheckStateRequest, type NoteCheckState } from '../../server/src/commands';
import { offsetOf, TestClient, waitFor } from './client';

const manualMode = { check: { frequency: 'manual' } };
const vocabularyText = (deprecated: string) => `terms:\n  - id: zeta-cell\n    label: zeta cell\n    kind: cell\n    deprecated: [${deprecated}]\n`;
const noteText = 'Zed cells line the sinusoids. Ito cells store vitamin A.\n';
const nonPreferred = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === 'term.non-preferred');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('where a note checked by hand stands, and Check This Note on a note that is not open', () => {
  let root: string;
  let vocabulary: string;
  let client: TestClient;
  let settings: Record<string, unknown>;
  /** The notifications the server sent that a check may have changed, in order: the URIs, or 'any'. */
  let changes: (string[] | 'any')[];
  const noteUri = (name: string) => pathToFileURL(path.join(root, 'notes', name)).toString();
  const state = (uri: string) => client.connection.sendRequest(noteCheckStateRequest, { uri }) as Promise<NoteCheckState | null>;
  const checkNote = (uri: unknown) => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkNote', arguments: [uri] }) as Promise<{ errors: number; warnings: number; others: number }>;
  const pull = async (uri: string) => ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as DocumentDiagnosticReport & { items: Diagnostic[] }).items;
  const told = (uri: string, from: number) => changes.slice(from).some((c) => c === 'any' || c.includes(uri));
  /** Waits for the server to say the check of `uri` may have changed, after `from` notifications. */
  const toldOf = (uri: string, from: number) => waitFor(() => told(uri, from), `a notification that the check of ${uri} changed`);
  const changeSettings = async (next: Record<string, unknown>) => {
    settings = next;
    const from = changes.length;
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await waitFor(() => changes.length > from, 'a notification after the settings change');
  };
  const start = async (options: { notifications?: boolean } = {}) => {
    client = new TestClient({
      pullDiagnostics: true,
      settings: () => settings,
      workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }],
      ...(options.notifications === false ? {} : { initializationOptions: { noteCheckStateChanges: true } }),
    });
    changes = [];
    client.connection.onNotification(noteCheckStateChangedNotification, (params: { uris?: string[] }) => {
      changes.push(params.uris ?? 'any');
    });
    await client.initialize();
  };

  beforeEach(async () => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-check-state-'));
    mkdirSync(path.join(root, 'notes'));
    vocabulary = path.join(root, 'lab.yaml');
    writeFileSync(vocabulary, vocabularyText('zed cell'));
    settings = { ...manualMode, vocabulary: { files: ['lab.yaml'] }, exclude: ['notes/draft.md'] };
    await start();
  });
  afterEach(async () => {
    await client.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('is "not checked" until Check This Note, "checked" after, and out of date after an edit, a settings change or a change of the vocabulary file; a check brings it up to date', async () => {
    const uri = noteUri('zed.md');
    const before = Date.now();
    await client.open(uri, noteText);
    await toldOf(uri, 0);
    const opened = await state(uri);
    assert.deepEqual(opened, { frequency: 'manual', isNote: true });
    assert.equal(checkStatus(opened, 1, String)?.kind, 'not-checked');

    let from = changes.length;
    const found = await checkNote(uri);
    await toldOf(uri, from);
    const checked = await state(uri);
    assert.ok(checked?.check, JSON.stringify(checked));
    assert.deepEqual({ ...checked.check, at: 0 }, { version: 1, at: 0, found, changed: [] });
    assert.ok(checked.check.at >= before && checked.check.at <= Date.now(), `${checked.check.at} is when the check was made`);
    assert.equal(found.others, 2, 'two non-preferred terms');
    assert.equal(checkStatus(checked, 1, String)?.kind, 'checked');

    // An edit: the server says nothing (the extension compares versions), and the check stays as it was made.
    from = changes.length;
    const text = await client.edit(uri, noteText, offsetOf(noteText, 'Ito'), offsetOf(noteText, 'Ito'), 'And ');
    assert.deepEqual((await state(uri))?.check, checked.check);
    assert.deepEqual(changes.slice(from), []);
    const edited = checkStatus(await state(uri), 2, String);
    assert.equal(edited?.kind, 'out-of-date');
    assert.match(edited!.tooltip, /Changed since: the note;/);

    // The settings the findings depend on: out of date, and up to date again when they are as they were.
    const original = settings;
    await changeSettings({ ...original, claims: { level: { 'term.non-preferred': 'off' } } });
    assert.deepEqual((await state(uri))?.check?.changed, ['settings']);
    await changeSettings(original);
    assert.deepEqual((await state(uri))?.check?.changed, []);

    // The vocabulary file it read, changed on disk.
    writeFileSync(vocabulary, vocabularyText('yod cell'));
    from = changes.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(vocabulary).toString(), type: FileChangeType.Changed }] });
    await toldOf(uri, from);
    const stale = await state(uri);
    assert.deepEqual(stale?.check?.changed, ['vocabulary']);
    assert.deepEqual(stale.check.found, found, 'the check stays as it was made');
    assert.match(checkStatus(stale, 2, String)!.tooltip, /Changed since: the note, the vocabulary;/);

    // Checked again: up to date, with what it found in the note as it is now.
    from = changes.length;
    const again = await checkNote(uri);
    await toldOf(uri, from);
    const rechecked = await state(uri);
    assert.deepEqual({ ...rechecked?.check, at: 0 }, { version: 2, at: 0, found: again, changed: [] });
    assert.equal(again.others, 1, 'zed cell is no longer non-preferred');
    assert.equal(checkStatus(rechecked, 2, String)?.kind, 'checked');
    assert.equal(text.includes('And Ito'), true);
  });

  it("is out of date when a Quarto project's _quarto.yml changes, which may name another bibliography", async () => {
    const uri = noteUri('zed.qmd');
    await client.open(uri, noteText);
    await toldOf(uri, 0);
    let from = changes.length;
    await checkNote(uri);
    await toldOf(uri, from);
    assert.deepEqual((await state(uri))?.check?.changed, []);
    const project = path.join(root, '_quarto.yml');
    writeFileSync(project, 'bibliography: refs.bib\n');
    from = changes.length;
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(project).toString(), type: FileChangeType.Created }] });
    await toldOf(uri, from);
    assert.deepEqual((await state(uri))?.check?.changed, ['bibliography']);
  });

  it('counts a note as checked after Check All Notes, forgets the check when the note closes, and says nothing of notes not checked by hand, not notes, or not open', async () => {
    const uri = noteUri('zed.md');
    await client.open(uri, noteText);
    const from = changes.length;
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkAllNotes' });
    await toldOf(uri, from);
    assert.equal((await state(uri))?.check?.version, 1);

    await client.close(uri);
    assert.equal(await state(uri), null, 'a document the server does not have open');
    await client.open(uri, noteText);
    assert.deepEqual(await state(uri), { frequency: 'manual', isNote: true }, 'closing a note forgets its check');

    const draft = noteUri('draft.md');
    await client.open(draft, noteText);
    assert.deepEqual(await state(draft), { frequency: 'manual', isNote: false });
    assert.equal(checkStatus(await state(draft), 1, String), undefined, 'no status for a document that is not a note');

    await changeSettings({ ...settings, check: { frequency: 'edit' } });
    assert.deepEqual(await state(uri), { frequency: 'edit', isNote: true });
    assert.equal(checkStatus(await state(uri), 1, String), undefined, 'no status in edit mode');
    assert.equal(await state('not a uri'), null);
    assert.equal(await client.connection.sendRequest(noteCheckStateRequest, null), null);
  });

  it('tells only a client that asked when a check may have changed', async () => {
    await client.dispose();
    await start({ notifications: false });
    const uri = noteUri('zed.md');
    await client.open(uri, noteText);
    await checkNote(uri);
    assert.equal((await state(uri))?.check?.version, 1, 'the request is answered all the same');
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
    await sleep(300);
    assert.deepEqual(changes, []);
  });

  it('checks a note that is not open from disk, shows its findings, and keeps them as its check when it opens with that text', async () => {
    const file = path.join(root, 'notes', 'closed.md');
    writeFileSync(file, noteText);
    const uri = pathToFileURL(file).toString();
    const before = Date.now();
    const found = await checkNote(uri);
    assert.deepEqual(found, { errors: 0, warnings: 0, others: 2 });
    const shown = await client.diagnostics(uri, (d) => d.length > 0);
    assert.equal(nonPreferred(shown).length, 2);
    assert.deepEqual(shown.map((d) => d.range.start), [{ line: 0, character: 0 }, { line: 0, character: offsetOf(noteText, 'Ito') }]);

    // Opened with the text read from disk: in manual mode that check is its check, made when it was read.
    await client.open(uri, noteText);
    assert.equal(nonPreferred(await pull(uri)).length, 2);
    const opened = await state(uri);
    assert.equal(opened?.check?.version, 1);
    assert.ok(opened.check.at >= before && opened.check.at <= Date.now());
    assert.deepEqual(opened.check.found, found);
  });

  it('refuses a note that is not open outside every workspace folder, one that is no note, and one that cannot be read, saying why', async () => {
    const refused = async (uri: unknown, message: RegExp) =>
      assert.rejects(checkNote(uri), (error: { code?: number; message?: string }) => {
        assert.equal(error.code, ErrorCodes.InvalidParams, JSON.stringify(error));
        assert.match(error.message ?? '', message);
        return true;
      });
    const outside = mkdtempSync(path.join(os.tmpdir(), 'regen-outside-'));
    try {
      writeFileSync(path.join(outside, 'away.md'), noteText);
      await refused(pathToFileURL(path.join(outside, 'away.md')).toString(), /away\.md is not open and not in a workspace folder; Check This Note reads from disk only the notes of a workspace folder/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    writeFileSync(path.join(root, 'notes', 'draft.md'), noteText);
    await refused(noteUri('draft.md'), /draft\.md is not a note: regenNotes\.include and regenNotes\.exclude leave it out/);
    writeFileSync(path.join(root, 'notes', 'data.json'), '{}');
    await refused(noteUri('data.json'), /data\.json is not a note/);
    await refused(noteUri('gone.md'), /gone\.md could not be read: .*ENOENT/);
    await refused('untitled:Untitled-1', /^'untitled:Untitled-1' is neither open nor a file on disk/);
    // None of them showed anything.
    assert.deepEqual(client.publishedFor(noteUri('draft.md')), undefined);
  });
});
