import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, applyTextEdits, buildTermIndex, builtinLayer, claimFixes, claimHover, claimTermIds, completeCitationKeys, defaultAnalysisOptions, completeTerms, createLineIndex, fixAllNonPreferred, mergeLayers, parseProse, parseVocabulary, suggestCitations, termFixes, termHover, type DocumentAnalysis, type TermIndex } from '../../server/src/core';
import { mergeBibliographies, type BibEntry } from '../../server/src/core/bibliography';
import { builtinIndex } from './helpers';

/** Markdown building blocks that stress the parser and the matcher; joined at random. */
const fragments = [
  '# Kupffer cells\n',
  '## HGF and TNF-α\n',
  'MSCs secrete HGF and VEGF, which promotes angiogenesis [@smith2020].\n',
  'Exosomes carry miR-122 (Smith et al., 2020) to hepatocytes[^1].\n',
  '[^1]: See doi:10.1000/xyz and PMID: 123456.\n',
  '- hepatic stellate cells\n  - nested Ito cells\n    - deeper HSCs\n',
  '> quoted IL-6 and IL6\n> > nested quote\n',
  '```ts\nconst HGF = "Kupffer cells";\n```\n',
  '~~~\nunclosed fence with MSC\n',
  '    indented code with VEGF\n',
  '| term | note |\n|---|---|\n| HGF | MSC-derived |\n| Kupffer cells | \\| escaped |\n',
  '<div>HTML block with HGF</div>\n',
  '<!-- regen-notes-disable-next-line term.ambiguous -->\n',
  'Kupffer cells secrete IL-6.<!-- regen-notes-disable-claim claim --> VEGF silences apoptosis.\n',
  '<!-- unclosed comment HSC\n',
  '[link text HGF](https://example.org/HGF "title") and <https://example.org>\n',
  '[ref]: https://example.org/ref\n',
  '---\ntitle: front matter HGF\n---\n',
  '`inline code MSC` and ``double `tick` code``\n',
  'Ελληνικά α-SMA, 中文 肝细胞, العربية, हिन्दी, 𝐇𝐆𝐅 𝟔 and 🧬🦠 emoji.\n',
  'Lone surrogates \uD800 and \uDC00 and reversed \uDC00\uD800.\n',
  'CRLF line\r\nand a lone CR\rhere\r\n',
  '\u0000\u0001\u200B\uFEFF zero-width and NUL\n',
  '* * *\n',
  '1. first\n2. second Kupffer\n   cells across a line break\n',
  '\n\n',
];

const nested = (depth: number) => `${'> '.repeat(depth)}quoted HGF\n${Array.from({ length: depth }, (_, i) => `${'  '.repeat(i)}- level ${i} MSC`).join('\n')}\n`;

const markdown = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...fragments), { maxLength: 30 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 40 })), { maxLength: 20 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 50 }).map(nested) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 300 }) },
);

function assertInside(text: string, ranges: { start: number; end: number }[], what: string): void {
  for (const r of ranges) {
    assert.ok(Number.isInteger(r.start) && Number.isInteger(r.end), `${what}: non-integer range`);
    assert.ok(0 <= r.start && r.start <= r.end && r.end <= text.length, `${what}: range ${r.start}-${r.end} outside 0-${text.length}`);
  }
}

function assertWellFormed(text: string, analysis: DocumentAnalysis): void {
  assert.equal(analysis.prose.masked.length, text.length, 'masked length differs from the text');
  assertInside(text, analysis.prose.blocks, 'block');
  assertInside(text, analysis.prose.comments, 'comment');
  assertInside(text, analysis.terms, 'term');
  assertInside(text, analysis.findings, 'finding');
  for (const term of analysis.terms) assert.equal(term.text, text.slice(term.start, term.end));
}

