import assert from 'node:assert/strict';
import fc from 'fast-check';
import { buildTermIndex, builtinLayer, findTerms, formKey, mergeLayers, type TermPatch } from '../../server/src/core';
import { FormTrie } from '../../server/src/core/matcher';
import { TokenTrie } from '../../server/src/core/tokenTrie';

/** Adds the sequence to the trie and returns the node it ends at. */
const insert = (trie: TokenTrie, tokens: readonly number[]) => tokens.reduce((node, token) => trie.addChild(node, token), 0);
/** The node the sequence ends at, or 0 when it is not in the trie. */
function find(trie: TokenTrie, tokens: readonly number[]): number {
  let node = 0;
  for (const token of tokens) if ((node = trie.child(node, token)) === 0) return 0;
  return node;
}

describe('token trie', () => {
  it('gives each distinct path its own node and the same node for the same path', () => {
    const trie = new TokenTrie();
    const ab = insert(trie, [1, 2]);
    const ba = insert(trie, [2, 1]);
    const a = trie.child(0, 1);
    assert.notEqual(ab, ba);
    assert.notEqual(a, ab);
    assert.equal(insert(trie, [1, 2]), ab);
    assert.equal(trie.child(a, 2), ab);
    assert.equal(trie.child(a, 3), 0);
    assert.equal(trie.child(ab, 1), 0);
    assert.equal(trie.size, 5);
  });

  it('keeps every path through growth, as a map of paths would, whatever size it was told to expect', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 6 }), { maxLength: 400 }), fc.nat({ max: 3000 }), (paths, expected) => {
        const trie = new TokenTrie(expected);
        const nodes = new Map<string, number>();
        for (const path of paths) {
          const node = insert(trie, path);
          const known = nodes.get(path.join());
          if (known !== undefined) assert.equal(node, known);
          nodes.set(path.join(), node);
        }
        const prefixes = new Set(paths.flatMap((p) => p.map((_, i) => p.slice(0, i + 1).join())));
        assert.equal(trie.size, prefixes.size + 1);
        assert.equal(new Set(nodes.values()).size, nodes.size);
        for (const path of paths) assert.equal(find(trie, path), nodes.get(path.join()));
        trie.trim();
        for (const path of paths) assert.equal(find(trie, path), nodes.get(path.join()));
        assert.equal(find(trie, [41]), 0);
      }),
    );
  });

  it('tells apart many children of one node and one token under many parents (colliding slots)', () => {
    const trie = new TokenTrie();
    const children = Array.from({ length: 5000 }, (_, token) => trie.addChild(0, token * 7919));
    const grandchildren = children.map((child) => trie.addChild(child, 42));
    assert.equal(new Set([...children, ...grandchildren]).size, 10_000);
    children.forEach((child, token) => {
      assert.equal(trie.child(0, token * 7919), child);
      assert.equal(trie.child(child, 42), grandchildren[token]);
      assert.equal(trie.child(child, 43), 0);
    });
    assert.equal(trie.child(0, 1), 0);
  });

  it('finds every node and no other after a trim makes its table smaller', () => {
    const trie = new TokenTrie();
    const paths = Array.from({ length: 35_000 }, (_, i) => [i % 97, i]);
    const nodes = paths.map((p) => insert(trie, p));
    trie.trim();
    assert.deepEqual(paths.map((p) => find(trie, p)), nodes);
    assert.equal(paths.filter((p) => find(trie, [p[0], p[1] + 35_000]) !== 0).length, 0);
  });

  it('can grow again after trim', () => {
    const trie = new TokenTrie();
    const paths = Array.from({ length: 300 }, (_, i) => [i % 17, i]);
    const before = paths.map((p) => insert(trie, p));
    trie.trim();
    const after = Array.from({ length: 300 }, (_, i) => insert(trie, [i, 1000 + i]));
    assert.deepEqual(paths.map((p) => find(trie, p)), before);
    assert.deepEqual(Array.from({ length: 300 }, (_, i) => find(trie, [i, 1000 + i])), after);
  });
});

