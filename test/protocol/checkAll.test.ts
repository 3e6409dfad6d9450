import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, DocumentDiagnosticRequest, FileChangeType, ExecuteCommandRequest, LSPErrorCodes, WorkDoneProgressCancelNotification } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';

interface Summary {
  notes: number;
  errors: number;
  warnings: number;
  others: number;
  cancelled: boolean;
}

const unsupported = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';

describe('Check All Notes, through the server', () => {
  let root: string;
  let client: TestClient;
  const uriOf = (relative: string) => pathToFileURL(path.join(root, relative)).toString();
  const write = (relative: string, text: string | Buffer) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  const checkAll = () => client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkAllNotes' }) as Promise<Summary>;
  const codes = async (relative: string) => (await client.diagnostics(uriOf(relative))).map((d) => d.code);
  /** `count` notes of an unsupported claim and some prose, `notes/n000.md` on. */
  const writeNotes = (count: number) => {
    for (let i = 0; i < count; i++) write(`notes/n${String(i).padStart(3, '0')}.md`, `${unsupported}\n${'Some words about the day. '.repeat(200)}\n`);
  };
  /** Until the server has reported progress on a token it asked for. */
  const reported = () =>
    new Promise<void>((resolve) => {
      const poll = () => ([...client.progress.values()].some((values) => values.some((v) => v.kind === 'report')) ? resolve() : setTimeout(poll, 5));
      poll();
    });
  /** Sends the command with a progress token, as the extension does, and cancels the request once it has reported progress. */
  const cancelledOnceReported = async (workDoneToken: string) => {
    client.progress.set(workDoneToken, []);
    const cancel = new CancellationTokenSource();
    const running = client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkAllNotes', workDoneToken }, cancel.token);
    await new Promise<void>((resolve) => {
      const poll = () => (client.progress.get(workDoneToken)!.some((v) => v.kind === 'report') ? resolve() : setTimeout(poll, 5));
      poll();
    });
    cancel.cancel();
    // In an object: an async function that returned the request itself would wait for it.
    return { running };
  };

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-check-all-'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  for (const pullDiagnostics of [true, false]) {
    it(`shows the findings of every note on disk that is not open, with the folder's settings, and counts them (${pullDiagnostics ? 'pulled' : 'pushed'} diagnostics)`, async () => {
      let settings: unknown = { exclude: ['drafts/**'], claims: { level: { 'term.non-preferred': 'error' } } };
      client = new TestClient({ pullDiagnostics, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
      await client.initialize();
      write('notes/a.md', unsupported);
      write('notes/deep/b.md', 'Ito cells store vitamin A.\n');
      write('notes/clean.md', 'Kupffer cells are macrophages.\n');
      write('drafts/c.md', unsupported);
      write('notes/skip.txt', unsupported);
      mkdirSync(path.join(root, 'notes', 'folder.md'));
      write('notes/junk.md', Buffer.from([0, 159, 146, 150, 0, 255]));
      const open = uriOf('notes/open.md');
      await client.open(open, 'Ito cells here.\n');

      const summary = await checkAll();
      assert.deepEqual(await codes('notes/a.md'), ['claim.unsupported']);
      assert.deepEqual(await codes('notes/deep/b.md'), ['term.non-preferred']);
      assert.deepEqual(await codes('notes/clean.md'), []);
      assert.deepEqual(await codes('notes/junk.md'), []);
      // The open note is counted, with the diagnostics it has, not sent twice.
      assert.deepEqual({ ...summary }, { notes: 5, errors: 2, warnings: 1, others: 0, cancelled: false });
      assert.ok(client.notifications.includes('Regen Notes: checked 5 notes: 2 errors, 1 warning, 0 other findings.'), client.notifications.join(' | '));
      for (const skipped of ['drafts/c.md', 'notes/skip.txt']) assert.equal(client.publishedFor(uriOf(skipped)), undefined, skipped);

      // Opening a note takes its pushed copy off: the editor shows the note's own.
      await client.open(uriOf('notes/a.md'), unsupported);
      if (pullDiagnostics) await client.diagnostics(uriOf('notes/a.md'), (d) => d.length === 0);

      // A second run takes off what the first showed for a note that is gone.
      rmSync(path.join(root, 'notes', 'deep', 'b.md'));
      await checkAll();
      assert.deepEqual(await codes('notes/deep/b.md'), []);

      // A settings change makes them stale: they are taken off.
      write('notes/deep/b.md', 'Ito cells store vitamin A.\n');
      await checkAll();
      assert.deepEqual(await codes('notes/deep/b.md'), ['term.non-preferred']);
      settings = {};
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await client.diagnostics(uriOf('notes/deep/b.md'), (d) => d.length === 0);
    });
  }

  it('asks the editor to watch the notes include selects under other extensions, and takes their findings off when they change on disk', async () => {
    client = new TestClient({ settings: () => ({ include: ['**/*.md', '**/*.mdx'] }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    write('notes/a.mdx', unsupported);
    await checkAll();
    assert.deepEqual(await codes('notes/a.mdx'), ['claim.unsupported']);
    const watched = client.registrations.flatMap((r) => (r.registerOptions as { watchers?: { globPattern: unknown }[] }).watchers?.map((w) => w.globPattern) ?? []);
    assert.deepEqual(watched.filter((g) => typeof g !== 'string'), [{ baseUri: pathToFileURL(root).toString(), pattern: '**/*.mdx' }], 'the .md pattern is watched already');
    await checkAll();
    const again = client.registrations.flatMap((r) => (r.registerOptions as { watchers?: { globPattern: unknown }[] }).watchers?.map((w) => w.globPattern) ?? []);
    assert.equal(again.filter((g) => typeof g !== 'string').length, 1, 'asked once');

    write('notes/a.mdx', 'Kupffer cells are macrophages.\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('notes/a.mdx'), type: FileChangeType.Changed }] });
    await client.diagnostics(uriOf('notes/a.mdx'), (d) => d.length === 0);
  });

  it('takes its copy off a note opened under another spelling of its URI, keeps the problems of a vocabulary it used, and checks an open note checked at saves', async () => {
    write('lab.yaml', 'terms:\n  - id: x\n    label: [\n');
    write('notes/a.md', unsupported);
    client = new TestClient({ pullDiagnostics: true, settings: () => ({ vocabulary: { files: ['lab.yaml'] }, check: { frequency: 'save' } }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    const open = uriOf('notes/open.md');
    let text = 'Kupffer cells are macrophages.\n';
    await client.open(open, text);
    const pull = async () => (await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: open } })) as { items?: { code?: unknown }[] };
    assert.deepEqual((await pull()).items, []);
    // Unsaved, in save mode: not checked at the edit; Check All Notes checks it as it is now.
    text = await client.edit(open, text, text.length, text.length, unsupported);
    assert.deepEqual((await pull()).items, []);
    await checkAll();
    assert.deepEqual((await pull()).items?.map((d) => d.code), ['claim.unsupported']);
    await client.diagnostics(uriOf('lab.yaml'), (d) => d.length > 0);
    // Closing the last open note leaves the problems of the vocabulary the check used.
    await client.close(open);
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.notDeepEqual(client.publishedFor(uriOf('lab.yaml')), []);
    // `%61` is `a`: an editor may spell the URI of the note it opens otherwise.
    assert.deepEqual(await codes('notes/a.md'), ['claim.unsupported']);
    await client.open(uriOf('notes/a.md').replace(/\/a\.md$/, '/%61.md'), unsupported);
    await client.diagnostics(uriOf('notes/a.md'), (d) => d.length === 0);
  });

  it('sends an open note checked at saves its new diagnostics, to an editor that is sent diagnostics', async () => {
    client = new TestClient({ pullDiagnostics: false, settings: () => ({ check: { frequency: 'save' } }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    const open = uriOf('notes/open.md');
    let text = 'Kupffer cells are macrophages.\n';
    await client.open(open, text);
    assert.deepEqual(await client.diagnostics(open), []);
    text = await client.edit(open, text, text.length, text.length, unsupported);
    const summary = await checkAll();
    assert.equal(summary.errors + summary.warnings + summary.others, 1);
    // What the summary counted is what the Problems panel shows.
    assert.deepEqual((await client.diagnostics(open, (d) => d.length > 0, 2000)).map((d) => d.code), ['claim.unsupported']);
  });

  for (const pullDiagnostics of [true, false]) {
    it(`counts as the check of an open note in manual mode, and of a note opened afterwards with the text it checked (${pullDiagnostics ? 'pulled' : 'pushed'} diagnostics)`, async () => {
      client = new TestClient({ pullDiagnostics, settings: () => ({ check: { frequency: 'manual' } }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
      await client.initialize();
      write('notes/a.md', unsupported);
      write('notes/b.md', unsupported);
      const open = uriOf('notes/open.md');
      let text = `Ito cells store vitamin A.\n`;
      await client.open(open, text);
      const pull = async (uri: string) => ((await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } })) as { items?: { code?: unknown }[] }).items?.map((d) => d.code);
      const shown = async (uri: string) => (pullDiagnostics ? pull(uri) : (await client.diagnostics(uri)).map((d) => d.code));
      assert.deepEqual(await shown(open), [], 'not checked yet');

      const summary = await checkAll();
      assert.deepEqual({ ...summary }, { notes: 3, errors: 0, warnings: 2, others: 1, cancelled: false });
      if (pullDiagnostics) assert.deepEqual(await pull(open), ['term.non-preferred']);
      else await client.diagnostics(open, (d) => d.length === 1);
      // Edits after it leave the check as it was.
      text = await client.edit(open, text, 0, 'Ito cells'.length, 'Stellate cells');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(await shown(open), ['term.non-preferred']);

      // Opened as it was checked, a note keeps its findings; opened otherwise, it has none until it is checked.
      await client.open(uriOf('notes/a.md'), unsupported);
      if (pullDiagnostics) assert.deepEqual(await pull(uriOf('notes/a.md')), ['claim.unsupported']);
      else await client.diagnostics(uriOf('notes/a.md'), (d) => d.length === 1 && d[0].code === 'claim.unsupported');
      await client.open(uriOf('notes/b.md'), `Changed in the editor. ${unsupported}`);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.deepEqual(await shown(uriOf('notes/b.md')), []);
    });
  }

  it('counts a note opened while it runs once', async () => {
    client = new TestClient({ workDoneProgress: true, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    writeNotes(200);
    const running = checkAll();
    await reported();
    await client.open(uriOf('notes/n000.md'), unsupported);
    const summary = await running;
    assert.equal(summary.cancelled, false);
    assert.equal(summary.notes, 200);
  });

  it('takes off the problems of a vocabulary it read when a settings change stops it and no note uses that file any more', async () => {
    write('lab.yaml', 'terms:\n  - id: x\n    label: [\n');
    let settings: unknown = { vocabulary: { files: ['lab.yaml'] } };
    client = new TestClient({ workDoneProgress: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    writeNotes(200);
    const running = checkAll();
    await reported();
    await client.diagnostics(uriOf('lab.yaml'), (d) => d.length > 0);
    settings = {};
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.equal((await running).cancelled, true);
    await client.diagnostics(uriOf('notes/n000.md'), (d) => d.length === 0);
    await client.diagnostics(uriOf('lab.yaml'), (d) => d.length === 0);
  });

  it('checks a note closed while it runs, which it passed over as open', async () => {
    client = new TestClient({ workDoneProgress: true, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    for (let i = 0; i < 200; i++) write(`notes/n${String(i).padStart(3, '0')}.md`, `${unsupported}\n${'Some words about the day. '.repeat(200)}\n`);
    await client.open(uriOf('notes/n000.md'), 'Kupffer cells are macrophages.\n');
    const running = checkAll();
    await new Promise<void>((resolve) => {
      const poll = () => ([...client.progress.values()].some((values) => values.some((v) => v.kind === 'report')) ? resolve() : setTimeout(poll, 5));
      poll();
    });
    await client.close(uriOf('notes/n000.md'));
    const summary = await running;
    assert.equal(summary.notes, 200);
    assert.deepEqual(await codes('notes/n000.md'), ['claim.unsupported']);
  });

  it("checks the notes of a nested workspace folder with that folder's own settings, once", async () => {
    const inner = path.join(root, 'inner');
    write('inner/x.md', 'Ito cells store vitamin A.\n');
    write('outer.md', 'Ito cells store vitamin A.\n');
    const innerPrefix = `${pathToFileURL(inner).toString()}`;
    client = new TestClient({
      settings: (scopeUri) => (scopeUri?.startsWith(innerPrefix) ? { claims: { level: { 'term.non-preferred': 'off' } } } : {}),
      workspaceFolders: [
        { uri: pathToFileURL(root).toString(), name: 'outer' },
        { uri: pathToFileURL(inner).toString(), name: 'inner' },
      ],
    });
    await client.initialize();
    const summary = await checkAll();
    assert.deepEqual(await codes('outer.md'), ['term.non-preferred']);
    assert.deepEqual(await codes('inner/x.md'), []);
    assert.equal(summary.notes, 2);
  });

  it('reports progress the user can cancel, and stops when cancelled, keeping what it showed', async () => {
    client = new TestClient({ workDoneProgress: true, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    writeNotes(400);
    const running = checkAll();
    const token = await new Promise<string | number>((resolve) => {
      const poll = () => {
        const found = [...client.progress].find(([, values]) => values.some((v) => v.kind === 'report'));
        if (found) resolve(found[0]);
        else setTimeout(poll, 5);
      };
      poll();
    });
    assert.deepEqual(client.progress.get(token)![0], { kind: 'begin', title: 'Regen Notes: checking all notes', cancellable: true, percentage: 0 });
    await client.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
    const summary = await running;
    assert.equal(summary.cancelled, true);
    assert.ok(summary.notes < 400, String(summary.notes));
    assert.deepEqual(await codes('notes/n000.md'), ['claim.unsupported']);
    assert.equal(client.progress.get(token)!.at(-1)!.kind, 'end');
    assert.ok(client.notifications.some((m) => m.startsWith(`Regen Notes: stopped after ${summary.notes} notes`)), client.notifications.join(' | '));
  });

  it('reports progress on the token the request brings, and stops when the request is cancelled, as the extension\'s command does', async () => {
    client = new TestClient({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    writeNotes(400);
    const workDoneToken = 'check-all-1';
    const { running } = await cancelledOnceReported(workDoneToken);
    await assert.rejects(running, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    await new Promise<void>((resolve) => {
      const poll = () => (client.progress.get(workDoneToken)!.at(-1)?.kind === 'end' ? resolve() : setTimeout(poll, 5));
      poll();
    });
    assert.equal(client.progress.get(workDoneToken)![0].kind, 'begin');
    assert.ok(client.notifications.some((m) => m.startsWith('Regen Notes: stopped after')), client.notifications.join(' | '));
  });

  it('runs again for a request sent right after the one before was cancelled', async () => {
    client = new TestClient({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    writeNotes(200);
    const { running: first } = await cancelledOnceReported('check-all-1');
    const second = checkAll();
    await assert.rejects(first, (error: { code?: number }) => error.code === LSPErrorCodes.RequestCancelled);
    assert.deepEqual({ ...(await second) }, { notes: 200, errors: 0, warnings: 200, others: 0, cancelled: false });
  });

  it('answers a second request while one runs with the same run, and ignores arguments', async () => {
    client = new TestClient({ workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    write('a.md', unsupported);
    const [first, second] = await Promise.all([checkAll(), client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkAllNotes', arguments: [42, { junk: true }] }) as Promise<Summary>]);
    assert.deepEqual(first, second);
    assert.equal(first.notes, 1);
  });
});
