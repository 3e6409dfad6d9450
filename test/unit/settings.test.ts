import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { layerFromSettings } from '../../server/src/core';
import { expandBraces, globMatcher } from '../../server/src/globs';
import { findTeamCue, teamCuePattern } from '../../server/src/core/hedges';
import { isNotePath, knownSettings, normalizeSettings } from '../../server/src/settings';

describe('settings under arbitrary input', () => {
  it('normalizes any JSON value into valid settings with messages, and matches notes without throwing', () => {
    const glob = fc.oneof(fc.string(), fc.constantFrom('**/*.md', '[', '[a-', '{a,b', '!(x', '*(', '\\', '**/[!a].md', '+(a|b)', '@(', '{'.repeat(5000), '{1..100000}', '{,}'.repeat(30), `${'{'.repeat(20_000)}a${'}'.repeat(20_000)}`));
    const value = fc.oneof(fc.jsonValue(), fc.array(glob, { maxLength: 3 }));
    fc.assert(
      fc.property(value, value, value, fc.jsonValue(), fc.string(), (include, exclude, terms, raw, file) => {
        const { settings } = normalizeSettings({ include, exclude, sources: include, vocabulary: { terms, files: exclude }, claims: { level: raw, citationScope: raw, cues: include }, check: { frequency: raw } });
        // Any cue that passes makes a pattern that compiles and runs.
        const cues = teamCuePattern(settings.claims.cues);
        if (cues) findTeamCue(file, 0, file.length, cues);
        for (const list of [settings.include, settings.exclude, settings.sources, settings.vocabulary.files]) assert.ok(list.every((g) => typeof g === 'string' && g.trim() !== ''));
        isNotePath(settings, file);
        isNotePath(settings, 'notes/a.md');
        layerFromSettings(settings.vocabulary.terms, { layer: 'settings' });
        normalizeSettings(raw);
      }),
      { numRuns: 300, seed: 20261127 },
    );
  });

  it('uses the defaults, with a message, for settings nested thousands of levels deep, where quoting a value overflowed the stack', () => {
    let deep: unknown = [];
    for (let i = 0; i < 10_000; i++) deep = [deep];
    for (const raw of [{ vocabulary: { terms: deep } }, { claims: { level: { 'claim.unsupported': deep } } }, { claims: { citationScope: deep } }, { vocabulary: { builtin: deep } }]) {
      const { settings, problems } = normalizeSettings(raw);
      assert.deepEqual(settings, normalizeSettings(undefined).settings);
      assert.deepEqual(problems, ['regenNotes: a value is nested more than 64 levels deep; using defaults.']);
    }
  });

  it('matches no path more than 64 folders deep, where the four `**` a glob may have took 46 s at 800', () => {
    const { settings, problems } = normalizeSettings({ include: ['**/x/**/x/**/x/**/y.md'] });
    assert.deepEqual(problems, []);
    assert.equal(isNotePath(settings, `${'x/'.repeat(63)}y.md`), true);
    assert.equal(isNotePath(settings, `${'x/'.repeat(700)}n.md`), false);
  });

  it('uses the first 1,000 entries of a list setting, and says so', () => {
    // 100,000 include globs took ~1 GB of memory and 70 ms for each path a note had.
    const many = Array.from({ length: 100_000 }, (_, i) => `notes/n${i}/*.md`);
    const { settings, problems } = normalizeSettings({ include: many, exclude: many, sources: many, vocabulary: { files: many.map((_, i) => `v${i}.yaml`) } });
    for (const list of [settings.include, settings.exclude, settings.sources, settings.vocabulary.files]) assert.equal(list.length, 1000);
    assert.deepEqual(settings.include, many.slice(0, 1000));
    assert.deepEqual(problems.sort(), ['exclude', 'include', 'sources', 'vocabulary.files'].map((name) => `regenNotes.${name}: 100000 entries; only the first 1000 are used.`));
    assert.equal(isNotePath(settings, 'notes/n999/a.md'), false, 'excluded by the 1,000th exclude');
    assert.equal(normalizeSettings({ include: many.slice(0, 1000) }).problems.length, 0);
  });

  it('quotes at most 60 characters of a value in a message, and names all unknown finding codes in one', () => {
    // A 10 MB level went whole into a notification; 100,000 unknown codes made as many messages, for every note.
    const long = 'x'.repeat(10_000_000);
    const codes = Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`code${i}`, 'off']));
    assert.deepEqual(normalizeSettings({ claims: { level: long } }).problems, [`regenNotes.claims.level: '${'x'.repeat(60)}…' is not one of error, warning, information, hint, off; using the default.`]);
    assert.deepEqual(normalizeSettings({ claims: { level: { 'claim.unsupported': long, [long]: 'off' } } }).problems, [
      `regenNotes.claims.level.claim.unsupported: '${'x'.repeat(60)}…' is not one of error, warning, information, hint, off; using the default.`,
      `regenNotes.claims.level: unknown finding code '${'x'.repeat(60)}…' ignored.`,
    ]);
    assert.deepEqual(normalizeSettings({ claims: { level: codes } }).problems, ["regenNotes.claims.level: unknown finding codes 'code0', 'code1', 'code2' and 99997 more ignored."]);
  });

  it('drops a glob that cannot be read, with a message, and keeps the others', () => {
    const long = `notes/${'a'.repeat(70_000)}.md`;
    const { settings, problems } = normalizeSettings({ include: [long, 'notes/**/*.md'], exclude: [long], sources: [long] });
    assert.deepEqual([settings.include, settings.exclude, settings.sources], [['notes/**/*.md'], [], []]);
    assert.equal(problems.length, 3);
    assert.deepEqual(problems.map((p) => p.split(':')[0]).sort(), ['regenNotes.exclude', 'regenNotes.include', 'regenNotes.sources']);
    assert.match(problems.find((p) => p.startsWith('regenNotes.include'))!, /^regenNotes\.include: 'notes\/a{54}…' is not a glob that can be used \(.*65536.*\); it was ignored\.$/);
    assert.equal(isNotePath(settings, 'notes/x.md'), true);
  });

  it('drops a glob that could take minutes to match, and reads what only picomatch gives a meaning as plain characters', () => {
    const stars = '**/*a*a*a*a*a*x.md';
    const globstars = '**/a/**/a/**/a/**/a/**/a/**/x.md';
    const { settings, problems } = normalizeSettings({ include: [stars, 'notes/**/*-*-*.md', '**/+([a-z]|a)x.md'], exclude: [globstars], sources: [stars] });
    assert.deepEqual([settings.include, settings.exclude, settings.sources], [['notes/**/*-*-*.md', '**/+([a-z]|a)x.md'], [], []]);
    assert.deepEqual(problems, [
      `regenNotes.sources: '${stars}' is not a glob that can be used (more than 3 '*' in '*a*a*a*a*a*x.md', one part of the path, could take minutes to match); it was ignored.`,
      `regenNotes.include: '${stars}' is not a glob that can be used (more than 3 '*' in '*a*a*a*a*a*x.md', one part of the path, could take minutes to match); it was ignored.`,
      `regenNotes.exclude: '${globstars}' is not a glob that can be used (more than 4 '**' could take minutes to match); it was ignored.`,
    ]);
    assert.equal(isNotePath(settings, 'notes/2024-01-lab.md'), true);
    // As an extglob, +([a-z]|a) would be one or more letters, and backtrack for seconds on a long name.
    assert.equal(isNotePath(settings, `notes/${'a'.repeat(40)}x.md`), false);
    assert.equal(isNotePath(settings, 'notes/+(q|a)x.md'), true);
  });

  it("drops a glob whose parts have more than two '*' past the first of each, counted together, and keeps the ones teams write", () => {
    // Parts with several '*' multiply: three parts of three took seconds on folders of 30 letters.
    const slow = ['d/*a*a*a/*a*a*a/*a*a*b/*.md', 'd/*a*a/*a*a/*a*b/*.md', 'd/*a*a*a/*a*b/*.md'];
    const team = ['notes/**/*-draft-*.md', '**/*_*_*.md', '*-*/*-*/*.md', 'notes/*/**/*.md'];
    const { settings, problems } = normalizeSettings({ include: [...slow, ...team] });
    assert.deepEqual(settings.include, team);
    assert.deepEqual(problems, slow.map((glob) => `regenNotes.include: '${glob}' is not a glob that can be used (more than 2 '*' past the first of each part of the path, counted over all its parts, could take minutes to match); it was ignored.`));
    assert.equal(isNotePath(settings, 'x-1/y-2/z.md'), true);
  });

  it("drops a glob whose '{…}' groups could take minutes to match or to read, and keeps the ones teams write", () => {
    // Each group doubles the ways to match a name of a's: 30 of them are 2^30 for a name of 60.
    const empties = '{,}'.repeat(30);
    const doubles = `${'{a,aa}'.repeat(9)}*x.md`;
    const besideStars = `${'{a,aa}'.repeat(5)}*a*a*x.md`;
    // picomatch takes seconds to read this and makes a regular expression too large to compile.
    const nested = `${'{'.repeat(20_000)}a${'}'.repeat(20_000)}`;
    // Escaped braces are plain characters, and no group.
    const team = ['{notes,papers}/{2024,2025}/**/*.{md,markdown}', '**/{a,aa}{a,aa}*a*a*x.md', `escaped/${'\\{,\\}'.repeat(20)}.md`];
    const { settings, problems } = normalizeSettings({ include: [empties, nested, ...team], exclude: [doubles, besideStars] });
    assert.deepEqual(settings.include, team);
    assert.deepEqual(settings.exclude, []);
    assert.deepEqual(problems, [
      `regenNotes.include: '${empties.slice(0, 60)}…' is not a glob that can be used (more than 16 '{…}' groups could take minutes to match); it was ignored.`,
      `regenNotes.include: '${nested.slice(0, 60)}…' is not a glob that can be used (more than 16 '{…}' groups could take minutes to match); it was ignored.`,
      `regenNotes.exclude: '${doubles}' is not a glob that can be used (its '{…}' groups make more than 256 alternatives, which could take minutes to match); it was ignored.`,
      `regenNotes.exclude: '${besideStars}' is not a glob that can be used (its '{…}' groups make more than 16 alternatives beside 2 '*' past the first of a part of the path, which could take minutes to match); it was ignored.`,
    ]);
    assert.equal(isNotePath(settings, 'papers/2025/lab/liver.markdown'), true);
    assert.equal(isNotePath(settings, 'papers/2023/lab/liver.md'), false);
    assert.equal(isNotePath(settings, `deep/${'a'.repeat(250)}.md`), false);
    assert.equal(isNotePath(settings, `escaped/${'{,}'.repeat(20)}.md`), true);
  });

  it('reads globs as VS Code does: groups written out, `!` a plain character, `[!…]` a class of what is not listed', () => {
    assert.deepEqual(expandBraces('{notes,../shared}/*.md'), ['notes/*.md', '../shared/*.md']);
    assert.deepEqual(expandBraces('*.{md}'), ['*.md']);
    assert.deepEqual(expandBraces('{,draft-}*.{md,markdown}'), ['*.md', '*.markdown', 'draft-*.md', 'draft-*.markdown']);
    assert.deepEqual(expandBraces('x{a,{b,c}}y'), ['xay', 'xby', 'xcy']);
    assert.deepEqual(expandBraces('[{]{1,2}'), ['[{]1', '[{]2']);
    assert.deepEqual(expandBraces('a{b'), ['a{b']);
    assert.deepEqual(expandBraces('\\{a,b}'), ['\\{a,b}']);
    // picomatch read `..` in a group as a range, and one alternative as the characters: these matched nothing.
    assert.equal(globMatcher('{notes,../shared}/*.md', true)('notes/a.md'), true);
    assert.equal(globMatcher('notes/*.{md}', true)('notes/a.md'), true);
    assert.equal(globMatcher('{br}/*.md', true)('br/a.md'), true);
    assert.equal(globMatcher('a{b', true)('a{b'), true);
    // A leading `!` negated the glob: with it in `include`, every file was a note.
    const { settings } = normalizeSettings({ include: ['**/*.md', '!**/drafts/**'] });
    assert.equal(isNotePath(settings, 'data.csv'), false);
    assert.equal(isNotePath(settings, '.vscode/settings.json'), false);
    assert.equal(isNotePath(settings, 'drafts/a.md'), true);
    assert.equal(globMatcher('!x.md', true)('!x.md'), true);
    // picomatch read `[!a]` as `!` or `a`.
    assert.equal(globMatcher('[!a]*.md', true)('b.md'), true);
    assert.equal(globMatcher('[!a]*.md', true)('a.md'), false);
    assert.equal(globMatcher('[a!]x', true)('!x'), true);
  });

  it('names the regenNotes.* keys that are not settings, so a misspelt one is not silently no setting', () => {
    const { settings, problems } = normalizeSettings({ claim: { level: 'error' }, vocabulary: { file: ['a.yaml'], builtin: false }, claims: { level: 'error' }, trace: { server: 'off' } });
    assert.deepEqual(problems, ["'regenNotes.claim', 'regenNotes.vocabulary.file' are not settings of Regen Notes; they were ignored."]);
    assert.equal(settings.vocabulary.builtin, false);
    assert.equal(settings.levels['claim.unsupported'], 'error');
    assert.deepEqual(normalizeSettings({ include: ['**/*.md'], exclude: [], sources: [], vocabulary: { files: [], terms: [] }, claims: { citationScope: 'sentence' } }).problems, []);
  });

  it("reads the team's claim cues, and drops with a message those with no letter or digit or over 100 characters", () => {
    assert.deepEqual(normalizeSettings(undefined).settings.claims.cues, []);
    const padded = ` ${'y'.repeat(99)} `;
    const { settings, problems } = normalizeSettings({ claims: { cues: ['outcompete', ' the clear winner ', '...', 'x'.repeat(101), 42, '', padded, 'z'.repeat(100)] } });
    assert.deepEqual(settings.claims.cues, ['outcompete', ' the clear winner ', 'z'.repeat(100)]);
    assert.deepEqual(problems, [
      'regenNotes.claims.cues: entries that are not non-empty strings were ignored.',
      "regenNotes.claims.cues: '...' has no letter or digit; it was ignored.",
      `regenNotes.claims.cues: '${'x'.repeat(60)}…' is longer than 100 characters; it was ignored.`,
      // Counted as the settings schema's maxLength counts it, spaces and all.
      `regenNotes.claims.cues: '${padded.slice(0, 60)}…' is longer than 100 characters; it was ignored.`,
    ]);
    assert.deepEqual(normalizeSettings({ claims: { cues: 'outcompete' } }).problems, ['regenNotes.claims.cues: expected a list of strings, got "outcompete"; using the default.']);
  });

  it('reads which sentences a result cue makes claims of, and falls back to always with a message for a value it does not know', () => {
    assert.equal(normalizeSettings(undefined).settings.claims.resultCues, 'always');
    assert.equal(normalizeSettings({ claims: { resultCues: 'withTerm' } }).settings.claims.resultCues, 'withTerm');
    const { settings, problems } = normalizeSettings({ claims: { resultCues: 'never' } });
    assert.equal(settings.claims.resultCues, 'always');
    assert.equal(problems.length, 1);
    assert.match(problems[0], /^regenNotes\.claims\.resultCues: .*'always' or 'withTerm'/);
  });

  it('reads check.frequency, and falls back to edit with a message for a value it does not know', () => {
    assert.equal(normalizeSettings(undefined).settings.check.frequency, 'edit');
    for (const frequency of ['save', 'manual'] as const) {
      assert.deepEqual(normalizeSettings({ check: { frequency } }), { settings: { ...normalizeSettings(undefined).settings, check: { frequency } }, problems: [] });
    }
    for (const raw of ['onSave', 'Manual', 1, ['save']]) {
      const { settings, problems } = normalizeSettings({ check: { frequency: raw } });
      assert.equal(settings.check.frequency, 'edit');
      assert.deepEqual(problems, [`regenNotes.check.frequency: expected 'edit', 'save' or 'manual', got ${JSON.stringify(raw)}; using the default.`]);
    }
  });

  it('takes every check.frequency that package.json offers, each with a description', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    const frequency = manifest.contributes.configuration.properties['regenNotes.check.frequency'];
    assert.deepEqual(frequency.enum, ['edit', 'save', 'manual']);
    assert.equal(frequency.enumDescriptions.length, frequency.enum.length);
    for (const value of frequency.enum) assert.deepEqual(normalizeSettings({ check: { frequency: value } }).problems, [], value);
  });

  it('knows every setting package.json contributes, and no other', () => {
    const manifest = JSON.parse(readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8'));
    const contributed = Object.keys(manifest.contributes.configuration.properties).map((key) => key.replace(/^regenNotes\./, '')).sort();
    const known = Object.entries(knownSettings).flatMap(([group, keys]) => (keys ? keys.map((key) => `${group}.${key}`) : [group])).sort();
    assert.deepEqual(known, contributed);
  });
});
