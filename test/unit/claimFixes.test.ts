import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { analyzeDocument, updateAnalysis } from '../../server/src/core/analysis';
import { mergeBibliographies, parseBibliography, parseBibtex } from '../../server/src/core/bibliography';
import { suggestCitations } from '../../server/src/core/citationSuggestions';
import { claimFixes, claimTermIds, hypothesisMarker } from '../../server/src/core/claimFixes';
import type { Finding, TextEditOffsets } from '../../server/src/core/types';
import { builtinIndex } from './helpers';

function findingOn(text: string, sentence: string, code: Finding['code'] = 'claim.unsupported'): Finding {
  const start = text.indexOf(sentence);
  return { code, start, end: start + sentence.length, message: '' };
}

function apply(text: string, edits: readonly TextEditOffsets[]): string {
  return [...edits].sort((a, b) => b.start - a.start).reduce((t, e) => t.slice(0, e.start) + e.newText + t.slice(e.end), text);
}

describe('claimFixes', () => {
  const text = 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells.\n';
  const sentence = 'Exosomal VEGF silences apoptosis in Kupffer cells.';

  it('offers citation, hypothesis and ignore for an unsupported claim, citation first and preferred', () => {
    const fixes = claimFixes(findingOn(text, sentence), text);
    assert.deepEqual(
      fixes.map((f) => [f.kind, f.isPreferred === true]),
      [
        ['quickfix', true],
        ['quickfix', false],
        ['quickfix', false],
      ],
    );
    assert.ok(fixes.every((f) => f.finding?.code === 'claim.unsupported'));
  });

  it('inserts the citation placeholder before the final period', () => {
    const [cite] = claimFixes(findingOn(text, sentence), text);
    assert.equal(apply(text, cite.edits), 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells [@].\n');
    assert.equal(cite.snippet, undefined);
  });

  it('uses a snippet placeholder when the client supports snippets', () => {
    const [cite] = claimFixes(findingOn(text, sentence), text, { snippetSupport: true });
    assert.equal(cite.snippet, true);
    assert.equal(cite.edits[0].newText, ' [@$1]');
  });

  it('puts the placeholder inside closing emphasis, and at the end without punctuation', () => {
    const bold = '**HGF drives hepatocyte proliferation.**';
    assert.equal(apply(bold, claimFixes(findingOn(bold, bold), bold)[0].edits), '**HGF drives hepatocyte proliferation [@].**');
    const bare = '- VEGF stimulates stellate cells';
    const item = 'VEGF stimulates stellate cells';
    assert.equal(apply(bare, claimFixes(findingOn(bare, item), bare)[0].edits), '- VEGF stimulates stellate cells [@]');
  });

  it('marks the sentence as a hypothesis with the documented marker', () => {
    const [, hypothesis] = claimFixes(findingOn(text, sentence), text);
    assert.equal(apply(text, hypothesis.edits), `Intro sentence. ${hypothesisMarker}Exosomal VEGF silences apoptosis in Kupffer cells.\n`);
  });

  it('ignores a claim with disable-claim right after its sentence, in a quote, a nested list item or mid-line', () => {
    const nested = 'Intro.\n\n  > VEGF inhibits angiogenesis.\n';
    const fixes = claimFixes(findingOn(nested, 'VEGF inhibits angiogenesis.', 'claim.contradicts-review'), nested);
    assert.equal(fixes.length, 1);
    assert.equal(apply(nested, fixes[0].edits), 'Intro.\n\n  > VEGF inhibits angiogenesis. <!-- regen-notes-disable-claim claim.contradicts-review -->\n');
    const list = '- first\n  - MSCs restore liver function.\n';
    const [, , ignore] = claimFixes(findingOn(list, 'MSCs restore liver function.'), list);
    assert.equal(apply(list, ignore.edits), '- first\n  - MSCs restore liver function. <!-- regen-notes-disable-claim claim.unsupported -->\n');
    const [, , midLine] = claimFixes(findingOn(text, 'Intro sentence.'), text);
    assert.equal(apply(text, midLine.edits), 'Intro sentence. <!-- regen-notes-disable-claim claim.unsupported --> Exosomal VEGF silences apoptosis in Kupffer cells.\n');
  });

  it('puts disable-claim after a link that ends the claim, and glued to markup that follows the sentence without a space', () => {
    const linked = 'Exosomal VEGF silences apoptosis in Kupffer cells, per [this](https://x.org/a_(b))\nMore.\n';
    const [, , ignore] = claimFixes(findingOn(linked, 'Exosomal VEGF silences apoptosis in Kupffer cells, per [this]'), linked);
    assert.equal(apply(linked, ignore.edits), 'Exosomal VEGF silences apoptosis in Kupffer cells, per [this](https://x.org/a_(b)) <!-- regen-notes-disable-claim claim.unsupported -->\nMore.\n');
    // A space before the comment would show between the period and the superscript.
    const sup = 'Exosomal VEGF silences apoptosis in Kupffer cells.<sup>1</sup> More.\n';
    const [, , glued] = claimFixes(findingOn(sup, 'Exosomal VEGF silences apoptosis in Kupffer cells.'), sup);
    assert.equal(apply(sup, glued.edits), 'Exosomal VEGF silences apoptosis in Kupffer cells.<!-- regen-notes-disable-claim claim.unsupported --><sup>1</sup> More.\n');
  });

  it('puts the citation placeholder after a link that ends the claim, not inside it', () => {
    for (const link of ['[this](https://x.org/a_(b))', '[this][ref]', '![fig](fig.png "Figure (1)")']) {
      const note = `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link}\n`;
      const [cite] = claimFixes(findingOn(note, `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link.slice(0, link.indexOf(']') + 1)}`), note);
      assert.equal(apply(note, cite.edits), `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link} [@]\n`);
    }
  });

  it('puts both fixes after a citation key or DOI that ends the claim, and after a link whose title holds a parenthesis, not inside them', () => {
    // The key is masked, so the sentence ends at its `@`: the comment went inside it, breaking the key, and silenced nothing.
    const md = new MarkdownIt({ html: true });
    const withoutInserted = (html: string) => html.replace(/ ?<!-- regen-notes-disable-claim [\w.-]+ -->| \[@\]/g, '');
    for (const note of [
      '- VEGF inhibits angiogenesis @smith2015\n',
      '- VEGF inhibits angiogenesis, as shown by @smith2015; @lee2019\n',
      '- VEGF inhibits angiogenesis @{smith 2015}\n',
      '- VEGF inhibits angiogenesis doi:10.1000/xyz\n',
      '| claim | ref |\n|---|---|\n| VEGF inhibits angiogenesis @smith2015 | x |\n',
      '- VEGF inhibits angiogenesis [x](https://a.org/p "Fig. 2) b")\n',
      '- Exosomal VEGF silences apoptosis in Kupffer cells, per [x](https://a.org/p "Fig. 2) b")\n',
      "- VEGF inhibits angiogenesis [x](https://a.org/p 'a (b')\n",
      `- VEGF inhibits angiogenesis [x](https://a.org/${'p'.repeat(3000)})\n`,
    ]) {
      const finding = analyzeDocument(note, builtinIndex()).findings.find((f) => f.code.startsWith('claim.'))!;
      const fixes = claimFixes(finding, note).filter((f) => f.title === 'Insert citation placeholder' || f.title === 'Ignore this claim');
      const ignore = fixes.find((f) => f.title === 'Ignore this claim')!;
      for (const fix of fixes) {
        const fixed = apply(note, fix.edits);
        assert.equal(withoutInserted(md.render(fixed)), md.render(note), `${fix.title}: ${JSON.stringify(fixed)}`);
        assert.match(fixed, /(?:2015|2019|xyz|\)|\}) (?:\[@\]|<!--)/, JSON.stringify(fixed));
      }
      assert.deepEqual(analyzeDocument(apply(note, ignore.edits), builtinIndex()).findings.filter((f) => f.code.startsWith('claim.')), [], note);
    }
  });

  it('writes no line break, so CRLF and lone CR line endings stay as they are', () => {
    for (const note of ['Intro.\r\n\r\nVEGF inhibits angiogenesis.\r\n', 'Intro.\r\rVEGF inhibits angiogenesis.\r']) {
      const [, , ignore] = claimFixes(findingOn(note, 'VEGF inhibits angiogenesis.'), note);
      assert.equal(apply(note, ignore.edits), note.replace('angiogenesis.', 'angiogenesis. <!-- regen-notes-disable-claim claim.unsupported -->'));
    }
  });

  it('offers nothing for other findings', () => {
    assert.deepEqual(claimFixes({ code: 'term.ambiguous', start: 0, end: 3, message: '' }, 'HSC'), []);
  });
});

