import assert from 'node:assert/strict';
import { parseDirectives } from '../../server/src/core/directives';
import { parseProse } from '../../server/src/core/markdown';

function directivesOf(text: string) {
  return parseDirectives(text, parseProse(text));
}

describe('parseDirectives', () => {
  it('disable-next-line silences the given code on the next line only', () => {
    const text = 'First line.\n<!-- regen-notes-disable-next-line claim.unsupported -->\nSilenced line.\nLoud line.\n';
    const d = directivesOf(text);
    assert.equal(d.directives.length, 1);
    assert.deepEqual(d.directives[0].codes, ['claim.unsupported']);
    assert.ok(d.isSuppressed('claim.unsupported', text.indexOf('Silenced')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', text.indexOf('Silenced')));
    assert.ok(!d.isSuppressed('claim.unsupported', text.indexOf('Loud')));
    assert.ok(!d.isSuppressed('claim.unsupported', text.indexOf('First')));
  });

  it('disable-line silences its own line; no codes means every code', () => {
    const text = 'A claim here. <!-- regen-notes-disable-line -->\nAnother claim.\n';
    const d = directivesOf(text);
    assert.ok(d.isSuppressed('claim.unsupported', text.indexOf('A claim')));
    assert.ok(d.isSuppressed('term.ambiguous', text.indexOf('claim here')));
    assert.ok(!d.isSuppressed('claim.unsupported', text.indexOf('Another')));
  });

  it('disable … enable silences a stretch, per code or for all', () => {
    const text = [
      'Before.',
      '<!-- regen-notes-disable claim.unsupported -->',
      'Inside one.',
      '<!-- regen-notes-enable claim.unsupported -->',
      'Between.',
      '<!-- regen-notes-disable -->',
      'Inside all.',
      '<!-- regen-notes-enable claim.contradicts-review -->',
      'Contradictions back on.',
      '<!-- regen-notes-enable -->',
      'After.',
    ].join('\n');
    const d = directivesOf(text);
    const at = (s: string) => text.indexOf(s);
    assert.ok(!d.isSuppressed('claim.unsupported', at('Before.')));
    assert.ok(d.isSuppressed('claim.unsupported', at('Inside one.')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', at('Inside one.')));
    assert.ok(!d.isSuppressed('claim.unsupported', at('Between.')));
    assert.ok(d.isSuppressed('claim.contradicts-review', at('Inside all.')));
    assert.ok(d.isSuppressed('claim.unsupported', at('Contradictions back on.')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', at('Contradictions back on.')));
    assert.ok(!d.isSuppressed('claim.unsupported', at('After.')));
  });

  it('accepts a code prefix, commas between codes and a reason after --', () => {
    const text = '<!-- regen-notes-disable-next-line claim, term.ambiguous -- reviewed with Ana -->\nLine.\n';
    const d = directivesOf(text);
    assert.deepEqual(d.directives[0].codes, ['claim', 'term.ambiguous']);
    assert.ok(d.isSuppressed('claim.contradicts-review', text.indexOf('Line')));
    assert.ok(d.isSuppressed('term.ambiguous', text.indexOf('Line')));
    assert.ok(!d.isSuppressed('term.non-preferred', text.indexOf('Line')));
  });

  it('ignores directives inside code blocks and code spans', () => {
    const text = '```\n<!-- regen-notes-disable -->\n```\n\nShown `<!-- regen-notes-disable-line -->` in code.\n\nStill checked.\n';
    const d = directivesOf(text);
    assert.equal(d.directives.length, 0);
    assert.ok(!d.isSuppressed('claim.unsupported', text.indexOf('Still')));
    assert.ok(!d.isSuppressed('claim.unsupported', text.indexOf('Shown')));
  });

  it('ignores other comments', () => {
    assert.equal(directivesOf('<!-- expect: claim.unsupported -->\n<!-- regen-notes-something -->\nText.\n').directives.length, 0);
  });
});
