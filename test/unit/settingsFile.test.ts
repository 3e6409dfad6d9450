import * as assert from 'node:assert/strict';
import { inlineTermSpans } from '../../server/src/settingsFile';

describe("where an inline term's entries are written in a settings file", () => {
  const zebra = { id: 'zeb-x', label: 'zebra factor', kind: 'molecule' };
  const cMet = { id: 'c-met', label: 'c-Met', kind: 'molecule' };
  const file = (terms: unknown[], padding = '') => `{\n  "regenNotes.vocabulary.terms": [${padding}\n${terms.map((t) => `    ${JSON.stringify(t)}`).join(',\n')}\n  ]\n}\n`;

  it('is the first entry of a term written twice in the list, the one the merge keeps: the second is a duplicate it drops', () => {
    const terms = [zebra, cMet, { id: 'zeb-x', label: 'zebra factor', kind: 'cell' }];
    assert.deepEqual(
      inlineTermSpans(file(terms), terms, 'zeb-x').map((s) => s.line),
      [2],
    );
  });
});
