import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyzeDocument } from '../../server/src/core/analysis';
import { termTokens } from '../../server/src/core/termTokens';
import { termTokenLegend, tokenEdits, toSemanticTokens } from '../../server/src/convert';
import { builtinIndex, withTokenEdits } from './helpers';

/** The tokens of a note decoded from the protocol's relative numbers: [line, character, text, type, modifiers]. */
function decoded(text: string, from?: number, to?: number): [number, number, string, string, string[]][] {
  const doc = TextDocument.create('file:///n.md', 'markdown', 1, text);
  const { data } = toSemanticTokens(doc, termTokens(analyzeDocument(text, builtinIndex()).terms, builtinIndex(), from, to));
  const out: [number, number, string, string, string[]][] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < data.length; i += 5) {
    line += data[i];
    character = data[i] === 0 ? character + data[i + 1] : data[i + 1];
    const start = doc.offsetAt({ line, character });
    const modifiers = termTokenLegend.tokenModifiers.filter((_, bit) => data[i + 4] & (1 << bit));
    out.push([line, character, text.slice(start, start + data[i + 2]), termTokenLegend.tokenTypes[data[i + 3]], modifiers]);
  }
  return out;
}

describe('recognized terms as semantic tokens', () => {
  it('colours each term by kind, marks a deprecated form and an ambiguous abbreviation, and leaves code, URLs and keys alone', () => {
    assert.deepEqual(decoded('Kupffer cells secrete HGF; Ito cells and HSCs drive angiogenesis. `VEGF` and https://x.org/VEGF and [@VEGF2020].\n'), [
      [0, 0, 'Kupffer cells', 'cell', []],
      [0, 22, 'HGF', 'molecule', []],
      [0, 27, 'Ito cells', 'cell', ['deprecated']],
      [0, 41, 'HSCs', 'cell', ['ambiguous']],
      [0, 52, 'angiogenesis', 'mechanism', []],
    ]);
  });

  it('counts columns in UTF-16 code units, reads CRLF line endings, and splits a term written across a line break into one token a line', () => {
    assert.deepEqual(decoded('🧬 HGF\r\nthe hepatic stellate\r\ncells here\r\n'), [
      [0, 3, 'HGF', 'molecule', []],
      [1, 4, 'hepatic stellate', 'cell', []],
      [2, 0, 'cells', 'cell', []],
    ]);
  });

  it('gives the tokens of a range only', () => {
    const text = 'HGF first.\n\nVEGF second.\n\nKupffer cells third.\n';
    assert.deepEqual(decoded(text, text.indexOf('VEGF'), text.indexOf('third')).map((t) => t[2]), ['VEGF', 'Kupffer cells']);
    assert.deepEqual(decoded(text, text.indexOf('EGF'), text.indexOf('EGF') + 1).map((t) => t[2]), ['VEGF'], 'a term the range starts inside');
  });

  describe('as a change of the tokens sent last', () => {
    const dataOf = (text: string) => toSemanticTokens(TextDocument.create('file:///n.md', 'markdown', 1, text), termTokens(analyzeDocument(text, builtinIndex()).terms, builtinIndex())).data;

    it('sends the one token that typing moves, not the note\'s others', () => {
      const before = 'HGF and VEGF act.\n\nKupffer cells here, Ito cells there.\n\nHGF again and angiogenesis.\n';
      const after = before.replace('Kupffer', 'a Kupffer');
      const edits = tokenEdits(dataOf(before), dataOf(after));
      // Kupffer cells moves two columns; Ito cells is written relative to it, and the later lines relative to their own line.
      assert.deepEqual(edits, [{ start: 10, deleteCount: 5, data: [2, 2, 13, 1, 0] }]);
      assert.deepEqual(withTokenEdits(dataOf(before), edits), dataOf(after));
    });

    it('sends a removed term as a deletion, a new one as an insertion, and nothing when nothing changed', () => {
      const before = 'HGF and VEGF act.\n';
      assert.deepEqual(tokenEdits(dataOf(before), dataOf(before)), []);
      const without = tokenEdits(dataOf(before), dataOf('HGF and act.\n'));
      assert.deepEqual(without, [{ start: 5, deleteCount: 5 }]);
      const added = tokenEdits(dataOf(before), dataOf('HGF and VEGF act. Kupffer cells too.\n'));
      assert.deepEqual(added, [{ start: 10, deleteCount: 0, data: [0, 10, 13, 1, 0] }]);
    });

    it('rebuilds any next tokens from any previous ones', () => {
      const token = fc.tuple(fc.nat(3), fc.nat(3), fc.nat(3), fc.nat(2), fc.nat(3));
      const tokens = fc.array(token, { maxLength: 12 }).map((list) => list.flat());
      fc.assert(
        fc.property(tokens, tokens, (previous, next) => {
          const edits = tokenEdits(previous, next);
          assert.deepEqual(withTokenEdits(previous, edits), next);
          assert.ok(edits.length <= 1);
          for (const edit of edits) assert.ok(edit.start % 5 === 0 && edit.deleteCount % 5 === 0 && (edit.data?.length ?? 0) % 5 === 0, 'whole tokens');
        }),
        { numRuns: 2000 },
      );
    });
  });
});
