import assert from 'node:assert/strict';
import { parse as parseJsonc } from 'jsonc-parser';
import { parse as parseYaml } from 'yaml';
import { addTermEdits, addToSettingsList, analyzeDocument, applyTextEdits, buildTermIndex, builtinLayer, findUnknownTermCandidates, indexSources, mergeLayers, passagesOf, termHover, newTermEntry, parseVocabulary, termIdFor } from '../../server/src/core';
import { builtinIndex } from './helpers';

const add = (text: string, file: string, word: string, kind: 'molecule' | 'cell' | 'mechanism' = 'molecule') => {
  const edits = addTermEdits(text, file, newTermEntry(word, kind));
  assert.ok(edits, 'expected edits');
  return applyTextEdits(text, edits);
};
const ids = (text: string) => (parseYaml(text) as { terms: { id: string }[] }).terms.map((t) => t.id);

describe('unknown term candidates', () => {
  it('finds acronym-like words in prose that are not terms, and skips code and known terms', () => {
    const text = 'c-Met and ERK, STAT3, miR-21, let-7, TGF-β1, CD44 and NF-κB act with HGF in `FooBar` and the Liver. Phase II.';
    const analysis = analyzeDocument(text, builtinIndex());
    const words = findUnknownTermCandidates(analysis.prose.masked, analysis.terms).map((c) => c.word);
    for (const w of ['c-Met', 'ERK', 'STAT3', 'miR-21', 'let-7', 'TGF-β1', 'CD44', 'NF-κB']) assert.ok(words.includes(w), w);
    for (const w of ['HGF', 'FooBar', 'Liver', 'II', 'and']) assert.ok(!words.includes(w), w);
  });

  it('reads the whole word under a cursor and drops an acronym plural s', () => {
    const text = 'Two ERKs were seen.';
    const at = text.indexOf('RK');
    const [candidate] = findUnknownTermCandidates(text, [], at, at);
    assert.deepEqual(candidate, { start: text.indexOf('ERK'), end: text.indexOf('ERK') + 3, word: 'ERK' });
  });

  it('offers no word whose entry the schema would refuse, and makes no edit for such an entry', () => {
    const sequence = 'ACGT'.repeat(60) + 'X1';
    const words = findUnknownTermCandidates(`ДНК binds CD44 and ${sequence}.`, []).map((c) => c.word);
    assert.deepEqual(words, ['CD44'], 'no id for Cyrillic letters; an id and label over the limits for a sequence');
    const file = 'terms:\n  - id: egf\n    label: EGF\n    kind: molecule\n';
    assert.equal(addTermEdits(file, 'v.yaml', newTermEntry('ДНК', 'molecule')), undefined);
    assert.equal(addTermEdits(file, 'v.yaml', newTermEntry(sequence, 'molecule')), undefined);
  });

  it('recognizes an added term in the plural it was offered from, after a number too (CD44s, IL-6s)', () => {
    for (const word of ['CD44s', 'CXCR4s', 'ERKs']) {
      const note = `${word} rise after hepatectomy.\n`;
      const [candidate] = findUnknownTermCandidates(note, []);
      const file = add('terms:\n  - id: egf\n    label: EGF\n    kind: molecule\n', 'v.yaml', candidate.word);
      const layer = parseVocabulary(file, { layer: 'file', file: '/w/v.yaml' }).layer!;
      const index = buildTermIndex(mergeLayers([builtinLayer(), layer]).vocabulary);
      assert.deepEqual(analyzeDocument(note, index).terms.map((t) => [t.text, t.termId]), [[word, termIdFor(candidate.word)]]);
    }
  });

  it('makes lowercase hyphenated ids with Greek letters spelled out', () => {
    assert.deepEqual(['c-Met', 'STAT3', 'miR-21', 'TGF-β1', 'NF-κB'].map(termIdFor), ['c-met', 'stat3', 'mir-21', 'tgf-beta1', 'nf-kappab']);
    assert.deepEqual(newTermEntry('CD44', 'molecule'), { id: 'cd44', label: 'CD44', kind: 'molecule', abbreviations: ['CD44'], definition: '', source: '' });
  });
});

