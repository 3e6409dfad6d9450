import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  analyzeDocument,
  buildTermIndex,
  citedKeyText,
  builtinLayer,
  definitionPlaces,
  findMentions,
  mentionsOf,
  mergeBibliographies,
  mergeLayers,
  navigationTargetAt,
  newKeyProblem,
  parseBibliography,
  parseVocabulary,
  spanInEntry,
  termEntryPlaces,
  type NavigationTarget,
} from '../../server/src/core';
import { builtinIndex, withCursor } from './helpers';

const targetIn = (marked: string) => {
  const { text, offset } = withCursor(marked);
  const analysis = analyzeDocument(text, builtinIndex());
  return { text, analysis, target: navigationTargetAt(text, analysis.prose, analysis.terms, offset) };
};
const texts = (text: string, ranges: readonly { start: number; end: number }[]) => ranges.map((r) => text.slice(r.start, r.end));

describe('navigation targets and mentions', () => {
  it('finds the term under the cursor, and every form of it in the note', () => {
    const { text, analysis, target } = targetIn('HS$$CURSOR$$Cs drive fibrosis.\n\nHepatic stellate cells and Ito cells store vitamin A; `HSC` in code is not one.\n\n## Ito cell\n');
    assert.deepEqual(target && target.kind === 'term' && [target.termId, text.slice(target.start, target.end)], ['hepatic-stellate-cell', 'HSCs']);
    assert.deepEqual(texts(text, mentionsOf(text, analysis.prose, analysis.terms, target!)), ['HSCs', 'Hepatic stellate cells', 'Ito cells', 'Ito cell']);
  });

  it('finds a key of the front matter\'s nocite: under the cursor, and counts it among the key\'s citations', () => {
    const { text, analysis, target } = targetIn('---\nnocite: |\n  @lee2019, @smi$$CURSOR$$th2015\n---\nAs @smith2015 says.\n');
    assert.deepEqual(target && target.kind === 'citation' && [target.key, text.slice(target.start, target.end)], ['smith2015', '@smith2015']);
    assert.deepEqual(mentionsOf(text, analysis.prose, analysis.terms, target!).map((r) => r.start), [text.indexOf('@smith2015'), text.indexOf('As @smith2015') + 3]);
  });

  it('finds the cited key under the cursor before a term, in every way Pandoc writes one, and every citation of it', () => {
    const { text, analysis, target } = targetIn('Kupffer cells clear endotoxin [see @smi$$CURSOR$$th2015, p. 3; @lee2019].\n\nAs @smith2015 says. Not `@smith2015`, nor x@smith2015.org; @smith2015a is another key.\n');
    assert.deepEqual(target && target.kind === 'citation' && [target.key, text.slice(target.start, target.end)], ['smith2015', '@smith2015']);
    assert.deepEqual(
      mentionsOf(text, analysis.prose, analysis.terms, target!).map((r) => r.start),
      [text.indexOf('@smith2015'), text.indexOf('As @smith2015') + 3],
    );
    const braced = targetIn('A claim [@{Smith $$CURSOR$$2015}].').target;
    assert.deepEqual(braced && braced.kind === 'citation' && braced.key, 'Smith 2015');
  });

  it('has no target in plain prose, in code or past the end', () => {
    for (const marked of ['The li$$CURSOR$$ver of a rat.', '`Kupffer ce$$CURSOR$$lls`', 'Kupffer cells.\n\n$$CURSOR$$']) assert.equal(targetIn(marked).target, undefined, marked);
  });

  it('finds the mentions in a note that was not analysed, as in one that was', () => {
    const text = '---\ntitle: Kupffer cells\n---\n# Kupffer cells\n\nKupffer cells [@lee2019] and a Kupffer cell.\n\n```\nKupffer cells\n```\n';
    const term: NavigationTarget = { kind: 'term', termId: 'kupffer-cell', start: 0, end: 0 };
    const analysis = analyzeDocument(text, builtinIndex());
    assert.deepEqual(findMentions(text, builtinIndex(), term), mentionsOf(text, analysis.prose, analysis.terms, term));
    assert.deepEqual(texts(text, findMentions(text, builtinIndex(), term)), ['Kupffer cells', 'Kupffer cells', 'Kupffer cell']);
    assert.deepEqual(texts(text, findMentions(text, builtinIndex(), { kind: 'citation', key: 'lee2019', start: 0, end: 0 })), ['@lee2019']);
    assert.deepEqual(findMentions(text, builtinIndex(), { kind: 'citation', key: 'smith2015', start: 0, end: 0 }), []);
  });
});

describe('definition places', () => {
  const lab = parseVocabulary('terms:\n  - id: c-met\n    label: c-Met\n    kind: molecule\n    synonyms: [HGF receptor]\n  - id: hepatic-stellate-cell\n    deprecated: [stellate cell]\n', { layer: 'file', file: '/w/lab.yaml' }).layer!;
  const inline = { origin: { layer: 'settings' as const }, terms: [{ id: 'zeb1', label: 'ZEB1', kind: 'molecule' as const }], relations: [] };
  const index = buildTermIndex(mergeLayers([builtinLayer(), lab, inline]).vocabulary);
  const at = (id: string) => termEntryPlaces(index.terms.get(id)!);

  it("leads to a team term's entry, to the team entry that extends a built-in term, and nowhere for a built-in or an inline term", () => {
    assert.deepEqual(at('c-met'), [{ file: '/w/lab.yaml', line: 1 }]);
    assert.deepEqual(at('hepatic-stellate-cell'), [{ file: '/w/lab.yaml', line: 5 }]);
    assert.deepEqual(at('kupffer-cell'), []);
    assert.deepEqual(at('zeb1'), [], 'settings the editor hands over say no file');
    assert.deepEqual(definitionPlaces({ kind: 'term', termId: 'c-met', start: 0, end: 0 }, index, undefined), [{ file: '/w/lab.yaml', line: 1 }]);
  });

  it("leads to a cited key's bibliography entry, and nowhere for a key no entry has or without a bibliography", () => {
    const bibliography = mergeBibliographies([parseBibliography('% refs\n\n@article{lee2019, title = {Stellate cells}}\n@book{smith2015, title = {Kupffer cells}}\n', 'bibtex', '/w/refs/lab.bib').entries]);
    const key = (k: string): NavigationTarget => ({ kind: 'citation', key: k, start: 0, end: 0 });
    assert.deepEqual(definitionPlaces(key('smith2015'), index, bibliography), [{ file: '/w/refs/lab.bib', line: 3 }]);
    assert.deepEqual(definitionPlaces(key('nobody'), index, bibliography), []);
    assert.deepEqual(definitionPlaces(key('smith2015'), index, undefined), []);
  });
});

