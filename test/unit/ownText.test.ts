import * as assert from 'node:assert/strict';
import { ownCopy, ownText } from '../../server/src/core/ownText';

// Whether a string is a view into another is not observable from JavaScript (the server's heap
// snapshot is where that shows); what these check is that the text itself is kept exactly.
describe('ownText', () => {
  const note = `Notes: ${'hepatocyte growth factor '.repeat(3)}and more.`;

  it('keeps the text of long slices, however often they repeat', () => {
    for (const at of [7, 32, 57]) {
      assert.equal(ownCopy(note.slice(at, at + 24)), 'hepatocyte growth factor');
      assert.equal(ownText(note.slice(at, at + 24)), 'hepatocyte growth factor');
    }
  });

  it('keeps short and empty texts', () => {
    assert.equal(ownText(note.slice(0, 5)), 'Notes');
    assert.equal(ownText(''), '');
    assert.equal(ownCopy('x'), 'x');
  });
});
