import assert from 'node:assert/strict';
import { buildTermIndex, builtinLayer, mergeBibliographies, mergeLayers, parseBibliography, parseVocabulary, WorkspaceSymbolSearch, type Bibliography, type TermIndex, type TermPatch } from '../../server/src/core';

/** The index of the built-in vocabulary and a team file `/w/lab.yaml` of these entries, one a line. */
function teamIndex(entries: TermPatch[], file = '/w/lab.yaml'): TermIndex {
  const text = `terms:\n${entries.map((entry) => `  - ${JSON.stringify(entry)}\n`).join('')}`;
  const layer = parseVocabulary(text, { layer: 'file', file }).layer;
  assert.ok(layer, 'the test vocabulary is valid');
  return buildTermIndex(mergeLayers([builtinLayer(), layer]).vocabulary);
}

const lab = teamIndex([
  { id: 'c-met', label: 'c-Met', kind: 'molecule', abbreviations: ['MET'], synonyms: ['HGF receptor'] },
  { id: 'ductular-reaction', label: 'ductular reaction', kind: 'mechanism', abbreviations: ['DR'], deprecated: ['bile ductule proliferation'] },
  { id: 'hepatic-stellate-cell', synonyms: ['hepatic pericyte'] },
]);

const refs: Bibliography = mergeBibliographies([
  parseBibliography('@article{lee2019, author = {Lee, Ann and Park, Bo and Kim, Cy}, title = {Stellate cells in fibrosis}, year = {2019}}\n@book{smith2015, title = {Kupffer cells}}\n', 'bibtex', '/w/refs/lab.bib').entries,
  parseBibliography('[{ "id": "Smith 2016" }]', 'csl-json', '/w/refs/more.json').entries,
]);

function search(query: string, options: { limit?: number; index?: TermIndex; bibliography?: Bibliography; unreadable?: string[] } = {}) {
  const found = new WorkspaceSymbolSearch(query, options.limit ?? 500);
  found.addTerms(options.index ?? lab, options.unreadable);
  found.addKeys(options.bibliography ?? refs, options.unreadable);
  return found.results();
}
const names = (query: string, options?: Parameters<typeof search>[1]) => search(query, options).symbols.map((s) => s.name);

