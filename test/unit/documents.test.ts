import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument, type TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lastFirst, updateDocument } from '../../server/src/documents';

/** The library's own update, one change at a time: what `updateDocument` must equal. */
function oneAtATime(text: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
  return TextDocument.update(TextDocument.create('file:///a.md', 'markdown', 1, text), changes, 2);
}

function inOnePass(text: string, changes: TextDocumentContentChangeEvent[]): TextDocument {
  return updateDocument(TextDocument.create('file:///a.md', 'markdown', 1, text), changes, 2);
}

function assertSame(actual: TextDocument, expected: TextDocument): void {
  assert.equal(actual.getText(), expected.getText());
  assert.equal(actual.version, 2);
  assert.equal(actual.lineCount, expected.lineCount);
  for (let offset = 0; offset <= expected.getText().length; offset += 7) assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset));
}

describe('updateDocument', () => {
  const text = fc.stringMatching(/^[ab\r\n]{0,60}$/);
  const position = fc.record({ line: fc.nat(12), character: fc.nat(12) });
  const change = fc.oneof(
    { weight: 9, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: fc.stringMatching(/^[xy\r\n]{0,4}$/) }) },
    { weight: 1, arbitrary: fc.record({ text: fc.stringMatching(/^[xy\n]{0,8}$/) }) },
  );

  it('gives the text, lines and version that applying the changes one at a time gives, for any changes', () => {
    fc.assert(
      fc.property(text, fc.array(change, { maxLength: 8 }), (before, changes) => assertSame(inOnePass(before, changes), oneAtATime(before, changes))),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('gives the same for changes that come last first, as a multi-cursor edit sends them', () => {
    // Offsets in a text, taken from the end: each change lies before the one before it.
    const lastFirstChanges = text.chain((before) =>
      fc.array(fc.tuple(fc.nat(before.length), fc.nat(before.length), fc.stringMatching(/^[xy\r\n]{0,3}$/)), { maxLength: 10 }).map((cuts) => {
        const doc = TextDocument.create('file:///a.md', 'markdown', 1, before);
        const offsets = cuts.flatMap(([a, b]) => [a, b]).sort((a, b) => b - a);
        const changes = cuts.map(([, , inserted], i) => ({ range: { start: doc.positionAt(offsets[2 * i + 1]), end: doc.positionAt(offsets[2 * i]) }, text: inserted }));
        return { before, changes };
      }),
    );
    fc.assert(
      fc.property(lastFirstChanges, ({ before, changes }) => {
        assertSame(inOnePass(before, changes), oneAtATime(before, changes));
        // Without carriage returns, such changes are always put together in one pass.
        if (!before.includes('\r')) assert.notEqual(lastFirst(TextDocument.create('file:///a.md', 'markdown', 1, before), changes), undefined);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });

  it('puts 2,000 changes to a long note together as the library does one by one', () => {
    const before = Array.from({ length: 4000 }, (_, i) => `line ${i} of a note about hepatocytes`).join('\n');
    const doc = TextDocument.create('file:///a.md', 'markdown', 1, before);
    const changes: TextDocumentContentChangeEvent[] = [];
    for (let line = 3998; line >= 0; line -= 2) changes.push({ range: { start: { line, character: 0 }, end: { line, character: 4 } }, text: '- ' });
    assert.equal(changes.length, 2000);
    assert.notEqual(lastFirst(doc, changes), undefined, 'in one pass');
    assertSame(updateDocument(doc, changes, 2), oneAtATime(before, changes));
  });
});
