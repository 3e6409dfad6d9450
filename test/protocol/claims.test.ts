import assert from 'node:assert/strict';
import { CodeActionRequest, DocumentDiagnosticRequest, ExecuteCommandRequest, HoverRequest, type CodeAction, type Diagnostic, type MarkupContent, type TextDocumentEdit, type TextEdit } from 'vscode-languageserver-protocol/node';
import { offsetOf, positionOf, TestClient } from './client';

const uri = 'file:///notes/claims.md';
const note = [
  '# Claims',
  '',
  'Exosomal VEGF silences apoptosis in Kupffer cells.',
  '',
  'MSC-derived VEGF promotes angiogenesis.',
  '',
  'VEGF inhibits angiogenesis in the regenerating lobe.',
  '',
  'Kupffer cells clear gut-derived endotoxin [@smith2015].',
].join('\n');

const byCode = (diagnostics: Diagnostic[], code: string) => diagnostics.filter((d) => d.code === code);

function applyEdits(text: string, edits: TextEdit[]): string {
  const offset = (p: { line: number; character: number }) => {
    const lines = text.split('\n');
    return lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  };
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start)).reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('claims through the protocol', () => {
  let client: TestClient;

  beforeEach(async () => {
    client = new TestClient();
    await client.initialize();
  });

  afterEach(() => client.dispose());

  it('flags the unsupported claim and the contradiction, not the supported or cited ones', async () => {
    await client.open(uri, note);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'claim.contradicts-review'));
    const unsupported = byCode(diagnostics, 'claim.unsupported');
    assert.deepEqual(unsupported.map((d) => d.range.start.line), [2]);
    const contradiction = byCode(diagnostics, 'claim.contradicts-review');
    assert.deepEqual(contradiction.map((d) => d.range.start.line), [6]);
    assert.ok(contradiction[0].relatedInformation?.length, 'the review statement is related information');
  });

  it('offers quick fixes whose edits insert a citation, mark a hypothesis or silence the claim', async () => {
    await client.open(uri, note);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'claim.unsupported'));
    const finding = byCode(diagnostics, 'claim.unsupported')[0];
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: finding.range, context: { diagnostics: [finding] } })) as CodeAction[];
    const edited = (title: string) => {
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `${title} in ${actions.map((a) => a.title).join(', ')}`);
      const change = action.edit!.documentChanges![0] as TextDocumentEdit;
      return applyEdits(note, change.edits as TextEdit[]).split('\n');
    };
    assert.equal(edited('Insert citation placeholder')[2], 'Exosomal VEGF silences apoptosis in Kupffer cells [@].');
    assert.equal(edited('Mark as hypothesis')[2], '*Hypothesis:* Exosomal VEGF silences apoptosis in Kupffer cells.');
    const ignored = edited('Ignore this claim');
    assert.equal(ignored[2], 'Exosomal VEGF silences apoptosis in Kupffer cells. <!-- regen-notes-disable-claim claim.unsupported -->');
    assert.equal(ignored[3], '');
  });

  it('drops the finding once a citation is typed, and after the directive is added', async () => {
    await client.open(uri, note);
    await client.diagnostics(uri, (d) => byCode(d, 'claim.unsupported').length === 1);
    const at = offsetOf(note, 'Kupffer cells.') + 'Kupffer cells'.length;
    const cited = await client.edit(uri, note, at, at, ' [@lee2021]');
    await client.diagnostics(uri, (d) => byCode(d, 'claim.unsupported').length === 0 && byCode(d, 'claim.contradicts-review').length === 1);
    const uncited = await client.edit(uri, cited, at, at + ' [@lee2021]'.length, '');
    await client.diagnostics(uri, (d) => byCode(d, 'claim.unsupported').length === 1);
    const line = offsetOf(uncited, 'Exosomal');
    await client.edit(uri, uncited, line, line, '<!-- regen-notes-disable-next-line claim.unsupported -->\n');
    await client.diagnostics(uri, (d) => byCode(d, 'claim.unsupported').length === 0);
  });

  it('shows which relation backs a supported claim when hovering its verb, and runs the show-passage command', async () => {
    await client.open(uri, note);
    const hover = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: positionOf(note, offsetOf(note, 'promotes', 2)) });
    assert.match((hover!.contents as MarkupContent).value, /Supported/);
    const diagnostics = await client.diagnostics(uri, (d) => d.some((x) => x.code === 'claim.contradicts-review'));
    const contradiction = byCode(diagnostics, 'claim.contradicts-review')[0];
    const actions = (await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: contradiction.range, context: { diagnostics: [contradiction] } })) as CodeAction[];
    const show = actions.find((a) => a.command?.command === 'regenNotes.showReviewPassage');
    assert.ok(show);
    await client.connection.sendRequest(ExecuteCommandRequest.type, { command: show.command!.command, arguments: show.command!.arguments });
    const deadline = Date.now() + 3000;
    while (!client.messages.some((m) => /promotes angiogenesis|angiogenesis/i.test(m)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.ok(client.messages.some((m) => /angiogenesis/i.test(m)), client.messages.join('\n'));
  });

  it('opens a source at the line the show-passage command names, and at the top for a line that is no line number', async () => {
    const showing = new TestClient({ showDocument: true });
    try {
      await showing.initialize();
      const run = (line: unknown) => showing.connection.sendRequest(ExecuteCommandRequest.type, { command: 'regenNotes.showReviewPassage', arguments: [{ source: 'paper.md:8', statement: 'HGF promotes it.', uri: 'file:///refs/paper.md', line }] });
      for (const line of [7, -3, 2.5, '7', null, 1e300]) await run(line);
      assert.deepEqual(
        showing.shown.map((s) => s.selection?.start.line),
        [7, 0, 0, 0, 0, 0],
      );
    } finally {
      await showing.dispose();
    }
  });

  it('follows claims.level, citationScope and cues from settings', async () => {
    const pulled = new TestClient({ pullDiagnostics: true, settings: () => ({ claims: { level: 'off' } }) });
    try {
      await pulled.initialize();
      await pulled.open(uri, note);
      const report = await pulled.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
      assert.ok('items' in report && !report.items.some((d) => String(d.code).startsWith('claim.')));
      pulled.settings = () => ({ claims: { citationScope: 'sentence' } });
      await pulled.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const paragraph = 'Kupffer cells clear endotoxin [@smith2015]. Exosomal VEGF silences apoptosis in Kupffer cells.';
      const other = 'file:///notes/scope.md';
      await pulled.open(other, paragraph);
      const scoped = await pulled.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: other } });
      assert.ok('items' in scoped && scoped.items.some((d) => d.code === 'claim.unsupported'));
      // The team's own cues apply to an open note once the settings name them.
      const cued = 'file:///notes/cued.md';
      await pulled.open(cued, 'Cord MSCs outcompete marrow MSCs.');
      const before = await pulled.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: cued } });
      assert.deepEqual('items' in before ? before.items : undefined, []);
      pulled.settings = () => ({ claims: { cues: ['outcompete'] } });
      await pulled.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
      const after = await pulled.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri: cued } });
      assert.deepEqual('items' in after ? after.items.map((d) => d.message) : undefined, ["Unsupported claim: no citation for 'outcompete'."]);
    } finally {
      await pulled.dispose();
    }
  });
});
