import assert from 'node:assert/strict';
import MarkdownIt from 'markdown-it';
import { claimFindings, findClaims } from '../../server/src/core/claims';
import { claimFixes, hypothesisMarker } from '../../server/src/core/claimFixes';
import { parseDirectives } from '../../server/src/core/directives';
import { parseProse } from '../../server/src/core/markdown';
import { findTerms } from '../../server/src/core/matcher';
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

  it('ignores a sentence that starts its line with a directive on the line above, keeping indentation and quote markers', () => {
    const nested = 'Intro.\n\n  > VEGF inhibits angiogenesis.\n';
    const fixes = claimFixes(findingOn(nested, 'VEGF inhibits angiogenesis.', 'claim.contradicts-review'), nested);
    assert.equal(fixes.length, 1);
    assert.equal(apply(nested, fixes[0].edits), 'Intro.\n\n  > <!-- regen-notes-disable-next-line claim.contradicts-review -->\n  > VEGF inhibits angiogenesis.\n');
  });

  it('ignores a list item above its marker line', () => {
    const list = '- first\n  - MSCs restore liver function.\n';
    const [, , ignore] = claimFixes(findingOn(list, 'MSCs restore liver function.'), list);
    assert.equal(apply(list, ignore.edits), '- first\n  <!-- regen-notes-disable-next-line claim.unsupported -->\n  - MSCs restore liver function.\n');
  });

  it('ignores a sentence that starts mid-line with disable-line at the end of that line', () => {
    const [, , ignore] = claimFixes(findingOn(text, sentence), text);
    assert.equal(apply(text, ignore.edits), 'Intro sentence. Exosomal VEGF silences apoptosis in Kupffer cells. <!-- regen-notes-disable-line claim.unsupported -->\n');
  });

  it('ignores a sentence on a later line of its paragraph, or under a heading, without splitting the paragraph', () => {
    const later = 'Intro.\nVEGF inhibits angiogenesis.\n';
    const [, , ignore] = claimFixes(findingOn(later, 'VEGF inhibits angiogenesis.'), later);
    assert.equal(apply(later, ignore.edits), 'Intro.\nVEGF inhibits angiogenesis. <!-- regen-notes-disable-line claim.unsupported -->\n');
    const crlf = 'Intro.\r\nVEGF inhibits angiogenesis.\r\n';
    const [, , atEnd] = claimFixes(findingOn(crlf, 'VEGF inhibits angiogenesis.'), crlf);
    assert.equal(apply(crlf, atEnd.edits), 'Intro.\r\nVEGF inhibits angiogenesis. <!-- regen-notes-disable-line claim.unsupported -->\r\n', 'a CRLF is no blank line');
    const headed = '## Results\nVEGF inhibits angiogenesis.\n';
    const [, , above] = claimFixes(findingOn(headed, 'VEGF inhibits angiogenesis.'), headed);
    assert.equal(apply(headed, above.edits), '## Results\n<!-- regen-notes-disable-next-line claim.unsupported -->\nVEGF inhibits angiogenesis.\n');
  });

  it('puts the citation placeholder after a link that ends the claim, not inside it', () => {
    for (const link of ['[this](https://x.org/a_(b))', '[this][ref]', '![fig](fig.png "Figure (1)")']) {
      const note = `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link}\n`;
      const [cite] = claimFixes(findingOn(note, `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link.slice(0, link.indexOf(']') + 1)}`), note);
      assert.equal(apply(note, cite.edits), `Exosomal VEGF silences apoptosis in Kupffer cells, per ${link} [@]\n`);
    }
  });

  it('keeps CRLF line endings', () => {
    const crlf = 'Intro.\r\n\r\nVEGF inhibits angiogenesis.\r\n';
    const [, , ignore] = claimFixes(findingOn(crlf, 'VEGF inhibits angiogenesis.'), crlf);
    assert.equal(apply(crlf, ignore.edits), 'Intro.\r\n\r\n<!-- regen-notes-disable-next-line claim.unsupported -->\r\nVEGF inhibits angiogenesis.\r\n');
  });

  it('keeps lone CR line endings', () => {
    const cr = 'Intro.\r\rVEGF inhibits angiogenesis.\r';
    const [, , ignore] = claimFixes(findingOn(cr, 'VEGF inhibits angiogenesis.'), cr);
    assert.equal(apply(cr, ignore.edits), 'Intro.\r\r<!-- regen-notes-disable-next-line claim.unsupported -->\rVEGF inhibits angiogenesis.\r');
  });

  it('offers nothing for other findings', () => {
    assert.deepEqual(claimFixes({ code: 'term.ambiguous', start: 0, end: 3, message: '' }, 'HSC'), []);
  });
});

