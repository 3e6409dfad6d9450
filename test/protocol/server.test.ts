import assert from 'node:assert/strict';
import { CodeActionRequest, CodeActionResolveRequest, CompletionRequest, DidChangeConfigurationNotification, DocumentDiagnosticRequest, DocumentLinkRequest, HoverRequest, SemanticTokensDeltaRequest, SemanticTokensRangeRequest, SemanticTokensRequest, type SemanticTokens, type SemanticTokensDelta, type CodeAction, type CompletionList, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { withTokenEdits } from '../unit/helpers';
import { offsetOf, positionOf, TestClient } from './client';

const note = [
  '# Notes',
  '',
  'Kupffer cells take up exosomes. Ito cells store vitamin A.',
  '',
  'Inline `Kupffer cells` is code. The hepatic st',
].join('\n');
const uri = 'file:///notes/note.md';

describe('language server over stdio', () => {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });

  afterEach(() => client.dispose());

  it('answers hover on a term with kind, definition, source and range, and nothing elsewhere', async () => {
    await client.open(uri, note);
    const at = offsetOf(note, 'Kupffer cells take', 3);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, at) });
    assert.ok(hover);
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /\*\*Kupffer cell\*\*/);
    assert.match(value, /\*cell\*/);
    assert.match(value, /Source:/);
    assert.deepEqual(hover.range, { start: positionOf(note, offsetOf(note, 'Kupffer')), end: positionOf(note, offsetOf(note, ' take')) });
    const none = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, offsetOf(note, 'vitamin')) });
    assert.equal(none, null);
    const inCode = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, offsetOf(note, '`Kupffer', 2)) });
    assert.equal(inCode, null);
  });

  it('shows on the verb of a cited claim the citation that covers it from elsewhere in its paragraph', async () => {
    const text = 'HGF activates Kupffer cells. They clear endotoxin [@smith2015].\n';
    await client.open(uri, text);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(text, offsetOf(text, 'activates', 2)) });
    assert.equal((hover?.contents as MarkupContent).value, '**Cited** in its paragraph:\n\n- `[@smith2015]`');
    assert.deepEqual(hover?.range, { start: positionOf(text, offsetOf(text, 'activates')), end: positionOf(text, offsetOf(text, ' Kupffer')) });
  });

  it('colours the recognized terms by kind, over the whole note or a range, and none with regenNotes.highlightTerms off, asking the editor for them again when it changes', async () => {
    await client.dispose();
    let settings: Record<string, unknown> = {};
    client = new TestClient({ settings: () => settings, refreshSemanticTokens: true });
    await client.initialize();
    const text = 'Kupffer cells secrete HGF.\r\n\r\nThe 🧬 angiogenesis.\r\n';
    await client.open(uri, text);
    const full = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    // [line delta, character, length, type, modifiers]: cell, molecule, mechanism.
    assert.deepEqual(full?.data, [0, 0, 13, 1, 0, 0, 22, 3, 0, 0, 2, 7, 12, 2, 0]);
    const range = await client.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } } });
    assert.deepEqual(range?.data, [2, 7, 12, 2, 0]);
    const before = client.tokenRefreshes;
    settings = { highlightTerms: false };
    await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const deadline = Date.now() + 10_000;
    while (client.tokenRefreshes === before && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    assert.ok(client.tokenRefreshes > before, 'the editor is asked for the tokens again');
    assert.deepEqual((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))?.data, []);
    assert.equal(await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: 'file:///notes/not-open.md' } }), null);
  });

  it('sends the terms\' colours after an edit as a change of the ones sent last, and all of them for a result it does not have', async () => {
    const text = '# Notes\n\nKupffer cells secrete HGF.\n\nIto cells store vitamin A; angiogenesis follows.\n';
    await client.open(uri, text);
    const full = async () => (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } }))!;
    const delta = (previousResultId: string) => client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId });
    const first = await full();
    assert.ok(first.resultId);
    const edited = await client.edit(uri, text, offsetOf(text, 'Kupffer'), offsetOf(text, 'Kupffer'), 'Many ');
    const change = (await delta(first.resultId!)) as SemanticTokensDelta;
    assert.ok(change.edits, 'a change, not all the tokens');
    assert.ok(change.resultId && change.resultId !== first.resultId);
    // One token moved: Kupffer cells; HGF and the next lines are written relative to it or to their own line.
    assert.deepEqual(change.edits, [{ start: 0, deleteCount: 5, data: [2, 5, 13, 1, 0] }]);
    const now = await full();
    assert.deepEqual(withTokenEdits(first.data, change.edits), now.data);
    assert.deepEqual((await delta(now.resultId!)) as SemanticTokensDelta, { resultId: String(Number(now.resultId) + 1), edits: [] }, 'nothing changed');
    const unknown = (await delta('no such result')) as SemanticTokens;
    assert.deepEqual(unknown.data, now.data, 'all the tokens for a result the server does not have');
    await client.close(uri);
    await client.open(uri, edited);
    assert.ok(((await delta(unknown.resultId!)) as SemanticTokens).data, 'a reopened note starts again');

    // The last tokens of the 32 notes coloured last are kept: the oldest of 33 gets all of its tokens again.
    const ids: string[] = [];
    for (let i = 0; i < 33; i++) {
      await client.open(`file:///notes/many-${i}.md`, 'Kupffer cells secrete HGF.\n');
      ids.push((await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: `file:///notes/many-${i}.md` } }))!.resultId!);
    }
    const deltaOf = (i: number) => client.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri: `file:///notes/many-${i}.md` }, previousResultId: ids[i] });
    assert.ok('data' in (await deltaOf(0))!, 'the oldest: all its tokens');
    assert.deepEqual(((await deltaOf(32)) as SemanticTokensDelta).edits, [], 'the latest: no change');
  });

  it('links the identifiers of papers a note writes, with CRLF line endings, after an edit, and answers none for a document it does not have', async () => {
    const text = '# Papers\r\n\r\nHGF acts (doi:10.1000/xyz; PMID: 31234567).\r\n\r\n`PMC1234567` is code.\r\n';
    await client.open(uri, text);
    const links = async () => (await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
    assert.deepEqual(await links(), [
      { range: { start: positionOf(text, offsetOf(text, 'doi:')), end: positionOf(text, offsetOf(text, '; PMID')) }, target: 'https://doi.org/10.1000/xyz', tooltip: 'Open DOI 10.1000/xyz at doi.org' },
      { range: { start: positionOf(text, offsetOf(text, 'PMID')), end: positionOf(text, offsetOf(text, ').')) }, target: 'https://pubmed.ncbi.nlm.nih.gov/31234567/', tooltip: 'Open PMID 31234567 in PubMed' },
    ]);
    const edited = await client.edit(uri, text, 0, 0, 'arXiv:2101.01234 first.\r\n\r\n');
    assert.deepEqual((await links()).map((l) => [l.target, l.range.start.line]), [['https://arxiv.org/abs/2101.01234', 0], ['https://doi.org/10.1000/xyz', 4], ['https://pubmed.ncbi.nlm.nih.gov/31234567/', 4]]);
    assert.ok(edited.startsWith('arXiv'));
    assert.equal(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri: 'file:///notes/not-open.md' } }), null);
  });

  it("links an identifier beside a citation's keys, and none in a link destination or an address, which the editor links itself", async () => {
    const text = 'HGF acts [@lee2019; PMID: 31234567] (see [the paper](10.1000/dest) and https://example.org/?doi=10.1000/url).\n';
    await client.open(uri, text);
    assert.deepEqual(await client.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } }), [
      { range: { start: positionOf(text, offsetOf(text, 'PMID')), end: positionOf(text, offsetOf(text, '] (see')) }, target: 'https://pubmed.ncbi.nlm.nih.gov/31234567/', tooltip: 'Open PMID 31234567 in PubMed' },
    ]);
  });

  it('completes the preferred term from a multi-word prefix and from an abbreviation', async () => {
    await client.open(uri, note);
    const list = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(note, note.length) })) as CompletionList;
    const item = list.items.find((i) => i.label === 'hepatic stellate cell');
    assert.ok(item, JSON.stringify(list.items.map((i) => i.label)));
    assert.ok(item.textEdit && 'range' in item.textEdit);
    assert.deepEqual(item.textEdit.range.start, positionOf(note, offsetOf(note, 'hepatic st')));
    assert.equal(item.textEdit.newText, 'hepatic stellate cell');

    const text2 = note + '\nHG';
    await client.edit(uri, note, note.length, note.length, '\nHG');
    const abbreviations = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: positionOf(text2, text2.length) })) as CompletionList;
    assert.ok(abbreviations.items.some((i) => i.label === 'hepatocyte growth factor'));
    assert.ok(abbreviations.items.some((i) => i.label === 'HGF'));
  });

  it('completes inside a word with an insert and a replace range, for a client that takes both', async () => {
    // Replacing only up to the cursor left 'hepatic stellate cellellate'.
    const text = 'The hepatic stellate were seen.\n';
    const cursor = positionOf(text, offsetOf(text, 'ellate'));
    const replacing = new TestClient({ insertReplace: true });
    await replacing.initialize();
    try {
      await replacing.open(uri, text);
      const list = (await replacing.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor })) as CompletionList;
      const item = list.items.find((i) => i.label === 'hepatic stellate cell');
      assert.ok(item?.textEdit && 'replace' in item.textEdit, JSON.stringify(item));
      assert.deepEqual([item.textEdit.insert.end, item.textEdit.replace.end], [cursor, positionOf(text, offsetOf(text, ' were'))]);
    } finally {
      await replacing.dispose();
    }
    await client.open(uri, text);
    const plain = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position: cursor })) as CompletionList;
    const item = plain.items.find((i) => i.label === 'hepatic stellate cell');
    assert.ok(item?.textEdit && 'range' in item.textEdit);
    assert.deepEqual(item.textEdit.range.end, cursor, 'without the capability, the typed prefix');
  });

  it('offers "Replace all" once for a selection of many non-preferred terms, beside the fix of each', async () => {
    const text = 'Ito cells and lipocytes.\n\nMore Ito cells, and fat-storing cells.\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, (d) => d.filter((x) => x.code === 'term.non-preferred').length === 4);
    const range = { start: positionOf(text, 0), end: positionOf(text, text.length) };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
    const titles = actions.map((a) => a.title);
    assert.deepEqual(titles.filter((t) => t.startsWith('Replace all')), ['Replace all 4 non-preferred terms in this file'], JSON.stringify(titles));
    assert.equal(titles.filter((t) => t.startsWith('Replace with')).length, 4);
  });

  it('offers the fixes of the first 100 findings in a selection, and "Replace all" of every one', async () => {
    const text = Array.from({ length: 150 }, (_, i) => `Ito cells ${i}.`).join('\n\n') + '\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, (d) => d.filter((x) => x.code === 'term.non-preferred').length === 150);
    const range = { start: positionOf(text, 0), end: positionOf(text, text.length) };
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics } })) as CodeAction[];
    const replacements = actions.filter((a) => a.title.startsWith('Replace with'));
    assert.equal(replacements.length, 100);
    assert.deepEqual(replacements.at(-1)?.diagnostics?.[0].range.start, positionOf(text, offsetOf(text, 'Ito cells 99.')));
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Replace all')).map((a) => a.title), ['Replace all 150 non-preferred terms in this file']);
  });

  it('makes the edits of "Replace all" when it is chosen, for a client that resolves actions', async () => {
    // Made at every cursor move, they were 42 MB for a note of 300,000 non-preferred terms.
    const resolving = new TestClient({ resolveCodeActions: true });
    await resolving.initialize();
    try {
      const text = Array.from({ length: 150 }, (_, i) => `Ito cells ${i}.`).join('\n\n') + '\n';
      await resolving.open(uri, text);
      const diagnostics = await resolving.diagnostics(uri, (d) => d.length === 150);
      const at = positionOf(text, 2);
      const actions = (await resolving.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: { start: at, end: at }, context: { diagnostics } })) as CodeAction[];
      const offered = actions.find((a) => a.title === 'Replace all 150 non-preferred terms in this file')!;
      assert.equal(offered.edit, undefined);
      const resolved = await resolving.connection.sendRequest(CodeActionResolveRequest.type, offered);
      const edits = (resolved.edit!.documentChanges![0] as TextDocumentEdit).edits;
      assert.equal(edits.length, 150);
      assert.ok(edits.every((e) => (e as TextEdit).newText === 'Hepatic stellate cells', 'each starts its sentence'));
    } finally {
      await resolving.dispose();
    }
  });

  describe('code actions of the kinds asked for (context.only)', () => {
    const text = 'Ito cells and lipocytes.\n';
    const fixAllTitle = 'Replace every non-preferred term with its preferred label';
    const kindsFor = async (only: string[] | undefined) => {
      const range = { start: positionOf(text, 0), end: positionOf(text, text.length) };
      const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], ...(only ? { only } : {}) } })) as CodeAction[];
      return [...new Set(actions.map((a) => (a.title === fixAllTitle ? `${a.kind} (fix all)` : a.kind)))];
    };

    it('returns an action when a kind asked for is its kind or a dotted prefix of it', async () => {
      await client.open(uri, text);
      const fixAll = ['source.fixAll.regenNotes (fix all)'];
      const cases: [string[] | undefined, string[]][] = [
        [undefined, ['quickfix']],
        [['quickfix'], ['quickfix']],
        [['source'], fixAll],
        [['source.fixAll'], fixAll],
        [['source.fixAll.regenNotes'], fixAll],
        [['quickfix', 'source.fixAll'], ['quickfix', ...fixAll]],
        [[''], ['quickfix', ...fixAll]],
        // Another tool's kinds, or kinds under ours, are not ours: they got every quick fix, or the fix-all action.
        [['refactor'], []],
        [['refactor.extract'], []],
        [['source.organizeImports'], []],
        [['source.fixAll.eslint'], []],
        [['source.fixAll.regen'], []],
        [['quickfix.regenNotes'], []],
        [[], []],
      ];
      for (const [only, expected] of cases) assert.deepEqual(await kindsFor(only), expected, `only ${JSON.stringify(only)}`);
    });

    it('does no work for a request of kinds it has none of: a long note is not analysed', async () => {
      const pulling = new TestClient({ pullDiagnostics: true });
      try {
        await pulling.initialize();
        const long = 'Ito cells store vitamin A. STAT3 rises (Smith 2020).\n\n'.repeat(6000);
        await pulling.open(uri, long);
        const range = { start: positionOf(long, 0), end: positionOf(long, 10) };
        const ask = (only: string[]) => pulling.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context: { diagnostics: [], only } }) as Promise<CodeAction[]>;
        const analysed = () => pulling.messages.filter((m) => m.startsWith(`Analysed ${uri} in full`)).length;
        assert.deepEqual(await ask(['refactor', 'source.organizeImports']), []);
        assert.equal(analysed(), 0);
        assert.ok((await ask(['quickfix'])).length > 0);
        assert.equal(analysed(), 1);
      } finally {
        await pulling.dispose();
      }
    });
  });

  it('shows the first 10,000 findings of a note, and one more diagnostic that counts the rest', async () => {
    // 2.8 million diagnostics of a 20 MB note were past the longest string V8 makes: none arrived.
    const text = Array.from({ length: 10_050 }, (_, i) => `Ito cells ${i}.`).join('\n\n') + '\n';
    await client.open(uri, text);
    const diagnostics = await client.diagnostics(uri, (d) => d.length > 0, 20_000);
    assert.equal(diagnostics.length, 10_001);
    assert.ok(diagnostics.slice(0, 10_000).every((d) => d.code === 'term.non-preferred'));
    const last = diagnostics[10_000];
    assert.equal(last.message, '50 more findings in this note are not shown: Regen Notes shows the first 10000 of a note.');
    assert.deepEqual(last.range.start, positionOf(text, offsetOf(text, 'Ito cells 10000.')));
  });

  it('publishes diagnostics to a client without pull support, and follows incremental edits', async () => {
    await client.open(uri, note);
    const first = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
    const finding = first.find((d) => d.code === 'term.non-preferred')!;
    assert.deepEqual(finding.range.start, positionOf(note, offsetOf(note, 'Ito cells')));
    const edited = await client.edit(uri, note, offsetOf(note, 'Ito cells'), offsetOf(note, 'Ito cells') + 'Ito cells'.length, 'Stellate cells');
    await client.diagnostics(uri, (d) => !d.some((x) => x.code === 'term.non-preferred'));
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(edited, offsetOf(edited, 'Stellate')) });
    assert.match((hover!.contents as MarkupContent).value, /hepatic stellate cell/);
  });
});

