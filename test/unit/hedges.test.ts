import assert from 'node:assert/strict';
import { TriggerWords } from '../../server/src/core/hedges';

describe('TriggerWords', () => {
  const triggers = new TriggerWords('may to-do in we', 'speculat compar');

  it('finds a listed word only as a whole word of the text', () => {
    assert.equal(triggers.occursIn('it may help'), true);
    assert.equal(triggers.occursIn('may'), true);
    assert.equal(triggers.occursIn('a to-do item'), true);
    assert.equal(triggers.occursIn('maybe mayor dismay'), false);
    assert.equal(triggers.occursIn('into the within'), false);
  });

  it('finds a word that starts with a stem, the stem alone included', () => {
    assert.equal(triggers.occursIn('pure speculation here'), true);
    assert.equal(triggers.occursIn('to speculat'), true);
    assert.equal(triggers.occursIn('compared with'), true);
    assert.equal(triggers.occursIn('a specul and a compa'), false);
  });

  it("reads words as runs of a-z, apostrophes and hyphens that start with a letter", () => {
    // "we'll" and "may-be" are words of their own, not "we" and "may".
    assert.equal(triggers.occursIn("we'll see; may-be"), false);
    // Digits, underscores and other characters end a word; a leading apostrophe or hyphen is not part of one.
    assert.equal(triggers.occursIn('x2may'), true);
    assert.equal(triggers.occursIn('_we_'), true);
    assert.equal(triggers.occursIn('in.'), true);
    assert.equal(triggers.occursIn("'in"), true);
    assert.equal(triggers.occursIn('-in'), true);
    assert.equal(triggers.occursIn("in'"), false);
    assert.equal(triggers.occursIn(''), false);
  });

  it('expects the lower-case text', () => {
    assert.equal(triggers.occursIn('It MAY help'), false);
  });
});