describe('claimFixes, applied', () => {
  function findingsOf(text: string): Finding[] {
    const index = builtinIndex();
    const prose = parseProse(text);
    const claims = findClaims({ text, prose, terms: findTerms(prose.masked, index), index, citationScope: 'paragraph' });
    const directives = parseDirectives(text, prose);
    return claimFindings(claims, index).filter((f) => !directives.isSuppressed(f.code, f.start, f.end));
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
      assert.deepEqual(findingsOf(apply(text, ignore.edits)), []);
      const hypothesis = fixes.find((f) => f.title === 'Mark as hypothesis');
      if (hypothesis) assert.deepEqual(findingsOf(apply(text, hypothesis.edits)), []);
    });
  }

  /** The cells of each table row as markdown-it reads them (GFM: a cell past the header's count is dropped). */
  function tableRows(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] | undefined;
    for (const token of new MarkdownIt({ html: true }).parse(text, {})) {
      if (token.type === 'tr_open') rows.push((row = []));
      else if (token.type === 'tr_close') row = undefined;
      else if (token.type === 'inline' && row) row.push(token.content);
    }
    return rows;
  }

  it('silences a claim in a table row from inside its last cell, so the row keeps its cells', () => {
    const comment = '<!-- regen-notes-disable-line claim.unsupported -->';
    const other = '| HSC | IL-6 protects hepatocytes from apoptosis. | - |\n';
    for (const [name, row, edited] of [
      ['the last cell', '| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells. |', `| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells. ${comment} |`],
      ['a middle cell, the last holding an escaped pipe in code', '| Kupffer cells | Exosomal VEGF silences apoptosis in Kupffer cells. | `a\\|b` |', `| Kupffer cells | Exosomal VEGF silences apoptosis in Kupffer cells. | \`a\\|b\` ${comment} |`],
      ['a row without spaces around its pipes, and blanks after it', '|Kupffer cells|-|Exosomal VEGF silences apoptosis in Kupffer cells.|  ', `|Kupffer cells|-|Exosomal VEGF silences apoptosis in Kupffer cells. ${comment}|  `],
      ['a row without a closing pipe', '| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells.', `| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells. ${comment}`],
      ['a row that ends with an escaped pipe', '| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells. \\|', `| Kupffer cells | - | Exosomal VEGF silences apoptosis in Kupffer cells. \\| ${comment}`],
    ] as const) {
      const text = `| Cell | Effect | Note |\n|---|---|---|\n${row}\n${other}`;
      const before = findingsOf(text);
      assert.deepEqual(before.map((f) => f.code), ['claim.unsupported', 'claim.unsupported'], name);
      const [ignore] = claimFixes(before[0], text).filter((f) => f.title === 'Ignore this claim');
      const after = apply(text, ignore.edits);
      assert.equal(after, `| Cell | Effect | Note |\n|---|---|---|\n${edited}\n${other}`, name);
      assert.deepEqual(findingsOf(after).map((f) => after.slice(f.start, f.end)), ['IL-6 protects hepatocytes from apoptosis.'], `${name}: only that claim is silenced`);
      const rows = tableRows(text);
      rows[1][2] += ` ${comment}`;
      assert.deepEqual(tableRows(after), rows, `${name}: the comment is in the row's last cell, not a cell of its own`);
    }
  });

  it('keeps a table whose header row holds the claim', () => {
    const text = '| Exosomal VEGF silences apoptosis in Kupffer cells. | Note |\n|---|---|\n| x | y |\n';
    const [finding] = findingsOf(text);
    const after = apply(text, claimFixes(finding, text).find((f) => f.title === 'Ignore this claim')!.edits);
    assert.deepEqual(findingsOf(after), []);
    // A third cell in the header row no longer matched the delimiter row: the table was gone.
    assert.deepEqual(tableRows(after), [
      ['Exosomal VEGF silences apoptosis in Kupffer cells.', 'Note <!-- regen-notes-disable-line claim.unsupported -->'],
      ['x', 'y'],
    ]);
  });
});
