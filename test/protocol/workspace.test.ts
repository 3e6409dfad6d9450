import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CodeActionResolveRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DidChangeWorkspaceFoldersNotification,
  DocumentDiagnosticRequest,
  DiagnosticSeverity,
  ErrorCodes,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  RegistrationRequest,
  ResponseError,
  type CodeAction,
  type MarkupContent,
  type TextDocumentEdit,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { parse as parseJsonc } from 'jsonc-parser';
import { offsetOf, positionOf, TestClient, type TestClientOptions } from './client';

/** Applies LSP text edits (line/character ranges) to a text. */
function applyLspEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => {
    let at = 0;
    for (let line = 0; line < p.line; line++) at = text.indexOf('\n', at) + 1;
    return at + p.character;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

/** Polls `check` until it returns a value, or fails after the deadline. */
async function eventually<T>(check: () => Promise<T | undefined> | T | undefined, what: string, deadlineMs = 5000): Promise<T> {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('team vocabularies through settings and files', () => {
  let root: string;
  let client: TestClient;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-notes-'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const start = async (folders: string[], settings: (scopeUri: string | undefined) => unknown, options: TestClientOptions = {}) => {
    client = new TestClient({ settings, workspaceFolders: folders.map((f) => ({ uri: pathToFileURL(f).toString(), name: path.basename(f) })), ...options });
    await client.initialize();
  };
  /** Opens a note with the unknown word 'miR-21' in a folder whose `.vscode/settings.json` is `settingsFile`, and returns the action that adds it as a molecule. */
  const addMiR21Action = async (settingsFile: string): Promise<CodeAction> => {
    mkdirSync(path.join(root, '.vscode'));
    writeFileSync(path.join(root, '.vscode', 'settings.json'), settingsFile);
    await start([root], () => ({}));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'Then miR-21 fell.\n';
    await client.open(uri, note);
    const at = positionOf(note, offsetOf(note, 'miR-21', 1));
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
    const action = actions.find((a) => a.title.includes("'miR-21'") && a.title.endsWith('molecule'));
    assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
    return action;
  };
  const hoverText = async (uri: string, text: string, needle: string) => {
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, offsetOf(text, needle, 1)) });
    return hover ? (hover.contents as MarkupContent).value : undefined;
  };
  const changed = (file: string, type: FileChangeType = FileChangeType.Changed) =>
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type }] });

  it('recognizes inline terms, reports a wrongly typed setting, and re-checks after a configuration change', async () => {
    let settings: unknown = { vocabulary: { terms: [{ id: 'zeb-x', label: 'zebra factor', kind: 'molecule' }], builtin: 'yes' }, claims: { level: { 'term.non-preferred': 'off' } } };
    await start([root], () => settings);
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The zebra factor rises. Ito cells store vitamin A.\n';
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'zebra factor')) ?? '', /\*\*zebra factor\*\*/);
    await eventually(() => (client.messages.some((m) => m.includes('regenNotes.vocabulary.builtin')) ? true : undefined), 'a message about vocabulary.builtin');
    assert.ok(await hoverText(uri, note, 'Ito cells'), 'the built-in vocabulary stays on when the setting has the wrong type');
    await client.diagnostics(uri, (d) => d.length === 0);

    settings = { vocabulary: { terms: [] } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    assert.deepEqual(diagnostics.find((d) => d.code === 'term.non-preferred')!.range.start, positionOf(note, offsetOf(note, 'Ito')));
    assert.equal(await hoverText(uri, note, 'zebra factor'), undefined);
  });

  it('shows three notifications and one that counts the rest for many settings problems, once, and logs each', async () => {
    // Ten inline terms, each with a form that a built-in term has: ten problems of the settings.
    const forms = ['hepatocyte', 'Kupffer cells', 'HGF', 'VEGF', 'exosome', 'liver fibrosis', 'TNF-α', 'IL-6', 'hepatic stellate cell', 'MSC'];
    const terms = forms.map((form, i) => ({ id: `team-${i}`, label: `team factor ${i}`, kind: 'molecule', synonyms: [form] }));
    await start([root], () => ({ vocabulary: { terms } }));
    const first = pathToFileURL(path.join(root, 'a.md')).toString();
    await client.open(first, 'The team factor 1 rises.\n');
    assert.ok(await hoverText(first, 'The team factor 1 rises.\n', 'team factor 1'), 'the terms are in use');
    const logged = () => client.messages.filter((m) => /^Vocabulary settings: .* already names term/.test(m));
    await eventually(() => (logged().length === forms.length ? true : undefined), 'each problem in the output');
    await eventually(() => (client.notifications.some((m) => m.includes('more problems')) ? true : undefined), 'a notification that counts the rest');
    assert.equal(client.notifications.length, 4, client.notifications.join('\n'));
    assert.equal(client.notifications[3], 'Regen Notes: 7 more problems with the settings; the Regen Notes output lists them.');

    // A second note of the folder brings the same problems: no notification again.
    const second = pathToFileURL(path.join(root, 'b.md')).toString();
    await client.open(second, 'The team factor 2 rises.\n');
    assert.ok(await hoverText(second, 'The team factor 2 rises.\n', 'team factor 2'));
    assert.equal(client.notifications.length, 4);
  });

  it('follows a vocabulary file live: added, edited, broken, fixed, deleted; ignores a file outside the folder', async () => {
    const lab = path.join(root, 'lab.yaml');
    const labUri = pathToFileURL(lab).toString();
    writeFileSync(path.join(os.tmpdir(), `outside-${path.basename(root)}.yaml`), 'terms:\n  - id: outsider\n    label: outsider factor\n    kind: molecule\n');
    await start([root], () => ({ vocabulary: { files: ['${workspaceFolder}/lab.yaml', `../outside-${path.basename(root)}.yaml`] } }));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level and the MET receptor and the outsider factor.\n';

    writeFileSync(lab, '# lab terms\nterms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    assert.equal(await hoverText(uri, note, 'MET receptor'), undefined);
    assert.equal(await hoverText(uri, note, 'outsider factor'), undefined);
    await eventually(() => (client.messages.some((m) => m.includes(`outside-${path.basename(root)}.yaml`)) ? true : undefined), 'a message about the file outside the folder');

    writeFileSync(lab, '# lab terms\nterms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [MET receptor]\n');
    await changed(lab);
    assert.match((await hoverText(uri, note, 'MET receptor')) ?? '', /\*\*c-Met\*\*/);

    writeFileSync(lab, '# lab terms\nterms:\n  - id: c-met\n    label: [c-Met\n    kind: molecule\n');
    await changed(lab);
    const problems = await client.diagnostics(labUri, (d) => d.length > 0);
    assert.ok(problems.every((d) => d.code === 'vocabulary.invalid'));
    assert.ok(problems.some((d) => d.range.start.line >= 3 && d.range.start.line <= 5), JSON.stringify(problems.map((d) => d.range)));
    assert.match((await hoverText(uri, note, 'MET receptor')) ?? '', /\*\*c-Met\*\*/, 'the last good version stays');

    writeFileSync(lab, '# lab terms\nterms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    await changed(lab);
    await client.diagnostics(labUri, (d) => d.length === 0);
    assert.equal(await hoverText(uri, note, 'MET receptor'), undefined);

    rmSync(lab);
    await changed(lab, FileChangeType.Deleted);
    await eventually(() => (client.messages.some((m) => m.includes(lab) && m.includes('vocabulary.files')) ? true : undefined), 'a message about the deleted file');
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/, 'the last good version stays after deletion');
    rmSync(path.join(os.tmpdir(), `outside-${path.basename(root)}.yaml`));
  });

  for (const pullDiagnostics of [false, true]) {
    for (const change of ['the settings stop naming it', 'its workspace folder is removed', 'the last note that uses it closes'] as const) {
      it(`takes the problems off a vocabulary file when ${change} (${pullDiagnostics ? 'pulled' : 'pushed'} diagnostics)`, async () => {
        // They stayed in the Problems panel: publishing a vocabulary clears only the files it reads.
        const bad = path.join(root, 'bad.yaml');
        const badUri = pathToFileURL(bad).toString();
        writeFileSync(bad, 'terms:\n  - id: x\n    label: [\n');
        let settings: unknown = { vocabulary: { files: ['bad.yaml'] } };
        await start([root], () => settings, { pullDiagnostics });
        const uri = pathToFileURL(path.join(root, 'note.md')).toString();
        const checked = async () => {
          if (pullDiagnostics) await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
          else await client.diagnostics(uri);
        };
        await client.open(uri, 'Ito cells here.\n');
        await checked();
        await client.diagnostics(badUri, (d) => d.length > 0);

        // A change that leaves the file named leaves its problems where they are.
        settings = { vocabulary: { files: ['bad.yaml'] }, include: ['**/*.md', 'notes/**'] };
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
        await new Promise((r) => setTimeout(r, 300));
        await checked();
        assert.notDeepEqual(await client.diagnostics(badUri), []);

        if (change === 'the settings stop naming it') {
          settings = {};
          await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
        } else if (change === 'the last note that uses it closes') {
          // A second note of the same folder keeps them; closing it too takes them off.
          const other = pathToFileURL(path.join(root, 'other.md')).toString();
          await client.open(other, 'HGF here.\n');
          await client.close(uri);
          await new Promise((r) => setTimeout(r, 300));
          assert.notDeepEqual(await client.diagnostics(badUri), []);
          await client.close(other);
        } else {
          await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [{ uri: pathToFileURL(root).toString(), name: path.basename(root) }] } });
        }
        await client.diagnostics(badUri, (d) => d.length === 0, 3000);
      });
    }
  }

  it('shows on a vocabulary file that two folders read what each of their vocabularies finds in it, until that folder goes', async () => {
    // Nested folders: with the built-in vocabulary the file's synonym HGF is another term's form, without it not.
    // The file showed what the folder published last found: opening a note of the inner folder took the outer's problem away.
    const inner = path.join(root, 'inner');
    mkdirSync(inner);
    const lab = path.join(inner, 'lab.yaml');
    const labUri = pathToFileURL(lab).toString();
    writeFileSync(lab, 'terms:\n  - id: team-x\n    label: team factor\n    kind: molecule\n    synonyms: [HGF]\n');
    const innerPrefix = `${pathToFileURL(inner).toString()}/`;
    await start([root, inner], (scopeUri) => (scopeUri?.startsWith(innerPrefix) ? { vocabulary: { files: ['lab.yaml'], builtin: false } } : { vocabulary: { files: ['inner/lab.yaml'] } }));
    const outerNote = pathToFileURL(path.join(root, 'note.md')).toString();
    const innerNote = pathToFileURL(path.join(inner, 'note.md')).toString();
    await client.open(outerNote, 'The team factor and HGF.\n');
    await client.diagnostics(outerNote);
    await client.open(innerNote, 'The team factor and HGF.\n');
    await client.diagnostics(innerNote);
    const problems = await client.diagnostics(labUri);
    assert.deepEqual(problems.map((d) => d.message), ["'HGF' already names term 'hgf'; a form may belong to one term only."]);

    // The outer folder goes: its note is in no folder, where the relative path is not read, and the problem goes with it.
    await client.connection.sendNotification(DidChangeWorkspaceFoldersNotification.type, { event: { added: [], removed: [{ uri: pathToFileURL(root).toString(), name: path.basename(root) }] } });
    await client.diagnostics(labUri, (d) => d.length === 0, 3000);
  });

  it('lists the first 10,000 problems of a vocabulary file of 40,000 terms that share a form, and one that counts the rest', async () => {
    // Each problem copied the list of those before it (and, with the file open, indexed its lines again): 20 s to the first hover.
    const lab = path.join(root, 'lab.json');
    const labUri = pathToFileURL(lab).toString();
    const terms = Array.from({ length: 40_000 }, (_, i) => ({ id: `t${i}`, label: `term ${i}`, kind: 'molecule', synonyms: ['zeta growth factor'] }));
    const labText = JSON.stringify({ terms }, null, 2);
    writeFileSync(lab, labText);
    await start([root], () => ({ vocabulary: { files: ['${workspaceFolder}/lab.json'] } }));
    await client.open(labUri, labText, 'json');
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The zeta growth factor rose.\n';
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'zeta growth factor')) ?? '', /\*\*term 0\*\*/);
    const problems = await client.diagnostics(labUri, (d) => d.length > 0);
    assert.equal(problems.length, 10_001);
    assert.match(problems[0].message as string, /'zeta growth factor' already names term 't0'/);
    assert.equal(problems[0].range.start.line, 10, 'placed at the second term, in the open file');
    assert.equal(problems[10_000].message, '29999 more problems in this file are not shown: Regen Notes shows the first 10000.');
  });

  it('reloads the vocabulary when one of its files changes, not when any other JSON or YAML file does', async () => {
    const lab = path.join(root, 'lab.yaml');
    const other = path.join(root, 'other.yaml');
    await start([root], () => ({ vocabulary: { files: ['lab.yaml'] } }));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level and the MET receptor.\n';
    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);

    // The file changes on disk, but the editor reports a change to other files only.
    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [MET receptor]\n');
    writeFileSync(other, 'name: not a vocabulary\n');
    await changed(other);
    await changed(path.join(root, 'package.json'));
    assert.equal(await hoverText(uri, note, 'MET receptor'), undefined, 'an unrelated file must not reload the vocabulary');

    await changed(lab);
    assert.match((await hoverText(uri, note, 'MET receptor')) ?? '', /\*\*c-Met\*\*/);
  });

  it('asks the editor to watch a vocabulary file and source globs whose extension its watchers miss, once, and reloads the file when it changes', async () => {
    const lab = path.join(root, 'team.vocab');
    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    writeFileSync(path.join(root, 'lab.yaml'), 'terms: []\n');
    writeFileSync(path.join(root, 'odd[1].vocab'), 'terms: []\n');
    await start([root], () => ({ vocabulary: { files: ['team.vocab', 'lab.yaml', 'odd[1].vocab'] }, sources: ['papers/*.tex', 'refs/*.md', '../elsewhere/*.tex'] }));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level and the MET receptor.\n';
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    await client.open(pathToFileURL(path.join(root, 'other.md')).toString(), 'More c-Met.\n');
    await hoverText(pathToFileURL(path.join(root, 'other.md')).toString(), 'More c-Met.\n', 'c-Met');
    const watchers = () => client.registrations.filter((r) => r.method === DidChangeWatchedFilesNotification.method).flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern));
    const own = await eventually(() => {
      const found = watchers().filter((g) => typeof g !== 'string');
      return found.length > 0 ? found : undefined;
    }, 'a watcher of the file');
    // The .yaml file and the .md sources are seen by the watchers of their extensions; a name with
    // glob characters cannot be named by a pattern; a glob outside the folder is not the folder's to watch.
    assert.deepEqual(
      own.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
      [
        { baseUri: pathToFileURL(root).toString(), pattern: 'papers/*.tex' },
        { baseUri: pathToFileURL(root).toString(), pattern: 'team.vocab' },
      ],
    );
    assert.ok(watchers().includes('**/*.{yaml,yml,json}'), JSON.stringify(watchers()));

    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [MET receptor]\n');
    await changed(lab);
    assert.match((await hoverText(uri, note, 'MET receptor')) ?? '', /\*\*c-Met\*\*/);
  });

  it('asks to watch the globs as the editor matches them: a leading ./ left off, an extension in capitals not taken for one its watchers see', async () => {
    // VS Code matches a relative pattern against the path below its base ('papers/a.tex'), which
    // './papers/*.tex' never matches; and on Linux '**/*.{yaml,yml,json}' does not match 'Team.YAML'.
    writeFileSync(path.join(root, 'Team.YAML'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    await start([root], () => ({ vocabulary: { files: ['Team.YAML'] }, sources: ['./papers/*.tex', 'refs/*.MD', './refs/*.md'] }));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    await client.open(uri, 'The c-Met level.\n');
    assert.match((await hoverText(uri, 'The c-Met level.\n', 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    const own = () =>
      client.registrations
        .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
        .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern))
        .filter((g) => typeof g !== 'string')
        .map((g) => (g as { pattern: string }).pattern)
        .sort();
    await eventually(() => (own().length >= 3 ? true : undefined), `three watchers of their own, not ${JSON.stringify(own())}`);
    assert.deepEqual(own(), ['Team.YAML', 'papers/*.tex', 'refs/*.MD']);
  });

  it("reads one folder's vocabulary again when its file changes, and neither loads another folder's again nor analyses its notes again", async () => {
    // Saving a small file in one folder merged and indexed every folder's vocabulary again and analysed every open note in full.
    const [a, b] = [path.join(root, 'a'), path.join(root, 'b')];
    for (const folder of [a, b]) {
      mkdirSync(folder);
      writeFileSync(path.join(folder, 'lab.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    }
    await start([a, b], () => ({ vocabulary: { files: ['lab.yaml'] } }), { pullDiagnostics: true });
    const note = 'The c-Met level and the MET receptor.\n';
    const inA = pathToFileURL(path.join(a, 'note.md')).toString();
    const inB = pathToFileURL(path.join(b, 'note.md')).toString();
    const long = `${note}\n${'Kupffer cells clear endotoxin [@smith2015].\n\n'.repeat(7000)}`;
    await client.open(inA, note);
    await client.open(inB, long);
    assert.match((await hoverText(inA, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    assert.match((await hoverText(inB, long, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    const loadsOfB = () => client.messages.filter((m) => m === `Loaded the vocabulary of ${b}: 75 terms.`).length;
    const analysesOfB = () => client.messages.filter((m) => m.startsWith(`Analysed ${inB} in full`)).length;
    assert.deepEqual([loadsOfB(), analysesOfB()], [1, 1]);

    writeFileSync(path.join(a, 'lab.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [MET receptor]\n');
    await changed(path.join(a, 'lab.yaml'));
    assert.match((await hoverText(inA, note, 'MET receptor')) ?? '', /\*\*c-Met\*\*/);
    assert.equal(await hoverText(inB, long, 'MET receptor'), undefined);
    assert.deepEqual([loadsOfB(), analysesOfB()], [1, 1]);
  });

  it('keeps the vocabulary and sources through a settings change that leaves them alone, and loads the vocabulary again when its terms change', async () => {
    writeFileSync(path.join(root, 'lab.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    const broken = path.join(root, 'broken.yaml');
    writeFileSync(broken, 'terms: [\n');
    mkdirSync(path.join(root, 'refs'));
    writeFileSync(path.join(root, 'refs', 'paper.md'), 'The zebra factor rises after partial hepatectomy.\n');
    let settings: { vocabulary: object; sources: string[]; claims?: object } = { vocabulary: { files: ['lab.yaml', 'broken.yaml'] }, sources: ['refs/*.md'] };
    await start([root], () => settings);
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level and the zebra factor. Ito cells store vitamin A.\n';
    const loads = () => client.messages.filter((m) => m.startsWith('Loaded the vocabulary of ')).length;
    const sourceReads = () => client.messages.filter((m) => m.startsWith('Read 1 source document in ')).length;
    await client.open(uri, note);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    await client.diagnostics(pathToFileURL(broken).toString(), (d) => d.length > 0 && d.every((x) => x.severity === DiagnosticSeverity.Error));
    assert.equal(loads(), 1);
    assert.equal(sourceReads(), 1);

    settings = { ...settings, claims: { citationScope: 'sentence', level: { 'term.non-preferred': 'off', 'vocabulary.invalid': 'warning' } } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'term.non-preferred'));
    await client.diagnostics(pathToFileURL(broken).toString(), (d) => d.length > 0 && d.every((x) => x.severity === DiagnosticSeverity.Warning));
    assert.equal(loads(), 1, 'the levels and the citation scope do not make the vocabulary load again');
    assert.equal(sourceReads(), 1, 'nor the sources be read again');
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);

    settings = { ...settings, vocabulary: { files: ['lab.yaml', 'broken.yaml'], terms: [{ id: 'zeb-x', label: 'zebra factor', kind: 'molecule' }] } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const hover = (await hoverText(uri, note, 'zebra factor')) ?? '';
    assert.match(hover, /\*\*zebra factor\*\*/);
    assert.match(hover, /The zebra factor rises after partial hepatectomy\./, 'the sources kept are indexed against the new vocabulary');
    assert.equal(loads(), 2);
    assert.equal(sourceReads(), 1);
  });

  it('keeps the analysis of a long note through a settings change it does not depend on, and analyses it again when its levels change', async () => {
    let settings: object = { include: ['**/*.md'] };
    await start([root], () => settings);
    const uri = pathToFileURL(path.join(root, 'long.md')).toString();
    const note = 'Ito cells store vitamin A. MSCs secrete IL-6 (Smith 2020).\n\n'.repeat(5000);
    const analyses = () => client.messages.filter((m) => m.startsWith(`Analysed ${uri} in full`)).length;
    await client.open(uri, note);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    assert.equal(analyses(), 1);

    settings = { include: ['**/*.md', '**/*.markdown'] };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.match((await hoverText(uri, note, 'Ito cells')) ?? '', /\*\*/);
    await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    assert.equal(analyses(), 1, 'a wider include leaves the analysis as it was');

    settings = { include: ['**/*.md'], claims: { level: { 'term.non-preferred': 'off' } } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'term.non-preferred'));
    assert.equal(analyses(), 2, 'the levels are part of the analysis');
  });

  it('reads the vocabulary files again on a settings change for a client that cannot watch files', async () => {
    const lab = path.join(root, 'lab.yaml');
    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    client = new TestClient({ settings: () => ({ vocabulary: { files: ['lab.yaml'] } }), watchFiles: false, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'root' }] });
    await client.initialize();
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level and the zebra factor.\n';
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n  - id: zeb-x\n    label: zebra factor\n    kind: molecule\n');
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.match((await hoverText(uri, note, 'zebra factor')) ?? '', /\*\*zebra factor\*\*/);
  });

  for (const relativePatterns of [true, false]) {
    it(`reads a vocabulary file no watcher can see again on a settings change (${relativePatterns ? 'a name with glob characters' : 'a client without relative patterns'})`, async () => {
      const name = relativePatterns ? 'odd[1].vocab' : 'team.vocab';
      const lab = path.join(root, name);
      writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
      let settings: object = { vocabulary: { files: [name] } };
      await start([root], () => settings, { relativePatterns });
      const uri = pathToFileURL(path.join(root, 'note.md')).toString();
      const note = 'The c-Met level and the zebra factor.\n';
      await client.open(uri, note);
      assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
      writeFileSync(lab, 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n  - id: zeb-x\n    label: zebra factor\n    kind: molecule\n');
      settings = { vocabulary: { files: [name] }, claims: { citationScope: 'sentence' } };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      assert.match((await hoverText(uri, note, 'zebra factor')) ?? '', /\*\*zebra factor\*\*/);
    });
  }

  it('reads the vocabulary files again on a settings change when the client refuses to watch them, and says so only as a warning', async () => {
    writeFileSync(path.join(root, 'lab.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n');
    writeFileSync(path.join(root, 'team.vocab'), 'terms: []\n');
    let settings: object = { vocabulary: { files: ['lab.yaml', 'team.vocab'] } };
    client = new TestClient({ settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'root' }] });
    client.connection.onRequest(RegistrationRequest.type, () => new ResponseError(ErrorCodes.InternalError, 'no watchers here'));
    await client.initialize();
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'The c-Met level, the zebra factor and the lion factor.\n';
    await client.open(uri, note);
    assert.match((await hoverText(uri, note, 'c-Met')) ?? '', /\*\*c-Met\*\*/);
    writeFileSync(path.join(root, 'lab.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n  - id: zeb-x\n    label: zebra factor\n    kind: molecule\n');
    writeFileSync(path.join(root, 'team.vocab'), 'terms:\n  - id: lion-x\n    label: lion factor\n    kind: molecule\n');
    settings = { vocabulary: { files: ['lab.yaml', 'team.vocab'] }, claims: { citationScope: 'sentence' } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.match((await hoverText(uri, note, 'zebra factor')) ?? '', /\*\*zebra factor\*\*/);
    assert.match((await hoverText(uri, note, 'lion factor')) ?? '', /\*\*lion factor\*\*/);
    assert.deepEqual(client.messages.filter((m) => m.startsWith('Unhandled rejection')), []);
  });

  it('checks each folder of a multi-root workspace with its own settings and vocabulary', async () => {
    const a = path.join(root, 'a');
    const b = path.join(root, 'b');
    mkdirSync(a);
    mkdirSync(b);
    writeFileSync(path.join(b, 'lab.yaml'), 'terms:\n  - id: b-factor\n    label: b factor\n    kind: molecule\n');
    await start([a, b], (scopeUri) => (scopeUri?.startsWith(pathToFileURL(b).toString() + '/') ? { vocabulary: { files: ['lab.yaml'] } } : { claims: { level: { 'term.non-preferred': 'off' } } }));
    const note = 'The b factor and Ito cells.\n';
    const inA = pathToFileURL(path.join(a, 'note.md')).toString();
    const inB = pathToFileURL(path.join(b, 'note.md')).toString();
    await client.open(inA, note);
    await client.open(inB, note);
    assert.equal(await hoverText(inA, note, 'b factor'), undefined);
    assert.match((await hoverText(inB, note, 'b factor')) ?? '', /\*\*b factor\*\*/);
    await client.diagnostics(inB, (d) => d.some((x) => x.code === 'term.non-preferred'));
    await client.diagnostics(inA, (d) => d.length === 0);
  });

  for (const mode of ['edits at once', 'the edit made when chosen', 'a command that has the edit applied'] as const) {
    it(`offers to add an unknown term-like word to the team vocabulary file, keeping its comments and order (${mode})`, async () => {
      const resolve = mode === 'the edit made when chosen';
      const byCommand = mode === 'a command that has the edit applied';
      const lab = path.join(root, 'lab.yaml');
      const labText = '# Lab vocabulary, sorted by id.\nterms:\n  # growth factors\n  - id: egf\n    label: epidermal growth factor\n    kind: molecule\n\n  # transcription factors\n  - id: zeb1\n    label: ZEB1\n    kind: molecule\n';
      writeFileSync(lab, labText);
      await start([root], () => ({ vocabulary: { files: ['lab.yaml'] } }), { resolveCodeActions: resolve, applyEdits: resolve || byCommand });
      const uri = pathToFileURL(path.join(root, 'note.md')).toString();
      const note = 'We saw STAT3 rise, and `FOO1` in code.\n';
      await client.open(uri, note);
      const at = positionOf(note, offsetOf(note, 'STAT3', 2));
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
      const adds = actions.filter((a) => a.title.includes("'STAT3'"));
      assert.equal(adds.length, 3);
      assert.equal(adds.every((a) => a.edit === undefined), resolve || byCommand, 'without edits exactly when the client resolves them or applies them');
      const offered = adds.find((a) => a.title.endsWith('cell'))!;
      let edit = offered.edit;
      if (resolve) edit = (await client.connection.sendRequest(CodeActionResolveRequest.type, offered)).edit;
      if (byCommand) {
        assert.deepEqual(offered.command?.command, 'regenNotes.addTermToVocabulary');
        await client.connection.sendRequest(ExecuteCommandRequest.type, { command: offered.command!.command, arguments: offered.command!.arguments });
        assert.deepEqual(client.applied.map((a) => a.label), ["Add 'STAT3' to the team vocabulary as a cell"]);
        edit = client.applied[0].edit;
      }
      const changes = edit!.documentChanges as TextDocumentEdit[];
      assert.deepEqual(changes.map((c) => c.textDocument.uri), [pathToFileURL(lab).toString()]);
      const result = applyLspEdits(labText, changes[0].edits as TextEdit[]);
      assert.ok(result.startsWith('# Lab vocabulary, sorted by id.\nterms:\n  # growth factors\n  - id: egf\n'));
      assert.ok(result.includes('  - id: stat3\n    label: STAT3\n    kind: cell\n'));
      assert.ok(result.indexOf('id: stat3') < result.indexOf('# transcription factors'));

      const inCode = positionOf(note, offsetOf(note, 'FOO1', 1));
      const none = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: inCode, end: inCode }, context: { diagnostics: [] } })) as CodeAction[];
      assert.equal(none.length, 0);

      if (!resolve) return;
      // Chosen after the file stopped being a list of terms: no edit, and the user is told why.
      writeFileSync(lab, 'terms: not a list\n');
      const unresolved = await client.connection.sendRequest(CodeActionResolveRequest.type, offered);
      assert.equal(unresolved.edit, undefined);
      await eventually(() => (client.notifications.some((m) => m.includes("'STAT3' could not be added to the team vocabulary")) ? true : undefined), 'a message that the term could not be added');
    });
  }

  it('does not offer to add a word whose form another term has but for case or number, which the merge would refuse', async () => {
    writeFileSync(path.join(root, 'lab.yaml'), 'terms:\n  - id: zeb1\n    label: ZEB1\n    kind: molecule\n');
    await start([root], () => ({ vocabulary: { files: ['lab.yaml'] } }), { resolveCodeActions: true, applyEdits: true });
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    // Il6 is the mouse gene's spelling of IL-6; MSc and HSc have the keys of MSC and HSC.
    const note = 'In mice, Il6 and QZX9 rise in MSc.\n';
    await client.open(uri, note);
    const titles = async (word: string) => {
      const at = positionOf(note, offsetOf(note, word, 1));
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
      return actions.map((a) => a.title).filter((t) => t.startsWith('Add '));
    };
    assert.deepEqual(await titles('Il6'), []);
    assert.deepEqual(await titles('MSc'), []);
    assert.equal((await titles('QZX9')).length, 3);
  });

  describe('adding a term to a vocabulary file open with unsaved changes', () => {
    // The server syncs only notes: the edit was made against the saved text, sent with version
    // null, and VS Code put the new entry inside another item of its buffer.
    const saved = 'terms:\n  - id: b\n    label: B1\n    kind: cell\n  - id: z\n    label: Z1\n    kind: cell\n';
    const buffer = 'terms:\n  - id: a\n    label: A1\n    kind: cell\n    definition: unsaved work\n' + saved.slice('terms:\n'.length);
    const labUri = () => pathToFileURL(path.join(root, 'lab.yaml')).toString();
    /** The action that adds 'STAT3' as a molecule, offered to a client that resolves actions or runs their commands. */
    const offerStat3 = async (options: TestClientOptions, settings: () => unknown = () => ({ vocabulary: { files: ['lab.yaml'] } })): Promise<CodeAction> => {
      writeFileSync(path.join(root, 'lab.yaml'), saved);
      await start([root], settings, options);
      const uri = pathToFileURL(path.join(root, 'note.md')).toString();
      const note = 'STAT3 is here.\n';
      await client.open(uri, note);
      const at = positionOf(note, 1);
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics: [] } })) as CodeAction[];
      const action = actions.find((a) => a.title === "Add 'STAT3' to the team vocabulary as a molecule");
      assert.ok(action, JSON.stringify(actions.map((a) => a.title)));
      return action;
    };
    /** What the Regen Notes client adds to an action's data when it is chosen (client/src/openFiles.ts). */
    const withOpenFiles = (addTerm: unknown, openFiles: { uri: string; version: number; text: string }[]) => ({ ...(addTerm as object), openFiles });
    const resolve = async (action: CodeAction, openFiles: { uri: string; version: number; text: string }[]) =>
      client.connection.sendRequest(CodeActionResolveRequest.type, { ...action, data: { addTerm: withOpenFiles((action.data as { addTerm: unknown }).addTerm, openFiles) } });

    it('makes the edit against the text the client sends, with its version, when the action is resolved', async () => {
      const offered = await offerStat3({ resolveCodeActions: true });
      assert.deepEqual((offered.data as { addTerm: { files: string[] } }).addTerm.files, [labUri()], 'the action names the file it writes into');
      const resolved = await resolve(offered, [{ uri: labUri(), version: 7, text: buffer }]);
      const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri: labUri(), version: 7 });
      const after = applyLspEdits(buffer, change.edits as TextEdit[]);
      assert.equal(after, buffer.replace('  - id: z\n', '  - id: stat3\n    label: STAT3\n    kind: molecule\n    abbreviations: [STAT3]\n    definition: ""\n    source: ""\n  - id: z\n'));
      assert.equal(JSON.stringify(resolved).includes('unsaved work'), false, 'the text is not sent back');
    });

    it('makes the edit against the text the client sends, with its version, when the command runs', async () => {
      const offered = await offerStat3({ applyEdits: true });
      const [addTerm] = offered.command!.arguments!;
      await client.connection.sendRequest(ExecuteCommandRequest.type, { command: offered.command!.command, arguments: [withOpenFiles(addTerm, [{ uri: labUri(), version: 3, text: buffer }])] });
      const change = client.applied[0].edit.documentChanges![0] as TextDocumentEdit;
      assert.deepEqual(change.textDocument, { uri: labUri(), version: 3 });
      assert.match(applyLspEdits(buffer, change.edits as TextEdit[]), /definition: unsaved work\n {2}- id: b\n[^]*- id: stat3\n[^]*- id: z\n/);
    });

    it('reads the file from disk when the client has it closed, and sends the edit with no version, as to a client that sends no text', async () => {
      for (const openFiles of [[], undefined]) {
        const offered = await offerStat3({ resolveCodeActions: true });
        const resolved = openFiles ? await resolve(offered, openFiles) : await client.connection.sendRequest(CodeActionResolveRequest.type, offered);
        const change = resolved.edit!.documentChanges![0] as TextDocumentEdit;
        assert.deepEqual(change.textDocument, { uri: labUri(), version: null });
        assert.match(applyLspEdits(saved, change.edits as TextEdit[]), /kind: cell\n {2}- id: stat3\n[^]*- id: z\n/);
        await client.dispose();
      }
    });

    it('makes no edit, and says why, when the file to write into is not the one the client sent, as the settings changed meanwhile', async () => {
      let settings: unknown = { vocabulary: { files: ['lab.yaml'] } };
      const offered = await offerStat3({ resolveCodeActions: true }, () => settings);
      writeFileSync(path.join(root, 'other.yaml'), saved);
      settings = { vocabulary: { files: ['other.yaml'] } };
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      // other.yaml may be open with unsaved changes too: the client was not asked about it.
      const resolved = await resolve(offered, []);
      assert.equal(resolved.edit, undefined);
      await eventually(() => client.notifications.find((m) => m.includes("'STAT3' was not added to the team vocabulary: the file it goes into changed since the action was offered")), 'a message that says why');
    });

    it('names the new vocabulary file in the settings file as the client has it open', async () => {
      mkdirSync(path.join(root, '.vscode'));
      writeFileSync(path.join(root, '.vscode', 'settings.json'), '{\n  "editor.wordWrap": "on"\n}\n');
      const settingsUri = pathToFileURL(path.join(root, '.vscode', 'settings.json')).toString();
      const unsaved = '{\n  "editor.wordWrap": "on",\n  "editor.tabSize": 4\n}\n';
      const offered = await offerStat3({ resolveCodeActions: true }, () => ({}));
      const vocabularyUri = pathToFileURL(path.join(root, '.vscode', 'regen-vocabulary.yaml')).toString();
      assert.deepEqual((offered.data as { addTerm: { files: string[] } }).addTerm.files, [vocabularyUri, settingsUri]);
      const resolved = await resolve(offered, [{ uri: settingsUri, version: 12, text: unsaved }]);
      const settingsEdit = resolved.edit!.documentChanges![2] as TextDocumentEdit;
      assert.deepEqual(settingsEdit.textDocument, { uri: settingsUri, version: 12 });
      assert.deepEqual(parseJsonc(applyLspEdits(unsaved, settingsEdit.edits as TextEdit[])), { 'editor.wordWrap': 'on', 'editor.tabSize': 4, 'regenNotes.vocabulary.files': ['.vscode/regen-vocabulary.yaml'] });
    });
  });

  it('creates .vscode/regen-vocabulary.yaml and names it in the folder settings when the folder has no vocabulary file', async () => {
    const settingsText = '{\n  // keep this comment\n  "editor.wordWrap": "on"\n}\n';
    const action = await addMiR21Action(settingsText);
    const changes = action.edit!.documentChanges!;
    const vocabularyUri = pathToFileURL(path.join(root, '.vscode', 'regen-vocabulary.yaml')).toString();
    assert.deepEqual(changes[0], { kind: 'create', uri: vocabularyUri, options: { ignoreIfExists: true } });
    const created = applyLspEdits('', (changes[1] as TextDocumentEdit).edits as TextEdit[]);
    assert.match(created, /- id: mir-21\n\s+label: miR-21\n\s+kind: molecule/);
    const settingsEdit = changes[2] as TextDocumentEdit;
    assert.equal(settingsEdit.textDocument.uri, pathToFileURL(path.join(root, '.vscode', 'settings.json')).toString());
    const newSettings = applyLspEdits(settingsText, settingsEdit.edits as TextEdit[]);
    assert.ok(newSettings.includes('// keep this comment'));
    assert.match(newSettings, /"regenNotes\.vocabulary\.files": \[\s*"\.vscode\/regen-vocabulary\.yaml"\s*\]/);
  });

  it('names the new vocabulary file in a one-line settings file saved with a byte-order mark, where the editor has its text', async () => {
    // The editor keeps the mark apart from the text: its first line starts with '{'. Counted
    // with the mark, the edit's end would be one character further, into the comment.
    const editorText = '{ "editor.wordWrap": "on" }// keep\n';
    const action = await addMiR21Action(`\uFEFF${editorText}`);
    const settingsEdit = action.edit!.documentChanges![2] as TextDocumentEdit;
    const newText = applyLspEdits(editorText, settingsEdit.edits as TextEdit[]);
    assert.match(newText, /\}\s*\/\/ keep\n$/);
    assert.deepEqual(parseJsonc(newText), { 'editor.wordWrap': 'on', 'regenNotes.vocabulary.files': ['.vscode/regen-vocabulary.yaml'] });
  });

  it('keeps the other quick fixes, and offers no new vocabulary file, when .vscode/settings.json is not a JSON object', async () => {
    mkdirSync(path.join(root, '.vscode'));
    writeFileSync(path.join(root, '.vscode', 'settings.json'), '[]\n');
    await start([root], () => ({}));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'Then miR-21 fell in Ito cells.\n';
    await client.open(uri, note);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    const range = { start: positionOf(note, offsetOf(note, 'miR-21')), end: positionOf(note, note.length - 1) };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
    assert.ok(actions.some((a) => a.title === "Replace with 'hepatic stellate cells'"), JSON.stringify(actions.map((a) => a.title)));
    assert.ok(!actions.some((a) => a.title.includes("'miR-21'")));
  });

  it("quotes the team's own sources in hovers and re-reads them when they change", async () => {
    mkdirSync(path.join(root, 'refs'));
    const paper = path.join(root, 'refs', 'paper.md');
    writeFileSync(paper, '# Paper\n\nSome intro text here.\nKupffer cells clear endotoxin from portal blood. Another line.\n\n```\nKupffer cells in code\n```\n');
    await start([root], () => ({ sources: ['refs/**/*.md'] }));
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'Kupffer cells matter.\n';
    await client.open(uri, note);
    const hover = (await hoverText(uri, note, 'Kupffer')) ?? '';
    assert.match(hover, /Kupffer cells clear endotoxin from portal blood\./);
    assert.match(hover, /paper\.md:4\]\(file:.*paper\.md#L4\)/);
    assert.doesNotMatch(hover, /in code/);

    writeFileSync(paper, 'Kupffer cells release TNF-α after injury.\n');
    await changed(paper);
    assert.match((await hoverText(uri, note, 'Kupffer')) ?? '', /Kupffer cells release TNF-α after injury\./);
  });

  it('lets notes that the sources also name back each other\'s claims, never their own', async () => {
    mkdirSync(path.join(root, 'notes'));
    const own = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';
    const backed = 'Kupffer cells suppress hepatocyte proliferation.\n';
    const ownFile = path.join(root, 'notes', 'own (draft).md');
    writeFileSync(ownFile, own);
    writeFileSync(path.join(root, 'notes', 'backed.md'), backed);
    writeFileSync(path.join(root, 'notes', 'lab.md'), '# Lab\n\nIn our hands, Kupffer cells suppress hepatocyte proliferation after injury.\n');
    await start([root], () => ({ sources: ['**/*.md'] }));
    // As VS Code writes it, with the parentheses escaped, where the sources have them as they are.
    const ownUri = pathToFileURL(ownFile).toString().replace('(', '%28').replace(')', '%29');
    const backedUri = pathToFileURL(path.join(root, 'notes', 'backed.md')).toString();
    await client.open(ownUri, own);
    await client.open(backedUri, backed);
    const codes = async (uri: string) => (await client.diagnostics(uri)).map((d) => d.code);
    assert.deepEqual(await codes(ownUri), ['claim.unsupported']);
    assert.deepEqual(await codes(backedUri), []);
    assert.equal(await hoverText(ownUri, own, 'silences'), undefined, 'the hover cites no source, the note least of all');
    assert.match((await hoverText(backedUri, backed, 'suppress')) ?? '', /^\*\*Supported\*\* by your source lab\.md:3:/);
  });
});
