import assert from 'node:assert/strict';
import { WordTable } from '../../server/src/core/wordTable';

/** FNV-1a's offset basis: with it as the seed, the words below share a hash. */
const fnvBasis = 0x811c9dc5 | 0;

/** A table whose values record each word they were made from, in order. */
function recordingTable(limit: number, seed?: number): { table: WordTable<{ word: string; n: number }>; made: string[] } {
  const made: string[] = [];
  const table = new WordTable((word) => ({ word, n: made.push(word) }), limit, seed);
  return { table, made };
}

describe('WordTable', () => {
  it('gives one value to a word wherever it stands, and makes it once', () => {
    const { table, made } = recordingTable(100);
    const text = 'HGF and HGF, then hgf and HGF.';
    const first = table.get(text, 0, 3);
    assert.equal(first.word, 'HGF');
    assert.equal(table.get(text, 8, 11), first);
    assert.equal(table.get(text, 26, 29), first);
    assert.notEqual(table.get(text, 18, 21), first, 'exact text: a word in other case is another word');
    assert.deepEqual(made, ['HGF', 'hgf']);
  });

  it('tells apart thousands of words, past the table growing', () => {
    const { table } = recordingTable(100_000);
    const words = Array.from({ length: 5000 }, (_, n) => `w${n.toString(36)}x`);
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const word of words) {
        assert.equal(table.get(text, at, at + word.length).word, word);
        at += word.length + 1;
      }
    }
  });

  it('tells apart two words with the same hash', () => {
    // '7yzx' and 'e6ad' have the same 32-bit FNV-1a hash from the basis, so they land on one slot.
    const { table, made } = recordingTable(10, fnvBasis);
    const text = '7yzx e6ad 7yzx e6ad';
    assert.equal(table.get(text, 0, 4).word, '7yzx');
    assert.equal(table.get(text, 5, 9).word, 'e6ad');
    assert.equal(table.get(text, 10, 14).word, '7yzx');
    assert.equal(table.get(text, 15, 19).word, 'e6ad');
    assert.deepEqual(made, ['7yzx', 'e6ad']);
  });

  it('stays linear on a note whose words all share a hash: past 64 of them, a word is not kept', () => {
    // Each pair has the same hash from the state the pairs before it leave, so every word made
    // of one of each pair, in order, has the same hash: 128 words.
    const pairs = [['abcfytw', 'wzkvyxm'], ['xodgror', 'hcfirof'], ['vwnqhqh', 'vcratat'], ['datkpmn', 'lgtqhkh'], ['xkrwhyp', 'hwnizud'], ['svwfcle', 'ajqhabk'], ['gvorapw', 'gnqnwto']];
    const words = Array.from({ length: 128 }, (_, m) => pairs.map((pair, i) => pair[(m >> i) & 1]).join(''));
    const text = words.join(' ');
    const { table, made } = recordingTable(1000, fnvBasis);
    for (let round = 0; round < 2; round++) {
      words.forEach((word, k) => assert.equal(table.get(text, k * 50, k * 50 + 49).word, word));
    }
    // The first 64 are kept; the other 64 are made again when asked again.
    assert.equal(made.length, 128 + 64);
    assert.deepEqual(made.slice(128), words.slice(64));
  });

  it('starts over past its limit and still answers right', () => {
    const { table, made } = recordingTable(2);
    const text = 'alpha beta gamma alpha';
    table.get(text, 0, 5);
    table.get(text, 6, 10);
    table.get(text, 11, 16);
    assert.equal(table.get(text, 17, 22).word, 'alpha');
    assert.deepEqual(made, ['alpha', 'beta', 'gamma', 'alpha'], 'alpha was dropped with the rest and made again');
  });
});
