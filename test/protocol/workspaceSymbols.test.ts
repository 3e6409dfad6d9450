import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  ResponseError,
  SymbolKind,
  WorkspaceSymbolRequest,
  WorkspaceSymbolResolveRequest,
  type SymbolInformation,
  type WorkspaceSymbol,
} from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

describe('workspace symbols: the team\'s terms and the bibliography\'s keys, through the server', () => {
  let root: string;
  let client: TestClient;
  const uriOf = (relative: string, base = root) => pathToFileURL(path.join(base, relative)).toString();
  const write = (relative: string, text: string, base = root) => {
    mkdirSync(path.dirname(path.join(base, relative)), { recursive: true });
    writeFileSync(path.join(base, relative), text);
  };
  const start = async (settings: (scopeUri: string | undefined) => unknown, folders = [root]) => {
    client = new TestClient({ pullDiagnostics: true, settings, workspaceFolders: folders.map((folder) => ({ uri: pathToFileURL(folder).toString(), name: path.basename(folder) })) });
    await client.initialize();
  };
  const symbols = async (query: unknown) => (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query })) as SymbolInformation[];
  const names = async (query: string) => (await symbols(query)).map((s) => s.name);
  const kindNames = new Map(Object.entries(SymbolKind).map(([name, kind]) => [kind as number, name]));
  /** A symbol as `name kind file:line container`, the file relative to the folder. */
  const described = (s: SymbolInformation) => `${s.name} ${kindNames.get(s.kind)} ${path.relative(root, new URL(s.location.uri).pathname)}:${s.location.range.start.line} ${s.containerName ?? ''}`.trim();

  const vocabulary = [
    '# Lab terms',
    'terms:',
    '  - id: c-met',
    '    label: c-Met',
    '    kind: molecule',
    '    abbreviations: [MET]',
    '    synonyms: [HGF receptor]',
    '  - id: ductular-reaction',
    '    label: ductular reaction',
    '    kind: mechanism',
    '    abbreviations: [DR]',
    '    deprecated: [bile ductule proliferation]',
    '  # Extends the built-in term.',
    '  - id: hepatic-stellate-cell',
    '    synonyms: [hepatic pericyte]',
    '',
  ].join('\n');
  const bibliography = '% The lab\n\n@article{lee2019,\n  author = {Lee, Ann and Park, Bo and Kim, Cy},\n  title = {Stellate cells in fibrosis},\n  year = {2019}\n}\n@book{smith2015, title = {Kupffer cells}}\n';
  const labSettings = { vocabulary: { files: ['vocabulary/lab.yaml'] }, bibliography: ['refs/lab.bib', 'refs/more.json'] };
  /** The folder's vocabulary file and its two bibliographies, one with a key that holds a space. */
  const writeLab = (base = root) => {
    write('vocabulary/lab.yaml', vocabulary, base);
    write('refs/lab.bib', bibliography, base);
    write('refs/more.json', '[{ "id": "Smith 2016", "title": "A key with a space" }]', base);
  };
  const everything = ['hepatic stellate cell', 'c-Met', 'ductular reaction', '@lee2019', '@smith2015', '@{Smith 2016}'];

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-symbols-'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it('finds a team term by its label, at its entry in the vocabulary file, and leaves out terms only the built-in vocabulary has', async () => {
    writeLab();
    await start(() => labSettings);
    assert.deepEqual((await symbols('ductular')).map(described), ['ductular reaction Event vocabulary/lab.yaml:7 ductular-reaction (mechanism)']);
    assert.deepEqual(await symbols('c-Met'), [
      {
        name: 'c-Met',
        kind: SymbolKind.Constant,
        location: { uri: uriOf('vocabulary/lab.yaml'), range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } } },
        containerName: 'c-met (molecule)',
        data: { line: 2, written: ['c-Met', 'c-met'] },
      },
    ]);
    // Kupffer cells and hepatocytes are built-in terms with no entry in the folder: nowhere to go.
    assert.deepEqual(await names('Kupffer'), []);
    assert.deepEqual(await names('hepatocyte'), []);
  });

  it('opens a chosen symbol on the form the query matched, the label or the key in its entry, reading the file only then (workspaceSymbol/resolve)', async () => {
    writeLab();
    await start(() => labSettings);
    const resolved = async (query: string) => {
      const [symbol] = (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query })) as WorkspaceSymbol[];
      const { location } = await client.connection.sendRequest(WorkspaceSymbolResolveRequest.type, symbol);
      const range = (location as SymbolInformation['location']).range;
      const line = (query.startsWith('@') || query === 'lee2019' ? bibliography : vocabulary).split('\n')[range.start.line];
      return `${range.start.line}:${line.slice(range.start.character, range.end.character)}`;
    };
    assert.equal(await resolved('HGF receptor'), '6:HGF receptor', 'the synonym the query matched');
    assert.equal(await resolved('c-Met'), '3:c-Met', 'the label, not the id above it');
    assert.equal(await resolved('pericyte'), '14:hepatic pericyte', 'the form the file added to a built-in term');
    assert.equal(await resolved('lee2019'), '2:lee2019');
    // The file changed since the query: the entry's line start, as the query gave it.
    const [symbol] = (await client.connection.sendRequest(WorkspaceSymbolRequest.method, { query: 'ductular' })) as WorkspaceSymbol[];
    write('vocabulary/lab.yaml', '# emptied\n');
    assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolResolveRequest.type, symbol), symbol);
    // A symbol the server did not make is answered as it is.
    const foreign = { name: 'x', kind: SymbolKind.Key, location: { uri: uriOf('refs/lab.bib') }, data: { line: 'two' } };
    assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolResolveRequest.type, foreign as WorkspaceSymbol), foreign);
  });

  it("finds a term written inline in the folder's settings at its entry in .vscode/settings.json, when that list is the one in force", async () => {
    const terms = [{ id: 'zeb-x', label: 'zebra factor', kind: 'molecule', synonyms: ['stripe protein'] }];
    write('.vscode/settings.json', `{\n  // lab terms\n  "regenNotes.vocabulary.terms": [\n    { "id": "zeb-x", "label": "zebra factor", "kind": "molecule", "synonyms": ["stripe protein"] }\n  ]\n}\n`);
    let settings: unknown = { vocabulary: { terms } };
    await start(() => settings);
    assert.deepEqual((await symbols('stripe')).map(described), ['zebra factor (stripe protein) Constant .vscode/settings.json:3 zeb-x (molecule)']);
    // Another list in force (the user's settings): the file does not write it, and there is nowhere to go.
    settings = { vocabulary: { terms: [{ ...terms[0], definition: 'changed' }] } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await names('zebra'), []);
  });

  it('finds a term by its synonyms, abbreviations and non-preferred names, naming the form that matched', async () => {
    writeLab();
    await start(() => labSettings);
    assert.deepEqual(await names('HGF receptor'), ['c-Met (HGF receptor)']);
    assert.deepEqual(await names('receptor'), ['c-Met (HGF receptor)']);
    assert.deepEqual(await names('DR'), ['ductular reaction (DR)']);
    assert.deepEqual(await names('bile ductule'), ['ductular reaction (bile ductule proliferation)']);
    assert.deepEqual(await names('MET'), ['c-Met (MET)'], 'the abbreviation whole, where the label has it at a word start');
    // A built-in term that the file extends is found at the file's entry, by the form the file added, by its built-in forms and by its label.
    assert.deepEqual((await symbols('pericyte')).map(described), ['hepatic stellate cell (hepatic pericyte) Class vocabulary/lab.yaml:13 hepatic-stellate-cell (cell)']);
    assert.deepEqual((await names('Ito'))[0], 'hepatic stellate cell (Ito cell)');
    assert.deepEqual(await names('stellate'), ['hepatic stellate cell (stellate cell)'], 'the title of an entry is no name: an editor would not show it');
  });

  it('finds a bibliography key at its entry, with the authors, year and title', async () => {
    writeLab();
    await start(() => labSettings);
    assert.deepEqual((await symbols('lee2019')).map(described), ['@lee2019 Key refs/lab.bib:2 Lee et al. 2019: Stellate cells in fibrosis']);
    assert.deepEqual((await symbols('Smith 2016')).map(described), ['@{Smith 2016} Key refs/more.json:0 A key with a space'], 'a key that holds a space is written braced, as a citation writes it');
    assert.deepEqual(await names('@smith'), ['@smith2015', '@{Smith 2016}'], "a leading @ is the citation's");
  });

  it("matches the query's characters in order, in any case, the best matches first", async () => {
    writeLab();
    await start(() => labSettings);
    assert.deepEqual(await names('DTLRCT'), ['ductular reaction']);
    assert.deepEqual(await names('smth15'), ['@smith2015']);
    assert.deepEqual(await names('hsc'), ['hepatic stellate cell (HSC)']);
    assert.deepEqual(await names('zzz'), []);
    // The query's start, then a word's start, then inside a word.
    assert.deepEqual(await names('c'), ['c-Met', 'hepatic stellate cell', 'ductular reaction']);
    // Everything for an empty query, in the vocabulary's order (the built-in terms first) and then the bibliography's.
    assert.deepEqual(await names(''), everything);
  });

  it('answers with the best 500 of a long vocabulary, an exact match written last among them', async () => {
    const terms = Array.from({ length: 1200 }, (_, i) => ({ id: `marker-${i}`, label: `marker ${i}`, kind: 'molecule' }));
    terms.push({ id: 'mark', label: 'mark', kind: 'molecule' });
    write('vocabulary/many.json', JSON.stringify({ terms }, null, 1));
    await start(() => ({ vocabulary: { files: ['vocabulary/many.json'] } }));
    const all = await symbols('');
    assert.equal(all.length, 500);
    assert.deepEqual(all.slice(0, 2).map((s) => s.name), ['marker 0', 'marker 1']);
    const marks = await symbols('mark');
    assert.equal(marks.length, 500);
    assert.deepEqual(marks.slice(0, 4).map((s) => s.name), ['mark', 'marker 0', 'marker 1', 'marker 2'], 'the whole match, then the shorter');
    assert.deepEqual(await names('marker 1199'), ['marker 1199']);
  });

  it('answers a cancelled request with RequestCancelled, and keeps serving', async () => {
    writeLab();
    await start(() => labSettings);
    const cancel = new CancellationTokenSource();
    const pending = client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'c-Met' }, cancel.token).then(
      (answer) => `answered with ${JSON.stringify(answer)}`,
      (error: ResponseError<unknown>) => (error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : String(error)),
    );
    cancel.cancel();
    assert.equal(await pending, 'cancelled');
    assert.deepEqual(await names('c-Met'), ['c-Met']);
  });

  it('offers nothing of a vocabulary file or bibliography deleted since, and what a file says once it changes', async () => {
    writeLab();
    await start(() => labSettings);
    assert.deepEqual(await names(''), everything);
    rmSync(path.join(root, 'vocabulary/lab.yaml'));
    rmSync(path.join(root, 'refs/lab.bib'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: ['vocabulary/lab.yaml', 'refs/lab.bib'].map((f) => ({ uri: uriOf(f), type: FileChangeType.Deleted as FileChangeType })) });
    // Their last good versions stay in force, but there is no file to open; the other bibliography is still there.
    assert.deepEqual(await names(''), ['@{Smith 2016}']);
    write('vocabulary/lab.yaml', `${vocabulary}  - id: zonula-occludens\n    label: zonula occludens\n    kind: molecule\n`);
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: uriOf('vocabulary/lab.yaml'), type: FileChangeType.Created }] });
    assert.deepEqual((await symbols('zonula')).map(described), ['zonula occludens Constant vocabulary/lab.yaml:15 zonula-occludens (molecule)']);
  });

  it('reads each vocabulary once, not at each request', async () => {
    writeLab();
    await start(() => labSettings);
    for (const query of ['c', 'c-', 'c-M', 'c-Me', 'c-Met']) assert.ok((await names(query)).includes('c-Met'), query);
    assert.equal(client.messages.filter((m) => m.includes('Loaded the vocabulary of')).length, 1);
  });

  it('finds the symbols of every workspace folder, each with its own settings', async () => {
    const other = mkdtempSync(path.join(os.tmpdir(), 'regen-symbols-other-'));
    try {
      writeLab();
      write('team.yaml', 'terms:\n  - id: zonula-occludens\n    label: zonula occludens\n    kind: molecule\n', other);
      write('lab.bib', '@article{chen2021, title = {Tight junctions}}\n', other);
      await start((scopeUri) => (scopeUri?.startsWith(pathToFileURL(other).toString()) ? { vocabulary: { files: ['team.yaml'] }, bibliography: ['lab.bib'] } : labSettings), [root, other]);
      const found = await symbols('');
      assert.deepEqual(found.map((s) => s.name), [...everything, 'zonula occludens', '@chen2021']);
      assert.deepEqual(found.slice(-2).map((s) => s.location.uri), [uriOf('team.yaml', other), uriOf('lab.bib', other)]);
    } finally {
      rmSync(other, { recursive: true, force: true });
    }
  });

  it("offers nothing from files the folder's settings do not name, as in Restricted Mode, nor from a note's own bibliography", async () => {
    writeLab();
    // In an untrusted folder VS Code withholds the folder's vocabulary files and bibliography: the client sends none.
    await start(() => ({}));
    const uri = uriOf('note.md');
    const note = '---\nbibliography: refs/lab.bib\n---\nStellate cells [@lee2019] and c-Met.\n';
    await client.open(uri, note);
    assert.ok(await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, offsetOf(note, '@lee2019', 2)) }), "the note's own bibliography is read for the note");
    assert.deepEqual(await names(''), []);
  });

  it('answers a query that is not a string with nothing, and keeps serving', async () => {
    writeLab();
    await start(() => labSettings);
    for (const params of [{}, { query: 42 }, { query: null }, { query: ['c-Met'] }]) assert.deepEqual(await client.connection.sendRequest(WorkspaceSymbolRequest.method, params), [], JSON.stringify(params));
    // No params at all: the protocol library answers with an error before the server sees it.
    await assert.rejects(client.connection.sendRequest(WorkspaceSymbolRequest.method, null), ResponseError);
    assert.deepEqual(await names('c-Met'), ['c-Met']);
  });

  // How fast it answers is measured by the bench (npm run bench), not here: no test times anything.
  it('answers from a vocabulary of 100,000 terms, at most 500 symbols a query', async function () {
    this.timeout(120_000);
    const terms = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, label: `term ${i} of the long list`, kind: 'molecule', abbreviations: [`T${i}X`], synonyms: [`synonym ${i}`] }));
    write('vocabulary/long.json', JSON.stringify({ terms }));
    await start(() => ({ vocabulary: { files: ['vocabulary/long.json'] } }));
    // The first request reads and indexes the list.
    assert.equal((await symbols('term 12345 of the long list'))[0].name, 'term 12345 of the long list');
    for (const query of ['', 't', 'e', 'term']) assert.equal((await symbols(query)).length, 500, query);
    assert.deepEqual(await symbols('zzz'), []);
    assert.deepEqual(await names('synonym 99999'), ['term 99999 of the long list (synonym 99999)']);
    // The list is written on one line: every entry is at line 0.
    assert.deepEqual((await symbols('T5X'))[0].location.range.start, { line: 0, character: 0 });
  });
});
