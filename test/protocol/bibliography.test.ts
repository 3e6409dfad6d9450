import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionRequest,
  CompletionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ExecuteCommandRequest,
  FileChangeType,
  HoverRequest,
  type CodeAction,
  type CompletionList,
  type MarkupContent,
  type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

describe('citation keys against a bibliography, through the server', () => {
  let root: string;
  let client: TestClient;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-bib-'));
    mkdirSync(path.join(root, 'refs'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  const start = async (settings: unknown) => {
    client = new TestClient({ pullDiagnostics: false, watchFiles: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
  };
  const unknownKeys = (uri: string, accept: (messages: string[]) => boolean) =>
    client.diagnostics(uri, (d) => accept(d.filter((x) => x.code === 'citation.unknown-key').map((x) => String(x.message)))).then((d) => d.filter((x) => x.code === 'citation.unknown-key'));

  it('flags an unknown key, offers the nearest, completes keys after @, shows the entry on hover, and reads the file again when it changes', async () => {
    const file = path.join(root, 'refs', 'lab.bib');
    writeFileSync(file, '@article{lee2019,\n  author = {Lee, Ann and Kim, Bo},\n  title = {Stellate cells and [links](https://x.org)},\n  journal = {Hepatology},\n  year = {2019},\n  doi = {10.1/abc}\n}\n@book{smith2015, title = {Kupffer cells}, year = 2015}\n');
    await start({ bibliography: ['refs/*.bib'] });
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'Kupffer cells clear endotoxin [@smith2051]. Ito cells store vitamin A [@lee2019].\n';
    await client.open(uri, note);
    const [finding] = await unknownKeys(uri, (m) => m.length === 1);
    assert.equal(finding.message, "Unknown citation key '@smith2051': no entry of the bibliography has it. Did you mean @smith2015?");
    assert.deepEqual(finding.range.start, positionOf(note, offsetOf(note, '@smith2051')));

    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } })) as CodeAction[];
    const change = actions.find((a) => a.title === 'Change to @smith2015');
    assert.ok(change, JSON.stringify(actions.map((a) => a.title)));
    assert.deepEqual(change.edit?.changes?.[uri]?.map((e) => e.newText) ?? (change.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits.map((e) => e.newText), ['@smith2015']);

    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, offsetOf(note, 'lee2019', 2)) });
    const markdown = (hover?.contents as MarkupContent).value;
    assert.match(markdown, /^\*\*@lee2019\*\* · Lee, Ann, Kim, Bo · \(2019\)/);
    assert.match(markdown, /Stellate cells and \\\[links\\\]\(https:\/\/x\.org\)/, 'the title is escaped');
    assert.match(markdown, /DOI: \[10\\\.1\/abc\]\(https:\/\/doi\.org\/10\.1\/abc\)/);
    assert.match(markdown, /lab\.bib line 1$/);

    await client.edit(uri, note, note.length, note.length, 'See [@sm');
    const typed = note + 'See [@sm';
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(typed, typed.length) })) as CompletionList;
    assert.deepEqual(
      list.items.map((i) => [i.label, i.detail, (i.textEdit as TextEdit).range.start.character, (i.textEdit as TextEdit).newText]),
      [['smith2015', '2015', typed.length - typed.lastIndexOf('\n') - 3, 'smith2015']],
    );

    // In the front matter's nocite:, which the prose masks.
    const front = `---\nnocite: |\n  @sm\n---\n${typed}`;
    await client.edit(uri, typed, 0, 0, front.slice(0, front.length - typed.length));
    const nocite = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(front, front.indexOf('@sm\n') + 3) })) as CompletionList;
    assert.deepEqual(nocite.items.map((i) => [i.label, (i.textEdit as TextEdit).range.start]), [['smith2015', { line: 2, character: 3 }]]);
    await client.edit(uri, front, 0, front.length - typed.length, '');

    // The entry is added to the file: its finding goes once the server is told (the key being typed stays unknown).
    writeFileSync(file, '@misc{smith2051, title = {Later}}\n@article{lee2019, title = {x}}\n@article{broken, title = {not closed\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Changed }] });
    await unknownKeys(uri, (m) => m.length === 1 && m[0].startsWith("Unknown citation key '@sm'"));
    const deadline = Date.now() + 5000;
    while (!client.messages.some((m) => m.includes('lab.bib line 3: The @article entry here cannot be read')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    assert.ok(client.messages.some((m) => m.includes('lab.bib line 3: The @article entry here cannot be read')), client.messages.join('\n'));
    // And on the file itself, at its line, in the Problems panel.
    const bibUri = pathToFileURL(file).toString();
    const [problem] = await client.diagnostics(bibUri, (d) => d.length === 1);
    assert.deepEqual([problem.range.start, problem.code, problem.severity], [{ line: 2, character: 0 }, 'bibliography.invalid', 2]);
    assert.match(String(problem.message), /^The @article entry here cannot be read/);

    // Fixed, the file's problem goes; closing the last note takes off what a new problem showed.
    writeFileSync(file, '@misc{smith2051, title = {Later}}\n@article{lee2019, title = {x}}\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: bibUri, type: FileChangeType.Changed }] });
    await client.diagnostics(bibUri, (d) => d.length === 0);
    writeFileSync(file, '@misc{smith2051, title = {Later}}\n@misc{smith2051, title = {Again}}\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: bibUri, type: FileChangeType.Changed }] });
    assert.match(String((await client.diagnostics(bibUri, (d) => d.length === 1))[0].message), /used by an earlier entry/);
    await client.close(uri);
    await client.diagnostics(bibUri, (d) => d.length === 0);
  });

  it("offers to cite the entries whose titles name an unsupported claim's terms, from the bibliography as it is now", async () => {
    const file = path.join(root, 'refs', 'lab.bib');
    writeFileSync(file, '@article{vegf2019, author = {Lee, Ann}, title = {VEGF limits apoptosis of Kupffer cells}, year = 2019}\n@book{hgf2015, title = {HGF}, year = 2015}\n');
    await start({ bibliography: ['refs/*.bib'] });
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = 'Intro. Exosomal VEGF silences apoptosis in Kupffer cells.\n';
    await client.open(uri, note);
    const [claim] = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'claim.unsupported')).then((d) => d.filter((x) => x.code === 'claim.unsupported'));
    const actions = async () => (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: claim.range, context: { diagnostics: [claim] } })) as CodeAction[];
    const titles = async () => (await actions()).map((a) => a.title);
    assert.deepEqual((await titles()).filter((t) => t.startsWith('Cite')), ['Cite @vegf2019 (Lee 2019: VEGF limits apoptosis of Kupffer cells)']);
    const cite = (await actions()).find((a) => a.title.startsWith('Cite @vegf2019'));
    const edits = cite?.edit?.changes?.[uri] ?? (cite?.edit?.documentChanges?.[0] as { edits: TextEdit[] } | undefined)?.edits;
    assert.deepEqual(edits?.map((e) => [e.newText, e.range.start]), [[' [@vegf2019]', positionOf(note, note.indexOf('cells.') + 5)]]);
    assert.deepEqual(cite?.diagnostics?.map((d) => d.code), ['claim.unsupported'], 'it resolves the finding');

    // A selection of many claims gets offers for its first five: each is a search of the library.
    const many = Array.from({ length: 7 }, () => 'Exosomal VEGF silences apoptosis in Kupffer cells.').join('\n\n') + '\n';
    const manyUri = pathToFileURL(path.join(root, 'many.md')).toString();
    await client.open(manyUri, many);
    const claims = await client.diagnostics(manyUri, (d) => d.filter((x) => x.code === 'claim.unsupported').length === 7);
    const all = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri: manyUri }, range: { start: { line: 0, character: 0 }, end: { line: 14, character: 0 } }, context: { diagnostics: claims } })) as CodeAction[];
    assert.equal(all.filter((a) => a.title.startsWith('Cite @vegf2019')).length, 5);
    assert.equal(all.filter((a) => a.title === 'Mark as hypothesis').length, 7);

    // The entry goes from the file: so does the offer.
    writeFileSync(file, '@book{hgf2015, title = {HGF}, year = 2015}\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Changed }] });
    const deadline = Date.now() + 10_000;
    while ((await titles()).some((t) => t.startsWith('Cite')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.deepEqual((await titles()).filter((t) => t.startsWith('Cite')), []);
  });

  it("reads the bibliography a Quarto project's _quarto.yml names, and again when the file changes", async () => {
    writeFileSync(path.join(root, 'refs', 'a.bib'), '@article{lee2019, title = {x}}\n');
    writeFileSync(path.join(root, 'refs', 'b.bib'), '@article{smith2015, title = {y}}\n');
    const project = path.join(root, '_quarto.yml');
    writeFileSync(project, 'bibliography: refs/a.bib\n');
    await start({});
    const uri = pathToFileURL(path.join(root, 'chapters', 'one.qmd')).toString();
    await client.open(uri, 'Cited [@lee2019; @smith2015].\n');
    assert.deepEqual((await unknownKeys(uri, (m) => m.length === 1)).map((d) => String(d.message).slice(0, 33)), ["Unknown citation key '@smith2015'"]);
    writeFileSync(project, 'bibliography: [refs/a.bib, refs/b.bib]\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(project).toString(), type: FileChangeType.Changed }] });
    await unknownKeys(uri, (m) => m.length === 0);
  });

  it("shows a bibliography file's problems at the level regenNotes.claims.level gives bibliography.invalid, and none when it is off", async () => {
    const file = path.join(root, 'refs', 'lab.bib');
    writeFileSync(file, '@article{lee2019, title = {x}}\n@article{open, title = {not closed\n');
    let settings: Record<string, unknown> = { bibliography: ['refs/*.bib'], claims: { level: { 'bibliography.invalid': 'error' } } };
    client = new TestClient({ pullDiagnostics: false, watchFiles: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    await client.open(uri, 'Cited [@lee2019].\n');
    const bibUri = pathToFileURL(file).toString();
    const [problem] = await client.diagnostics(bibUri, (d) => d.length === 1);
    assert.deepEqual([problem.range.start.line, problem.code, problem.severity], [1, 'bibliography.invalid', 1]);
    settings = { bibliography: ['refs/*.bib'], claims: { level: { 'bibliography.invalid': 'off' } } };
    client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    await client.diagnostics(bibUri, (d) => d.length === 0);
    // The claims' level, written as one string, is about claims: the file's problems are warnings again.
    settings = { bibliography: ['refs/*.bib'], claims: { level: 'error' } };
    client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const [again] = await client.diagnostics(bibUri, (d) => d.length === 1);
    assert.equal(again.severity, 2);
  });

  it("takes a bibliography file's problems off once no note shown reads it: its front matter names another, its last reader closes, or Check All Notes' findings go", async () => {
    const broken = '@article{lee2019, title = {x}}\n@article{broken, title = {not closed\n';
    writeFileSync(path.join(root, 'refs', 'old.bib'), broken);
    writeFileSync(path.join(root, 'refs', 'own.bib'), broken);
    writeFileSync(path.join(root, 'refs', 'lab.bib'), broken);
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'b.md'), '---\nbibliography: ../refs/lab.bib\n---\nStellate cells [@lee2019].\n');
    await start({});
    const bibUri = (name: string) => pathToFileURL(path.join(root, 'refs', name)).toString();
    const problems = (name: string, count: number) => client.diagnostics(bibUri(name), (d) => d.length === count);

    // The note's front matter names another file: the one it named is no longer read.
    const uri = pathToFileURL(path.join(root, 'note.md')).toString();
    const note = '---\nbibliography: refs/old.bib\n---\nStellate cells [@lee2019].\n';
    await client.open(uri, note);
    await problems('old.bib', 1);
    await client.edit(uri, note, note.indexOf('old.bib'), note.indexOf('old.bib') + 3, 'own');
    await problems('own.bib', 1);
    await problems('old.bib', 0);

    // Its last reader closes while Check All Notes shows the findings of a note that reads another.
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.server.checkAllNotes' });
    await problems('lab.bib', 1);
    await client.close(uri);
    await problems('own.bib', 0);

    // The file is fixed on disk while only Check All Notes' findings show: they go, and its problems with them.
    writeFileSync(path.join(root, 'refs', 'lab.bib'), '@article{lee2019, title = {x}}\n');
    client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: bibUri('lab.bib'), type: FileChangeType.Changed }] });
    await client.diagnostics(pathToFileURL(path.join(root, 'notes', 'b.md')).toString(), (d) => d.length === 0);
    await problems('lab.bib', 0);
  });

  for (const relativePatterns of [true, false]) {
    it(`sees an edit of a bibliography file named in capitals, which VS Code's watcher of .bib misses on Linux (${relativePatterns ? 'through a watcher of its own' : 'at a settings change, in a client without relative patterns'})`, async () => {
      const file = path.join(root, 'refs', 'Lab.BIB');
      writeFileSync(file, '@book{smith2015, title = {Kupffer cells}}\n');
      let settings: object = { bibliography: ['refs/Lab.BIB'] };
      client = new TestClient({ pullDiagnostics: false, relativePatterns, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
      await client.initialize();
      const uri = pathToFileURL(path.join(root, 'note.md')).toString();
      await client.open(uri, 'Kupffer cells clear endotoxin [@smith2051].\n');
      await unknownKeys(uri, (m) => m.length === 1);
      writeFileSync(file, '@book{smith2051, title = {Kupffer cells}}\n');
      if (relativePatterns) {
        const own = () =>
          client.registrations
            .filter((r) => r.method === DidChangeWatchedFilesNotification.method)
            .flatMap((r) => (r.registerOptions as { watchers: { globPattern: unknown }[] }).watchers.map((w) => w.globPattern))
            .filter((g) => typeof g !== 'string');
        const deadline = Date.now() + 5000;
        while (own().length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        assert.deepEqual(own(), [{ baseUri: pathToFileURL(path.join(root, 'refs')).toString(), pattern: 'Lab.BIB' }]);
        client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(file).toString(), type: FileChangeType.Changed }] });
      } else {
        settings = { bibliography: ['refs/Lab.BIB'], claims: { citationScope: 'sentence' } };
        await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      }
      await unknownKeys(uri, (m) => m.length === 0);
    });
  }

  it("reads a note's front matter bibliography, reports a missing file without checking keys against nothing, and checks nothing without one", async () => {
    writeFileSync(path.join(root, 'refs', 'own.json'), '[{"id": "wang2020", "title": "Exosomes"}]');
    await start({});
    const own = pathToFileURL(path.join(root, 'own.md')).toString();
    await client.open(own, '---\nbibliography: refs/own.json\n---\nExosomes carry miR-21 [@wang2020; @wong2020].\n');
    assert.deepEqual((await unknownKeys(own, (m) => m.length === 1)).map((d) => d.message), ["Unknown citation key '@wong2020': no entry of the bibliography has it. Did you mean @wang2020?"]);
    const missing = pathToFileURL(path.join(root, 'missing.md')).toString();
    await client.open(missing, '---\nbibliography: refs/gone.bib\n---\nExosomes carry miR-21 [@wang2020].\n');
    await client.diagnostics(missing);
    const deadline = Date.now() + 5000;
    while (!client.messages.some((m) => m.includes('gone.bib: cannot be read: it does not exist')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    assert.ok(client.messages.some((m) => m.includes('gone.bib: cannot be read: it does not exist')), client.messages.join('\n'));
    assert.deepEqual(await unknownKeys(missing, () => true), []);
    const plain = pathToFileURL(path.join(root, 'plain.md')).toString();
    await client.open(plain, 'Exosomes carry miR-21 [@anything].\n');
    assert.deepEqual(await unknownKeys(plain, () => true), []);
  });
});