describe('workspace symbols', () => {
  it("makes a team term a symbol at its entry's line, named by its label, with its id and kind, and what to open it on: the form matched, the label, the id", () => {
    assert.deepEqual(search('c-Met').symbols, [{ name: 'c-Met', kind: 'molecule', id: 'c-met', container: 'c-met (molecule)', file: '/w/lab.yaml', line: 1, written: ['c-Met', 'c-met'] }]);
    // A built-in term the file extends is at the file's entry; one the file does not write has no place, and is no symbol.
    assert.deepEqual(search('pericyte').symbols, [{ name: 'hepatic stellate cell (hepatic pericyte)', kind: 'cell', id: 'hepatic-stellate-cell', container: 'hepatic-stellate-cell (cell)', file: '/w/lab.yaml', line: 3, written: ['hepatic pericyte', 'hepatic stellate cell', 'hepatic-stellate-cell'] }]);
    assert.deepEqual(names('Kupffer cell'), []);
  });

  it('makes a bibliography key a symbol at its entry, written as a citation writes it', () => {
    assert.deepEqual(search('lee2019').symbols, [{ name: '@lee2019', kind: 'citation-key', id: 'lee2019', container: 'Lee et al. 2019: Stellate cells in fibrosis', file: '/w/refs/lab.bib', line: 0, written: ['lee2019'] }]);
    assert.deepEqual(search('Smith 2016').symbols, [{ name: '@{Smith 2016}', kind: 'citation-key', id: 'Smith 2016', container: '', file: '/w/refs/more.json', line: 0, written: ['Smith 2016'] }]);
    assert.deepEqual(names('@smith'), ['@smith2015', '@{Smith 2016}']);
    assert.deepEqual(names('@{Smith'), ['@smith2015', '@{Smith 2016}']);
    assert.deepEqual(names('@'), ['@lee2019', '@smith2015', '@{Smith 2016}'], 'a lone @ is every key, and no term has one');
  });

  it('finds a term by any of its forms, and names the form when it matched better than the label', () => {
    assert.deepEqual(names('receptor'), ['c-Met (HGF receptor)']);
    assert.deepEqual(names('DR'), ['ductular reaction (DR)']);
    assert.deepEqual(names('bile ductule'), ['ductular reaction (bile ductule proliferation)']);
    assert.deepEqual(names('MET'), ['c-Met (MET)'], 'whole, where the label has it at a word start');
    assert.deepEqual(names('c-M'), ['c-Met'], 'the label as well as any');
    assert.deepEqual(names('hsc'), ['hepatic stellate cell (HSC)'], 'a built-in form of a term the file extends');
  });

  it("matches the query's characters in order and in any case, white space left out", () => {
    assert.deepEqual(names('DTLRCT'), ['ductular reaction']);
    assert.deepEqual(names('ductularreaction'), ['ductular reaction']);
    assert.deepEqual(names('  ductular   reaction '), ['ductular reaction']);
    assert.deepEqual(names('smth15'), ['@smith2015']);
    assert.deepEqual(names('ctm'), [], 'in order');
    const greek = teamIndex([{ id: 'tgf-beta', label: 'TGF-β', kind: 'molecule' }, { id: 'kinase', label: 'kinase X', kind: 'molecule' }]);
    assert.deepEqual(names('tgf-Β', { index: greek }), ['TGF-β'], 'a capital beta finds a small one');
    assert.deepEqual(names('\u212ainase', { index: greek }), ['kinase X'], 'the Kelvin sign is a capital K');
  });

  it("finds a form written with a Greek letter by the letter's name, and names it spelled out", () => {
    const greek = teamIndex([
      { id: 'tnf-alpha', label: 'tumour necrosis factor α', kind: 'molecule', abbreviations: ['TNF-α'] },
      { id: 'nf-kappab', label: 'NF-κB', kind: 'molecule' },
      { id: 'delta', label: 'Δ-like ligand', kind: 'molecule' },
      { id: 'alphabet', label: 'alphabet soup', kind: 'mechanism' },
    ]);
    const none: Bibliography = { entries: new Map() };
    assert.deepEqual(names('TNF-alpha', { index: greek, bibliography: none }), ['tumour necrosis factor α (TNF-alpha)'], 'the name holds what was typed, as VS Code keeps only such names');
    assert.deepEqual(names('tumour necrosis factor alpha', { index: greek, bibliography: none }), ['tumour necrosis factor α (tumour necrosis factor alpha)']);
    assert.deepEqual(names('NF-kappaB', { index: greek, bibliography: none }), ['NF-κB (NF-kappaB)']);
    assert.deepEqual(names('delta-like', { index: greek, bibliography: none }), ['Δ-like ligand (delta-like ligand)'], 'a capital letter by the small letter’s name');
    assert.deepEqual(names('TNF-α', { index: greek, bibliography: none }), ['tumour necrosis factor α (TNF-α)'], 'the letter as written still finds it');
    assert.deepEqual(names('alpha', { index: greek, bibliography: none }), ['alphabet soup', 'tumour necrosis factor α (tumour necrosis factor alpha)'], 'a form spelled out ranks as any other form: after a label that matches better');
    assert.deepEqual(names('TNF-beta', { index: greek, bibliography: none }), [], 'another letter does not');
  });

  it('ranks a whole match, then a start, a word start, a match inside a word, and characters apart; the label first, then the shorter, then the order', () => {
    const index = teamIndex([
      { id: 'apart', label: 'c e l l s apart', kind: 'cell' },
      { id: 'inside', label: 'excellent', kind: 'cell' },
      { id: 'word', label: 'stem cell', kind: 'cell' },
      { id: 'start-long', label: 'cellular senescence', kind: 'mechanism' },
      { id: 'start', label: 'cellulose', kind: 'molecule' },
      { id: 'form', label: 'zeta', kind: 'molecule', synonyms: ['cellulase'] },
      { id: 'whole', label: 'cell', kind: 'cell' },
    ]);
    const none: Bibliography = { entries: new Map() };
    assert.deepEqual(names('cell', { index, bibliography: none }), ['cell', 'cellulose', 'cellular senescence', 'zeta (cellulase)', 'stem cell', 'excellent', 'c e l l s apart']);
  });

  it('keeps the best of many, says there were more, and gives everything, in order, to an empty query', () => {
    const terms: TermPatch[] = Array.from({ length: 300 }, (_, i) => ({ id: `marker-${i}`, label: `marker ${i}`, kind: 'molecule' }));
    const index = teamIndex([...terms, { id: 'mark', label: 'mark', kind: 'molecule' }]);
    const none: Bibliography = { entries: new Map() };
    const marks = search('mark', { index, bibliography: none, limit: 5 });
    assert.deepEqual(marks.symbols.map((s) => s.name), ['mark', 'marker 0', 'marker 1', 'marker 2', 'marker 3']);
    assert.equal(marks.more, true);
    const few = search('marker 29', { index, bibliography: none, limit: 300 });
    assert.deepEqual(few.symbols.map((s) => s.name).slice(0, 12), ['marker 29', ...Array.from({ length: 10 }, (_, i) => `marker 29${i}`), 'marker 129']);
    assert.equal(few.more, false);
    const all = search('', { index, limit: 1000 });
    assert.deepEqual(all.symbols.map((s) => s.name).slice(0, 3), ['marker 0', 'marker 1', 'marker 2']);
    assert.deepEqual(all.symbols.map((s) => s.name).slice(-4), ['mark', '@lee2019', '@smith2015', '@{Smith 2016}']);
    assert.equal(all.more, false);
    assert.deepEqual(search('', { index, limit: 0 }), { symbols: [], more: true });
  });

  it('leaves out the entries of files that can no longer be read, and gives each symbol once', () => {
    assert.deepEqual(names('', { unreadable: ['/w/lab.yaml', '/w/refs/lab.bib'] }), ['@{Smith 2016}']);
    // Two folders (one inside the other) that read the same files.
    const found = new WorkspaceSymbolSearch('', 500);
    for (let i = 0; i < 2; i++) {
      found.addTerms(lab);
      found.addKeys(refs);
    }
    assert.deepEqual(
      found.results().symbols.map((s) => s.name),
      ['hepatic stellate cell', 'c-Met', 'ductular reaction', '@lee2019', '@smith2015', '@{Smith 2016}'],
    );
  });

  it('passes over a long vocabulary in one go, comparing forms where they stand', function () {
    const terms: TermPatch[] = Array.from({ length: 100_000 }, (_, i) => ({ id: `t${i}`, label: `term ${i} of the long list`, kind: 'molecule', abbreviations: [`T${i}X`], synonyms: [`synonym ${i}`] }));
    const layer = parseVocabulary(JSON.stringify({ terms }), { layer: 'file', file: '/w/long.json' }).layer!;
    const index = buildTermIndex(mergeLayers([layer]).vocabulary);
    const none: Bibliography = { entries: new Map() };
    // The first search makes each term's mask of characters; the others only read it.
    assert.equal(names('synonym 99999', { index, bibliography: none })[0], 'term 99999 of the long list (synonym 99999)');
    // How fast is for the bench (npm run bench); here, what each query finds.
    for (const query of ['', 'e', 'term 5', 'zzz']) assert.equal(search(query, { index, bibliography: none }).symbols.length, query === 'zzz' ? 0 : 500, query);
  });
});
