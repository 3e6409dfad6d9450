import assert from 'node:assert/strict';
import { wordKey } from '../../server/src/core/wordKeys';

/** The key of the first occurrence of `word` in `text`. */
function keyIn(text: string, word: string): string {
  const at = text.indexOf(word);
  return wordKey(text, at, at + word.length);
}

describe('wordKey', () => {
  it('lower-cases a word, wherever and however often it occurs', () => {
    const text = 'HGF promotes repair; Promotes PROMOTES promotes.';
    assert.equal(keyIn(text, 'HGF'), 'hgf');
    const keys = [4, 21, 30, 39].map((at) => wordKey(text, at, at + 8));
    assert.deepEqual(keys, ['promotes', 'promotes', 'promotes', 'promotes']);
  });

  it('gives a long word one key from every note it occurs in', () => {
    const first = keyIn('   regenerationally  ', 'regenerationally');
    assert.equal(first, 'regenerationally');
    assert.equal(keyIn('Regenerationally, yes.', 'Regenerationally'), first);
  });

  it('makes typographic apostrophes and hyphens plain, and lower-cases other scripts', () => {
    assert.equal(keyIn('It doesn’t help', 'doesn’t'), "doesn't");
    assert.equal(keyIn('An anti‐VEGF drug', 'anti‐VEGF'), 'anti-vegf');
    assert.equal(keyIn('Die ÜBER Zellen', 'ÜBER'), 'über');
  });

  it('tells apart words that share a hash slot or a length', () => {
    const words = Array.from({ length: 3000 }, (_, n) => `w${n.toString(36)}x`);
    const text = words.join(' ');
    let at = 0;
    for (const word of words) {
      assert.equal(wordKey(text, at, at + word.length), word);
      at += word.length + 1;
    }
  });

  it('stays right after more distinct words than it keeps', () => {
    const words = Array.from({ length: 40_000 }, (_, n) => `K${n}`);
    const text = words.join(' ');
    for (let round = 0; round < 2; round++) {
      let at = 0;
      for (const word of words) {
        assert.equal(wordKey(text, at, at + word.length), word.toLowerCase());
        at += word.length + 1;
      }
    }
  });
});
