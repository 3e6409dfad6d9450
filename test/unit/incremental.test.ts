import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, defaultAnalysisOptions, defaultLevels, updateAnalysis, type AnalysisOptions, type DocumentAnalysis, type TermIndex } from '../../server/src/core';
import { generateNote } from '../bench/generate';
import { builtinIndex } from './helpers';

/** Blocks whose extent depends on their neighbours: lists across blank lines, fences, HTML, footnotes, setext headings. */
const fragments = [
  '# Kupffer cells\n',
  // ATX headings start a window even without a blank line before them; these look like one but are not, or hold a `|`.
  '## Methods\n',
  '   ### HGF and VEGF\n',
  '### marker | change\n',
  '####### seven is a paragraph\n',
  '#\n',
  'Heading over a paragraph\n===\n',
  'MSCs secrete HGF and VEGF, which promotes angiogenesis [@smith2020].\n',
  'HGF promotes hepatocyte proliferation. It also reduces fibrosis.\n',
  'Studies have shown that IL-6 drives liver regeneration.\n',
  'Exosomes are ten times less immunogenic than MSCs, and MSCs have higher immunogenicity than aspirin.\n',
  'Exosomes carry miR-122 (Smith et al., 2020) to hepatocytes[^1].\n',
  '[^1]: See doi:10.1000/xyz and PMID: 123456.\n',
  '[^2]: Kupffer cells secrete TNF-α.\n',
  '    indented footnote continuation with HGF\n',
  '- hepatic stellate cells promote fibrosis\n  - nested Ito cells\n',
  '- MSCs reduce fibrosis [1].\n',
  '1. first HGF increases VEGF\n2. second Kupffer\n   cells across a line break\n',
  '  indented continuation: TNF-α inhibits hepatocyte proliferation.\n',
  '> quoted IL-6 promotes regeneration\n> > nested quote\n',
  '```ts\nconst HGF = "Kupffer cells";\n```\n',
  '```\n',
  '~~~\nunclosed fence with MSC\n',
  '    indented code with VEGF\n',
  '| term | note |\n|---|---|\n| HGF | MSC-derived exosomes reduce fibrosis |\n',
  '<div>\n\nHTML block with HGF\n\n</div>\n',
  '<!-- regen-notes-disable-next-line -->\n',
  'Kupffer cells secrete IL-6. <!-- regen-notes-disable-claim claim.unsupported --> VEGF silences apoptosis.\n',
  '<!-- regen-notes-disable-claim -->\n',
  '- IL-6 drives regeneration. <!-- regen-notes-disable-claim --> `code`\n',
  '<!-- regen-notes-disable claim -->\n',
  '<!-- regen-notes-enable -->\n',
  '<!-- unclosed comment HSC\n',
  'closing --> here\n',
  'text with <!-- inline comment --> and `code HGF` and [link HGF](https://example.org "t")\n',
  '[ref]: https://example.org/ref\n',
  'See [the ref][ref] for VEGF.\n',
  '[paper]: https://doi.org/10.1000/abc\n',
  'MSCs reduce liver fibrosis [the trial][paper].\n',
  'HGF promotes hepatocyte proliferation [paper].\n',
  '---\n',
  '---\ntitle: front matter HGF\n---\n',
  'Does HGF change VEGF?\n',
  'HGF may promote VEGF. TODO: check.\n',
  '* * *\n',
  '\n',
  '\n\n',
  // Long lists are re-parsed item by item: items at the margin, tight and loose, nested, ordered,
  // one that reads as a table header on its own, and lines that end or swallow a list.
  '- HGF promotes hepatocyte proliferation.\n- IL-6 drives regeneration [1].\n',
  '- Kupffer cells secrete TNF-α.\n  - nested MSC item\n- hepatic\n- stellate cells\n',
  '1. HGF increases VEGF\n2. MSCs reduce fibrosis\n10) ten\n',
  '* star item with HGF\n+ plus item\n',
  '-  a | b |\n|---|---|\n| MSC | q |\n',
  '-\n',
  ' - Kupffer | cells\n---|---\n',
  '[^1]: # doi:10.1000/xyz\n',
  '- - -\n',
  '- ```\n  code HGF\n- after the fence\n',
  'lazy continuation with VEGF\n',
];

