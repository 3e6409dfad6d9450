import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { ChunkedWriter, writeJson } from '../../server/src/jsonWriter';

function written(value: unknown, depth?: number): string {
  let text = '';
  writeJson(value, { write: (piece) => (text += piece) }, depth);
  return text;
}

describe('writeJson', () => {
  it('writes what JSON.stringify(value, null, 2) makes, at any depth of pieces', () => {
    // Members JSON.stringify leaves out of objects and writes as null in arrays, among JSON values.
    const odd = fc.constantFrom(undefined, () => 1, Symbol('s'), new Date(0), { toJSON: () => 'mine' });
    const value = fc.letrec((tie) => ({
      any: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 2 }), odd, tie('array'), tie('object')),
      array: fc.array(tie('any'), { maxLength: 4 }),
      object: fc.dictionary(fc.string(), tie('any'), { maxKeys: 4 }),
    }));
    fc.assert(
      fc.property(fc.oneof(value.array, value.object), fc.nat(6), (v, depth) => {
        assert.equal(written(v, depth), JSON.stringify(v, null, 2));
      }),
      { numRuns: 500, seed: 20261127 },
    );
  });

  it('writes a report member by member, each result in one piece', () => {
    const pieces: string[] = [];
    const report = { runs: [{ tool: 'x', results: [{ message: 'a\nb' }, { message: 'c' }] }] };
    writeJson(report, { write: (piece) => pieces.push(piece) });
    assert.equal(pieces.join(''), JSON.stringify(report, null, 2));
    assert.ok(pieces.includes('{\n          "message": "a\\nb"\n        }'), 'a result four levels down is written whole, indented');
  });
});

describe('ChunkedWriter', () => {
  it('hands text on a megabyte at a time and the rest on flush, in order', () => {
    const chunks: string[] = [];
    const out = new ChunkedWriter((text) => chunks.push(text));
    const line = `${'x'.repeat(1023)}\n`;
    for (let i = 0; i < 1500; i++) out.write(line);
    assert.equal(chunks.length, 1, 'the first megabyte');
    assert.equal(chunks[0].length, 1 << 20);
    out.flush();
    out.flush();
    assert.equal(chunks.length, 2, 'the rest once; an empty flush writes nothing');
    assert.equal(chunks.join(''), line.repeat(1500));
  });
});
