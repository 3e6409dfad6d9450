import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { nodeFileSystem } from '../../server/src/nodeFileSystem';
import { normalizeSettings } from '../../server/src/settings';
import { SourceLibrary, VocabularyStore, type FileSystem, type Logger } from '../../server/src/workspace';
import { indexOf } from './helpers';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined };

describe('VocabularyStore', () => {
  const big = 'terms:\n  - id: big-one\n    label: big factor\n    kind: molecule\n    synonyms: [large factor, huge factor]\n';
  const team = (synonym: string) => `terms:\n  - id: team-one\n    label: team factor\n    kind: molecule\n    synonyms: [${synonym}]\n`;

  it('reads every file again on a reload, but parses only those whose text changed', async () => {
    const disk = new Map([
      ['/w/big.yaml', big],
      ['/w/team.yaml', team('crew factor')],
    ]);
    const reads: string[] = [];
    const fs: FileSystem = {
      readFile: async (file) => {
        reads.push(file);
        const text = disk.get(file);
        if (text === undefined) throw Object.assign(new Error('gone'), { code: 'ENOENT' });
        return text;
      },
    };
    const store = new VocabularyStore(fs, quiet);
    const { settings } = normalizeSettings({ vocabulary: { files: ['big.yaml', 'team.yaml'] } });
    const first = await store.vocabularyFor('/w', settings);

    disk.set('/w/team.yaml', team('squad factor'));
    store.invalidate();
    const second = await store.vocabularyFor('/w', settings);

    assert.deepEqual(reads, ['/w/big.yaml', '/w/team.yaml', '/w/big.yaml', '/w/team.yaml']);
    assert.deepEqual(second.index.terms.get('team-one')!.synonyms, ['squad factor']);
    // A merged term takes its list from the parsed layer: the very same list means the same parse.
    assert.equal(second.index.terms.get('big-one')!.synonyms, first.index.terms.get('big-one')!.synonyms);
    assert.notEqual(second.index.terms.get('team-one')!.synonyms, first.index.terms.get('team-one')!.synonyms);
  });

  it('reads a vocabulary file whose name starts with two dots, and once when it is named twice, and refuses one above the folder', () => {
    const store = new VocabularyStore({ readFile: async () => '' }, quiet);
    const { resolved, problems } = store.resolveFiles('/w', ['..team.yaml', 'sub/..x.yaml', '../team.yaml', '${workspaceFolder}/..', './..team.yaml', '${workspaceFolder}/sub/..x.yaml']);
    assert.deepEqual(resolved, ['/w/..team.yaml', '/w/sub/..x.yaml'], 'each file once, however it is named');
    assert.deepEqual(store.resolveFiles('/w', ['..team.yaml', 'sub/..x.yaml', '../team.yaml', '${workspaceFolder}/..', './..team.yaml', '${workspaceFolder}/sub/..x.yaml']).entries, [0, 1], 'by the entry that first names it');
    assert.deepEqual(problems.map((p) => [p.entry, p.message.split("'")[1]]), [[2, '../team.yaml'], [3, '${workspaceFolder}/..']]);
    // The folder's path is put in as it is: `$$` or `$&` in it are no replacement patterns.
    for (const folder of ['/w/a$$b', '/w/a$&b', "/w/a$'b"]) assert.deepEqual(store.resolveFiles(folder, ['${workspaceFolder}/team.yaml']), { resolved: [`${folder}/team.yaml`], entries: [0], problems: [] });
  });

  it('reads no file a note outside every folder names through ${workspaceFolder} or a relative path, and says why', () => {
    // '${workspaceFolder}/vocabulary/lab.yaml', the README's example, read /vocabulary/lab.yaml for an untitled note.
    const store = new VocabularyStore({ readFile: async () => '' }, quiet);
    const { resolved, problems } = store.resolveFiles(undefined, ['${workspaceFolder}/vocabulary/lab.yaml', '${workspaceFolder}/../etc/team.yaml', 'lab.yaml', '/srv/shared/lab.yaml']);
    assert.deepEqual(resolved, ['/srv/shared/lab.yaml']);
    assert.deepEqual(problems.map((p) => p.message), [
      "regenNotes.vocabulary.files: '${workspaceFolder}/vocabulary/lab.yaml' names ${workspaceFolder}, but the note is not in a workspace folder.",
      "regenNotes.vocabulary.files: '${workspaceFolder}/../etc/team.yaml' names ${workspaceFolder}, but the note is not in a workspace folder.",
      "regenNotes.vocabulary.files: 'lab.yaml' is relative, but the note is not in a workspace folder.",
    ]);
  });

  it("writes 20 of a file's problems to the output and counts the rest, and every problem of the settings", async () => {
    const duplicates = Array.from({ length: 30 }, (_, i) => `  - id: dup-${i}\n    label: duplicate ${i}\n    kind: molecule\n    synonyms: [hepatocyte]\n`).join('');
    const warnings: string[] = [];
    const store = new VocabularyStore({ readFile: async () => `terms:\n${duplicates}` }, { ...quiet, warn: (message) => warnings.push(message) });
    const inline = Array.from({ length: 25 }, (_, i) => ({ id: `inline-${i}`, label: `inline ${i}`, kind: 'molecule', synonyms: ['HGF'] }));
    const { settings } = normalizeSettings({ vocabulary: { files: ['dup.yaml'], terms: inline } });
    const vocabulary = await store.vocabularyFor('/w', settings);
    assert.equal(vocabulary.problems.get('/w/dup.yaml')?.length, 30);
    const fromFile = warnings.filter((w) => w.startsWith('Vocabulary /w/dup.yaml: '));
    assert.equal(fromFile.length, 21);
    assert.equal(fromFile[20], 'Vocabulary /w/dup.yaml: 10 more problems; the file\'s diagnostics list them all.');
    assert.equal(warnings.filter((w) => w.startsWith('Vocabulary settings: ')).length, 25);
  });

  it('reads at most 64 MB of vocabulary files in a folder, and says which files it left', async () => {
    // Each file is parsed, merged and indexed: ten of 20 MB could run the server out of memory.
    const padded = (id: string) => `{"terms": [{"id": "${id}", "label": "${id} factor", "kind": "molecule"}]}`.padEnd(20 * 1024 * 1024, ' ');
    const reads: string[] = [];
    const store = new VocabularyStore(
      {
        readFile: async (file) => {
          reads.push(file);
          return padded(file.slice(3, -5));
        },
      },
      quiet,
    );
    const { settings } = normalizeSettings({ vocabulary: { files: ['a.json', 'b.json', 'c.json', 'd.json', 'e.json'] } });
    // As the CLI reads them from a settings file, with where each entry is written.
    const fileSpans = settings.vocabulary.files.map((_, i) => ({ start: 100 + i * 20, end: 110 + i * 20, line: 5 + i }));
    const vocabulary = await store.vocabularyFor('/w', { ...settings, vocabulary: { ...settings.vocabulary, fileSpans } });
    assert.deepEqual(reads, ['/w/a.json', '/w/b.json', '/w/c.json', '/w/d.json']);
    assert.deepEqual(['a', 'b', 'c', 'd'].map((id) => vocabulary.index.terms.has(id)), [true, true, true, false]);
    assert.deepEqual(vocabulary.problems.get('settings')?.map((p) => p.message), ['regenNotes.vocabulary.files: the files hold more than 64 MB in all; /w/d.json and the 1 after it were not read.']);
    assert.deepEqual(vocabulary.problems.get('settings')?.map((p) => [p.line, p.start, p.end]), [[8, 160, 170]], 'at the entry of the first file left out');
  });

  it('after a broken version, the earlier text is in force again, without problems', async () => {
    let text = big;
    const store = new VocabularyStore({ readFile: async () => text }, quiet);
    const { settings } = normalizeSettings({ vocabulary: { files: ['big.yaml'] } });
    await store.vocabularyFor('/w', settings);
    text = 'terms: [';
    store.invalidate();
    const broken = await store.vocabularyFor('/w', settings);
    assert.ok([...broken.problems.keys()].includes('/w/big.yaml'), 'the broken file is reported');
    assert.ok(broken.index.terms.has('big-one'), 'its last good version stays in force');
    text = big;
    store.invalidate();
    const fixed = await store.vocabularyFor('/w', settings);
    assert.equal(fixed.problems.has('/w/big.yaml'), false);
    assert.ok(fixed.index.terms.has('big-one'));
  });

  it('after a settings change, keeps the last good version of a file the settings still name, and forgets the others', async () => {
    const disk = new Map([
      ['/w/big.yaml', big],
      ['/w/team.yaml', team('crew factor')],
    ]);
    const store = new VocabularyStore({ readFile: async (file) => disk.get(file)! }, quiet);
    const both = normalizeSettings({ vocabulary: { files: ['big.yaml', 'team.yaml'] } }).settings;
    await store.vocabularyFor('/w', both);
    // Both files break; the settings now name big.yaml alone.
    disk.set('/w/big.yaml', 'terms: [');
    disk.set('/w/team.yaml', 'terms: [');
    store.invalidate();
    const bigOnly = normalizeSettings({ vocabulary: { files: ['big.yaml'] } }).settings;
    store.retain([{ folder: '/w', settings: bigOnly }]);
    assert.ok((await store.vocabularyFor('/w', bigOnly)).index.terms.has('big-one'), "big.yaml's last good version is in force");
    // Named again, team.yaml has no last good version left: it was dropped with the settings that named it.
    const again = await store.vocabularyFor('/w', both);
    assert.equal(again.index.terms.has('team-one'), false);
    assert.ok(again.problems.has('/w/team.yaml'));
  });

  it('after a settings change, keeps the vocabularies still asked for and forgets the others with their files', async () => {
    const reads: string[] = [];
    const fs: FileSystem = {
      readFile: async (file) => {
        reads.push(file);
        return file.endsWith('big.yaml') ? big : team('crew factor');
      },
    };
    const store = new VocabularyStore(fs, quiet);
    const withBig = normalizeSettings({ vocabulary: { files: ['big.yaml'] } }).settings;
    const withTeam = normalizeSettings({ vocabulary: { files: ['team.yaml'] } }).settings;
    const big1 = await store.vocabularyFor('/w', withBig);
    await store.vocabularyFor('/w', withTeam);

    const levelChanged = normalizeSettings({ vocabulary: { files: ['big.yaml'] }, claims: { level: 'error' } }).settings;
    store.retain([{ folder: '/w', settings: levelChanged }]);
    assert.equal(await store.vocabularyFor('/w', levelChanged), big1, 'the same vocabulary, not a reload');
    assert.ok(store.reads('/w/big.yaml'));
    assert.equal(store.reads('/w/team.yaml'), false, 'no vocabulary kept reads it');
    assert.deepEqual(reads, ['/w/big.yaml', '/w/team.yaml']);

    await store.vocabularyFor('/w', withTeam);
    assert.deepEqual(reads, ['/w/big.yaml', '/w/team.yaml', '/w/team.yaml'], 'a forgotten vocabulary is loaded again when asked for');
  });
});