describe('core under arbitrary input', () => {
  let index: TermIndex;
  before(() => {
    index = builtinIndex();
  });

  it('never throws, keeps every range inside the document and answers the same twice', () => {
    fc.assert(
      fc.property(markdown, fc.nat(), (text, at) => {
        const analysis = analyzeDocument(text, index);
        assertWellFormed(text, analysis);
        assert.deepEqual(analyzeDocument(text, index), analysis);
        const offset = text.length ? at % (text.length + 1) : 0;
        termHover(analysis.terms, offset, index);
        const completion = completeTerms(text, offset, index);
        for (const item of completion.items) assert.ok(item.start <= offset && item.end >= item.start && item.end <= text.length);
      }),
      { numRuns: 200, seed: 20240601 },
    );
  });

  it('offers fixes whose edits lie inside the note and do not overlap; fix-all leaves no non-preferred form', () => {
    const disjoint = (edits: readonly { start: number; end: number }[], what: string) => {
      const sorted = [...edits].sort((a, b) => a.start - b.start);
      for (let i = 1; i < sorted.length; i++) assert.ok(sorted[i - 1].end <= sorted[i].start, `${what}: overlapping edits`);
    };
    fc.assert(
      fc.property(markdown, (text) => {
        const analysis = analyzeDocument(text, index);
        for (const finding of analysis.findings) {
          for (const fix of [...termFixes(finding), ...claimFixes(finding, text)]) {
            assertInside(text, fix.edits, fix.title);
            disjoint(fix.edits, fix.title);
          }
          claimHover(analysis.claims, finding.start, index);
        }
        const all = fixAllNonPreferred(analysis.findings);
        assertInside(text, all, 'fix-all');
        disjoint(all, 'fix-all');
        if (all.length > 0) assert.deepEqual(analyzeDocument(applyTextEdits(text, all), index).findings.filter((f) => f.code === 'term.non-preferred'), []);
      }),
      { numRuns: 200, seed: 11 },
    );
  });

  it('completes citation keys by key and by words, and suggests entries to cite, inside the note, whatever the entries hold', () => {
    const entry = fc.record({ key: fc.oneof(fc.constantFrom('smith2020', 'fig-1', 'Smith 2015', 'a}b'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 })), title: markdown, author: fc.string({ unit: 'binary', maxLength: 30 }), year: fc.string({ maxLength: 6 }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 8 }), markdown, fc.nat(), (entries, text, at) => {
        const bibliography = mergeBibliographies([entries.map((e, line): BibEntry => ({ key: e.key, title: e.title, authors: [e.author], moreAuthors: 0, year: e.year, file: 'refs.bib', line }))]);
        const analysis = analyzeDocument(text, index, { ...defaultAnalysisOptions, bibliography });
        assertWellFormed(text, analysis);
        const offset = text.length ? at % (text.length + 1) : 0;
        const { items } = completeCitationKeys(text, offset, analysis.prose.masked, bibliography);
        for (const item of items) assert.ok(item.start <= offset && offset <= item.wordEnd && item.wordEnd <= text.length, JSON.stringify(item));
        for (const finding of analysis.findings) {
          const suggested = suggestCitations(claimTermIds(analysis.terms, finding.start, finding.end), bibliography, index);
          assert.ok(suggested.length <= 3 && suggested.every((e) => bibliography.entries.get(e.key) === e));
          for (const fix of claimFixes(finding, text, { suggested })) assertInside(text, fix.edits, fix.title);
        }
      }),
      { numRuns: 150, seed: 28 },
    );
  });

  it('handles nesting 50 deep, a 1 MB single line and a lone high surrogate at the very end', () => {
    for (const text of [nested(50), `${'Kupffer cells secrete HGF, '.repeat(40_000)}`, 'MSC\uD83E', '\uDC00HGF', '\r\n'.repeat(1000)]) {
      const analysis = analyzeDocument(text, index);
      assertWellFormed(text, analysis);
      assert.equal(parseProse(text).masked.length, text.length);
    }
  });

  it('reads a note whose lines end in lone carriage returns as the same note with line feeds', () => {
    const note = '# Kupffer cells\n\nMSCs reduce fibrosis.\n\n<!-- regen-notes-disable-next-line claim -->\nIto cells promote fibrosis.\n\n- HGF promotes apoptosis\n- TGF-β1 drives fibrosis\n\n| a | b |\n|---|---|\n| Ito cells | MSCs reduce fibrosis. |\n';
    const { prose, terms, findings } = analyzeDocument(note, index);
    const crOnly = note.replace(/\n/g, '\r');
    const analysis = analyzeDocument(crOnly, index);
    assertWellFormed(crOnly, analysis);
    assert.deepEqual({ blocks: analysis.prose.blocks, comments: analysis.prose.comments, terms: analysis.terms, findings: analysis.findings }, { blocks: prose.blocks, comments: prose.comments, terms, findings });
    assert.deepEqual(createLineIndex('a\rb\r\nc\n\rd').positionOf(8), { line: 4, character: 0 });
  });

  it('parses any vocabulary text into a layer or problems, never an exception, and merges what parses', () => {
    const yamlish = fc.array(
      fc.oneof(
        fc.constantFrom('terms:\n', '  - id: hgf\n', '    label: HGF\n', '    kind: molecule\n', '    synonyms: [a, b, a]\n', '    abbreviations: [HGF]\n', 'relations:\n', '  - { subject: hgf, predicate: promotes, object: x }\n', '{"terms": [', ']}', '- ', ': ', '&a *a\n', '*b ', '!!binary |\n', '\t', '"unterminated', '\uFEFF', '\u0000'),
        fc.string({ maxLength: 20 }),
      ),
      { maxLength: 25 },
    );
    fc.assert(
      fc.property(yamlish, (parts) => {
        const text = parts.join('');
        const parsed = parseVocabulary(text, { layer: 'file', file: '/fuzz.yaml' });
        assert.ok(parsed.layer || parsed.problems.length > 0);
        for (const p of parsed.problems) assert.ok(p.start >= 0 && p.start <= p.end && p.line >= 0, JSON.stringify(p));
        if (parsed.layer) {
          const merged = mergeLayers([builtinLayer(), parsed.layer]);
          buildTermIndex(merged.vocabulary);
        }
        assert.deepEqual(parseVocabulary(text, { layer: 'file', file: '/fuzz.yaml' }), parsed);
      }),
      { numRuns: 200, seed: 7 },
    );
  });
});