describe('claimFixes, applied', () => {
  const isClaim = (f: Finding) => f.code === 'claim.unsupported' || f.code === 'claim.contradicts-review';
  const md = new MarkdownIt({ html: true });

  /** The claim findings of `text`; with `previous`, checks that an update from it finds the same. */
  function findingsOf(text: string, previous?: string): Finding[] {
    const index = builtinIndex();
    const findings = analyzeDocument(text, index).findings.filter(isClaim);
    if (previous !== undefined) assert.deepEqual(updateAnalysis(analyzeDocument(previous, index), text, index).findings.filter(isClaim), findings, 'an update finds what a full analysis does');
    return findings;
  }

  /** The inline HTML of a note as markdown-it reads it: each tag or comment on its own. */
  function inlineHtml(text: string): string[] {
    return md
      .parse(text, {})
      .flatMap((t) => t.children ?? [])
      .filter((t) => t.type === 'html_inline')
      .map((t) => t.content);
  }

  const flagged = (text: string, findings: Finding[]) => findings.map((f) => text.slice(f.start, f.end));

  /**
   * `text` after "Ignore this claim" on the claim that starts with `sentence`, once checked: that claim and no other is
   * silenced (analysed in full and updated), and the note renders as before but for the comment,
   * which is an HTML comment of its own, not text in code or in another comment.
   */
  function ignored(text: string, sentence: string): string {
    const before = findingsOf(text);
    const finding = before.find((f) => text.startsWith(sentence, f.start));
    assert.ok(finding, `${sentence} is flagged in ${JSON.stringify(text)}`);
    const [edit] = claimFixes(finding, text).find((f) => f.title === 'Ignore this claim')!.edits;
    const after = apply(text, [edit]);
    assert.deepEqual(flagged(after, findingsOf(after, text)), flagged(text, before.filter((f) => f !== finding)), `only that claim is silenced in ${JSON.stringify(after)}`);
    assert.ok(inlineHtml(after).includes(edit.newText.trim()), `the comment is inline HTML of its own in ${JSON.stringify(after)}`);
    assert.equal(md.render(after).replace(edit.newText, ''), md.render(text), `renders as before: ${JSON.stringify(after)}`);
    return after;
  }

  it('silences only the claim it is asked for, not another on its line, then or after further edits', () => {
    const text = 'Kupffer cells secrete IL-6. VEGF silences apoptosis.\n';
    const after = ignored(text, 'Kupffer cells secrete IL-6.');
    assert.equal(after, 'Kupffer cells secrete IL-6. <!-- regen-notes-disable-claim claim.unsupported --> VEGF silences apoptosis.\n');
    const added = after.replace('\n', ' HGF inhibits fibrosis.\n');
    assert.deepEqual(flagged(added, findingsOf(added, after)), ['VEGF silences apoptosis.', 'HGF inhibits fibrosis.']);
    const reworded = added.replace('apoptosis', 'apoptosis of hepatocytes');
    assert.deepEqual(flagged(reworded, findingsOf(reworded, added)), ['VEGF silences apoptosis of hepatocytes.', 'HGF inhibits fibrosis.']);
    const longer = reworded.replace('secrete IL-6', 'secrete much IL-6');
    assert.deepEqual(flagged(longer, findingsOf(longer, reworded)), ['VEGF silences apoptosis of hepatocytes.', 'HGF inhibits fibrosis.'], 'the ignored claim stays ignored as it is edited');
    const second = ignored(text, 'VEGF silences apoptosis.');
    assert.equal(second, 'Kupffer cells secrete IL-6. VEGF silences apoptosis. <!-- regen-notes-disable-claim claim.unsupported -->\n');
  });

  for (const [name, text] of [
    ['a code span that goes on to the next line', 'Intro line here.\nKupffer cells secrete IL-6. See `code\ncontinues` here.\n'],
    ['an HTML comment that goes on to the next line', 'Intro line here.\nKupffer cells secrete IL-6. <!-- a note\nthat continues --> Here.\n'],
    ['an HTML comment that goes on to the next line, in the sentence', 'Intro line here.\nKupffer cells secrete IL-6. <!-- a note\nthat continues --> here.\n'],
    ['an HTML attribute that goes on to the next line', 'Intro line here.\nKupffer cells secrete IL-6. <span title="a\nb">X</span>.\n'],
    ['an HTML attribute that goes on to the next line, in the sentence', 'Intro line here.\nKupffer cells secrete IL-6. <span title="a\nb">x</span>.\n'],
    ['a hard line break of two spaces', 'Intro line here.\nKupffer cells secrete IL-6.  \nNext line.\n'],
    ['a hard line break of a backslash', 'Intro line here.\nKupffer cells secrete IL-6.\\\nNext line.\n'],
    ['a quote holding two claims', '> Kupffer cells secrete IL-6. VEGF silences apoptosis.\n'],
    ['CRLF line endings', 'Intro.\r\nKupffer cells secrete IL-6. VEGF silences apoptosis.\r\nMore.\r\n'],
    ['a table cell, beside another claim in the row', '| a | b |\n|---|---|\n| Kupffer cells secrete IL-6. | VEGF silences apoptosis. |\n'],
    ['a tag glued to the sentence', 'Intro line here.\nKupffer cells secrete IL-6.<br> Next.\n'],
  ] as const) {
    it(`ignores a claim with ${name}, leaving the markup and the rendering as they were`, () => {
      ignored(text, 'Kupffer cells secrete IL-6.');
    });
  }

  /** The block tokens of a note, without its HTML, each list paragraph marked tight or loose. */
  function structure(text: string): string[] {
    return md
      .parse(text, {})
      .filter((t) => t.type !== 'inline' && t.type !== 'html_block')
      .map((t) => (t.type.startsWith('paragraph') ? `${t.type}${t.hidden ? ' (tight)' : ''}` : t.type));
  }

  for (const [name, text] of [
    ['a bullet list', '- a\n- Kupffer cells secrete IL-6.\n- c\n'],
    ['an ordered list', '1. a\n2. Kupffer cells secrete IL-6.\n3. c\n'],
    ['a loose ordered list', '1. a\n\n2. Kupffer cells secrete IL-6.\n\n3. c\n'],
    ['the first item of a loose ordered list', '1. Kupffer cells secrete IL-6.\n\n2. b\n'],
    ['a list in a quote', '> - a\n> - Kupffer cells secrete IL-6.\n'],
  ] as const) {
    it(`ignores a claim in ${name} without splitting the list or making it tight`, () => {
      const after = ignored(text, 'Kupffer cells secrete IL-6.');
      assert.deepEqual(structure(after), structure(text));
    });
  }

  for (const [name, text] of [
    ['a paragraph', 'Exosomal VEGF silences apoptosis in Kupffer cells.\n'],
    ['the middle of a paragraph', 'MSCs secrete HGF. Exosomal VEGF silences apoptosis in Kupffer cells. More text.\n'],
    ['a list item', '- first item\n- VEGF inhibits angiogenesis.\n'],
    ['the second line of a cited paragraph', 'Exosomal VEGF silences apoptosis in Kupffer cells.\nVEGF inhibits angiogenesis [@smith2020].\n'],
    ['the lazy line of a list item', '- First point.\nVEGF inhibits angiogenesis.\n'],
    ['a table cell', '| a | b |\n|---|---|\n| x | VEGF inhibits angiogenesis |\n'],
    ['a note whose lines end in lone carriage returns', 'Intro.\r\rVEGF inhibits angiogenesis.\r\rMore text.\r'],
    ['the middle of a line ended by a lone carriage return', 'Intro.\r\rMSCs secrete HGF. VEGF inhibits angiogenesis.\r\rMore text.\r'],
  ] as const) {
    it(`silences the finding in ${name} with "Ignore this claim", and hedges it with "Mark as hypothesis"`, () => {
      const [finding] = findingsOf(text);
      assert.ok(finding, name);
      const fixes = claimFixes(finding, text);
      const ignore = fixes.find((f) => f.title === 'Ignore this claim')!;
      assert.deepEqual(findingsOf(apply(text, ignore.edits), text), []);
      const hypothesis = fixes.find((f) => f.title === 'Mark as hypothesis');
      if (hypothesis) assert.deepEqual(findingsOf(apply(text, hypothesis.edits), text), []);
    });
  }

  /** The cells of each table row as markdown-it reads them (GFM: a cell past the header's count is dropped). */
  function tableRows(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] | undefined;
    for (const token of md.parse(text, {})) {
      if (token.type === 'tr_open') rows.push((row = []));
      else if (token.type === 'tr_close') row = undefined;
      else if (token.type === 'inline' && row) row.push(token.content);
    }
    return rows;
  }

  it('silences a claim in a table cell from inside that cell, so the row keeps its cells and the other claims', () => {
    const sentence = 'Exosomal VEGF silences apoptosis in Kupffer cells.';
    const comment = '<!-- regen-notes-disable-claim claim.unsupported -->';
    const other = '| HSC | IL-6 protects hepatocytes from apoptosis. | - |\n';
    for (const [name, row, edited] of [
      ['the last cell', `| Kupffer cells | - | ${sentence} |`, `| Kupffer cells | - | ${sentence} ${comment} |`],
      ['a middle cell, the last holding an escaped pipe in code', `| Kupffer cells | ${sentence} | \`a\\|b\` |`, `| Kupffer cells | ${sentence} ${comment} | \`a\\|b\` |`],
      ['a row without spaces around its pipes, and blanks after it', `|Kupffer cells|-|${sentence}|  `, `|Kupffer cells|-|${sentence}${comment}|  `],
      ['a row without a closing pipe', `| Kupffer cells | - | ${sentence}`, `| Kupffer cells | - | ${sentence} ${comment}`],
      ['a row that ends with an escaped pipe', `| Kupffer cells | - | ${sentence} \\|`, `| Kupffer cells | - | ${sentence} ${comment} \\|`],
    ] as const) {
      const text = `| Cell | Effect | Note |\n|---|---|---|\n${row}\n${other}`;
      const after = ignored(text, sentence);
      assert.equal(after, `| Cell | Effect | Note |\n|---|---|---|\n${edited}\n${other}`, name);
      assert.deepEqual(flagged(after, findingsOf(after)), ['IL-6 protects hepatocytes from apoptosis.'], name);
      const rows = tableRows(text).map((cells) => cells.map((cell) => cell.replace(sentence, sentence + (edited.includes(` ${comment}`) ? ' ' : '') + comment)));
      assert.deepEqual(tableRows(after), rows, `${name}: the comment is in the claim's cell, not a cell of its own`);
    }
  });

  it('keeps a table whose header row holds the claim', () => {
    const text = '| Exosomal VEGF silences apoptosis in Kupffer cells. | Note |\n|---|---|\n| x | y |\n';
    const after = ignored(text, 'Exosomal VEGF silences apoptosis in Kupffer cells.');
    assert.deepEqual(tableRows(after), [
      ['Exosomal VEGF silences apoptosis in Kupffer cells. <!-- regen-notes-disable-claim claim.unsupported -->', 'Note'],
      ['x', 'y'],
    ]);
  });
});

