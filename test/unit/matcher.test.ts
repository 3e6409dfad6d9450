import assert from 'node:assert/strict';
import { analyzeDocument, applyTextEdits, builtinLayer, buildTermIndex, findCitations, findTerms, fixAllNonPreferred, hasFormKey, mergeLayers, parseProse, termHover } from '../../server/src/core';
import { builtinIndex, indexOf } from './helpers';

const recognized = (text: string) => {
  const prose = parseProse(text);
  return findTerms(prose.masked, builtinIndex()).map((m) => ({ termId: m.termId, text: text.slice(m.start, m.end) }));
};

describe('term recognition', () => {
  it('equates TNF-α, TNF-alpha, TNFa and TNFα', () => {
    const found = recognized('TNF-α, TNF-alpha, TNFa and TNFα rise early.');
    assert.deepEqual(found.map((f) => f.text), ['TNF-α', 'TNF-alpha', 'TNFa', 'TNFα']);
    assert.ok(found.every((f) => f.termId === 'tnf-alpha'));
  });

  describe('a Greek letter glued to the Latin letters after it (the κ of NF-κB)', () => {
    const nfkb = () => indexOf([{ id: 'nf-kappab', label: 'nuclear factor kappa B', kind: 'molecule', abbreviations: ['NF-κB'] }]);
    const found = (index: ReturnType<typeof indexOf>, text: string) => findTerms(text, index).map((m) => [m.termId, text.slice(m.start, m.end)]);

    it('equates NF-κB with NF-kB, NFkB, NF kB, NF-kappaB and NFkappaB, where the letter makes one word with the B', () => {
      for (const written of ['NF-κB', 'NFκB', 'NF κB', 'NF-kappa B', 'NF-kB', 'NFkB', 'NF kB', 'NF-kappaB', 'NFkappaB', 'NF kappaB']) {
        assert.deepEqual(found(nfkb(), `${written} rose.`), [['nf-kappab', written]], written);
      }
    });

    it('compares those spellings of an abbreviation by case, as TNFa is compared (TNFA is not TNF-α), and those of a label without case', () => {
      assert.deepEqual(recognized('TNFA rose.'), []);
      for (const written of ['NF-KB', 'NFKB', 'NF-KappaB', 'nf-kb']) assert.deepEqual(found(nfkb(), `${written} rose.`), [], written);
      const label = indexOf([{ id: 'nf-kappab', label: 'NF-κB', kind: 'molecule' }]);
      for (const written of ['NF-KB', 'nfkb', 'NF-kB']) assert.deepEqual(found(label, `${written} rose.`), [['nf-kappab', written]], written);
    });

    it('does so for any form: the letter after a hyphen, first in the form, or twice in it', () => {
      const index = indexOf([
        { id: 'foo', label: 'Foo-βA', kind: 'molecule' },
        { id: 'asma', label: 'alpha smooth muscle actin', kind: 'molecule', abbreviations: ['αSMA'] },
        { id: 'ikba', label: 'IκBα', kind: 'molecule' },
      ]);
      for (const written of ['Foo-βA', 'Foo-bA', 'FoobA', 'Foo bA', 'Foo-betaA', 'FoobetaA']) assert.deepEqual(found(index, `${written} rose.`), [['foo', written]], written);
      for (const written of ['αSMA', 'aSMA', 'alphaSMA', 'α-SMA', 'alpha-SMA']) assert.deepEqual(found(index, `${written} rose.`), [['asma', written]], written);
      assert.deepEqual(found(index, 'ASMA rose.'), []);
      for (const written of ['IκBα', 'IkBα', 'IκBa', 'IkBa', 'IkappaBalpha', 'IkB-α']) assert.deepEqual(found(index, `${written} rose.`), [['ikba', written]], written);
    });

    it('matches no other word: not kB alone, nor one that goes on', () => {
      for (const text of ['A 5 kB file.', 'kappaB sites.', 'NFkBx and NF-kBx and NFkBs2.', 'NF k.']) assert.deepEqual(found(nfkb(), text), [], text);
    });
  });

  it("reads a form a vocabulary writes as its own term, not as another term's spelling of it (TNFa, cMet): the merge took it, and it never named its term", () => {
    const team = {
      origin: { layer: 'file' as const, file: '/w/team.yaml' },
      terms: [
        { id: 'tnfa-gene', label: 'TNFa', kind: 'molecule' as const, deprecated: ['TNFalpha'] },
        { id: 'c-met', label: 'c-Met receptor', kind: 'molecule' as const, abbreviations: ['c-Met'] },
        { id: 'cmet-probe', label: 'cMet probe', kind: 'molecule' as const, abbreviations: ['cMet'] },
      ],
      relations: [],
    };
    const merged = mergeLayers([builtinLayer(), team]);
    assert.deepEqual(merged.problems, []);
    const index = buildTermIndex(merged.vocabulary);
    const text = 'TNFa and TNF-α and TNFalpha and TNF alpha; cMet and c-Met and CMet.';
    const analysis = analyzeDocument(text, index);
    assert.deepEqual(
      analysis.terms.map((t) => [t.text, t.termId, t.role]),
      [
        ['TNFa', 'tnfa-gene', 'label'],
        ['TNF-α', 'tnf-alpha', 'abbreviation'],
        ['TNFalpha', 'tnfa-gene', 'deprecated'],
        ['TNF alpha', 'tnf-alpha', 'abbreviation'],
        ['cMet', 'cmet-probe', 'abbreviation'],
        ['c-Met', 'c-met', 'abbreviation'],
      ],
      "CMet is neither's: both write it by case",
    );
    assert.match(termHover(analysis.terms, text.indexOf('TNFa'), index)!.markdown, /^\*\*TNFa\*\*/);
    // TNFalpha, deprecated, is the team's to replace, with its own term's label; nothing else is flagged.
    assert.deepEqual(
      analysis.findings.filter((f) => f.code.startsWith('term.')).map((f) => [text.slice(f.start, f.end), f.code, f.data]),
      [['TNFalpha', 'term.non-preferred', { termId: 'tnfa-gene', replacement: 'TNFa' }]],
    );
  });

  it('equates IL-6, IL6 and IL 6', () => {
    const found = recognized('IL-6 and IL6 and IL 6.');
    assert.deepEqual(found, [
      { termId: 'il-6', text: 'IL-6' },
      { termId: 'il-6', text: 'IL6' },
      { termId: 'il-6', text: 'IL 6' },
    ]);
  });

  it('recognizes MSC and MSCs, and abbreviations only in their own case', () => {
    assert.deepEqual(recognized('MSC and MSCs but not msc or Mscs.').map((f) => f.text), ['MSC', 'MSCs']);
  });

  it('reads a plural whose last token is one letter after a number (PI3Ks), and leaves two-letter words alone', () => {
    const index = indexOf([
      { id: 'pi3k', label: 'phosphoinositide 3-kinase', kind: 'molecule', abbreviations: ['PI3K'] },
      { id: 'vitamin-k', label: 'vitamin K', kind: 'molecule' },
      { id: 'a', label: 'A', kind: 'molecule' },
    ]);
    const found = (text: string) => findTerms(text, index).map((m) => [m.termId, text.slice(m.start, m.end)]);
    assert.deepEqual(found('PI3Ks and PI3K, not PI3ks or pi3ks.'), [
      ['pi3k', 'PI3Ks'],
      ['pi3k', 'PI3K'],
    ]);
    assert.deepEqual(found('Vitamin Ks'), [['vitamin-k', 'Vitamin Ks']]);
    assert.deepEqual(found('As is us, os es ys ss.'), []);
  });

  it('prefers the longest match: hepatic stellate cells over cells', () => {
    const index = indexOf([
      { id: 'cell', label: 'cell', kind: 'cell' },
      { id: 'hsc', label: 'hepatic stellate cell', kind: 'cell' },
    ]);
    const text = 'Hepatic stellate cells and other cells.';
    const found = findTerms(text, index).map((m) => [m.termId, text.slice(m.start, m.end)]);
    assert.deepEqual(found, [
      ['hsc', 'Hepatic stellate cells'],
      ['cell', 'cells'],
    ]);
  });

  it('answers for the index asked, when two indexes take turns on the same words', () => {
    const a = indexOf([{ id: 'a', label: 'alpha thing', kind: 'molecule' }]);
    const b = indexOf([
      { id: 'b', label: 'beta thing', kind: 'molecule' },
      { id: 'c', label: 'thing', kind: 'molecule' },
    ]);
    const text = 'alpha thing and beta thing';
    const found = (index: typeof a) => findTerms(text, index).map((m) => `${m.termId}:${text.slice(m.start, m.end)}`);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(found(a), ['a:alpha thing']);
      assert.deepEqual(found(b), ['c:thing', 'b:beta thing']);
    }
  });

  it('never matches inside a word', () => {
    assert.deepEqual(recognized('HGFR and preHGF and HGF2 are not HGF.').map((f) => f.text), ['HGF']);
  });

  it('matches a multi-word term across a line break but not across punctuation', () => {
    assert.deepEqual(recognized('the hepatic\nstellate cells').map((f) => f.termId), ['hepatic-stellate-cell']);
    // Text pasted from a PDF or a word processor has thin and narrow no-break spaces, and line separators.
    for (const gap of ['\u2009', '\u202f', '\u2028', ' \u2028 ']) assert.deepEqual(recognized(`the hepatic${gap}stellate cells`).map((f) => f.text), [`hepatic${gap}stellate cells`], JSON.stringify(gap));
    assert.deepEqual(recognized('the hepatic\u2028\u2028stellate cells').map((f) => f.text), ['stellate cells']);
    assert.notDeepEqual(recognized('the hepatic. Stellate cells').map((f) => f.text), ['hepatic. Stellate cells']);
  });

  it('gives a term after an emoji its UTF-16 range', () => {
    const text = '🧬😀 HGF';
    const [match] = recognized(text);
    assert.equal(match.text, 'HGF');
    const m = findTerms(parseProse(text).masked, builtinIndex())[0];
    assert.equal(m.start, 5);
    assert.equal(m.end, 8);
  });

  it('finds terms at the end of a note denser in tokens than prose, and abbreviations by case there', () => {
    // One-letter tokens, one in two characters: more than the token arrays are first made for.
    const filler = 'a b c d e f g h i j '.repeat(2000);
    const text = `${filler}HGF and MSCs, not msc; IL 6.`;
    const found = findTerms(text, builtinIndex());
    assert.deepEqual(
      found.map((m) => [m.termId, text.slice(m.start, m.end)]),
      [
        ['hgf', 'HGF'],
        ['mesenchymal-stem-cell', 'MSCs'],
        ['il-6', 'IL 6'],
      ],
    );
    assert.equal(found[0].start, filler.length);
  });

  it('finds nothing, and does not throw, in a range that ends before it starts', () => {
    const text = 'MSCs and HGF '.repeat(40);
    assert.deepEqual(findTerms(text, builtinIndex(), 300, 0), []);
  });

  it('marks ambiguous abbreviations', () => {
    const [match] = findTerms('HSCs were activated.', builtinIndex());
    assert.equal(match.termId, 'hepatic-stellate-cell');
    assert.deepEqual(match.ambiguous?.alsoMeans, ['haematopoietic stem cell']);
  });

  it('marks the ambiguous ones among many abbreviations of a term, each with its own meanings', () => {
    const abbreviations = Array.from({ length: 12 }, (_, i) => `ABC${i}`);
    const index = indexOf([{ id: 'many', label: 'many forms', kind: 'molecule', abbreviations, ambiguous: abbreviations.slice(2).map((form) => ({ form, alsoMeans: [`${form} elsewhere`] })) }]);
    const matches = findTerms('ABC1 and ABC7 and ABC11.', index);
    assert.deepEqual(matches.map((m) => [m.text, m.ambiguous?.alsoMeans]), [['ABC1', undefined], ['ABC7', ['ABC7 elsewhere']], ['ABC11', ['ABC11 elsewhere']]]);
  });

  it('applies NFKC: full-width letters match', () => {
    assert.deepEqual(recognized('ＨＧＦ is secreted.').map((f) => f.termId), ['hgf']);
  });
});