const chars = ['\n', ' ', '  ', '-', '`', '#', '>', '|', 'a', 'S', '[', '^', ']', ':', '*', '1.', '<', '!', '~', '=', '\t', 'HGF', 'α', ')'];

const document = fc.array(fc.constantFrom(...fragments), { minLength: 1, maxLength: 25 }).map((parts) => parts.join(''));

interface Edit {
  at: number;
  remove: number;
  insert: string;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.nat(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 1, max: 80 }) }),
  insert: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...chars) },
    { weight: 2, arbitrary: fc.constantFrom(...fragments) },
    { weight: 1, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.string({ maxLength: 10 }) },
  ),
});

function apply(text: string, e: Edit): string {
  const at = e.at % (text.length + 1);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}

function checkEdits(index: TermIndex, options: AnalysisOptions, start: string, edits: Edit[]): void {
  let text = start;
  let analysis: DocumentAnalysis = analyzeDocument(text, index, options);
  for (const e of edits) {
    text = apply(text, e);
    analysis = updateAnalysis(analysis, text, index, options);
    assert.deepStrictEqual(analysis, analyzeDocument(text, index, options), `after editing to ${JSON.stringify(text)}`);
  }
}

describe('updateAnalysis', () => {
  let index: TermIndex;
  before(() => {
    index = builtinIndex();
  });

  it('equals a fresh analysis after random edits of random notes', () => {
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 6 }), (text, edits) => checkEdits(index, { citationScope: 'paragraph', levels: defaultLevels }, text, edits)),
      { numRuns: 600, seed: 20261127 },
    );
  });

  it('equals a fresh analysis after random edits of notes with CRLF line endings, some of which leave a lone CR or LF', () => {
    const crlf = (t: string) => t.replace(/\n/g, '\r\n');
    const crlfEdit = fc.oneof(
      { weight: 4, arbitrary: edit.map((e) => ({ ...e, insert: crlf(e.insert) })) },
      { weight: 1, arbitrary: fc.record({ at: fc.nat(), remove: fc.integer({ min: 0, max: 2 }), insert: fc.constantFrom('\r', '\n', '\r\n', '\r\n\r\n', '') }) },
    );
    fc.assert(
      fc.property(document.map(crlf), fc.array(crlfEdit, { minLength: 1, maxLength: 6 }), (text, edits) => checkEdits(index, { citationScope: 'paragraph', levels: defaultLevels }, text, edits)),
      { numRuns: 600, seed: 20261128 },
    );
  });

  it('equals a fresh analysis with sentence scope and with claims off', () => {
    const claimsOff = { ...defaultLevels, 'claim.unsupported': 'off', 'claim.contradicts-review': 'off' } as const;
    fc.assert(
      fc.property(document, fc.array(edit, { minLength: 1, maxLength: 4 }), fc.boolean(), (text, edits, sentence) =>
        checkEdits(index, sentence ? { citationScope: 'sentence', levels: defaultLevels } : { citationScope: 'paragraph', levels: claimsOff }, text, edits),
      ),
      { numRuns: 200, seed: 7 },
    );
  });

  it('equals a fresh analysis after typing into a generated note', () => {
    const note = generateNote(40_000, 3);
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 5 }), (edits) => checkEdits(index, { citationScope: 'paragraph', levels: defaultLevels }, note, edits)),
      { numRuns: 40, seed: 11 },
    );
  });

  it('judges claims by footnotes that cite, after edits elsewhere and inside a footnote', () => {
    const note = [
      'Studies have shown that exosomes reverse cirrhosis[^1].',
      '',
      'Kupffer cells suppress hepatocyte proliferation[^2].',
      '',
      '[^1]: See doi:10.1000/xyz.',
      '[^2]: A note to self.',
      '',
    ].join('\n');
    const statusOf = (analysis: DocumentAnalysis, sentence: string) => analysis.claims.find((c) => analysis.text.slice(c.start, c.end).startsWith(sentence))?.status;
    let text = note;
    let analysis = analyzeDocument(text, index);
    const step = (from: string, to: string) => {
      text = text.replace(from, to);
      analysis = updateAnalysis(analysis, text, index);
      assert.deepStrictEqual(analysis, analyzeDocument(text, index), `after editing to ${JSON.stringify(text)}`);
    };
    assert.equal(statusOf(analysis, 'Studies have shown'), 'cited');
    assert.equal(statusOf(analysis, 'Kupffer cells'), 'unsupported');
    step('Kupffer cells suppress', 'Kupffer cells strongly suppress');
    assert.equal(statusOf(analysis, 'Studies have shown'), 'cited', 'an edit elsewhere leaves the footnote citing');
    step('See doi:10.1000/xyz.', 'See the lab book.');
    assert.equal(statusOf(analysis, 'Studies have shown'), 'unsupported', 'a footnote that no longer cites covers nothing');
    step('A note to self.', 'Smith et al., Hepatology 2020.');
    assert.equal(statusOf(analysis, 'Kupffer cells'), 'cited', 'a footnote that now cites covers its claim');
  });

  it('updates a note written without blank lines section by section, keeping the analysis of the others', () => {
    const sections = Array.from({ length: 200 }, (_, i) => `## Section ${i}\nHGF promotes hepatocyte proliferation [${i + 1}]. Kupffer cells secrete TNF-α.\n`);
    const note = sections.join('');
    const previous = analyzeDocument(note, index);
    const at = note.indexOf('## Section 100');
    const text = note.slice(0, at) + '## New\nMSCs reduce liver fibrosis.\n' + note.slice(at);
    const updated = updateAnalysis(previous, text, index);
    assert.deepStrictEqual(updated, analyzeDocument(text, index));
    assert.equal(updated.findings.filter((f) => f.code === 'claim.unsupported').length, 1, 'the new uncited claim is found');
    // A full analysis makes every term anew; an update keeps those before the edited section.
    assert.equal(updated.terms[0], previous.terms[0]);
    assert.equal(updated.claims[0], previous.claims[0]);
  });

  it('equals a fresh analysis for the edits a long fuzz run found: a footnote turned heading, an indented item that reads as a table header', () => {
    const pairs = [
      ['Studies have shown that IL-6 drives liver regeneration[^1].\n\n[^1]: doi:10.1000/xyz\n', 'Studies have shown that IL-6 drives liver regeneration[^1].\n\n[^1]: # doi:10.1000/xyz\n'],
      ['- HGF promotes VEGF.\n\n - Kupffer | cells\n---|---\n\nMore text.\n', '- HGF promotes VEGF.\n\n - Kupffer | cells\n---|---\n\nMore texts.\n'],
      ['1. a\n\n 2. Kupffer | cells\n---|---\n\nb\n', '1. a\n\n 2. Kupffer | cells\n---|---\n\nbb\n'],
    ];
    // updateAnalysis finds what changed by comparing the texts, so replacing the whole text is the small edit.
    for (const [a, b] of pairs) {
      checkEdits(index, { citationScope: 'paragraph', levels: defaultLevels }, a, [{ at: 0, remove: a.length, insert: b }]);
      checkEdits(index, { citationScope: 'sentence', levels: defaultLevels }, b, [{ at: 0, remove: b.length, insert: a }]);
      checkEdits(index, { citationScope: 'paragraph', levels: defaultLevels, resultCues: 'withTerm' }, a, [{ at: 0, remove: a.length, insert: b }]);
    }
    // A footnote that is a heading never cites, though its text is that of one that does.
    const headed = analyzeDocument('IL-6 drives liver regeneration[^2].\n\n[^1]: # doi:10.1000/xyz\n\n[^2]: doi:10.1000/xyz\n', index);
    assert.equal(headed.claims[0].status, 'cited');
  });

  it('returns the previous analysis for the same text, and a full one for another index', () => {
    const text = 'HGF promotes hepatocyte proliferation.\n';
    const first = analyzeDocument(text, index);
    assert.equal(updateAnalysis(first, text, index), first);
    assert.deepStrictEqual(updateAnalysis(first, text + 'More VEGF.\n', index), analyzeDocument(text + 'More VEGF.\n', index));
    // Another setting of which sentences a result cue makes claims of is a full analysis too.
    const tips = 'The new tips cost half as much as the old ones.\n';
    const always = analyzeDocument(tips, index);
    assert.equal(always.claims[0].status, 'unsupported');
    const withTerm = updateAnalysis(always, tips, index, { ...defaultAnalysisOptions, resultCues: 'withTerm' });
    assert.equal(withTerm.claims[0].status, 'not-a-claim');
  });
});