describe('citations suggested for an unsupported claim', () => {
  const library = mergeBibliographies([
    parseBibtex(
      [
        '@article{vegf2019, author = {Lee, Ann and Park, Bo and Kim, Cy}, title = {VEGF in exosomes limits apoptosis of Kupffer cells}, year = 2019}',
        '@article{kupffer2015, author = {Smith, Jo}, title = {Kupffer cells and apoptosis after injury}, year = 2015}',
        '@article{kupffer2021, author = {Wang, Li}, title = {Kupffer cell apoptosis in the regenerating liver}, year = 2021}',
        '@article{vegfonly, title = {VEGF and angiogenesis}, year = 2020}',
        '@book{untitled2020, author = {Doe, Jane}}',
        '@article{hgf2018, title = {HGF drives hepatocyte proliferation}, year = 2018}',
      ].join('\n'),
      'refs.bib',
    ).entries,
  ]);
  const text = 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells.\n';
  const sentence = 'Exosomal VEGF silences apoptosis in Kupffer cells.';
  const termsOf = (note: string, claim: string) => {
    const start = note.indexOf(claim);
    return claimTermIds(analyzeDocument(note, builtinIndex()).terms, start, start + claim.length);
  };

  it("reads a claim's terms from the note's, inside the sentence only", () => {
    assert.deepEqual([...termsOf(text, sentence)], ['vegf', 'apoptosis', 'kupffer-cell']);
    assert.deepEqual([...termsOf('HGF matters. VEGF rises.\n', 'VEGF rises.')], ['vegf']);
  });

  it('ranks the entries whose titles name the most of its terms first, then those whose terms fewer entries name, then the newer', () => {
    const suggested = suggestCitations(termsOf(text, sentence), library, builtinIndex());
    assert.deepEqual(suggested.map((e) => e.key), ['vegf2019', 'kupffer2021', 'kupffer2015']);
    assert.deepEqual(suggestCitations(termsOf(text, sentence), library, builtinIndex(), 1).map((e) => e.key), ['vegf2019']);
  });

  it("reads an entry's keywords as well as its title, one keyword at a time (BibTeX keywords, CSL keyword)", () => {
    const keyed = mergeBibliographies([
      parseBibtex('@article{kw2022, title = {A study}, keywords = {Kupffer cells; VEGF, apoptosis}, year = 2022}\n@article{joined2023, title = {Another}, keywords = {liver, regeneration}}\n', 'refs.bib').entries,
      parseBibliography('[{ "id": "csl2021", "title": "On cells", "keyword": "apoptosis, Kupffer cell" }]', 'csl-json', 'refs.json').entries,
    ]);
    assert.deepEqual(suggestCitations(termsOf(text, sentence), keyed, builtinIndex()).map((e) => e.key), ['kw2022', 'csl2021']);
    assert.deepEqual(suggestCitations(new Set(['liver-regeneration']), keyed, builtinIndex()), [], 'a term is not read across two keywords');
  });

  it('finds a title that writes a term otherwise than the claim: a Greek letter by its name, a hyphen left out', () => {
    const spelled = mergeBibliographies([parseBibtex('@article{tnf2019, title = {TNF-alpha and IL6 in the injured liver}, year = 2019}\n@article{other2019, title = {TNF receptors}, year = 2019}\n', 'refs.bib').entries]);
    const note = 'TNF-α increases IL-6.\n';
    assert.deepEqual(suggestCitations(termsOf(note, 'TNF-α increases IL-6.'), spelled, builtinIndex()).map((e) => e.key), ['tnf2019']);
  });

  it('asks for two of the terms (the one of a one-term claim), and offers none when no title names them', () => {
    assert.deepEqual(suggestCitations(new Set(['vegf', 'hgf']), library, builtinIndex()).map((e) => e.key), [], 'one term each is not enough');
    assert.deepEqual(suggestCitations(new Set(['hgf']), library, builtinIndex()).map((e) => e.key), ['hgf2018']);
    assert.deepEqual(suggestCitations(new Set(['mesenchymal-stem-cell']), library, builtinIndex()), []);
    assert.deepEqual(suggestCitations(new Set(), library, builtinIndex()), []);
  });

  it('offers "Cite @key (Author Year: Title)" after the placeholder, inserting the key where the placeholder goes', () => {
    const suggested = suggestCitations(termsOf(text, sentence), library, builtinIndex(), 2);
    const fixes = claimFixes(findingOn(text, sentence), text, { snippetSupport: true, suggested });
    assert.deepEqual(fixes.map((f) => f.title), [
      'Insert citation placeholder',
      'Cite @vegf2019 (Lee et al. 2019: VEGF in exosomes limits apoptosis of Kupffer cells)',
      'Cite @kupffer2021 (Wang 2021: Kupffer cell apoptosis in the regenerating liver)',
      'Mark as hypothesis',
      'Ignore this claim',
    ]);
    assert.equal(apply(text, fixes[1].edits), 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells [@vegf2019].\n');
    assert.equal(fixes[1].snippet, undefined, 'plain text: a key may hold $');
    assert.equal(fixes[1].isPreferred, undefined, 'a place to look, not a fix to take blindly');
    const braced = claimFixes(findingOn(text, sentence), text, { suggested: [{ key: 'Smith 2015', authors: [], moreAuthors: 0, file: 'refs.json', line: 0 }] });
    assert.equal(braced[1].title, 'Cite @{Smith 2015}');
    assert.equal(apply(text, braced[1].edits), 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells [@{Smith 2015}].\n');
    assert.deepEqual(claimFixes(findingOn(text, sentence, 'claim.contradicts-review'), text, { suggested }).map((f) => f.title), ['Ignore this claim'], 'a contradicted claim is cited already');
  });
});