describe('adding a term to a vocabulary file', () => {
  const lab = ['# Lab vocabulary: keep sorted by id.', 'terms:', '  # growth factors', '  - id: egf', "    label: 'epidermal growth factor'   # quoted on purpose", '    kind: molecule', '', '  # signalling', '  - id: wnt', '    label: Wnt', '    kind: molecule', '    definition: A very long definition that goes well past eighty characters so that a reflow would show up here.', ''].join('\n');

  it('inserts in id order and keeps comments, quoting and long lines byte for byte', () => {
    const result = add(lab, 'lab.yaml', 'STAT3');
    assert.deepEqual(ids(result), ['egf', 'stat3', 'wnt']);
    assert.ok(result.startsWith(lab.slice(0, lab.indexOf('  # signalling'))));
    assert.ok(result.endsWith(lab.slice(lab.indexOf('  # signalling'))), 'the comment above wnt stays with wnt');
    assert.match(result, /^ {2}- id: stat3\n {4}label: STAT3\n {4}kind: molecule\n {4}abbreviations: \[STAT3\]\n/m);
    assert.deepEqual(parseVocabulary(result, { layer: 'file', file: 'lab.yaml' }).problems, []);
  });

  it('appends after the last term and at the start before the first', () => {
    assert.deepEqual(ids(add(lab, 'lab.yaml', 'ZEB1')), ['egf', 'wnt', 'zeb1']);
    const first = add(lab, 'lab.yaml', 'CD44');
    assert.deepEqual(ids(first), ['cd44', 'egf', 'wnt']);
    assert.ok(first.startsWith('# Lab vocabulary: keep sorted by id.\nterms:\n  - id: cd44\n'));
  });

  it('writes a vocabulary into an empty file and below a file with only a comment', () => {
    assert.deepEqual(parseYaml(add('', 'v.yaml', 'c-Met')), { terms: [{ id: 'c-met', label: 'c-Met', kind: 'molecule', abbreviations: ['c-Met'], definition: '', source: '' }] });
    const commented = add('# yaml-language-server: $schema=./vocabulary.schema.json\n', 'v.yaml', 'miR-21');
    assert.ok(commented.startsWith('# yaml-language-server: $schema=./vocabulary.schema.json\n'));
    assert.deepEqual(ids(commented), ['mir-21']);
    assert.deepEqual(ids(add('relations: []\nterms: []\n', 'v.yaml', 'ERK')), ['erk']);
  });

  it('refuses a broken file, a file that is not a vocabulary, and an id already there', () => {
    assert.equal(addTermEdits('terms: [unclosed\n', 'v.yaml', newTermEntry('ERK', 'molecule')), undefined);
    assert.equal(addTermEdits('- just a list\n', 'v.yaml', newTermEntry('ERK', 'molecule')), undefined);
    assert.equal(addTermEdits(lab, 'v.yaml', newTermEntry('Wnt', 'molecule')), undefined);
    // So deep that the parsers overflow the stack: no edit, rather than an error from the server.
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    assert.equal(addTermEdits(`terms: ${deep}\n`, 'v.yaml', newTermEntry('ERK', 'molecule')), undefined);
    assert.equal(addTermEdits(`{ "terms": ${deep} }`, 'v.json', newTermEntry('ERK', 'molecule')), undefined);
  });

  it('never inserts into the block or quoted text of the term before, whose lines may start with #', () => {
    for (const definition of ['|\n      Step 1.\n      # Step 2\n', '"Step 1.\n      # Step 2"\n']) {
      const file = `terms:\n  - id: a\n    label: A\n    kind: cell\n    definition: ${definition}  # about z\n  - id: z\n    label: Z\n    kind: cell\n`;
      const result = add(file, 'v.yaml', 'B1');
      const terms = (parseYaml(result) as { terms: { id: string; definition?: string }[] }).terms;
      assert.deepEqual(terms.map((t) => t.id), ['a', 'b1', 'z']);
      assert.equal(terms[0].definition, (parseYaml(file) as { terms: { definition: string }[] }).terms[0].definition, 'the definition before keeps its lines');
      assert.ok(result.includes('  # about z\n  - id: z'), 'the comment above the next term stays with it');
    }
  });

  it('writes for the file\'s YAML version, keeps the comment of an empty terms list, and keeps CRLF line breaks', () => {
    const old = add('%YAML 1.1\n---\nterms:\n  - id: egf\n    label: EGF\n    kind: molecule\n', 'v.yaml', 'NO');
    const layer = parseVocabulary(old, { layer: 'file', file: '/w/v.yaml' }).layer;
    assert.deepEqual(layer?.terms.map((t) => [t.id, t.label, t.abbreviations]), [['egf', 'EGF', undefined], ['no', 'NO', ['NO']]], 'NO is a string, not false');
    assert.match(add('terms:   # to fill\n', 'v.yaml', 'ERK'), /# to fill/);
    const crlf = 'terms:\r\n  - id: egf\r\n    label: EGF\r\n    kind: molecule\r\n';
    for (const word of ['ERK', 'ABC']) {
      const result = add(crlf, 'v.yaml', word);
      assert.ok(!/[^\r]\n/.test(result), `${word}: every line break is CRLF in ${JSON.stringify(result)}`);
      assert.deepEqual(ids(result), word === 'ABC' ? ['abc', 'egf'] : ['egf', 'erk']);
    }
  });

  it('makes no edit to a JSON file or settings file that names its list twice, where the edit would not be read', () => {
    assert.equal(addTermEdits('{"terms": [{"id": "a", "label": "A", "kind": "cell"}], "terms": []}', 'v.json', newTermEntry('ERK', 'molecule')), undefined);
    assert.equal(addToSettingsList('{"regenNotes.vocabulary.files": [], "regenNotes.vocabulary.files": ["a.yaml"]}', 'regenNotes.vocabulary.files', 'b.yaml'), undefined);
  });

  it('edits a JSON file as JSON, keeping its indentation and comments', () => {
    const json = '{\n    // team terms\n    "terms": [\n        { "id": "egf", "label": "EGF", "kind": "molecule" },\n        { "id": "wnt", "label": "Wnt", "kind": "molecule" }\n    ]\n}\n';
    const result = add(json, 'lab.json', 'STAT3', 'molecule');
    assert.ok(result.includes('    // team terms\n'));
    assert.deepEqual((parseJsonc(result) as { terms: { id: string }[] }).terms.map((t) => t.id), ['egf', 'stat3', 'wnt']);
    assert.match(result, /\n {8}\{\n {12}"id": "stat3"/);
    assert.deepEqual(JSON.parse(add('', 'new.json', 'ERK')).terms[0].id, 'erk');
  });

  it('adds a file to the vocabulary.files setting, keeping comments and existing entries', () => {
    const key = 'regenNotes.vocabulary.files';
    const settings = '{\n  // editor\n  "editor.wordWrap": "on",\n}\n';
    const result = applyTextEdits(settings, addToSettingsList(settings, key, '.vscode/regen-vocabulary.yaml')!);
    assert.ok(result.includes('// editor'));
    assert.deepEqual(parseJsonc(result)[key], ['.vscode/regen-vocabulary.yaml']);
    const again = applyTextEdits(result, addToSettingsList(result, key, 'other.yaml')!);
    assert.deepEqual(parseJsonc(again)[key], ['.vscode/regen-vocabulary.yaml', 'other.yaml']);
    assert.deepEqual(addToSettingsList(again, key, 'other.yaml'), []);
    assert.deepEqual(parseJsonc(applyTextEdits('', addToSettingsList('', key, 'a.yaml')!))[key], ['a.yaml']);
  });

  it('edits a settings file and a JSON vocabulary that start with a byte-order mark', () => {
    const key = 'regenNotes.vocabulary.files';
    const settings = '\uFEFF{\n  "editor.wordWrap": "on"\n}\n';
    const result = applyTextEdits(settings, addToSettingsList(settings, key, 'lab.yaml')!);
    assert.deepEqual(parseJsonc(result.replace(/^\uFEFF/, '')), { 'editor.wordWrap': 'on', [key]: ['lab.yaml'] });
    const vocabulary = '\uFEFF{ "terms": [] }\n';
    const added = applyTextEdits(vocabulary, addTermEdits(vocabulary, 'lab.json', newTermEntry('zebra factor', 'molecule'))!);
    assert.equal(parseVocabulary(added, { layer: 'file', file: '/w/lab.json' }).layer?.terms[0].label, 'zebra factor');
  });

  it('adds to a JSON vocabulary or settings file written on one line as compact JSON, in its id order, leaving the rest as it was', () => {
    const compact = (word: string) => JSON.stringify(newTermEntry(word, 'molecule'));
    const oneLine = '{"terms":[{"id":"a","label":"A","kind":"cell"},{"id":"c","label":"C","kind":"cell"}]}';
    assert.equal(add(oneLine, 'team.json', 'B'), `{"terms":[{"id":"a","label":"A","kind":"cell"},${compact('B')},{"id":"c","label":"C","kind":"cell"}]}`);
    assert.equal(add('{"x":1}', 'team.json', 'B'), `{"x":1,"terms": [${compact('B')}]}`);
    const settings = '{"regenNotes.vocabulary.files":["x.yaml"]}';
    assert.equal(applyTextEdits(settings, addToSettingsList(settings, 'regenNotes.vocabulary.files', 'a.yaml')!), '{"regenNotes.vocabulary.files":["x.yaml","a.yaml"]}');
    // 4,000 terms on one line (0.6 MB): formatting its one line around the edit took 50 s.
    const terms = Array.from({ length: 4000 }, (_, i) => ({ id: `t-${String(i).padStart(4, '0')}`, label: `term ${i}`, kind: 'molecule', synonyms: [`synonym ${i}`, `other ${i}`] }));
    const big = JSON.stringify({ terms });
    const added = add(big, 'big.json', 'T-1000A');
    const after = (JSON.parse(added) as { terms: { id: string }[] }).terms.map((t) => t.id);
    assert.deepEqual(after.slice(1000, 1003), ['t-1000', 't-1000a', 't-1001']);
    assert.equal(added.replace(`${compact('T-1000A')},`, ''), big);
  });

  it('does not edit a settings file that is not a JSON object', () => {
    for (const text of ['null', '[]\n', '5', '{ "editor.wordWrap": ', '{ "a": 1 } trailing', `{ "a": ${'['.repeat(100_000)}${']'.repeat(100_000)} }`]) assert.equal(addToSettingsList(text, 'regenNotes.vocabulary.files', 'a.yaml'), undefined, text.slice(0, 40));
  });
});

describe('source index', () => {
  it('quotes up to three sentences per term with their line, skipping code', () => {
    const text = '# Review\n\nKupffer cells clear endotoxin. Nothing here.\nKupffer cells make TNF-α. Kupffer cells sit in sinusoids.\nKupffer cells again.\n\n```\nKupffer cells in code.\n```\n';
    const { passages } = indexSources([{ uri: 'file:///r/review.md', label: 'review.md', text, markdown: true }], builtinIndex());
    const kupffer = passages.get('kupffer-cell')!;
    assert.deepEqual(kupffer.map((p) => [p.text, p.line]), [['Kupffer cells clear endotoxin.', 2], ['Kupffer cells make TNF-α.', 3], ['Kupffer cells sit in sinusoids.', 3]]);
    assert.ok(![...passages.values()].flat().some((p) => p.text.includes('in code')));
    assert.deepEqual(passages.get('tnf-alpha')?.map((p) => p.text), ['Kupffer cells make TNF-α.']);
    assert.equal(passages.get('tnf-alpha')?.[0], kupffer[1], 'one passage for the terms of one sentence');
  });

  it("never quotes the note under the cursor, and still quotes three passages of the others", () => {
    // The sources globs may name the note being read: its hover quoted it back to the user, and
    // with three passages kept per term, the note's own could hide every other source's.
    const doc = (name: string, count: number) => ({ uri: `file:///r/${name}`, label: name, text: Array.from({ length: count }, (_, i) => `Kupffer cells, line ${i} of ${name}.`).join('\n\n'), markdown: true });
    const sources = indexSources([doc('a.md', 4), doc('b.md', 2), doc('c.md', 5)], builtinIndex());
    const quoted = (uri?: string) => passagesOf(sources, 'kupffer-cell', uri).map((p) => p.text);
    assert.deepEqual(quoted(), ['Kupffer cells, line 0 of a.md.', 'Kupffer cells, line 1 of a.md.', 'Kupffer cells, line 2 of a.md.']);
    assert.deepEqual(quoted('file:///r/a.md'), ['Kupffer cells, line 0 of b.md.', 'Kupffer cells, line 1 of b.md.', 'Kupffer cells, line 0 of c.md.']);
    assert.deepEqual(quoted('file:///r/b.md'), ['Kupffer cells, line 0 of a.md.', 'Kupffer cells, line 1 of a.md.', 'Kupffer cells, line 2 of a.md.']);
    assert.deepEqual(passagesOf(sources, 'hepatocyte', 'file:///r/a.md'), []);
    const hover = termHover(analyzeDocument('Kupffer cells.', builtinIndex()).terms, 2, builtinIndex(), (id) => passagesOf(sources, id, 'file:///r/a.md'))!;
    assert.ok(hover.markdown.includes('line 0 of b.md') && !hover.markdown.includes('of a.md'), hover.markdown);
  });

  it('quotes 600 characters of a long source sentence, in a hover and in the contradiction it backs', () => {
    // Text from a PDF may have no sentence end for pages: each contradiction quoted all of it.
    const text = `Kupffer cells activate hepatic stellate cells${' and then more words follow'.repeat(40_000)}.`;
    const sources = indexSources([{ uri: 'file:///r/dump.txt', label: 'dump.txt', text, markdown: false }], builtinIndex());
    const quote = `${text.slice(0, 600)}…`;
    assert.deepEqual(sources.passages.get('kupffer-cell')?.map((p) => p.text), [quote]);
    assert.deepEqual(sources.relations.map((r) => [r.subject, r.object, r.statement]), [['kupffer-cell', 'hepatic-stellate-cell', quote]]);
    const index = { ...builtinIndex(), relations: [...builtinIndex().relations, ...sources.relations] };
    const note = Array(200).fill('Kupffer cells inhibit hepatic stellate cells.').join('\n\n');
    const contradictions = analyzeDocument(note, index).findings.filter((f) => f.code === 'claim.contradicts-review');
    assert.equal(contradictions.length, 200);
    assert.ok(contradictions.every((f) => f.message === `Contradicts the review (dump.txt:1): ${quote}` && f.related?.[0].message === `dump.txt:1: ${quote}`));
  });
});