describe('form trie', () => {
  it('gives two forms one node exactly when they have one key', () => {
    const word = fc.constantFrom('IL', 'il', '6', 'cells', 'cell', 'TNF', 'α', 'alpha', 'Ｈ', 'H', 'stellate', 'MSCs', 'MSC', 'ß');
    const form = fc.array(fc.tuple(word, fc.constantFrom('', ' ', '-', '  ', '/')), { maxLength: 4 }).map((parts) => parts.map(([w, gap]) => w + gap).join(''));
    fc.assert(
      fc.property(fc.array(form, { minLength: 2, maxLength: 12 }), (forms) => {
        const trie = new FormTrie();
        for (const a of forms) {
          for (const b of forms) assert.equal(trie.keyNode(a) === trie.keyNode(b), formKey(a) === formKey(b), `${a} / ${b}`);
          assert.equal(trie.keyNode(a) === 0, formKey(a) === '');
        }
      }),
    );
  });

  it('gives each way of writing a form its node and, when asked, its exact tokens', () => {
    const trie = new FormTrie();
    const spellings = (form: string, caseSensitive: boolean) => {
      const found: [number, string | undefined][] = [];
      trie.spellings(form, caseSensitive, (node, exact) => found.push([node, exact?.split('\u0000').join(' ')]));
      return found;
    };
    const tnf = spellings('TNF-α', true);
    assert.deepEqual(tnf.map(([, exact]) => exact), ['TNF alpha', 'TNF alpha', 'TNFa', 'TNF a', 'TNFalpha']);
    assert.equal(tnf[0][0], trie.keyNode('TNF alpha'));
    assert.equal(tnf[2][0], trie.keyNode('tnfa'));
    assert.deepEqual(spellings('IL-6', false), [[trie.keyNode('IL 6'), undefined]]);
    assert.deepEqual(spellings('--', false), []);
  });
});

describe('index from the merge', () => {
  const lab: TermPatch[] = [
    { id: 'hgf', synonyms: ['scatter factor', 'hepatopoietin A'], deprecated: ['SF'] },
    { id: 'hepatic-stellate-cell', label: 'HSC cell', deprecated: ['stellate cell'] },
    { id: 'copy', label: 'Kupffer copy cells', kind: 'cell', abbreviations: ['KC', 'MSC', 'kc'], synonyms: ['T-cell', 'IL6'] },
    { id: 'new', label: 'Ito-cell', kind: 'cell', abbreviations: ['TNFα'], synonyms: ['Ito cell'] },
  ];
  const text = 'HGF, scatter factor, SF and hepatopoietin A; HSC cell, stellate cell, Ito cells, Ito-cells, Itocell; KC, kc, Kc, MSC; T-cell, Tcell, IL6, IL-6; TNFα, TNF-alpha, TNFa.';

  it('finds every way of writing forms with Greek letters, more of them than the index was sized for', () => {
    const letters = 'abcdefghijklmnopqrtuvwxyz'.split(''); // not s: 'kins' is the plural of 'kin'
    const terms: TermPatch[] = letters.map((l) => ({ id: `kin${l}`, label: `Kin${l}-alpha`, kind: 'molecule', abbreviations: [`K${l.toUpperCase()}-β`] }));
    const index = buildTermIndex(mergeLayers([{ origin: { layer: 'settings' }, terms, relations: [] }]).vocabulary);
    assert.ok(index.entries.term.length > 4 * letters.length, `${index.entries.term.length} entries`);
    for (const l of letters) {
      const L = l.toUpperCase();
      const text = `Kin${l}-alpha, kin${l}a, kin${l} a, Kin${l}alpha, kin${l} alpha; K${L}-β, K${L}b, K${L} beta, K${L}beta, k${l}b.`;
      const found = findTerms(text, index).map((m) => `${m.text}=${m.termId}`);
      assert.deepEqual(found, [`Kin${l}-alpha`, `kin${l}a`, `kin${l} a`, `Kin${l}alpha`, `kin${l} alpha`, `K${L}-β`, `K${L}b`, `K${L} beta`, `K${L}beta`].map((f) => `${f}=kin${l}`));
    }
  });

  it('finds what an index built from the vocabulary alone finds', () => {
    const merged = mergeLayers([builtinLayer(), { origin: { layer: 'settings' }, terms: lab, relations: [] }]);
    assert.ok(merged.problems.length >= 2, 'some forms are rejected');
    const fromMerge = findTerms(text, buildTermIndex(merged.vocabulary));
    const alone = findTerms(text, buildTermIndex({ terms: merged.vocabulary.terms, relations: merged.vocabulary.relations }));
    assert.deepEqual(fromMerge, alone);
    assert.ok(fromMerge.length >= 15, `${fromMerge.length} matches`);
  });
});