describe('SourceLibrary', () => {
  it('after a settings change, keeps the texts still named, indexes them for a new vocabulary without reading them again, and forgets the others', async () => {
    const disk = new Map([
      ['/w/refs/a.md', 'Kupffer cells clear endotoxin.\n'],
      ['/w/notes/b.md', 'Kupffer cells again.\n'],
    ]);
    const reads: string[] = [];
    const fs: FileSystem = {
      readFile: async (file) => {
        reads.push(file);
        return disk.get(file)!;
      },
      listFiles: async (folder, accept) => ({ files: [...disk].filter(([file]) => accept(file.slice(folder.length + 1))).map(([file, text]) => ({ path: file, size: text.length })), truncated: false }),
    };
    const library = new SourceLibrary(fs, quiet);
    const kupffer = { id: 'kupffer-cell', label: 'Kupffer cells', kind: 'cell' as const };
    const vocabulary = indexOf([kupffer]);
    const first = await library.sourcesFor('/w', ['refs/*.md'], vocabulary);
    await library.sourcesFor('/w', ['notes/*.md'], vocabulary);

    const scopeChanged = normalizeSettings({ sources: ['refs/*.md'], claims: { citationScope: 'sentence' } }).settings;
    library.retain([{ folder: '/w', settings: scopeChanged }]);
    assert.equal(await library.sourcesFor('/w', scopeChanged.sources, vocabulary), first, 'the same index, not a new read');
    assert.ok(library.affects('/w/refs/new.md'));
    assert.equal(library.affects('/w/notes/b.md'), false, 'no sources kept name it');

    const termAdded = await library.sourcesFor('/w', scopeChanged.sources, indexOf([kupffer, { id: 'endotoxin', label: 'endotoxin', kind: 'molecule' }]));
    assert.ok(termAdded.passages.has('endotoxin'), 'indexed against the new vocabulary');
    assert.deepEqual(reads, ['/w/refs/a.md', '/w/notes/b.md']);
  });

  it('walks only the folders its globs start in, once each, and finds the files they match there', async () => {
    // 'refs/*.md' walked the whole workspace folder: with the home folder open, 6 s to the first hover.
    const disk = new Map([
      ['/w/refs/a.md', 'Kupffer cells clear endotoxin.\n'],
      ['/w/refs/deep/b.md', 'Kupffer cells again.\n'],
      ['/w/papers/x.md', 'Kupffer cells in a paper.\n'],
      ['/w/other/c.md', 'Kupffer cells elsewhere.\n'],
    ]);
    const walked: string[] = [];
    const fs: FileSystem = {
      readFile: async (file) => disk.get(file)!,
      listFiles: async (folder, accept) => {
        walked.push(folder);
        const files = [...disk].filter(([file]) => file.startsWith(`${folder}/`) && accept(file.slice(folder.length + 1)));
        return { files: files.map(([file, text]) => ({ path: file, size: text.length })), truncated: false };
      },
    };
    const library = new SourceLibrary(fs, quiet);
    const vocabulary = indexOf([{ id: 'kupffer-cell', label: 'Kupffer cells', kind: 'cell' as const }]);
    const sources = await library.sourcesFor('/w', ['refs/*.md', 'refs/deep/**/*.md', 'papers/x.md', 'notes/{a,b}/*.md'], vocabulary);
    // Each alternative of a group is walked from its own folder.
    assert.deepEqual(walked, ['/w/notes/a', '/w/notes/b', '/w/papers', '/w/refs']);
    assert.deepEqual(sources.passages.get('kupffer-cell')?.map((p) => p.label).sort(), ['a.md', 'b.md', 'x.md']);
    walked.length = 0;
    await library.sourcesFor('/w', ['**/c.md', 'refs/*.md'], vocabulary);
    assert.deepEqual(walked, ['/w']);
  });

  it('reads at most 64 MB of sources in a folder, and says which files it left', async () => {
    const mb = 1024 * 1024;
    const sizes = new Map([
      ['/w/refs/a.md', 20 * mb],
      ['/w/refs/b.md', 20 * mb],
      ['/w/refs/c.md', 20 * mb],
      ['/w/refs/d.md', 20 * mb],
      ['/w/refs/e.md', mb],
    ]);
    const reads: string[] = [];
    const fs: FileSystem = {
      // The texts are short: the sizes the listing gives are what count.
      readFile: async (file) => {
        reads.push(file);
        return `Kupffer cells, in ${file}.\n`;
      },
      listFiles: async () => ({ files: [...sizes].map(([file, size]) => ({ path: file, size })), truncated: false }),
    };
    const warnings: string[] = [];
    const library = new SourceLibrary(fs, { ...quiet, warn: (message) => warnings.push(message) });
    const sources = await library.sourcesFor('/w', ['refs/*.md'], indexOf([{ id: 'kupffer-cell', label: 'Kupffer cells', kind: 'cell' }]));
    assert.deepEqual(reads, ['/w/refs/a.md', '/w/refs/b.md', '/w/refs/c.md']);
    const problem = 'regenNotes.sources: the files that match in /w hold more than 64 MB; /w/refs/d.md and the 1 after it were not read.';
    assert.deepEqual(sources.problems, [problem]);
    assert.deepEqual(warnings, [problem]);
    assert.equal(sources.passages.get('kupffer-cell')?.length, 3);
  });

  it('says which file it could not name, and refuses a glob one of whose alternatives leaves the folder', async function () {
    if (process.platform !== 'linux') this.skip();
    const folder = mkdtempSync(path.join(tmpdir(), 'regen-sources-'));
    try {
      mkdirSync(path.join(folder, 'refs'));
      writeFileSync(path.join(folder, 'refs', 'a.md'), 'Kupffer cells clear endotoxin.\n');
      // A Latin-1 name comes back from the disk with U+FFFD for é: a path no call can open.
      writeFileSync(Buffer.from(`${path.join(folder, 'refs')}/r\xe9sum\xe9.md`, 'latin1'), 'Kupffer cells again.\n');
      const warnings: string[] = [];
      const library = new SourceLibrary(nodeFileSystem, { ...quiet, warn: (message) => warnings.push(message) });
      const sources = await library.sourcesFor(folder, ['refs/*.md', '{refs,../elsewhere}/*.md'], indexOf([{ id: 'kupffer-cell', label: 'Kupffer cells', kind: 'cell' }]));
      assert.deepEqual(sources.problems, [
        `regenNotes.sources: '{refs,../elsewhere}/*.md' reaches outside the workspace folder ${folder}; it was not read.`,
        `regenNotes.sources: cannot read ${folder}/refs/r\ufffdsum\ufffd.md (its name is not UTF-8); it was not read.`,
      ]);
      assert.deepEqual(warnings.slice(1), sources.problems.slice(1));
      assert.equal(sources.passages.get('kupffer-cell')?.length, 1);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('nodeFileSystem.listFiles', () => {
  it('stops walking the folder when told to, as a cancelled Find All References does', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'regen-walk-'));
    try {
      for (const dir of ['a', 'b', 'c']) {
        mkdirSync(path.join(folder, dir));
        writeFileSync(path.join(folder, dir, 'note.md'), 'Kupffer cells.\n');
      }
      const all = await nodeFileSystem.listFiles(folder, () => true, 100);
      assert.equal(all.files.length, 3);
      // Asked before each folder is read: the walk of a folder of a million files went on for
      // seconds after the request that wanted it was cancelled.
      let asked = 0;
      const stopped = await nodeFileSystem.listFiles(folder, () => true, 100, () => ++asked > 2);
      assert.deepEqual(
        stopped.files.map((f) => path.relative(folder, f.path)),
        [path.join('a', 'note.md')],
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
