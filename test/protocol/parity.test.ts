import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import { TestClient } from './client';

const cli = path.resolve(__dirname, '../../../dist/cli.js');

/** A finding as both sides can write it: one-based line and column, as the CLI prints them. */
interface Row {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  code: string;
  level: string;
  message: string;
}

const levels: Record<DiagnosticSeverity, string> = {
  [DiagnosticSeverity.Error]: 'error',
  [DiagnosticSeverity.Warning]: 'warning',
  [DiagnosticSeverity.Information]: 'information',
  [DiagnosticSeverity.Hint]: 'hint',
};

function rowOf(d: Diagnostic): Row {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    code: String(d.code),
    level: levels[d.severity ?? DiagnosticSeverity.Error],
    message: typeof d.message === 'string' ? d.message : d.message.value,
  };
}

/** The rows in one order, each with its fields in one order. */
const sorted = (rows: Row[]) => rows.map(({ line, column, endLine, endColumn, code, level, message }) => JSON.stringify({ line, column, endLine, endColumn, code, level, message })).sort();

describe('the CLI and the editor', () => {
  let root: string;

  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'regen-parity-'));
  });

  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('report the same findings for the same folder, settings, vocabulary files, sources and bibliographies', async () => {
    // The folder's settings, once as the editor hands them to the server and once as the file the CLI reads.
    const settings = {
      vocabulary: { files: ['vocab/team.yaml'], terms: [{ id: 'zeb-x', label: 'zebra factor', kind: 'molecule', deprecated: ['ZF-1'] }] },
      sources: ['refs/*.md'],
      bibliography: ['refs/*.bib'],
      claims: { citationScope: 'sentence', level: { 'claim.unsupported': 'error', 'term.ambiguous': 'warning' }, cues: ['outcompete', 'the clear winner'] },
      exclude: ['drafts/**'],
    };
    mkdirSync(path.join(root, '.vscode'));
    writeFileSync(
      path.join(root, '.vscode', 'settings.json'),
      `{
  // as a team writes it: flat keys, comments, a trailing comma
  "regenNotes.vocabulary.files": ${JSON.stringify(settings.vocabulary.files)},
  "regenNotes.vocabulary.terms": ${JSON.stringify(settings.vocabulary.terms)},
  "regenNotes.sources": ${JSON.stringify(settings.sources)},
  "regenNotes.bibliography": ${JSON.stringify(settings.bibliography)},
  "regenNotes.claims.citationScope": "sentence",
  "regenNotes.claims.level": ${JSON.stringify(settings.claims.level)},
  "regenNotes.claims.cues": ${JSON.stringify(settings.claims.cues)},
  "regenNotes.exclude": ${JSON.stringify(settings.exclude)},
}`,
    );
    mkdirSync(path.join(root, 'vocab'));
    // c-Met is new; "Kupffer cells" already names a built-in term, so the file may not have it.
    writeFileSync(path.join(root, 'vocab', 'team.yaml'), 'terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [MET receptor, Kupffer cells]\n    deprecated: [HGFR]\n');
    mkdirSync(path.join(root, 'refs'));
    // A team bibliography with an entry that cannot be read, and a note's own one named in its front matter.
    writeFileSync(path.join(root, 'refs', 'lab.bib'), '@article{lee2019, author = {Lee, Ann}, title = {Stellate cells}, year = 2019}\n@article{broken, title = {not closed\n\n@book{smith2015, title = {Kupffer cells}}\n');
    writeFileSync(path.join(root, 'refs', 'own.json'), '[{"id": "wang2020", "title": "Exosomes"}]');
    writeFileSync(path.join(root, 'refs', 'paper.md'), 'The zebra factor promotes hepatocyte proliferation after partial hepatectomy.\n');
    const notes: Record<string, string> = {
      'notes/a.md': [
        '# Growth factors',
        '',
        'The zebra factor promotes hepatocyte proliferation. HGFR signalling rises and ZF-1 falls.',
        'Exosomal VEGF silences apoptosis in Kupffer cells (Smith et al., 2020). MSCs secrete IL-6.',
        '',
        '- HSCs activate after injury.',
        '- Ito cells store vitamin A [@lee2019].',
        '- Cord MSCs outcompete marrow ones. Repeated exosome dosing was the clear  winner.',
        '- Kupffer cells clear endotoxin [see @smith2051, p. 3; @lee2019] and `@code`, x@lab.org.',
        '',
        '<!-- regen-notes-disable-next-line claim.unsupported -->',
        'Exosomes reverse cirrhosis in every patient.',
        '',
      ].join('\n'),
      // Columns count UTF-16 code units after an astral character, and lines end in CRLF.
      'notes/deep/b.md': '🧬 Kupffer cells secrete TNF-α, which drives hepatocyte apoptosis.\r\nMET receptor levels fall. 🧬 Ito cells store vitamin A.\r\n',
      'notes/own.md': '---\nbibliography: ../refs/own.json\n---\nExosomes carry miR-21 [@wang2020; @lee2019]; @Wang2020 agrees.\n',
      'drafts/c.md': 'Exosomes reverse cirrhosis in every patient.\n',
    };
    for (const [name, text] of Object.entries(notes)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }

    const run = spawnSync(process.execPath, [cli, 'check', '--format', 'json', '.'], { cwd: root, encoding: 'utf8' });
    assert.equal(run.status, 1, run.stderr);
    const reported = JSON.parse(run.stdout) as { file: string; findings: Row[] }[];
    const byFile = new Map(reported.map((r) => [r.file, r.findings]));
    assert.ok(!byFile.has('drafts/c.md'), 'an excluded note is not checked');
    // The team's own cues make claims of sentences that no built-in cue or relation does.
    assert.deepEqual(
      (byFile.get('notes/a.md') ?? []).filter((f) => /'(?:outcompete|the clear winner)'/.test(f.message)).map((f) => f.line),
      [8, 8],
    );
    assert.ok([...byFile.values()].flat().some((f) => f.code === 'vocabulary.invalid'), 'the form the file may not have is reported');
    // Each note is checked against its own bibliography: the front matter's adds to the settings'.
    const unknown = (file: string) => (byFile.get(file) ?? []).filter((f) => f.code === 'citation.unknown-key').map((f) => f.message.split(':')[0]);
    assert.deepEqual(unknown('notes/a.md'), ["Unknown citation key '@smith2051'"]);
    assert.deepEqual(unknown('notes/own.md'), ["Unknown citation key '@Wang2020'"]);
    // The entry that cannot be read is a finding of the bibliography file, as the editor shows it there.
    assert.deepEqual((byFile.get('refs/lab.bib') ?? []).map((f) => [f.code, f.line]), [['bibliography.invalid', 2]]);
    assert.doesNotMatch(run.stderr, /lab\.bib/);

    const client = new TestClient({ pullDiagnostics: true, settings: () => settings, workspaceFolders: [{ uri: pathToFileURL(root).toString(), name: 'lab' }] });
    try {
      await client.initialize();
      const editor = new Map<string, Row[]>();
      for (const name of [...Object.keys(notes), 'refs/paper.md', 'vocab/team.yaml']) {
        const uri = pathToFileURL(path.join(root, name)).toString();
        await client.open(uri, readFileSync(path.join(root, name), 'utf8'), name.endsWith('.md') ? 'markdown' : 'yaml');
        const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
        editor.set(name, 'items' in report ? report.items.map(rowOf) : []);
      }
      // The vocabulary file's problems are pushed, not pulled: wait for them.
      const vocabulary = await client.diagnostics(pathToFileURL(path.join(root, 'vocab', 'team.yaml')).toString(), (d) => d.length > 0);
      editor.set('vocab/team.yaml', vocabulary.map(rowOf));
      const bibliography = await client.diagnostics(pathToFileURL(path.join(root, 'refs', 'lab.bib')).toString(), (d) => d.length > 0);
      editor.set('refs/lab.bib', bibliography.map(rowOf));

      assert.deepEqual(editor.get('drafts/c.md'), [], 'nor shown in the editor');
      // The CLI lists every note it checked; a source under `include` is a note too, on both sides.
      const checked = ['notes/a.md', 'notes/deep/b.md', 'notes/own.md', 'refs/lab.bib', 'refs/paper.md', 'vocab/team.yaml'];
      assert.deepEqual([...byFile.keys()].sort(), checked);
      for (const name of checked) {
        if (name !== 'refs/paper.md') assert.ok((byFile.get(name) ?? []).length > 0, `the CLI reports findings in ${name}`);
        assert.deepEqual(sorted(editor.get(name) ?? []), sorted(byFile.get(name) ?? []), name);
      }
    } finally {
      await client.dispose();
    }
  });
});
