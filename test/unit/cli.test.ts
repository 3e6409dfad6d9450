import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, closeSync, copyFileSync, ftruncateSync, lstatSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv';
import { toolVersion } from '../../server/src/sarif';

const cli = path.resolve(__dirname, '../../../dist/cli.js');
const toSlashes = (p: string) => p.split(path.sep).join('/');
const root = path.resolve(__dirname, '../../..');

/** The essentials of SARIF 2.1.0 that GitHub code scanning checks, written out by hand. */
const sarifSubset = {
  type: 'object',
  required: ['version', 'runs', '$schema'],
  properties: {
    version: { const: '2.1.0' },
    runs: {
      type: 'array',
      minItems: 1,
      maxItems: 1,
      items: {
        type: 'object',
        required: ['tool', 'results'],
        properties: {
          columnKind: { const: 'utf16CodeUnits' },
          tool: {
            type: 'object',
            required: ['driver'],
            properties: {
              driver: {
                type: 'object',
                required: ['name', 'version', 'informationUri', 'rules'],
                properties: {
                  rules: {
                    type: 'array',
                    items: {
                      type: 'object',
                      required: ['id', 'shortDescription', 'fullDescription', 'help', 'defaultConfiguration'],
                      properties: {
                        help: { type: 'object', required: ['text', 'markdown'] },
                        defaultConfiguration: { type: 'object', properties: { level: { enum: ['none', 'note', 'warning', 'error'] } } },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: 'array',
            items: {
              type: 'object',
              required: ['ruleId', 'ruleIndex', 'level', 'message', 'locations'],
              properties: {
                level: { enum: ['none', 'note', 'warning', 'error'] },
                message: { type: 'object', required: ['text'] },
                locations: {
                  type: 'array',
                  minItems: 1,
                  items: {
                    type: 'object',
                    required: ['physicalLocation'],
                    properties: {
                      physicalLocation: {
                        type: 'object',
                        required: ['artifactLocation', 'region'],
                        properties: {
                          artifactLocation: { type: 'object', required: ['uri', 'uriBaseId'], properties: { uri: { type: 'string', not: { pattern: '^(/|[A-Za-z]:)' } }, uriBaseId: { const: '%SRCROOT%' } } },
                          region: {
                            type: 'object',
                            required: ['startLine', 'startColumn', 'endLine', 'endColumn'],
                            properties: { startLine: { minimum: 1 }, startColumn: { minimum: 1 }, endLine: { minimum: 1 }, endColumn: { minimum: 1 } },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  locations: { physicalLocation: { artifactLocation: { uri: string }; region: object } }[];
}

interface SarifLog {
  runs: [{ tool: { driver: { rules: { id: string }[] } }; results: SarifResult[] }];
}

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

function check(cwd: string, args: string[], input?: string, env: NodeJS.ProcessEnv = {}): Run {
  // A check that waits for ever must fail the test, not stop the whole run: mocha cannot time out a synchronous spawn.
  const result = spawnSync(process.execPath, [cli, 'check', ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, GITHUB_WORKSPACE: '', CI_PROJECT_DIR: '', NO_COLOR: '1', ...env }, timeout: 15_000, maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('regen-notes check', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'regen-cli-'));
    mkdirSync(path.join(folder, '.vscode'));
    mkdirSync(path.join(folder, 'notes', 'deep'), { recursive: true });
    writeFileSync(
      path.join(folder, '.vscode', 'settings.json'),
      `{
  // the team's vocabulary
  "regenNotes.vocabulary.files": ["vocab/team.yaml"],
  /* deprecated forms are errors in CI */
  "regenNotes.claims.level": { "term.non-preferred": "warning" },
}`,
    );
    mkdirSync(path.join(folder, 'vocab'));
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), 'terms:\n  - id: zonula\n    label: zonula occludens\n    kind: molecule\n    deprecated: [tight junction protein]\n');
    writeFileSync(path.join(folder, 'notes', 'a.md'), '# A\n\nHSC activation matters.\n\nThe 🧬 tight junction protein is here.\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'b.md'), 'Kupffer cells are here.\n');
    writeFileSync(path.join(folder, 'notes', 'skip.txt'), 'Ito cells\n');
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('prints file:line:col level code message in text format, with settings and vocabulary files from .vscode/settings.json', () => {
    const run = check(folder, ['notes']);
    const lines = run.stdout.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      "notes/a.md:3:1  information  term.ambiguous  'HSC' is ambiguous: here it is read as 'hepatic stellate cell', elsewhere it also means 'haematopoietic stem cell'.",
      "notes/a.md:5:8  warning  term.non-preferred  'tight junction protein' is not the preferred name: use 'zonula occludens'.",
    ]);
    assert.match(lines[lines.length - 1], /^2 notes checked: 0 errors, 1 warning, 1 other finding\.$/);
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /\u001b\[/);
  });

  it('exits 0 when only information and hints remain, and honours --max-warnings', () => {
    assert.equal(check(folder, ['notes/deep/b.md']).status, 0);
    assert.equal(check(folder, ['notes/a.md', '--max-warnings', '1']).status, 0);
    assert.equal(check(folder, ['notes/a.md', '--max-warnings', '0']).status, 1);
    writeFileSync(path.join(folder, 'errors.json'), '{ "regenNotes.claims.level": { "term.ambiguous": "error" } }');
    assert.equal(check(folder, ['notes/a.md', '--config', 'errors.json', '--max-warnings', '100']).status, 1);
  });

  it('reads regenNotes.claims.resultCues from the settings: with withTerm, a result cue makes no claim of a sentence that names no term', () => {
    const note = 'The new tips cost half as much as the old ones.\n';
    const codes = (args: string[]) => JSON.parse(check(folder, ['-', '--format', 'json', ...args], note).stdout)[0].findings.map((f: { code: string }) => f.code);
    assert.deepEqual(codes([]), ['claim.unsupported']);
    writeFileSync(path.join(folder, 'withterm.json'), '{ "regenNotes.claims.resultCues": "withTerm" }');
    assert.deepEqual(codes(['--config', 'withterm.json']), []);
  });

  it('expands a glob that is absolute or starts above the folder, from the folder it names', () => {
    // Matched against paths from the current folder, neither ever matched: 'no file matches'.
    const absolute = check(folder, [`${toSlashes(folder)}/notes/**/b.md`, '--format', 'json']);
    assert.deepEqual(JSON.parse(absolute.stdout).map((r: { file: string }) => r.file), ['notes/deep/b.md']);
    const above = check(path.join(folder, 'notes', 'deep'), ['../../notes/*.md', '--format', 'json']);
    assert.equal(above.status, 0, above.stderr);
    assert.deepEqual(JSON.parse(above.stdout).map((r: { file: string }) => r.file), ['../a.md']);
  });

  it('expands globs below the folder and reads a note from stdin', () => {
    const globbed = check(folder, ['notes/**/b.md', '--format', 'json']);
    assert.deepEqual(JSON.parse(globbed.stdout).map((r: { file: string }) => r.file), ['notes/deep/b.md']);
    const piped = check(folder, ['-', '--format', 'json'], 'Ito cells and HSC.\n');
    const [report] = JSON.parse(piped.stdout);
    assert.equal(report.file, '<stdin>');
    assert.deepEqual(
      report.findings.map((f: { code: string; line: number; column: number }) => [f.code, f.line, f.column]),
      [['term.non-preferred', 1, 1], ['term.ambiguous', 1, 15]],
    );
  });

  it('checks citation keys against the bibliography of the settings and of the front matter, and stops on one it cannot read', () => {
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "regenNotes.bibliography": ["refs.bib"], "regenNotes.claims.level": { "citation.unknown-key": "error" } }');
    writeFileSync(path.join(folder, 'refs.bib'), '@article{lee2019, title = {Stellate cells}}\n@article{broken, title = {not closed\n\n@book{smith2015, title = {Kupffer cells}}\n');
    writeFileSync(path.join(folder, 'notes', 'a.md'), 'Kupffer cells clear endotoxin [@smith2051; @lee2019], and `@code` and x@lab.org are no keys.\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'b.md'), '---\nbibliography: own.yaml\n---\nAs @wang2020 and @lee2019 show.\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'own.yaml'), 'references:\n- id: wang2020\n  title: Exosomes\n');
    const run = check(folder, ['notes', '--format', 'sarif']);
    assert.equal(run.status, 1, run.stderr);
    // The entry that cannot be read is a finding of refs.bib, at its line, not a message.
    assert.doesNotMatch(run.stderr, /refs\.bib/);
    const [{ tool, results }] = (JSON.parse(run.stdout) as SarifLog).runs;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, (r.locations[0].physicalLocation.region as { startLine: number; startColumn: number }).startLine, (r.locations[0].physicalLocation.region as { startColumn: number }).startColumn]),
      [
        ['bibliography.invalid', 'warning', 'refs.bib', 2, 1],
        ['citation.unknown-key', 'error', 'notes/a.md', 1, 32],
      ],
    );
    assert.match((results[0] as unknown as { message: { text: string } }).message.text, /^The @article entry here cannot be read \(a value opened with '\{' is not closed\); it was skipped\.$/);
    const rule = tool.driver.rules.find((r) => r.id === 'citation.unknown-key') as unknown as { help: { text: string } };
    assert.match(rule.help.text, /Correct the key/);

    writeFileSync(path.join(folder, 'notes', 'deep', 'b.md'), '---\nbibliography: [gone.bib]\n---\nAs @wang2020 shows.\n');
    const missing = check(folder, ['notes']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /notes\/deep\/b\.md: Bibliography .*gone\.bib: cannot be read: it does not exist\./);
  });

  it("reports a bibliography file's unreadable entries once, however many notes read it, at the level of bibliography.invalid, in every format", () => {
    writeFileSync(path.join(folder, 'refs.bib'), '@article{lee2019, title = {x}}\n@article{lee2019, title = {again}}\n@book{open, title = {not closed\n');
    writeFileSync(path.join(folder, 'notes', 'a.md'), 'Cited [@lee2019].\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'b.md'), 'Cited [@lee2019].\n');
    const settingsWith = (level?: string) => writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'regenNotes.bibliography': ['refs.bib'], ...(level ? { 'regenNotes.claims.level': { 'bibliography.invalid': level } } : {}) }));
    settingsWith();
    const text = check(folder, ['notes']);
    assert.equal(text.status, 1, 'a warning fails the run');
    assert.deepEqual(text.stdout.trim().split('\n').filter((l) => l.includes('bibliography.invalid')).map((l) => l.replace(/ {2}.*?bibliography\.invalid {2}/, ' ').slice(0, 40)), ["refs.bib:2:1 The key 'lee2019' is used b", 'refs.bib:3:1 The @book entry here cannot']);
    assert.match(text.stdout, /refs\.bib:2:1 {2}warning {2}bibliography\.invalid {2}/);
    assert.match(text.stdout, /2 notes checked: 0 errors, 2 warnings, 0 other findings\./);
    assert.equal(text.stderr, '');
    assert.equal(check(folder, ['notes', '--max-warnings', '2']).status, 0);
    const json = JSON.parse(check(folder, ['notes', '--format', 'json']).stdout) as { file: string; findings: { code: string; level: string; line: number }[] }[];
    assert.deepEqual(json[0], { file: 'refs.bib', findings: json[0].findings });
    assert.deepEqual(json[0].findings.map((f) => [f.code, f.level, f.line]), [['bibliography.invalid', 'warning', 2], ['bibliography.invalid', 'warning', 3]]);
    settingsWith('error');
    const strict = check(folder, ['notes', '--max-warnings', '100']);
    assert.equal(strict.status, 1, 'an error fails the run whatever --max-warnings says');
    assert.match(strict.stdout, /refs\.bib:3:1 {2}error {2}bibliography\.invalid/);
    settingsWith('off');
    const off = check(folder, ['notes']);
    assert.equal(off.status, 0, off.stdout);
    assert.doesNotMatch(off.stdout + off.stderr, /bibliography\.invalid|refs\.bib/);
  });

  it('writes SARIF 2.1.0 with one rule per code, relative URIs and UTF-16 columns', () => {
    const run = check(folder, ['notes', '--format', 'sarif']);
    const sarif = JSON.parse(run.stdout) as SarifLog;
    const validate = new Ajv({ strict: false }).compile(sarifSubset);
    assert.ok(validate(sarif as object), JSON.stringify(validate.errors));
    const [{ tool, results }] = sarif.runs;
    assert.deepEqual(tool.driver.rules.map((r) => r.id), ['claim.unsupported', 'claim.contradicts-review', 'term.non-preferred', 'term.ambiguous', 'vocabulary.invalid', 'citation.unknown-key', 'bibliography.invalid']);
    const nonPreferred = results.find((r) => r.ruleId === 'term.non-preferred');
    assert.ok(nonPreferred);
    assert.equal(nonPreferred.level, 'warning');
    assert.equal(tool.driver.rules[nonPreferred.ruleIndex].id, 'term.non-preferred');
    assert.equal(nonPreferred.locations[0].physicalLocation.artifactLocation.uri, 'notes/a.md');
    // '🧬' is two UTF-16 code units: 'The 🧬 ' ends at column 8.
    assert.deepEqual(nonPreferred.locations[0].physicalLocation.region, { startLine: 5, startColumn: 8, endLine: 5, endColumn: 30 });
    assert.equal(results.find((r) => r.ruleId === 'term.ambiguous')?.level, 'note');
  });

  it('checks Quarto and R Markdown notes in a folder by default, a code cell as code and a cross-reference as no citation', () => {
    writeFileSync(path.join(folder, 'notes', 'q.qmd'), '```{r}\n#| label: fig-growth\nIto cells\n```\n\nAs @fig-growth shows, VEGF decreases apoptosis.\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'r.Rmd'), 'Ito cells.\n');
    const run = check(folder, ['notes', '--format', 'json']);
    const reports = JSON.parse(run.stdout) as { file: string; findings: { code: string; line: number }[] }[];
    assert.deepEqual(
      reports.filter((r) => !r.file.endsWith('.md')).map((r) => [r.file, r.findings.map((f) => `${f.code}@${f.line}`)]),
      [
        ['notes/deep/r.Rmd', ['term.non-preferred@1']],
        ['notes/q.qmd', ['claim.unsupported@6']],
      ],
    );
  });

  it("checks a note's keys against the bibliographies its Quarto project's _quarto.yml and its folders' _metadata.yml name", () => {
    writeFileSync(path.join(folder, '_quarto.yml'), 'project:\n  type: book\nbibliography: refs/project.bib\n');
    mkdirSync(path.join(folder, 'refs'));
    writeFileSync(path.join(folder, 'refs', 'project.bib'), '@article{lee2019, title = {Stellate cells}}\n');
    writeFileSync(path.join(folder, 'notes', 'deep', '_metadata.yml'), 'bibliography: [chapter.json]\n');
    writeFileSync(path.join(folder, 'notes', 'deep', 'chapter.json'), '[{ "id": "wang2020" }]');
    writeFileSync(path.join(folder, 'notes', 'deep', 'c.qmd'), 'Cited [@lee2019; @wang2020; @smtih2015].\n');
    writeFileSync(path.join(folder, 'notes', 'top.qmd'), 'Cited [@lee2019; @wang2020].\n');
    const run = check(folder, ['notes/deep/c.qmd', 'notes/top.qmd', '--format', 'json']);
    const reports = JSON.parse(run.stdout) as { file: string; findings: { code: string; message: string }[] }[];
    assert.deepEqual(
      reports.map((r) => [r.file, r.findings.filter((f) => f.code === 'citation.unknown-key').map((f) => /'@[^']+'/.exec(f.message)?.[0])]),
      [
        ['notes/deep/c.qmd', ["'@smtih2015'"]],
        ['notes/top.qmd', ["'@wang2020'"]],
      ],
      '_metadata.yml counts for the notes of its folder only',
    );
    writeFileSync(path.join(folder, '_quarto.yml'), 'bibliography: [unclosed\n');
    const broken = check(folder, ['notes/top.qmd']);
    assert.match(broken.stderr, /_quarto\.yml: not a YAML mapping; the bibliography it may name is not read\./);
    writeFileSync(path.join(folder, '_quarto.yml'), 'bibliography: ../outside.bib\n');
    assert.match(check(folder, ['notes/top.qmd']).stderr, /lies outside the workspace folder/);
  });

  it('writes GitHub Actions annotations, escaped, at paths from the repository root', () => {
    writeFileSync(path.join(folder, 'notes', '50%, a:b.md'), 'Ito cells.\n');
    const run = check(folder, ['notes', '--format', 'github']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(run.stdout.split('\n'), [
      '::warning file=notes/50%25%2C a%3Ab.md,line=1,col=1,endLine=1,endColumn=10,title=term.non-preferred::\'Ito cells\' is not the preferred name: use \'hepatic stellate cell\'.',
      '::notice file=notes/a.md,line=3,col=1,endLine=3,endColumn=4,title=term.ambiguous::\'HSC\' is ambiguous: here it is read as \'hepatic stellate cell\', elsewhere it also means \'haematopoietic stem cell\'.',
      '::warning file=notes/a.md,line=5,col=8,endLine=5,endColumn=30,title=term.non-preferred::\'tight junction protein\' is not the preferred name: use \'zonula occludens\'.',
      '3 notes checked: 0 errors, 2 warnings, 1 other finding.',
      '',
    ]);
    // Run in a folder below the checkout, a path is the repository's, as GitHub reads it.
    const below = check(folder, ['notes/a.md', '--format', 'github'], undefined, { GITHUB_WORKSPACE: path.dirname(folder) });
    assert.match(below.stdout, new RegExp(`^::notice file=${path.basename(folder)}/notes/a\\.md,line=3,`));
    const piped = check(folder, ['-', '--format', 'github'], 'HSC\n', { GITHUB_WORKSPACE: path.dirname(folder) });
    assert.match(piped.stdout, /^::notice file=<stdin>,line=1,/);
    const control = check(folder, ['-', '--format', 'github', '--stdin-name', 'x\ny.md'], 'HSC\n');
    assert.match(control.stdout, /^::notice file=x\\u000ay\.md,line=1,/, 'no line break reaches the log, where it would start a command of its own');
  });

  it('writes JUnit XML: a suite per note, a failed case per error or warning, a passed one per other finding or clean note', () => {
    writeFileSync(path.join(folder, 'notes', 'odd <&> "name".md'), 'Ito cells here.\n');
    const run = check(folder, ['notes', '--format', 'junit']);
    assert.equal(run.status, 1, run.stderr);
    const xml = run.stdout;
    // Well-formed: every tag closed in order, and no markup character left bare in text or attributes.
    const open: string[] = [];
    for (const [tag, closing, name, attributes, selfClosing] of xml.replace(/^<\?xml[^>]*\?>\n/, '').matchAll(/<(\/?)([\w-]+)([^>]*?)(\/?)>/g)) {
      assert.ok(!/[<>]/.test(attributes), tag);
      if (closing) assert.equal(open.pop(), name, tag);
      else if (!selfClosing) open.push(name);
    }
    assert.deepEqual(open, []);
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml), 'no character XML 1.0 cannot hold');
    assert.ok(!/&(?!(?:amp|lt|gt|quot|apos);)/.test(xml), 'no bare &');
    assert.ok(!/<(?![/?]?[\w-]+[\s/>?])/.test(xml), 'no < that starts no tag');
    assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="regen-notes" tests="4" failures="2" errors="0">/);
    assert.match(xml, /<testsuite name="notes\/a\.md" tests="2" failures="1" errors="0">/);
    assert.match(xml, /<testcase name="term\.non-preferred at 5:8" classname="notes\/a\.md" file="notes\/a\.md" line="5">\n {6}<failure type="term\.non-preferred" message="&apos;tight junction protein&apos; is not the preferred name: use &apos;zonula occludens&apos;\.">notes\/a\.md:5:8 {2}warning {2}/);
    assert.match(xml, /<testcase name="term\.ambiguous at 3:1"[^>]*>\n {6}<system-out>notes\/a\.md:3:1 {2}information {2}term\.ambiguous/);
    assert.match(xml, /<testsuite name="notes\/deep\/b\.md" tests="1" failures="0" errors="0">\n {4}<testcase name="no findings" classname="notes\/deep\/b\.md" file="notes\/deep\/b\.md"\/>/);
    assert.match(xml, /<testsuite name="notes\/odd &lt;&amp;&gt; &quot;name&quot;\.md"/);
    const control = check(folder, ['-', '--format', 'junit', '--stdin-name', 'x\u001b[2J.md'], 'HSC\n').stdout;
    assert.match(control, /<testsuite name="x\\u001b\[2J\.md"/, 'a control character as an escape, which XML cannot hold');
  });

  it('writes a GitLab code quality report, with the SARIF fingerprints', () => {
    const run = check(folder, ['notes', '--format', 'gitlab'], undefined, { CI_PROJECT_DIR: path.dirname(folder) });
    assert.equal(run.status, 1, run.stderr);
    const issues = JSON.parse(run.stdout) as { description: string; check_name: string; fingerprint: string; severity: string; location: { path: string; lines: { begin: number; end: number } } }[];
    const at = path.basename(folder);
    assert.deepEqual(
      issues.map((i) => [i.check_name, i.severity, i.location.path, i.location.lines.begin, i.location.lines.end]),
      [
        ['term.ambiguous', 'info', `${at}/notes/a.md`, 3, 3],
        ['term.non-preferred', 'minor', `${at}/notes/a.md`, 5, 5],
      ],
    );
    assert.equal(issues[1].description, "'tight junction protein' is not the preferred name: use 'zonula occludens'.");
    const sarif = JSON.parse(check(folder, ['notes', '--format', 'sarif']).stdout) as { runs: [{ results: { partialFingerprints: Record<string, string> }[] }] };
    const here = JSON.parse(check(folder, ['notes', '--format', 'gitlab']).stdout) as typeof issues;
    assert.deepEqual(here.map((i) => i.location.path), ['notes/a.md', 'notes/a.md']);
    assert.deepEqual(here.map((i) => i.fingerprint), sarif.runs[0].results.map((r) => r.partialFingerprints['regenNotesFinding/v1']), 'of the same paths, the same fingerprints');
    assert.equal(new Set(issues.map((i) => i.fingerprint)).size, issues.length, 'one fingerprint each');
  });

  it('exits 2 with a message for unreadable or invalid settings, bad options and an invalid vocabulary', () => {
    const missing = check(folder, ['notes', '--config', 'nope.json']);
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /cannot read settings file nope\.json/);
    writeFileSync(path.join(folder, 'broken.json'), '{ "regenNotes.sources": [ }');
    const broken = check(folder, ['notes', '--config', 'broken.json']);
    assert.equal(broken.status, 2);
    assert.match(broken.stderr, /broken\.json:1:\d+: not valid JSON/);
    assert.equal(check(folder, ['notes', '--format', 'xml']).status, 2);
    assert.equal(check(folder, ['notes', '--max-warnings', 'many']).status, 2);
    const unmatched = check(folder, ['notes/a.md', 'notes/**/*.mdx']);
    assert.equal(unmatched.status, 2);
    assert.match(unmatched.stderr, /^regen-notes: no file matches notes\/\*\*\/\*\.mdx/);
    assert.equal(unmatched.stdout, '');
    const longGlob = check(folder, [`notes/${'a'.repeat(70_000)}*.md`]);
    assert.equal(longGlob.status, 2);
    assert.match(longGlob.stderr, /^regen-notes: cannot use the glob 'notes\/a+…': .*65536/);
    const slowGlob = check(folder, ['notes/*a*a*a*a*.md']);
    assert.equal(slowGlob.status, 2);
    assert.match(slowGlob.stderr, /^regen-notes: cannot use the glob 'notes\/\*a\*a\*a\*a\*\.md': more than 3 '\*'/);
    const bracesGlob = check(folder, [`notes/${'{,}'.repeat(30)}a.md`]);
    assert.equal(bracesGlob.status, 2);
    assert.match(bracesGlob.stderr, /^regen-notes: cannot use the glob 'notes\/\{,\}.*': more than 16 '\{…\}' groups/);
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), 'terms:\n  - id: Bad Id\n');
    const invalid = check(folder, ['notes']);
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /vocab\/team\.yaml:2/);
  });

  it('exits 2 with a message, not a stack trace, for a note it cannot read or a report it cannot write', function () {
    // Reading /proc/self/mem fails even for root, which may read any file; /dev/full takes no write.
    if (process.platform !== 'linux') this.skip();
    const unreadable = check(folder, ['notes/a.md', '/proc/self/mem']);
    assert.equal(unreadable.status, 2);
    assert.match(unreadable.stderr, /^regen-notes: cannot read .*proc\/(?:self|\d+)\/mem: EIO\n/);
    const full = openSync('/dev/full', 'w');
    try {
      const result = spawnSync(process.execPath, [cli, 'check', 'notes', '--format', 'json'], { cwd: folder, stdio: ['ignore', full, 'pipe'], encoding: 'utf8' });
      assert.equal(result.status, 2);
      assert.equal(result.stderr, 'regen-notes: cannot write the report: ENOSPC\n');
    } finally {
      closeSync(full);
    }
  });

  it('exits 2 with a message, and does not wait, for a pipe or a device, a note over 50 MB, and a vocabulary or settings file that is a pipe', function () {
    if (process.platform !== 'linux') this.skip();
    const mkfifo = (file: string) => assert.equal(spawnSync('mkfifo', [path.join(folder, file)]).status, 0);
    mkfifo('notes/pipe.md');
    for (const target of ['notes/pipe.md', '/dev/zero']) {
      const run = check(folder, [target]);
      assert.equal(run.status, 2, run.stderr);
      assert.equal(run.stderr.split('\n')[0], `regen-notes: not a file or folder: ${target}`);
    }
    // A folder holding a pipe: the pipe is no note, and is skipped.
    assert.equal(check(folder, ['notes']).status, 1);
    // Sparse: 51 MB on paper, nothing on the disk.
    const big = openSync(path.join(folder, 'notes', 'big.md'), 'w');
    ftruncateSync(big, 51 * 1024 * 1024);
    closeSync(big);
    const tooBig = check(folder, ['notes/big.md']);
    assert.equal(tooBig.status, 2);
    assert.match(tooBig.stderr, /^regen-notes: cannot read notes\/big\.md: it is larger than 50 MB\n/);
    const tooMuchInput = check(folder, ['-'], 'Kupffer cells. '.repeat(4 * 1024 * 1024));
    assert.equal(tooMuchInput.status, 2);
    assert.match(tooMuchInput.stderr, /^regen-notes: cannot read <stdin>: it is larger than 50 MB\n/);
    // Sized, not read: a vocabulary file over 20 MB.
    const vocabulary = openSync(path.join(folder, 'vocab', 'team.yaml'), 'w');
    ftruncateSync(vocabulary, 21 * 1024 * 1024);
    closeSync(vocabulary);
    const bigVocabulary = check(folder, ['notes/deep']);
    assert.equal(bigVocabulary.status, 2);
    assert.match(bigVocabulary.stderr, /vocab\/team\.yaml:1 {2}This vocabulary file is larger than 20 MB; it was not read\./);
    rmSync(path.join(folder, 'vocab', 'team.yaml'));
    mkfifo('vocab/team.yaml');
    const pipedVocabulary = check(folder, ['notes/deep']);
    assert.equal(pipedVocabulary.status, 2, pipedVocabulary.stderr);
    assert.match(pipedVocabulary.stderr, /vocab\/team\.yaml: it is not a regular file/);
    rmSync(path.join(folder, '.vscode', 'settings.json'));
    mkfifo('.vscode/settings.json');
    const pipedSettings = check(folder, ['notes/deep']);
    assert.equal(pipedSettings.status, 2);
    assert.match(pipedSettings.stderr, /^regen-notes: cannot read settings file \.vscode\/settings\.json: it is not a regular file/);
  });

  it('exits 2 with a message, not a stack trace, for a vocabulary or settings file nested 100,000 deep', () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), `terms: ${deep}\n`);
    const vocabulary = check(folder, ['notes/deep']);
    assert.equal(vocabulary.status, 2);
    assert.match(vocabulary.stderr, /^regen-notes: vocab\/team\.yaml:1 {2}Invalid YAML: nested too deeply to be read\.\n$/);
    writeFileSync(path.join(folder, 'deep.json'), `{ "regenNotes.sources": ${deep} }`);
    const settings = check(folder, ['notes/deep', '--config', 'deep.json']);
    assert.equal(settings.status, 2);
    assert.match(settings.stderr, /^regen-notes: deep\.json: not valid JSON \(nested too deeply to be read\)\n/);
  });

  it('stops quietly when the reader of its output goes away, as `regen-notes check | head -1` does', async () => {
    const child = spawn(process.execPath, [cli, 'check', 'notes', '--format', 'sarif'], { cwd: folder, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '');
    assert.equal(status, 1);
  });

  it('reports what merging left out of a vocabulary file at the level of vocabulary.invalid, and uses the rest', () => {
    // 'HGF' already names the built-in hepatocyte growth factor: the file is in use without it.
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), 'terms:\n  - id: zonula\n    label: zonula occludens\n    kind: molecule\n    abbreviations: [HGF]\n');
    writeFileSync(path.join(folder, 'notes', 'z.md'), 'The zonula occludens is here.\n');
    const error = check(folder, ['notes/z.md', '--terms']);
    assert.equal(error.status, 1, error.stderr);
    assert.equal(error.stderr, '');
    assert.match(error.stdout, /^vocab\/team\.yaml:2:1 {2}error {2}vocabulary\.invalid {2}'HGF' already names term 'hgf'/m);
    assert.match(error.stdout, /z\.md: 1 terms — zonula occludens/);
    const settings = (level: string) => writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'regenNotes.vocabulary.files': ['vocab/team.yaml'], 'regenNotes.claims.level': { 'vocabulary.invalid': level } }));
    settings('warning');
    assert.equal(check(folder, ['notes/z.md', '--max-warnings', '1']).status, 0);
    settings('off');
    const off = check(folder, ['notes/z.md', '--format', 'json']);
    assert.equal(off.status, 0);
    assert.deepEqual(JSON.parse(off.stdout), [{ file: 'notes/z.md', findings: [] }]);
  });

  it('lists the first 10,000 problems merging found in a vocabulary file, as the editor does, and counts the rest', () => {
    const terms = Array.from({ length: 10_003 }, (_, i) => `  - { id: t${i}, label: term number ${i}, kind: molecule, synonyms: [shared form] }`);
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), `terms:\n${terms.join('\n')}\n`);
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'regenNotes.vocabulary.files': ['vocab/team.yaml'], 'regenNotes.claims.level': { 'vocabulary.invalid': 'warning', 'claim.unsupported': 'off' } }));
    writeFileSync(path.join(folder, 'notes', 'z.md'), 'The shared form is here.\n');
    const run = check(folder, ['notes/z.md', '--max-warnings', '10000']);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.filter((l) => l.startsWith('vocab/team.yaml:')).length, 10_000);
    assert.equal(lines[lines.length - 1], '1 note checked: 0 errors, 10002 warnings, 0 other findings.');
    assert.equal(run.stderr, 'regen-notes: vocab/team.yaml: 2 vocabulary problems past the first 10000 are not listed; they count toward the exit code.\n');
    assert.equal(run.status, 1, 'the two not listed count toward --max-warnings');
    assert.equal(check(folder, ['notes/z.md', '--max-warnings', '10002']).status, 0);
  });

  it('reports problems of vocabulary terms written inline in settings at the line of their entry in the settings file', () => {
    writeFileSync(
      path.join(folder, '.vscode', 'settings.json'),
      `{
  // the team's own terms
  "regenNotes.vocabulary.terms": [
    { "id": "zeb1", "label": "ZEB1", "kind": "molecule" },
    {
      "id": "snail",
      "label": "SNAIL",
      "kind": "molecule",
      "abbreviations": ["HGF"],
    },
    { "id": "twist", "label": "TWIST", "kind": "molecule", "related": ["no-such-term"] },
  ],
}`,
    );
    const dropped = check(folder, ['notes/deep/b.md']);
    assert.equal(dropped.status, 1, dropped.stderr);
    assert.deepEqual(
      dropped.stdout.split('\n').filter((line) => line.startsWith('.vscode/')).map((line) => line.split('  ')[0]),
      ['.vscode/settings.json:5:1', '.vscode/settings.json:11:1'],
      "SNAIL's 'HGF' (another term's), and TWIST's unknown related term",
    );
    // Nested in `regenNotes`, in a --config file, and written twice: the list that is read is placed.
    writeFileSync(
      path.join(folder, 'terms.json'),
      `{
  "regenNotes.vocabulary.terms": [{ "id": "zeb1", "label": "ZEB1", "kind": "protein" }],
  "regenNotes": {
    "vocabulary": {
      "terms": [
        { "id": "zeb1", "label": "ZEB1", "kind": "molecule" },
        /* not a kind */
        { "id": "snail", "label": "SNAIL", "kind": "protein" }
      ]
    }
  }
}`,
    );
    const invalid = check(folder, ['notes/deep/b.md', '--config', 'terms.json', '--format', 'sarif']);
    assert.equal(invalid.status, 2);
    assert.match(invalid.stderr, /^regen-notes: terms\.json:8 {2}regenNotes\.vocabulary\.terms\/1\/kind: /);
    const [{ results }] = (JSON.parse(invalid.stdout) as SarifLog).runs;
    assert.deepEqual(
      results.map((r) => [r.ruleId, r.locations[0].physicalLocation.artifactLocation.uri, (r.locations[0].physicalLocation.region as { startLine: number }).startLine]),
      [['vocabulary.invalid', 'terms.json', 8]],
    );
    // A dotted key after a `regenNotes` object replaces the list in it: its own list is placed.
    writeFileSync(
      path.join(folder, 'terms.json'),
      `{
  "regenNotes": { "vocabulary": { "terms": [
    { "id": "zeb1", "label": "ZEB1", "kind": "molecule" },
    { "id": "snail", "label": "SNAIL", "kind": "molecule" }
  ] } },
  "regenNotes.vocabulary.terms": [
    { "id": "zeb1", "label": "ZEB1", "kind": "molecule" },
    { "id": "snail", "label": "SNAIL", "kind": "protein" }
  ]
}`,
    );
    assert.match(check(folder, ['notes/deep/b.md', '--config', 'terms.json']).stderr, /^regen-notes: terms\.json:8 {2}regenNotes\.vocabulary\.terms\/1\/kind: /);
  });

  it('reports a vocabulary file that cannot be read, or lies outside the folder, at its entry in the settings file', () => {
    mkdirSync(path.join(folder, 'vocab', 'a-folder'));
    writeFileSync(
      path.join(folder, '.vscode', 'settings.json'),
      `{
  // the team's vocabularies
  "regenNotes.vocabulary.files": [
    "vocab/team.yaml",
    "vocab/missing.yaml",
    "vocab/a-folder",

    "../outside.yaml",
    "vocab/missing.yaml",
  ],
}`,
    );
    const run = check(folder, ['notes/deep/b.md', '--format', 'sarif']);
    assert.equal(run.status, 2, run.stderr);
    assert.deepEqual(
      run.stderr.split('\n').filter(Boolean).map((line) => /^regen-notes: (\.vscode\/settings\.json:\d+) {2}regenNotes\.vocabulary\.files: (\S+ \S+)/.exec(line)?.slice(1)),
      [
        ['.vscode/settings.json:8', "'../outside.yaml' lies"],
        ['.vscode/settings.json:5', 'cannot read'],
        ['.vscode/settings.json:6', 'cannot read'],
      ],
      'a file named twice is read, and reported, once: at its first entry',
    );
    const [{ results }] = (JSON.parse(run.stdout) as SarifLog).runs;
    assert.deepEqual(
      results.map((r) => [r.locations[0].physicalLocation.artifactLocation.uri, (r.locations[0].physicalLocation.region as { startLine: number }).startLine]),
      [['.vscode/settings.json', 8], ['.vscode/settings.json', 5], ['.vscode/settings.json', 6]],
    );
    // Nested in `regenNotes`, in a --config file: the list that is read is placed.
    writeFileSync(path.join(folder, 'files.json'), '{\n  "regenNotes": {\n    "vocabulary": {\n      "files": [\n        "vocab/team.yaml",\n        "vocab/missing.yaml"\n      ]\n    }\n  }\n}\n');
    assert.match(check(folder, ['notes/deep/b.md', '--config', 'files.json']).stderr, /^regen-notes: files\.json:6 {2}regenNotes\.vocabulary\.files: cannot read /);
  });

  it('turns the vocabulary.invalid rule on in SARIF when a vocabulary file cannot be used, even with that level off', () => {
    writeFileSync(path.join(folder, 'vocab', 'team.yaml'), 'terms: [{ id: 5 }]\n');
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), JSON.stringify({ 'regenNotes.vocabulary.files': ['vocab/team.yaml'], 'regenNotes.claims.level': { 'vocabulary.invalid': 'off', 'claim.unsupported': 'off' } }));
    const run = check(folder, ['notes', '--format', 'sarif']);
    assert.equal(run.status, 2);
    const [{ tool, results }] = (JSON.parse(run.stdout) as SarifLog).runs;
    const rules = tool.driver.rules as { id: string; defaultConfiguration: { level: string; enabled: boolean } }[];
    assert.ok(results.some((r) => r.ruleId === 'vocabulary.invalid' && r.level === 'error'));
    assert.deepEqual(rules.find((r) => r.id === 'vocabulary.invalid')?.defaultConfiguration, { level: 'error', enabled: true });
    assert.deepEqual(rules.find((r) => r.id === 'claim.unsupported')?.defaultConfiguration, { level: 'none', enabled: false });
  });

  it('reads a settings file that starts with a byte-order mark, as VS Code does', () => {
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '\uFEFF{ "regenNotes.claims.level": "off", "regenNotes.exclude": ["notes/deep/**"] }\n');
    const run = check(folder, ['notes', '--format', 'json']);
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file), ['notes/a.md']);
  });

  it('reads a settings key through __proto__ as a setting of that name, without touching any other object', () => {
    // `regenNotes.__proto__.include` reached Object.prototype: the check passed on no notes, and `…terms` crashed it.
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "regenNotes.__proto__.include": ["nothing/**"], "regenNotes.__proto__.terms": [{ "id": "x" }], "regenNotes.constructor.prototype.exclude": ["notes/**"] }\n');
    const run = check(folder, ['notes', '--format', 'json']);
    // Named as the keys they are: had they reached Object.prototype, they would be no key of the settings.
    assert.equal(run.stderr, "regen-notes: .vscode/settings.json: settings that cannot be used: 'regenNotes.__proto__', 'regenNotes.constructor' are not settings of Regen Notes; they were ignored.\n");
    assert.equal(run.status, 2);
    assert.equal(({} as Record<string, unknown>).include, undefined);
  });

  it('lists the first 10,000 findings of a note, and counts the rest toward the summary and the exit code', () => {
    // Listing all of them, a 49 MB note of 690,000 findings ran the CLI out of memory.
    writeFileSync(path.join(folder, 'notes', 'many.md'), Array.from({ length: 10_050 }, (_, i) => `The tight junction protein ${i}.`).join('\n\n'));
    const text = check(folder, ['notes/many.md']);
    assert.equal(text.stdout.trim().split('\n').length, 10_001);
    assert.match(text.stdout, /\n1 note checked: 0 errors, 10050 warnings, 0 other findings\.\n$/);
    assert.equal(text.stderr, 'regen-notes: notes/many.md: 50 findings past the first 10000 are not listed (0 errors, 50 warnings); they count toward the exit code.\n');
    const json = check(folder, ['notes/many.md', '--format', 'json', '--terms']);
    const [report] = JSON.parse(json.stdout) as { findings: unknown[]; terms: unknown[] }[];
    assert.deepEqual([report.findings.length, report.terms.length], [10_000, 10_000]);
    assert.match(json.stderr, /notes\/many\.md: 50 terms past the first 10000 are not listed\./);
    assert.equal(check(folder, ['notes/many.md', '--max-warnings', '10049']).status, 1);
    assert.equal(check(folder, ['notes/many.md', '--max-warnings', '10050']).status, 0);
  });

  it('lists errors and warnings before information past the 10,000 findings a note lists, so the finding that fails the run is shown', () => {
    writeFileSync(path.join(folder, 'notes', 'many.md'), `${Array.from({ length: 10_050 }, (_, i) => `HSC ${i}.`).join('\n\n')}\n\nThe tight junction protein at the end.\n`);
    const run = check(folder, ['notes/many.md']);
    assert.equal(run.status, 1);
    const lines = run.stdout.trim().split('\n');
    assert.equal(lines.length, 10_001);
    assert.match(lines[9_999], /warning {2}term\.non-preferred {2}'tight junction protein'/, 'the warning is listed, last, in document order');
    assert.match(run.stderr, /51 findings past the first 10000 are not listed \(0 errors, 0 warnings\)/);
  });

  it('writes control characters of file names and messages as escapes, counts a first line without its byte-order mark, and checks a note named twice once', () => {
    // A name with a line break printed a finding of its own making; terminal codes could clear the screen.
    writeFileSync(path.join(folder, 'notes', 'a\nfake.md:1:1  error  x'), 'HSC here.\n');
    writeFileSync(path.join(folder, 'notes', 'b\u001b[2J.md'), '\uFEFFHSC here.\n');
    const run = check(folder, ['notes/a*', 'notes/b*', 'notes/b*', 'notes/deep/b.md', 'notes/deep/b.md']);
    assert.deepEqual(run.stdout.split('\n').map((line) => line.split('  ')[0]), ['notes/a\\u000afake.md:1:1', 'notes/a.md:3:1', 'notes/a.md:5:8', 'notes/b\\u001b[2J.md:1:1', '4 notes checked: 0 errors, 1 warning, 3 other findings.', '']);
    const piped = check(folder, ['-', '-', '--format', 'json'], 'HSC here.\n');
    assert.deepEqual((JSON.parse(piped.stdout) as { file: string }[]).map((r) => r.file), ['<stdin>']);
  });

  it('exits 2 for a settings file that is not an object, rather than checking with the defaults', () => {
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '[{ "regenNotes.claims.level": "off" }]\n');
    const run = check(folder, ['notes']);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /^regen-notes: \.vscode\/settings\.json: not a JSON object of settings\n/);
  });

  it('checks every note it is given whatever regenNotes.check.frequency says, which is the editor\'s alone', () => {
    const all = check(folder, ['notes']);
    writeFileSync(path.join(folder, 'save.json'), '{ "regenNotes.vocabulary.files": ["vocab/team.yaml"], "regenNotes.claims.level": { "term.non-preferred": "warning" }, "regenNotes.check.frequency": "save" }');
    const saved = check(folder, ['notes', '--config', 'save.json']);
    assert.deepEqual([saved.status, saved.stdout, saved.stderr], [all.status, all.stdout, all.stderr]);
  });

  it('exits 2 for a setting it cannot use and for a folder that holds no note, where the check would pass on the wrong notes', () => {
    for (const [settings, message] of [
      ['{ "regenNotes.include": ["**/*a*a*a*a.md"] }', /settings that cannot be used: regenNotes\.include: '\*\*\/\*a\*a\*a\*a\.md' is not a glob that can be used/],
      ['{ "regenNotes.vocabulary.files": "vocab/team.yaml" }', /settings that cannot be used: regenNotes\.vocabulary\.files: expected a list of strings/],
      ['{ "regenNotes": 5 }', /\.vscode\/settings\.json: regenNotes is not an object of settings/],
    ] as const) {
      writeFileSync(path.join(folder, '.vscode', 'settings.json'), settings);
      const run = check(folder, ['notes']);
      assert.equal(run.status, 2, settings);
      assert.match(run.stderr, message);
      assert.equal(run.stdout, '');
    }
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{}');
    mkdirSync(path.join(folder, 'empty.md'));
    const empty = check(folder, ['empty.md']);
    assert.equal(empty.status, 2);
    assert.match(empty.stderr, /^regen-notes: no notes in empty\.md/);
  });

  it('checks a note linked into a folder as the note it links to, and follows no link to a folder', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'regen-cli-linked-'));
    try {
      writeFileSync(path.join(elsewhere, 'real.md'), 'Ito cells here.\n');
      symlinkSync(path.join(elsewhere, 'real.md'), path.join(folder, 'notes', 'linked.md'));
      symlinkSync(folder, path.join(folder, 'notes', 'loop'));
      const run = check(folder, ['notes', '--format', 'json']);
      assert.deepEqual((JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file), ['notes/a.md', 'notes/deep/b.md', 'notes/linked.md']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('names notes below the folder it runs in when reached through a link, checks a folder above it, and a file whose name looks like a glob', () => {
    const linked = `${folder}-link`;
    symlinkSync(folder, linked);
    const shared = mkdtempSync(path.join(tmpdir(), 'regen-cli-shared-'));
    try {
      writeFileSync(path.join(folder, 'notes', '[draft].md'), 'HSC here.\n');
      writeFileSync(path.join(folder, 'notes', 'back\\slash.md'), 'HSC here.\n');
      writeFileSync(path.join(shared, 's.md'), 'HSC here.\n');
      const files = (run: Run) => (JSON.parse(run.stdout) as { file: string }[]).map((r) => r.file);
      // The folder is its real path; the same note named through the link is the same note.
      assert.deepEqual(files(check(folder, [path.join(linked, 'notes', 'a.md'), 'notes/a.md', '--format', 'json'])), ['notes/a.md']);
      assert.deepEqual(files(check(folder, [linked, '--format', 'json'])), ['notes/[draft].md', 'notes/a.md', 'notes/back\\slash.md', 'notes/deep/b.md']);
      assert.deepEqual(files(check(folder, [path.relative(folder, shared), '--format', 'json'])), [`${toSlashes(path.relative(folder, shared))}/s.md`]);
      assert.deepEqual(files(check(folder, ['notes/[draft].md', '--format', 'json'])), ['notes/[draft].md'], 'the file, not the glob notes/d.md');
      const sarif = JSON.parse(check(folder, ['notes/back\\slash.md', '-', '--stdin-name', path.join(linked, 'notes', 'typed.md'), '--format', 'sarif'], 'HSC here.\n').stdout);
      const uris = sarif.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri);
      assert.deepEqual(uris, ['notes/back%5Cslash.md', 'notes/typed.md']);
      assert.deepEqual(sarif.runs[0].newlineSequences, ['\r\n', '\n', '\r'], 'a lone CR ends a line, as in the editor');
      assert.equal(check(folder, ['-', '--stdin-name', ''], 'x').status, 2);
    } finally {
      rmSync(linked, { force: true });
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('with --fix replaces non-preferred terms in the note files, as the editor\'s fix-all does, and reports what is left', () => {
    const crlf = 'Ito cells and lipocytes.\r\n\r\nThe HSC count.\r\n';
    writeFileSync(path.join(folder, 'notes', 'crlf.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(crlf)]));
    chmodSync(path.join(folder, 'notes', 'crlf.md'), 0o640);
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'regen-cli-fix-'));
    try {
      writeFileSync(path.join(elsewhere, 'real.md'), 'Ito cells here.\n');
      symlinkSync(path.join(elsewhere, 'real.md'), path.join(folder, 'notes', 'linked.md'));
      const run = check(folder, ['notes', '--fix']);
      assert.equal(readFileSync(path.join(folder, 'notes', 'a.md'), 'utf8'), '# A\n\nHSC activation matters.\n\nThe 🧬 zonula occludens is here.\n');
      // The byte-order mark, CRLF line endings and the file's mode stay; the sentence's capital too.
      assert.deepEqual(readFileSync(path.join(folder, 'notes', 'crlf.md')), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Hepatic stellate cells and hepatic stellate cells.\r\n\r\nThe HSC count.\r\n')]));
      assert.equal(statSync(path.join(folder, 'notes', 'crlf.md')).mode & 0o777, 0o640);
      // A linked note is fixed where it is, and the link stays a link.
      assert.equal(readFileSync(path.join(elsewhere, 'real.md'), 'utf8'), 'Hepatic stellate cells here.\n');
      assert.ok(lstatSync(path.join(folder, 'notes', 'linked.md')).isSymbolicLink());
      assert.equal(readFileSync(path.join(folder, 'notes', 'skip.txt'), 'utf8'), 'Ito cells\n', 'not a note');
      // What is left is reported, and the run passes on it: only information remains.
      assert.doesNotMatch(run.stdout, /term\.non-preferred/);
      assert.match(run.stdout, /notes\/a\.md:3:1 {2}information {2}term\.ambiguous/);
      assert.match(run.stderr, /notes\/a\.md: replaced 1 non-preferred term\./);
      assert.match(run.stderr, /notes\/crlf\.md: replaced 2 non-preferred terms\./);
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(readdirSync(path.join(folder, 'notes')).filter((name) => name.includes('regen-notes')), [], 'no temporary file is left');
      // A second run has nothing to fix, and writes nothing.
      const again = check(folder, ['notes', '--fix']);
      assert.doesNotMatch(again.stderr, /replaced/);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('with --fix leaves a note it could not read back whole as it is, and refuses standard input', () => {
    // Bytes that are no UTF-8 were read as U+FFFD: written back, they would be lost.
    const bytes = Buffer.concat([Buffer.from('Ito cells '), Buffer.from([0xff, 0xc3]), Buffer.from(' here.\n')]);
    writeFileSync(path.join(folder, 'notes', 'latin.md'), bytes);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ito cells here.\n', 'utf16le')]);
    writeFileSync(path.join(folder, 'notes', 'wide.md'), utf16);
    const run = check(folder, ['notes/latin.md', 'notes/wide.md', '--fix']);
    assert.deepEqual(readFileSync(path.join(folder, 'notes', 'latin.md')), bytes);
    assert.deepEqual(readFileSync(path.join(folder, 'notes', 'wide.md')), utf16);
    assert.match(run.stderr, /notes\/latin\.md: not fixed, as it changed since it was read or is not UTF-8 text\./);
    assert.match(run.stderr, /notes\/wide\.md: not fixed/);
    assert.match(run.stdout, /term\.non-preferred/, 'what was not fixed is still reported');
    const piped = spawnSync(process.execPath, [cli, 'check', '-', '--fix'], { cwd: folder, input: 'Ito cells.\n', encoding: 'utf8' });
    assert.equal(piped.status, 2);
    assert.match(piped.stderr, /--fix writes note files; it cannot fix a note read from '-'/);
  });

  it('with --fix deletes no file it did not make, keeps the mode whatever the umask, and leaves a read-only note or one replaced meanwhile as it is', () => {
    // The run's process id is fixed, its umask is 022, and the note gone.md becomes a folder between its check and its write.
    const preload = path.join(folder, 'preload.js');
    writeFileSync(
      preload,
      `Object.defineProperty(process, 'pid', { value: 424242 });
process.umask(0o022);
const fs = require('node:fs');
const promises = require('node:fs/promises');
const readFile = promises.readFile;
promises.readFile = async (file, ...rest) => {
  if (String(file).endsWith('gone.md') && fs.statSync(file).isFile()) { fs.rmSync(file); fs.mkdirSync(file); }
  return readFile(file, ...rest);
};`,
    );
    const notes = path.join(folder, 'notes');
    writeFileSync(path.join(notes, 'shared.md'), 'Ito cells.\n');
    chmodSync(path.join(notes, 'shared.md'), 0o666);
    writeFileSync(path.join(notes, '.shared.md.regen-notes-424242.tmp'), 'not ours\n');
    writeFileSync(path.join(notes, 'locked.md'), 'Ito cells.\n');
    chmodSync(path.join(notes, 'locked.md'), 0o444);
    writeFileSync(path.join(notes, 'gone.md'), 'Ito cells.\n');
    const files = ['notes/shared.md', 'notes/locked.md', 'notes/gone.md', '--fix'];
    const run = spawnSync(process.execPath, ['-r', preload, cli, 'check', ...files], { cwd: folder, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 15_000 });
    assert.equal(readFileSync(path.join(notes, '.shared.md.regen-notes-424242.tmp'), 'utf8'), 'not ours\n', 'a file of the temporary name stays');
    assert.equal(readFileSync(path.join(notes, 'shared.md'), 'utf8'), 'Hepatic stellate cells.\n');
    assert.equal(statSync(path.join(notes, 'shared.md')).mode & 0o777, 0o666, 'a group-writable note stays group-writable');
    assert.equal(readFileSync(path.join(notes, 'locked.md'), 'utf8'), 'Ito cells.\n', 'a read-only note is not written');
    assert.match(run.stderr, /notes\/locked\.md: not fixed, as it is read-only\./);
    assert.ok(statSync(path.join(notes, 'gone.md')).isDirectory(), 'what took the note\'s place stays');
    assert.match(run.stderr, /notes\/gone\.md: not fixed, as it changed since it was read/);
    assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    assert.deepEqual(readdirSync(notes).filter((name) => name.includes('regen-notes')), ['.shared.md.regen-notes-424242.tmp'], 'no temporary file is left');
    assert.equal(run.status, 1, run.stderr);
  });

  it('reports the version package.json declares', () => {
    assert.equal(toolVersion, JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  it('runs from the tarball `npm pack` makes, installed in a notes folder with nothing else, as from the repository', function () {
    this.timeout(60_000);
    // Without the `prepack` build: the bundles the other tests run are the ones packed.
    const pack = spawnSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', folder], { cwd: root, encoding: 'utf8' });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ filename, files }] = JSON.parse(pack.stdout) as { filename: string; files: { path: string }[] }[];
    assert.deepEqual(files.map((f) => f.path).sort(), ['LICENSE', 'README.md', 'dist/cli.js', 'dist/server.js', 'package.json']);
    writeFileSync(path.join(folder, 'package.json'), '{ "name": "lab-notes", "private": true }\n');
    const install = spawnSync('npm', ['install', '--save-dev', '--no-audit', '--no-fund', '--offline', `./${filename}`], { cwd: folder, encoding: 'utf8' });
    assert.equal(install.status, 0, install.stderr);
    const installed = spawnSync(path.join(folder, 'node_modules', '.bin', 'regen-notes'), ['check', 'notes', '--format', 'json'], { cwd: folder, encoding: 'utf8' });
    const here = check(folder, ['notes', '--format', 'json']);
    assert.equal(installed.status, 1, installed.stderr);
    assert.ok((JSON.parse(installed.stdout) as { findings: unknown[] }[]).some((note) => note.findings.length > 0), installed.stdout);
    assert.deepEqual([installed.status, installed.stdout], [here.status, here.stdout]);
  });

  it('counts relations stated in the settings\' sources as support, like the editor', () => {
    const note = 'Kupffer cells suppress hepatocyte proliferation.\n';
    const unsupportedFirst = check(folder, ['-', '--format', 'json'], note);
    const before = JSON.parse(unsupportedFirst.stdout) as { findings: { code: string }[] }[];
    assert.ok(before[0].findings.some((f) => f.code === 'claim.unsupported'), unsupportedFirst.stdout);
    mkdirSync(path.join(folder, 'refs'));
    writeFileSync(path.join(folder, 'refs', 'review.md'), '# Our review\n\nIn our hands, Kupffer cells suppress hepatocyte proliferation after injury.\n');
    writeFileSync(path.join(folder, 'sources.json'), JSON.stringify({ 'regenNotes.sources': ['refs/**/*.md'] }));
    const run = check(folder, ['-', '--format', 'json', '--config', 'sources.json'], note);
    const after = JSON.parse(run.stdout) as { findings: { code: string }[] }[];
    assert.deepEqual(after[0].findings.map((f) => f.code), [], run.stdout + run.stderr);
  });

  it('reads an empty settings file, or one of only comments or a byte-order mark, as no settings, as VS Code does', () => {
    for (const text of ['', '// nothing set yet\n', '\ufeff']) {
      writeFileSync(path.join(folder, '.vscode', 'settings.json'), text);
      const run = check(folder, ['notes/deep']);
      assert.equal(run.status, 0, `${JSON.stringify(text)}: ${run.stderr}`);
      assert.equal(run.stdout, '1 note checked: 0 errors, 0 warnings, 0 other findings.\n');
    }
  });

  it('exits 2 for a regenNotes.* key that is not a setting: a misspelt one would let the check pass on defaults', () => {
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "regenNotes.claim.level": { "term.non-preferred": "error" } }');
    const run = check(folder, ['notes']);
    assert.equal(run.status, 2);
    assert.equal(run.stderr, "regen-notes: .vscode/settings.json: settings that cannot be used: 'regenNotes.claim' is not a setting of Regen Notes; it was ignored.\n");
  });

  it('decodes a note by its UTF-16 byte-order mark, as VS Code opens it, from a file or standard input', () => {
    const note = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';
    const littleEndian = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(note, 'utf16le')]);
    const bigEndian = Buffer.from(littleEndian).swap16();
    writeFileSync(path.join(folder, 'le.md'), littleEndian);
    writeFileSync(path.join(folder, 'be.md'), bigEndian);
    const run = check(folder, ['le.md', 'be.md']);
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(
      run.stdout.split('\n').map((line) => line.split('  ').slice(0, 3).join(' ')),
      ['le.md:1:1 warning claim.unsupported', 'be.md:1:1 warning claim.unsupported', '2 notes checked: 0 errors, 2 warnings, 0 other findings.', ''],
    );
    const piped = spawnSync(process.execPath, [cli, 'check', '-'], { cwd: folder, input: littleEndian, encoding: 'utf8' });
    assert.match(piped.stdout, /^<stdin>:1:1 {2}warning {2}claim\.unsupported/);
  });

  it('exits 2 for a folder below a checked one that cannot be read, or a file whose name is not UTF-8, rather than pass without their notes', function () {
    if (process.platform !== 'linux') this.skip();
    mkdirSync(path.join(folder, 'notes', 'drafts'));
    writeFileSync(path.join(folder, 'notes', 'drafts', 'bad.md'), 'Exosomal VEGF silences apoptosis in Kupffer cells.\n');
    chmodSync(folder, 0o755);
    for (const file of ['notes', 'notes/deep', 'vocab', '.vscode']) chmodSync(path.join(folder, file), 0o755);
    for (const file of ['notes/a.md', 'notes/deep/b.md', 'vocab/team.yaml', '.vscode/settings.json']) chmodSync(path.join(folder, file), 0o644);
    chmodSync(path.join(folder, 'notes', 'drafts'), 0o700);
    // Root reads any folder: the check runs as nobody, from a copy of the bundle that nobody can
    // read (a clone in a folder of mode 700, as `mktemp -d` makes, is not).
    const asNobody = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const bundle = mkdtempSync(path.join(tmpdir(), 'regen-cli-bundle-'));
    try {
      chmodSync(bundle, 0o755);
      copyFileSync(cli, path.join(bundle, 'cli.js'));
      chmodSync(path.join(bundle, 'cli.js'), 0o644);
      const locked = spawnSync(process.execPath, [path.join(bundle, 'cli.js'), 'check', 'notes'], { cwd: folder, encoding: 'utf8', ...asNobody });
      assert.equal(locked.stderr, 'regen-notes: cannot read notes/drafts (EACCES)\n');
      assert.equal(locked.status, 2, locked.stdout);
    } finally {
      rmSync(bundle, { recursive: true, force: true });
    }
    chmodSync(path.join(folder, 'notes', 'drafts'), 0o755);
    // A Latin-1 name comes back with U+FFFD for é, a path no call can open.
    writeFileSync(Buffer.from(`${path.join(folder, 'notes')}/r\xe9sum\xe9.md`, 'latin1'), 'HSCs here.\n');
    const latin1 = check(folder, ['notes']);
    assert.equal(latin1.status, 2, latin1.stdout);
    assert.equal(latin1.stderr, 'regen-notes: cannot read notes/r\ufffdsum\ufffd.md (its name is not UTF-8)\n');
  });

  it('reads the include setting and globs given to it as VS Code reads globs: groups written out, `!` a character', () => {
    writeFileSync(path.join(folder, 'notes', 'data.csv'), 'Exosomal VEGF silences apoptosis in Kupffer cells.\n');
    writeFileSync(path.join(folder, '.vscode', 'settings.json'), '{ "regenNotes.include": ["**/*.md", "!**/deep/**"] }');
    // Read as picomatch reads it, the second glob made every file a note, data.csv and settings.json too.
    const negated = check(folder, ['.', '--format', 'json']);
    assert.deepEqual((JSON.parse(negated.stdout) as { file: string }[]).map((r) => r.file), ['notes/a.md', 'notes/deep/b.md']);
    const shared = mkdtempSync(path.join(tmpdir(), 'regen-cli-shared-'));
    try {
      writeFileSync(path.join(shared, 'c.md'), 'HSCs here.\n');
      const relative = toSlashes(path.relative(folder, shared));
      const grouped = check(folder, [`{notes/deep,${relative}}/*.{md}`, '--format', 'json']);
      assert.equal(grouped.status, 0, grouped.stderr);
      assert.deepEqual((JSON.parse(grouped.stdout) as { file: string }[]).map((r) => r.file), ['notes/deep/b.md', `${relative}/c.md`]);
    } finally {
      rmSync(shared, { recursive: true, force: true });
    }
  });

  it('takes what follows `--` as paths, and prints the usage only for a command line it cannot read', () => {
    writeFileSync(path.join(folder, '-dash.md'), 'HSCs here.\n');
    const dashed = check(folder, ['--', '-dash.md']);
    assert.equal(dashed.status, 0, dashed.stderr);
    assert.match(dashed.stdout, /^-dash\.md:1:1 {2}information {2}term\.ambiguous/);
    assert.match(check(folder, ['--bogus']).stderr, /^regen-notes: unknown option '--bogus'\n\nUsage: regen-notes check/);
    assert.equal(check(folder, ['nothing-here.md']).stderr, 'regen-notes: no such file or folder: nothing-here.md\n');
  });

  it('clears its progress line on a terminal before it warns, so the warning starts a line of its own', function () {
    if (process.platform !== 'linux' || spawnSync('script', ['--version']).status !== 0) this.skip();
    mkdirSync(path.join(folder, 'many'));
    for (let i = 0; i < 60; i++) writeFileSync(path.join(folder, 'many', `n${String(i).padStart(2, '0')}.md`), `Note ${i} [@x].\n`);
    writeFileSync(path.join(folder, 'many', 'n30b.md'), 'HSCs '.repeat(10_050));
    // `script` gives the check a terminal; its output goes to a file, and the terminal shows standard error.
    const run = spawnSync('script', ['-qc', `${JSON.stringify(process.execPath)} ${JSON.stringify(cli)} check many --format json > out.json`, '/dev/null'], { cwd: folder, encoding: 'utf8' });
    assert.match(run.stdout, /\rchecked 30\/61 notes\r\u001b\[Kregen-notes: many\/n30b\.md: 50 findings past the first 10000/);
    assert.match(run.stdout, /\rchecked 61\/61 notes\r\u001b\[K$/);
  });

  it('lets a note that the sources also name back the claims of the others, not its own', () => {
    writeFileSync(path.join(folder, 'notes', 'own.md'), 'Exosomal VEGF silences apoptosis in Kupffer cells.\n');
    writeFileSync(path.join(folder, 'notes', 'backed.md'), 'Kupffer cells suppress hepatocyte proliferation.\n');
    writeFileSync(path.join(folder, 'notes', 'lab.md'), '# Lab\n\nIn our hands, Kupffer cells suppress hepatocyte proliferation after injury.\n');
    writeFileSync(path.join(folder, 'sources.json'), JSON.stringify({ 'regenNotes.sources': ['notes/**/*.md'] }));
    const codes = (run: Run) => (JSON.parse(run.stdout) as { file: string; findings: { code: string }[] }[]).map((n) => [n.file, n.findings.map((f) => f.code)]);
    const run = check(folder, ['notes/own.md', 'notes/backed.md', '--format', 'json', '--config', 'sources.json']);
    assert.deepEqual(
      codes(run),
      [
        ['notes/own.md', ['claim.unsupported']],
        ['notes/backed.md', []],
      ],
      run.stderr,
    );
    // An editor checking the unsaved text of own.md, with a claim that lab.md backs: the saved own.md backs none.
    const unsaved = check(folder, ['-', '--stdin-name', 'notes/own.md', '--format', 'json', '--config', 'sources.json'], 'Exosomal VEGF silences apoptosis in Kupffer cells.\n\nKupffer cells suppress hepatocyte proliferation.\n');
    assert.deepEqual(codes(unsaved), [['notes/own.md', ['claim.unsupported']]], unsaved.stderr);
  });
});
