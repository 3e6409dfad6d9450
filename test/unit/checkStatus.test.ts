import assert from 'node:assert/strict';
import { checkStatus, type NoteCheckState } from '../../server/src/commands';

const time = (at: number) => `t${at}`;
const found = { errors: 1, warnings: 2, others: 0 };
const checked = (changed: NonNullable<NoteCheckState['check']>['changed'] = [], version = 3): NoteCheckState => ({ frequency: 'manual', isNote: true, check: { version, at: 42, found, changed } });

describe('the status of a note checked by hand (status bar)', () => {
  it('shows nothing for a note not checked by hand, a document that is not a note, or no answer', () => {
    assert.equal(checkStatus({ frequency: 'edit', isNote: true }, 1, time), undefined);
    assert.equal(checkStatus({ frequency: 'save', isNote: true }, 1, time), undefined);
    assert.equal(checkStatus({ frequency: 'manual', isNote: false }, 1, time), undefined);
    assert.equal(checkStatus(null, 1, time), undefined);
    assert.equal(checkStatus(undefined, 1, time), undefined);
  });

  it('is "not checked" for a note with no check, and says a click checks it', () => {
    const status = checkStatus({ frequency: 'manual', isNote: true }, 1, time);
    assert.equal(status?.kind, 'not-checked');
    assert.equal(status.text, '$(circle-large-outline) Regen Notes: not checked');
    assert.match(status.tooltip, /has not been checked since it was opened.*Click to check it/);
  });

  it('is "checked" when the editor holds the version checked and nothing it read changed, with when and what it found', () => {
    const status = checkStatus(checked(), 3, time);
    assert.equal(status?.kind, 'checked');
    assert.equal(status.text, '$(check) Regen Notes: checked');
    assert.match(status.tooltip, /^Checked at t42: 1 error, 2 warnings, 0 other findings\. Nothing it read has changed since\. Click to check it again/);
  });

  it('is "out of date" after an edit (another version) or a change of what it read, and names each', () => {
    const edited = checkStatus(checked(), 4, time);
    assert.equal(edited?.kind, 'out-of-date');
    assert.equal(edited.text, '$(warning) Regen Notes: out of date');
    assert.match(edited.tooltip, /^Checked at t42: 1 error, 2 warnings, 0 other findings\. Changed since: the note;/);
    assert.match(checkStatus(checked(['settings']), 3, time)!.tooltip, /Changed since: the settings;/);
    assert.match(checkStatus(checked(['vocabulary', 'sources', 'bibliography']), 2, time)!.tooltip, /Changed since: the note, the vocabulary, the sources, the bibliography;/);
    assert.equal(checkStatus(checked(['bibliography']), 3, time)?.kind, 'out-of-date');
  });
});