describe('the form or key in an entry', () => {
  const yaml = 'terms:\n  - id: c-met\n    label: c-Met\n    abbreviations: [MET]\n    synonyms: [HGF receptor]\n  - id: hgf\n    label: HGF receptor ligand\n';
  const text = (span: ReturnType<typeof spanInEntry>, file: string) => span && file.split('\n')[span.line].slice(span.start, span.end);

  it('finds the form as written first, then the label, then the id, whole and in any case, within the entry only', () => {
    assert.deepEqual(spanInEntry(yaml, 1, ['MET', 'c-Met', 'c-met']), { line: 3, start: 20, end: 23 }, 'not the met of c-met');
    assert.equal(text(spanInEntry(yaml, 1, ['hgf RECEPTOR', 'c-Met']), yaml), 'HGF receptor');
    assert.equal(text(spanInEntry(yaml, 1, ['c-Mets', 'c-Met']), yaml), 'c-Met', 'a plural the file does not write: the label');
    assert.equal(text(spanInEntry(yaml, 1, ['nothing', 'c-met']), yaml), 'c-met');
    assert.equal(spanInEntry(yaml, 1, ['ligand']), undefined, 'the next entry is not searched');
    assert.equal(spanInEntry(yaml, 40, ['MET']), undefined, 'a line the file no longer has');
  });

  it('reads a JSON object over several lines, a one-line entry, a BibTeX entry and CRLF line breaks', () => {
    const json = '{\n  "terms": [\n    {\n      "id": "zeb1",\n      "label": "ZEB1"\n    },\n    { "id": "zeb2", "label": "ZEB2" }\n  ]\n}\n';
    assert.deepEqual(spanInEntry(json, 2, ['zeb1']), { line: 3, start: 13, end: 17 });
    assert.equal(spanInEntry(json, 2, ['zeb2']), undefined);
    assert.deepEqual(spanInEntry(json, 6, ['ZEB2']), { line: 6, start: 30, end: 34 });
    const bib = '@article{lee2019,\r\n  title = {Stellate cells}\r\n}\r\n@book{smith:2016/x, title = {X}}\r\n';
    assert.deepEqual(spanInEntry(bib, 0, ['lee2019']), { line: 0, start: 9, end: 16 });
    assert.deepEqual(spanInEntry(bib, 3, ['smith:2016/x']), { line: 3, start: 6, end: 18 });
    assert.equal(spanInEntry(bib, 0, ['smith:2016/x']), undefined);
  });

  it('gives a span of the file that writes one of the words looked for, or none, for any text', () => {
    const piece = fc.constantFrom('  ', '\n', '\r\n', '\r', '- id: ', 'c-Met', 'MET', 'met', 'İ', '🧬', '{', '}', ' ', 'a');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), fc.integer({ min: -2, max: 12 }), fc.array(fc.constantFrom('', 'MET', 'c-Met', 'İ', '🧬 a'), { maxLength: 3 }), (text, line, wanted) => {
        const span = spanInEntry(text, line, wanted);
        if (!span) return;
        const written = text.split(/\r\n|\r|\n/)[span.line].slice(span.start, span.end);
        assert.ok(wanted.some((w) => w !== '' && w.toLowerCase() === written.toLowerCase()), `${JSON.stringify(written)} is one of ${JSON.stringify(wanted)}`);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('renaming a cited key', () => {
  it('replaces the key alone in each citation of it: past the @ (and -@), inside the braces of @{…}, in nocite:', () => {
    const text = '---\nnocite: "@smith2015"\n---\nAs -@smith2015 says [see @smith2015, p. 3; @{smith2015}; @smith2015a].\n';
    const analysis = analyzeDocument(text, builtinIndex());
    const key: NavigationTarget = { kind: 'citation', key: 'smith2015', start: 0, end: 0 };
    const ranges = mentionsOf(text, analysis.prose, analysis.terms, key).map((m) => citedKeyText(text, m));
    assert.deepEqual(texts(text, ranges), ['smith2015', 'smith2015', 'smith2015', 'smith2015']);
    assert.deepEqual(ranges.map((r) => text[r.start - 1]), ['@', '@', '@', '{']);
  });

  it('takes a new name Pandoc reads whole written bare, and says why it takes no other', () => {
    for (const name of ['smith2015kc', 'Müller_2015', 'doi:10.1000/xyz', 'http://x.org/a', '2015']) assert.equal(newKeyProblem(name), undefined, name);
    for (const name of ['', '  ']) assert.match(newKeyProblem(name)!, /cannot be empty/, JSON.stringify(name));
    for (const name of ['smith 2015', 'smith2015.', '-smith', 'a::b', '@smith2015', '{smith2015}', 'smith,2015']) assert.match(newKeyProblem(name)!, /not a key Pandoc reads written bare/, name);
  });
});