describe('language server with pull diagnostics', () => {
  it('answers textDocument/diagnostic when the client pulls', async () => {
    const client = new TestClient({ pullDiagnostics: true });
    try {
      await client.initialize();
      await client.open(uri, note);
      const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.equal(report.kind, 'full');
      assert.ok('items' in report && report.items.some((d) => d.code === 'term.non-preferred'));
      // A settings change makes the client pull again.
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      for (let waited = 0; client.refreshes === 0 && waited < 5000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      assert.ok(client.refreshes > 0, 'the server asks the client to pull again');
      // A burst of changes asks again a few times, not once for each (200 made 200 refreshes).
      const before = client.refreshes;
      client.settings = () => ({ claims: { level: { 'term.non-preferred': 'off' } } });
      await Promise.all(Array.from({ length: 200 }, () => client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} })));
      const after = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.ok('items' in after && !after.items.some((d) => d.code === 'term.non-preferred'), 'the last settings are in force');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(client.refreshes - before >= 1 && client.refreshes - before <= 20, `${client.refreshes - before} refreshes`);
    } finally {
      await client.dispose();
    }
  });

  it('reads the settings of the open notes a few times for a burst of changes, not once per change', async () => {
    // Each change read the settings of every open note: 200 folder changes with 100 notes open made 20,000 requests.
    const client = new TestClient({ pullDiagnostics: true });
    let asked = 0;
    client.settings = () => {
      asked++;
      return {};
    };
    try {
      await client.initialize();
      const uris = Array.from({ length: 50 }, (_, i) => `file:///notes/burst-${i}.md`);
      for (const u of uris) await client.open(u, 'Ito cells here.\n');
      await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uris[0] } });
      asked = 0;
      await Promise.all(Array.from({ length: 100 }, () => client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} })));
      const after = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: uris[49] } });
      assert.ok('items' in after && after.items.length === 1);
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.ok(asked >= 50 && asked <= 500, `${asked} settings read for 100 changes of 50 notes`);
    } finally {
      await client.dispose();
    }
  });

  it('answers "unchanged" to a pull after an edit that leaves every diagnostic as it was', async () => {
    const client = new TestClient({ pullDiagnostics: true });
    try {
      await client.initialize();
      let text = note;
      await client.open(uri, text);
      const pull = (previousResultId?: string) => client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri }, previousResultId });
      const first = await pull();
      assert.ok(first.kind === 'full' && first.resultId !== undefined && first.items.some((d) => d.code === 'term.non-preferred'));

      // Typing in the heading moves no diagnostic: their ranges are lines and columns.
      text = await client.edit(uri, text, offsetOf(text, 'Notes', 5), offsetOf(text, 'Notes', 5), ' and more');
      assert.deepEqual(await pull(first.resultId), { kind: 'unchanged', resultId: first.resultId });

      // Typing before "Ito cells" moves its diagnostic: a new result, with the new range.
      text = await client.edit(uri, text, offsetOf(text, 'Ito cells'), offsetOf(text, 'Ito cells'), 'Then ');
      const moved = await pull(first.resultId);
      assert.ok(moved.kind === 'full' && moved.resultId !== first.resultId);
      const ito = moved.items.find((d) => d.code === 'term.non-preferred');
      assert.deepEqual(ito?.range.start, positionOf(text, offsetOf(text, 'Ito cells')));

      // A client that asks with another result id, or none, gets the diagnostics in full.
      assert.equal((await pull('stale')).kind, 'full');
      assert.equal((await pull()).kind, 'full');
    } finally {
      await client.dispose();
    }
  });

  it('pushes diagnostics to a client that pulls but cannot be asked to pull again', async () => {
    const client = new TestClient({ pullDiagnostics: true, refreshDiagnostics: false });
    try {
      await client.initialize();
      await client.open(uri, note);
      await client.diagnostics(uri, (d) => d.some((x) => x.code === 'term.non-preferred'));
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: {} });
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(client.refreshes, 0);
      assert.deepEqual(client.messages.filter((m) => /Unhandled|refresh/i.test(m)), []);
    } finally {
      await client.dispose();
    }
  });
});