describe('prose only', () => {
  it('skips inline code, fenced and indented code, front matter, URLs and link destinations', () => {
    const text = [
      '---',
      'title: HGF',
      '---',
      'Inline `HGF` code and a [link](https://example.org/VEGF) to http://x.org/IL-6 and <https://a.org/MSC>.',
      '',
      '```',
      'HGF',
      '```',
      '',
      '    VEGF indented code',
      '',
      '<div>MSC in HTML</div>',
      '',
      '[ref]: https://example.org/HGF',
      '<!-- HGF in a comment -->',
    ].join('\n');
    assert.deepEqual(recognized(text), []);
  });

  it('never runs a term across code, a tag or a comment between its words, so that a fix of it cannot delete them', () => {
    for (const text of ['Ito `x` cells rise.', '<i>Ito</i> cells rise.', 'Ito <!---->cells rise.', 'Ito <br> cells rise.']) {
      const analysis = analyzeDocument(text, builtinIndex());
      assert.deepEqual(analysis.terms.map((t) => text.slice(t.start, t.end)), [], text);
      assert.equal(applyTextEdits(text, fixAllNonPreferred(analysis.findings)), text);
    }
    // Across a line break, the quote marker that starts the next line is no markup between the words.
    const quoted = '> Ito\n> cells rise.';
    assert.deepEqual(analyzeDocument(quoted, builtinIndex()).terms.map((t) => quoted.slice(t.start, t.end)), ['Ito\n> cells']);
  });

  it('reads no term in the label of a reference link, a footnote reference or a wiki link, so that no fix renames it', () => {
    for (const text of ['See [the review][Ito cells].\n\n[Ito cells]: https://example.org\n', 'Footnote[^lipocyte].\n\n[^lipocyte]: Note.\n', 'See [[Ito cells]] and ![[lipocyte.png]].']) {
      assert.deepEqual(recognized(text), [], text);
    }
    // The footnote reference still cites.
    const cited = analyzeDocument('Studies have shown that MSCs reduce fibrosis[^1].\n\n[^1]: Smith et al., 2020.\n', builtinIndex());
    assert.equal(cited.claims[0].status, 'cited');
  });

  it('reads no term in a citation key, so that no fix rewrites the key and breaks the citation', () => {
    for (const text of [
      'It rises [@lipocytes_review2019].',
      'As @HSCs-atlas showed, it rises.',
      'It rises [see @Ito:cells, p. 3; -@lipocyte.2019; @HSCs/x].',
      'It rises [@{HSCs 2020}] and @{Ito cells}.',
      '| a |\n|---|\n| @HSCs-atlas |',
    ]) {
      assert.deepEqual(recognized(text), [], text);
    }
    const note = 'Kupffer cells secrete IL-6 [@lipocytes_review2019].\n\nAs @HSCs-atlas showed, HGF promotes hepatocyte proliferation.\n\nLipocytes [@lipocytes_2020] proliferate.\n';
    const analysis = analyzeDocument(note, builtinIndex());
    assert.deepEqual(analysis.findings.filter((f) => f.code.startsWith('term.')).map((f) => note.slice(f.start, f.end)), ['Lipocytes']);
    assert.equal(applyTextEdits(note, fixAllNonPreferred(analysis.findings)), note.replace('Lipocytes [', 'Hepatic stellate cells ['));
    // The keys still cite.
    assert.deepEqual(analysis.claims.slice(0, 2).map((c) => [c.status, c.citations?.map((k) => k.keys)]), [['cited', [['lipocytes_review2019']]], ['cited', [['HSCs-atlas']]]]);
  });

  it('reads no term in a DOI, which is an identifier, and the DOI still cites', () => {
    for (const text of ['It rises (doi:10.1016/j.lipocytes.2019.01).', 'It rises, 10.1002/HSCs-x; see https://doi.org/10.1002/HSCs.']) {
      assert.deepEqual(recognized(text), [], text);
    }
    const note = 'Kupffer cells secrete IL-6 (doi:10.1016/j.lipocytes.2019.01). Lipocytes proliferate.';
    const analysis = analyzeDocument(note, builtinIndex());
    assert.deepEqual(analysis.terms.map((t) => t.text), ['Kupffer cells', 'IL-6', 'Lipocytes']);
    assert.deepEqual(analysis.claims[0].citations?.map((c) => [c.kind, c.keys]), [['doi', ['10.1016/j.lipocytes.2019.01']]]);
  });

  it('still reads the terms beside a citation and in the prose of its brackets', () => {
    const text = 'HSCs [@x]; [see HSCs; @x, p. 3 about Ito cells] HSCs@x and lipocytes.[@a-b] -@y HSCs.';
    assert.deepEqual(recognized(text).map((f) => f.text), ['HSCs', 'HSCs', 'Ito cells', 'HSCs', 'lipocytes', 'HSCs']);
  });

  it('reads no term in an e-mail address, so that no fix rewrites it, and the address cites nothing', () => {
    for (const text of ['Write to hepatocyte@example.org.', 'Ask jo@HSC-lab.org or HSCs.admin+lipocytes@liver.example.edu today.', 'Mail lipocyte@kupffer-cells.org']) {
      assert.deepEqual(recognized(text).map((f) => f.text), [], text);
    }
    // Not an address: a key after a word (no dot after it), and a sentence's own full stop.
    assert.deepEqual(recognized('HSCs@x and lipocytes@home. Kupffer cells.').map((f) => f.text), ['HSCs', 'lipocytes', 'Kupffer cells']);
    const note = 'Lipocytes secrete IL-6, wrote lipocytes@example.org [@smith2020].\n';
    const analysis = analyzeDocument(note, builtinIndex());
    assert.equal(applyTextEdits(note, fixAllNonPreferred(analysis.findings)), note.replace('Lipocytes', 'Hepatic stellate cells'));
    assert.deepEqual(analysis.claims[0].citations?.map((c) => c.keys), [['smith2020']]);
  });

  it('reads no term in an old-style arXiv id, which still cites', () => {
    const index = indexOf([
      { id: 'cb', label: 'cannabinoid receptor', kind: 'molecule', abbreviations: ['CB'], definition: 'x', source: 'test' },
      { id: 'hep', label: 'hepatocyte', kind: 'cell', synonyms: ['hep'], definition: 'x', source: 'test' },
    ]);
    const text = 'The CB level rises in hepatocytes (arXiv:q-bio.CB/0601001; arXiv: hep-th/9901001v2).';
    const analysis = analyzeDocument(text, index);
    assert.deepEqual(analysis.terms.map((t) => text.slice(t.start, t.end)), ['CB', 'hepatocytes']);
    assert.deepEqual(findCitations(text, 0, text.length, { masked: parseProse(text).masked }).map((c) => c.kind), ['arxiv', 'arxiv']);
  });

  it('keeps the link text, list items, quotes and table cells', () => {
    const text = 'A [HGF](https://x.org) link.\n\n- MSC item\n\n> VEGF quote\n\n| IL-6 | x |\n|---|---|\n| TNF-α | y |\n';
    assert.deepEqual(recognized(text).map((f) => f.text), ['HGF', 'MSC', 'VEGF', 'IL-6', 'TNF-α']);
  });

  it('never runs a term from one block into the next: heading to paragraph, list items, table cells', () => {
    const text = '# Hepatic\nstellate cells here.\n\n- hepatic\n- stellate cells\n\n| hepatic | stellate cells |\n|---|---|\n| x | y |\n\nOne hepatic\nstellate cell in a paragraph.\n';
    const { masked, blocks } = parseProse(text);
    assert.deepEqual(findTerms(masked, builtinIndex(), 0, masked.length, blocks).map((t) => t.text), ['stellate cells', 'stellate cells', 'stellate cells', 'hepatic\nstellate cell']);
  });

  it('tells whether a form has the key of a form of the index, as the merge compares forms', () => {
    const index = builtinIndex();
    for (const form of ['Il6', 'IL 6', 'il-6', 'hepatic stellate cell', 'Hepatic Stellate Cells', 'MSc']) assert.equal(hasFormKey(index, form), true, form);
    for (const form of ['Il7x', 'hepatic', 'QZX9', '', '---']) assert.equal(hasFormKey(index, form), false, form);
  });

    it('splits a table row into cells where markdown-it does: at a pipe in a code span, not at one after a backslash', () => {
    // GFM splits inside a code span too; `\\|` keeps its pipe, as markdown-it reads it.
    const text = '| a | b |\n|---|---|\n| hepatic `x | y` stellate cells | z |\n| hepatic \\\\| stellate | w |\n';
    const { blocks } = parseProse(text);
    assert.deepEqual(
      blocks.map((b) => text.slice(b.start, b.end)),
      ['a', 'b', 'hepatic `x', 'y` stellate cells', 'z', 'hepatic \\\\| stellate', 'w'],
    );
  });

  it('masks a link title of up to 1,000 characters, and reads a paragraph of 60,000 unclosed ones in one pass', () => {
    // Each `](x (` looked for the title's end to the end of the paragraph: 100 KB took 1.8 s, 420 KB half a minute.
    const title = 'HGF '.repeat(250);
    assert.deepEqual(recognized(`A [VEGF](https://x.org/y (${title})) link.\n`).map((f) => f.text), ['VEGF']);
    const text = `${'[a](x ('.repeat(60_000)}\n\nA [MSC](https://x.org "HGF") link.\n`;
    assert.equal(parseProse(text).masked.slice(-40), text.slice(-40).replace('(https://x.org "HGF")', ' '.repeat(21)));
  });

  it('blanks the marks of emphasis in the masked text, not a * between spaces nor a _ inside a word', () => {
    const text = 'MSCs leave *more* fibrosis, **HGF** and _VEGF_ rise; 2 * 3, `x` snake_case.\n';
    assert.equal(parseProse(text).masked, 'MSCs leave  more  fibrosis,   HGF   and  VEGF  rise; 2 * 3,     snake_case.\n');
  });

  it('blanks the marks of Anki cloze deletions, with their hints, and reads the words they hide', () => {
    const text = '{{c1::MSCs}} secrete {{c2::HGF::a growth factor}}; {{not a cloze}}.\n';
    assert.equal(parseProse(text).masked, '      MSCs   secrete       HGF                   ; {{not a cloze}}.\n');
    assert.deepEqual(recognized(text).map((f) => f.text), ['MSCs', 'HGF']);
  });

  it('keeps the masked text the same length as the document', () => {
    const text = '---\na: 1\n---\n# T\r\n\r\nPara `x` 😀 [a](b)\r\n';
    assert.equal(parseProse(text).masked.length, text.length);
  });

  it('reports paragraphs, headings, table cells and their containers', () => {
    const text = '# Head\n\nPara.\n\n- item\n\n> quote\n\n| a | b |\n|---|---|\n| c | d |\n\n[^1]: note\n';
    const blocks = parseProse(text).blocks.map((b) => [b.kind, text.slice(b.start, b.end), b.container ?? '']);
    assert.deepEqual(blocks, [
      ['heading', 'Head', ''],
      ['paragraph', 'Para.', ''],
      ['paragraph', 'item', 'listItem'],
      ['paragraph', 'quote', 'blockquote'],
      ['tableCell', 'a', ''],
      ['tableCell', 'b', ''],
      ['tableCell', 'c', ''],
      ['tableCell', 'd', ''],
      ['paragraph', 'note', 'footnote'],
    ]);
  });
});
