import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentHighlightRequest,
  FileChangeType,
  HoverRequest,
  LSPErrorCodes,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  type CancellationToken,
  type Location,
  type TextDocumentEdit,
  type TextEdit,
  type WorkspaceEdit,
  type ResponseError,
} from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

describe('navigation: definition, highlights and references, through the server', () => {
  let root: string;
  let client: TestClient;
  const uriOf = (relative: string) => pathToFileURL(path.join(root, relative)).toString();
  const write = (relative: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
    writeFileSync(path.join(root, relative), text);
  };
  const start = async (settings: unknown) => {
    client = new TestClient({ pullDiagnostics: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
  };
  const at = (uri: string, text: string, needle: string, delta = 1) => ({ textDocument: { uri }, position: positionOf(text, offsetOf(text, needle, delta)) });
  /** Locations as `file:line:character` relative to the folder, sorted: the order across files is the server's to choose. */
  /** 200 open notes of 100 KB of `text`, then `main.md`, which cites @smith2015, hovered once so that it is analysed. */
  const openHundredsOfNotes = async (text: string) => {
    for (let i = 0; i < 200; i++) await client.open(uriOf(`open${i}.md`), text);
    const uri = uriOf('main.md');
    const note = 'Kupffer cells [@smith2015].\n';
    await client.open(uri, note);
    assert.ok(await client.connection.sendRequest(HoverRequest.type, at(uri, note, 'Kupffer')));
    return { uri, note };
  };
  /**
   * Sends the request `send` makes with a token, has a hover answered on `main.md` while it runs
   * (`running` says what runs), cancels it, and says how it ended: 'cancelled', or what it answered.
   */
  const cancelledAfterHover = async <T>(main: { uri: string; note: string }, send: (token: CancellationToken) => Promise<T>, answered: (result: T) => string, running: string) => {
    const cancel = new CancellationTokenSource();
    const ended = send(cancel.token).then(answered, (error: ResponseError<unknown>) => (error.code === LSPErrorCodes.RequestCancelled ? 'cancelled' : String(error)));
    assert.ok(await client.connection.sendRequest(HoverRequest.type, at(main.uri, main.note, 'Kupffer')), `a hover is answered while the ${running} goes on`);
    cancel.cancel();
    return ended;
  };
  const places = (locations: Location[] | null) => (locations ?? []).map((l) => `${path.relative(root, new URL(l.uri).pathname)}:${l.range.start.line}:${l.range.start.character}`).sort();

  const vocabulary = '# Lab terms\nterms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    abbreviations: [MET]\n    synonyms: [HGF receptor]\n';

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-nav-'));
  });

  afterEach(async () => {
    await client?.dispose();
    rmSync(root, { recursive: true, force: true });
  });

  it("goes to a team term's line in the vocabulary file from any of its forms, and nowhere from a built-in term", async () => {
    write('vocabulary/lab.yaml', vocabulary);
    await start({ vocabulary: { files: ['vocabulary/lab.yaml'] } });
    const uri = uriOf('note.md');
    const note = 'HGF binds the HGF receptor; c-Met and MET signal in Kupffer cells.\n';
    await client.open(uri, note);
    // Each lands on the form as the entry writes it: synonyms: [HGF receptor], label: c-Met, abbreviations: [MET].
    for (const [form, line, start, end] of [['HGF receptor', 6, 15, 27], ['c-Met', 3, 11, 16], ['MET ', 5, 20, 23]] as const) {
      const locations = (await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, form))) as Location[] | null;
      assert.deepEqual(locations, [{ uri: uriOf('vocabulary/lab.yaml'), range: { start: { line, character: start }, end: { line, character: end } } }], form);
    }
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'Kupffer')), null);
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'binds')), null);
    // A form the entry does not write as the note does (a plural): its label.
    await client.close(uri);
    const plural = 'HGF receptors signal.\n';
    await client.open(uri, plural);
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at(uri, plural, 'receptors')), [{ uri: uriOf('vocabulary/lab.yaml'), range: { start: { line: 3, character: 11 }, end: { line: 3, character: 16 } } }]);
  });

  it("goes to an inline term's entry in the folder's .vscode/settings.json when that list is the one in force, and nowhere for a list of the user's settings", async () => {
    const terms = [
      { id: 'zeb-x', label: 'zebra factor', kind: 'molecule' },
      { id: 'c-met', label: 'c-Met', kind: 'molecule', abbreviations: ['MET'] },
    ];
    write('.vscode/settings.json', `{\n  // lab terms\n  "regenNotes.vocabulary.terms": [\n    { "id": "zeb-x", "label": "zebra factor", "kind": "molecule" },\n    {\n      "id": "c-met", "label": "c-Met", "kind": "molecule",\n      "abbreviations": ["MET"]\n    }\n  ],\n}\n`);
    let settings: unknown = { vocabulary: { terms } };
    client = new TestClient({ pullDiagnostics: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    await client.initialize();
    const uri = uriOf('note.md');
    const note = 'MET and zebra factor signal.\n';
    await client.open(uri, note);
    const definition = async (needle: string) => places((await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, needle))) as Location[] | null);
    assert.deepEqual(await definition('MET'), ['.vscode/settings.json:6:25'], 'the abbreviation, two lines into the entry');
    assert.deepEqual(await definition('zebra'), ['.vscode/settings.json:3:31']);

    // Another list in force (the user's settings): the file's entries are not where the term is written.
    settings = { vocabulary: { terms: [terms[1]] } };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    assert.deepEqual(await definition('MET'), []);
  });

  it("goes to a cited key's entry in the bibliography file, in each way a key is written", async () => {
    write('refs/lab.bib', '% The lab\n\n@article{lee2019,\n  title = {Stellate cells}\n}\n@book{smith2015, title = {Kupffer cells}}\n@misc{smith:2016/x, title = {Odd key}}\n');
    await start({ bibliography: ['refs/lab.bib'] });
    const uri = uriOf('note.md');
    const note = 'Kupffer cells clear endotoxin [see @smith2015, p. 3; @lee2019]. As @lee2019 says, and [@{smith:2016/x}]. Not [@nobody].\n';
    await client.open(uri, note);
    // On the key in the entry: @book{smith2015, …
    const entryAt = (line: number, start: number, end: number) => [{ uri: uriOf('refs/lab.bib'), range: { start: { line, character: start }, end: { line, character: end } } }];
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, '@smith2015', 3)), entryAt(5, 6, 15));
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, '@lee2019', 0)), entryAt(2, 9, 16));
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'As @lee2019', 6)), entryAt(2, 9, 16));
    assert.deepEqual(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'smith:2016/x}', 2)), entryAt(6, 6, 18));
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, '@nobody', 2)), null);
  });

  it('goes nowhere from a term or key whose file was deleted, though its last good version stays in force', async () => {
    write('vocabulary/lab.yaml', vocabulary);
    write('refs/lab.bib', '@book{smith2015, title = {Kupffer cells}}\n');
    await start({ vocabulary: { files: ['vocabulary/lab.yaml'] }, bibliography: ['refs/lab.bib'] });
    const uri = uriOf('note.md');
    const note = 'c-Met rises in Kupffer cells [@smith2015].\n';
    await client.open(uri, note);
    assert.equal(((await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'c-Met'))) as Location[]).length, 1);
    assert.equal(((await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, '@smith2015', 2))) as Location[]).length, 1);
    rmSync(path.join(root, 'vocabulary/lab.yaml'));
    rmSync(path.join(root, 'refs/lab.bib'));
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: ['vocabulary/lab.yaml', 'refs/lab.bib'].map((f) => ({ uri: uriOf(f), type: FileChangeType.Deleted as FileChangeType })) });
    // Still known (no unknown-key warning, c-Met still a term), but no file to open at a line.
    const hover = await client.connection.sendRequest(HoverRequest.type, at(uri, note, 'c-Met'));
    assert.ok(hover, 'c-Met is still a term');
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, 'c-Met')), null);
    assert.equal(await client.connection.sendRequest(DefinitionRequest.type, at(uri, note, '@smith2015', 2)), null);
    const references = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, '@smith2015', 2), context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(places(references), ['note.md:0:30']);
  });

  it('highlights every form of the concept under the cursor in the note, and every citation of a key', async () => {
    await start({});
    const uri = uriOf('note.md');
    const note = 'HSCs drive fibrosis [@lee2019].\n\nHepatic stellate cells, once called Ito cells, store vitamin A; `HSCs` in code are not text.\n\nSee @lee2019 and [@smith2015].\n';
    await client.open(uri, note);
    const highlights = await client.connection.sendRequest(DocumentHighlightRequest.type, at(uri, note, 'Ito cells', 2));
    const texts = (list: { range: { start: { line: number; character: number }; end: { line: number; character: number } } }[] | null) =>
      (list ?? []).map(({ range }) => note.split('\n')[range.start.line].slice(range.start.character, range.end.character));
    assert.deepEqual(texts(highlights), ['HSCs', 'Hepatic stellate cells', 'Ito cells']);
    assert.deepEqual(texts(await client.connection.sendRequest(DocumentHighlightRequest.type, at(uri, note, '@lee2019', 2))), ['@lee2019', '@lee2019']);
    assert.equal(await client.connection.sendRequest(DocumentHighlightRequest.type, at(uri, note, 'store', 2)), null);
  });

  it('finds references in open notes as they are now and in the notes on disk that include and exclude select', async () => {
    write('vocabulary/lab.yaml', vocabulary);
    write('notes/closed.md', '# Closed\n\nThe HGF receptor is c-Met.\n\n```\nc-Met in code\n```\n');
    write('notes/stale-open.md', 'c-Met on disk only.\n');
    write('drafts/excluded.md', 'c-Met in a draft.\n');
    write('notes/other.txt', 'c-Met in a text file.\n');
    write('notes/cites.md', 'Fibrosis [@lee2019].\n');
    await start({ vocabulary: { files: ['vocabulary/lab.yaml'] }, exclude: ['drafts/**'] });
    const uri = uriOf('notes/main.md');
    const note = 'MET rises; c-Met falls [@lee2019].\n';
    await client.open(uri, note);
    // Open, with text other than the disk's: its text now is what is searched.
    await client.open(uriOf('notes/stale-open.md'), 'Now MET, twice: c-Met.\n');

    const references = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, 'MET'), context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(places(references), ['notes/closed.md:2:20', 'notes/closed.md:2:4', 'notes/main.md:0:0', 'notes/main.md:0:11', 'notes/stale-open.md:0:16', 'notes/stale-open.md:0:4']);
    const closed = references.find((l) => l.uri === uriOf('notes/closed.md'))!;
    assert.deepEqual(closed.range, { start: { line: 2, character: 4 }, end: { line: 2, character: 16 } }, 'the whole of "HGF receptor"');

    const withDeclaration = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, 'c-Met'), context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(withDeclaration[0], { uri: uriOf('vocabulary/lab.yaml'), range: { start: { line: 3, character: 11 }, end: { line: 3, character: 16 } } });
    assert.equal(withDeclaration.length, references.length + 1);

    const cited = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, '@lee2019', 2), context: { includeDeclaration: true } })) as Location[];
    assert.deepEqual(places(cited), ['notes/cites.md:0:10', 'notes/main.md:0:24'], 'no bibliography: no declaration, the citations still');
    assert.equal(await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, 'rises'), context: { includeDeclaration: false } }), null);
  });

  it('searches hundreds of open notes without holding up other requests, and stops when cancelled', async function () {
    this.timeout(60000);
    await start({});
    // 200 open notes of 100 KB: read one after another without a file to wait for, the search
    // held the server for seconds, and a cancellation was read only once it was over.
    const main = await openHundredsOfNotes('Kupffer cells clear endotoxin [@smith2015]; HGF promotes angiogenesis and HSCs drive fibrosis.\n\n'.repeat(1000));
    const references = cancelledAfterHover(
      main,
      (token) => client.connection.sendRequest(ReferencesRequest.type, { ...at(main.uri, main.note, 'Kupffer'), context: { includeDeclaration: false } }, token),
      (locations) => `answered with ${locations?.length} locations`,
      'search',
    );
    assert.equal(await references, 'cancelled');
  });

  it("finds a term's mentions in every workspace folder, each folder's notes chosen by its own settings, and a key's in the note's folder only", async () => {
    write('notes/a.md', 'Kupffer cells here [@lee2019].\n');
    write('drafts/g.md', 'Kupffer cells in a draft the note\'s folder excludes.\n');
    write('inner/b.md', 'Kupffer cells in the inner folder [@lee2019].\n');
    write('inner/drafts/c.md', 'Kupffer cells in a draft the inner folder keeps.\n');
    write('other/d.md', 'In another folder, Kupffer cells [@lee2019].\n');
    write('other/archive/f.md', 'Kupffer cells in an archive the other folder excludes.\n');
    const [inner, other] = [uriOf('inner'), uriOf('other')];
    // Each folder's settings govern its notes; a nested folder's, not those of the folder around it.
    const settings = (scope: string | undefined) => (scope?.startsWith(inner) ? {} : scope?.startsWith(other) ? { exclude: ['archive/**'] } : { exclude: ['**/drafts/**'] });
    client = new TestClient({ pullDiagnostics: true, settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }, { uri: inner, name: 'inner' }, { uri: other, name: 'other' }] });
    await client.initialize();
    const uri = uriOf('main.md');
    const note = 'Kupffer cells [@lee2019].\n';
    await client.open(uri, note);
    await client.open(uriOf('inner/open.md'), 'Kupffer cells, open in the inner folder.\n');
    const references = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, 'Kupffer'), context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(places(references), ['inner/b.md:0:0', 'inner/drafts/c.md:0:0', 'inner/open.md:0:0', 'main.md:0:0', 'notes/a.md:0:0', 'other/d.md:0:19']);
    const cited = (await client.connection.sendRequest(ReferencesRequest.type, { ...at(uri, note, '@lee2019', 2), context: { includeDeclaration: false } })) as Location[];
    assert.deepEqual(places(cited), ['main.md:0:15', 'notes/a.md:0:20'], "a key names the note's folder's bibliography");
  });

  describe('renaming a cited key', () => {
    /** Applies LSP edits (line/character ranges) to a text. */
    const applied = (text: string, edits: TextEdit[] = []) => {
      const offset = (p: { line: number; character: number }) => {
        let at = 0;
        for (let line = 0; line < p.line; line++) at = text.indexOf('\n', at) + 1;
        return at + p.character;
      };
      return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
    };
    const bib = '@article{smith2015,\n  title = {Kupffer cells}\n}\n@book{smith2015a, crossref = {smith2015}, title = {More}}\n@misc{lee2019, title = {Stellate}}\n';
    const note = '---\nnocite: |\n  @smith2015\n---\nKupffer cells clear endotoxin [see @smith2015, p. 3; @smith2015a]. As @{smith2015} says.\r\nIn code: `@smith2015`.\n';
    const other = '# Other\n\n🧪 Stellate cells [@lee2019; @smith2015].\n\n```\n@smith2015\n```\n';

    it('renames the key in every note of the folder, open or on disk, in nocite:, and in its entry and the crossref that names it', async () => {
      write('refs/lab.bib', bib);
      write('notes/other.md', other);
      write('notes/none.md', 'No citations here.\n');
      await start({ bibliography: ['refs/lab.bib'] });
      const uri = uriOf('note.md');
      await client.open(uri, note);
      const prepared = (await client.connection.sendRequest(PrepareRenameRequest.type, at(uri, note, '@smith2015,', 3))) as { range: { start: unknown; end: unknown }; placeholder: string };
      assert.deepEqual(prepared, { range: { start: positionOf(note, offsetOf(note, 'smith2015,')), end: positionOf(note, offsetOf(note, 'smith2015,') + 9) }, placeholder: 'smith2015' });

      const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(uri, note, '{smith2015}', 3), newName: 'smith2015kc' })) as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes ?? {}).map((u) => path.relative(root, new URL(u).pathname)).sort(), ['note.md', 'notes/other.md', 'refs/lab.bib']);
      assert.equal(applied(note, edit.changes![uri]), note.replace(/@smith2015(?=[,\n])/g, '@smith2015kc').replace('@{smith2015}', '@{smith2015kc}'));
      assert.equal(applied(other, edit.changes![uriOf('notes/other.md')]), other.replace('@smith2015]', '@smith2015kc]'));
      assert.equal(applied(bib, edit.changes![uriOf('refs/lab.bib')]), bib.replace('{smith2015,', '{smith2015kc,').replace('crossref = {smith2015}', 'crossref = {smith2015kc}'));
    });

    it('places its edits as the editor holds each file: CRLF, a byte-order mark (the editor drops it), astral characters before a key, a key that starts another', async () => {
      // The .bib starts with a byte-order mark and its first line holds the key: the mark is not a
      // character of the editor's text, so an edit counted with it lands one character late.
      const markedBib = '\uFEFF@article{smith2015,\r\n  title = {Kupffer cells}\r\n}\r\n@misc{smith2015a, title = {More}}\r\n';
      const crlf = '---\r\nnocite: "@smith2015a, @smith2015"\r\n---\r\n# CRLF\r\n\r\nSee [@smith2015a] and\r\n[@smith2015].\r\n\r\n~~~\r\n@smith2015\r\n~~~\r\n';
      const marked = '\uFEFF@smith2015 says so. <!-- @smith2015 -->\n';
      write('refs/lab.bib', markedBib);
      write('notes/crlf.md', crlf);
      write('notes/marked.md', marked);
      await start({ bibliography: ['refs/lab.bib'] });
      const uri = uriOf('note.md');
      const open = '𝛼-SMA 🧪 in HSCs [@smith2015; 𝛽 @smith2015a] and `@smith2015`.\n';
      await client.open(uri, open);
      const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(uri, open, '@smith2015;', 2), newName: 'smith2015kc' })) as WorkspaceEdit;
      const changes = edit.changes ?? {};
      assert.deepEqual(Object.keys(changes).map((u) => path.relative(root, new URL(u).pathname)).sort(), ['note.md', 'notes/crlf.md', 'notes/marked.md', 'refs/lab.bib']);
      assert.equal(applied(open, changes[uri]), open.replace('@smith2015;', '@smith2015kc;'));
      assert.equal(applied(crlf, changes[uriOf('notes/crlf.md')]), crlf.replace(', @smith2015"', ', @smith2015kc"').replace('[@smith2015]', '[@smith2015kc]'));
      assert.equal(applied(marked.slice(1), changes[uriOf('notes/marked.md')]), marked.slice(1).replace('@smith2015 says', '@smith2015kc says'));
      assert.equal(applied(markedBib.slice(1), changes[uriOf('refs/lab.bib')]), markedBib.slice(1).replace('{smith2015,', '{smith2015kc,'));
    });

    it("binds each open note's edit to the version it was made for, when the client takes documentChanges; a file on disk has none", async () => {
      write('refs/lab.bib', bib);
      write('notes/other.md', other);
      client = new TestClient({ pullDiagnostics: true, documentChanges: true, settings: () => ({ bibliography: ['refs/lab.bib'] }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
      await client.initialize();
      const uri = uriOf('note.md');
      const second = uriOf('notes/second.md');
      await client.open(uri, note);
      await client.open(second, 'Nothing yet.\n');
      // Typed since it was opened: its edit is for version 2, the text the server has now.
      const typed = await client.edit(second, 'Nothing yet.\n', 0, 12, 'Now [@smith2015].');
      const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(uri, note, '@smith2015,', 3), newName: 'smith2015kc' })) as WorkspaceEdit;
      assert.equal(edit.changes, undefined);
      const byFile = new Map((edit.documentChanges as TextDocumentEdit[]).map((change) => [path.relative(root, new URL(change.textDocument.uri).pathname), change]));
      assert.deepEqual([...byFile.keys()].sort(), ['note.md', 'notes/other.md', 'notes/second.md', 'refs/lab.bib']);
      assert.deepEqual(
        [...byFile].map(([file, change]) => [file, change.textDocument.version]).sort(),
        [['note.md', 1], ['notes/other.md', null], ['notes/second.md', 2], ['refs/lab.bib', null]],
      );
      assert.equal(applied(typed, byFile.get('notes/second.md')!.edits as TextEdit[]), 'Now [@smith2015kc].\n');
      assert.equal(applied(bib, byFile.get('refs/lab.bib')!.edits as TextEdit[]), bib.replace('{smith2015,', '{smith2015kc,').replace('crossref = {smith2015}', 'crossref = {smith2015kc}'));
    });

    it('refuses anything but a cited key, a name Pandoc would not read bare, and the key of another entry; renames an unknown key to a known one', async () => {
      write('refs/lab.bib', bib);
      await start({ bibliography: ['refs/lab.bib'] });
      const uri = uriOf('note.md');
      const text = 'Kupffer cells clear endotoxin [@smith2015]. See [@smtih2015] and [@smtih2015, p. 2].\n';
      await client.open(uri, text);
      const refused = async (request: Promise<unknown>, message: RegExp) => {
        await assert.rejects(request, (error: ResponseError<unknown>) => message.test(error.message));
      };
      await refused(client.connection.sendRequest(PrepareRenameRequest.type, at(uri, text, 'Kupffer')), /^Only a cited key can be renamed/);
      await refused(client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, 'Kupffer'), newName: 'x' }), /^Only a cited key can be renamed/);
      for (const [name, message] of [['smith 2015', /is not a key Pandoc reads written bare/], ['smith2015.', /is not a key Pandoc reads/], ['', /cannot be empty/], ['lee2019', /is the key of another entry/]] as const) {
        await refused(client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, '@smith2015]', 3), newName: name }), message);
      }
      // A mistyped key, which no entry has, is fixed in every citation at once.
      const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, '@smtih2015]', 3), newName: 'smith2015' })) as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes ?? {}), [uri]);
      assert.equal(applied(text, edit.changes![uri]), text.replaceAll('smtih2015', 'smith2015'));
    });

    it('refuses when a file it would edit is not UTF-8, or a bibliography that is there cannot be read; a file that is not there holds no key', async () => {
      write('refs/lab.bib', bib);
      // Latin-1: read as UTF-8, "ü" and "é" come in as U+FFFD, which the editor would save in their place.
      write('notes/other.md', other);
      writeFileSync(path.join(root, 'refs/latin1.bib'), Buffer.from('@book{muller1990, author = {M\xfcller}}\n', 'latin1'));
      writeFileSync(path.join(root, 'notes/latin1.md'), Buffer.from('Caf\xe9 [@lee2019].\n', 'latin1'));
      let bibliography = ['refs/lab.bib', 'refs/latin1.bib', 'refs/gone.bib'];
      client = new TestClient({ pullDiagnostics: true, settings: () => ({ bibliography }), workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
      await client.initialize();
      const uri = uriOf('note.md');
      const text = 'A [@smith2015], B [@muller1990], C [@lee2019].\n';
      await client.open(uri, text);
      const rename = (needle: string) => client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, needle, 3), newName: 'renamed' });
      const edit = (await rename('@smith2015')) as WorkspaceEdit;
      assert.deepEqual(Object.keys(edit.changes ?? {}).map((u) => path.relative(root, new URL(u).pathname)).sort(), ['note.md', 'notes/other.md', 'refs/lab.bib'], 'neither Latin-1 file writes the key');
      await assert.rejects(rename('@muller1990'), (error: ResponseError<unknown>) => /^Cannot rename 'muller1990': .*latin1\.bib is not UTF-8/.test(error.message));
      await assert.rejects(rename('@lee2019'), (error: ResponseError<unknown>) => /^Cannot rename 'lee2019': .*notes.latin1\.md is not UTF-8/.test(error.message));

      // Over 64 MB (a sparse file: its size is all that is looked at), it may write the key.
      writeFileSync(path.join(root, 'refs/huge.bib'), '');
      truncateSync(path.join(root, 'refs/huge.bib'), 65 * 1024 * 1024);
      bibliography = ['refs/lab.bib', 'refs/huge.bib'];
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await assert.rejects(rename('@smith2015'), (error: ResponseError<unknown>) => /^Cannot rename 'smith2015': the bibliography .*huge\.bib cannot be read now \(it is larger than 64 MB\)/.test(error.message));
    });

    it('stops when the request is cancelled, and answers in full when asked again', async function () {
      this.timeout(60000);
      write('refs/lab.bib', bib);
      await start({ bibliography: ['refs/lab.bib'] });
      const main = await openHundredsOfNotes('Kupffer cells clear endotoxin [@smith2015]; HGF promotes angiogenesis [@lee2019].\n\n'.repeat(1000));
      const { uri, note: text } = main;
      const renamed = cancelledAfterHover(
        main,
        (token) => client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, '@smith2015', 3), newName: 'smith2015kc' }, token),
        (edit) => `answered with edits of ${Object.keys(edit?.changes ?? {}).length} files`,
        'rename',
      );
      assert.equal(await renamed, 'cancelled');
      const edit = (await client.connection.sendRequest(RenameRequest.type, { ...at(uri, text, '@smith2015', 3), newName: 'smith2015kc' })) as WorkspaceEdit;
      assert.equal(Object.keys(edit.changes ?? {}).length, 202, 'the 201 open notes and refs/lab.bib');
      assert.equal(edit.changes![uriOf('open7.md')].length, 1000);
    });
  });
});
