import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, findingCodes, type FindingCode } from '../../server/src/core';
import { parseDirectives, type Directive } from '../../server/src/core/directives';
import { parseProse } from '../../server/src/core/markdown';
import { builtinIndex } from './helpers';

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

  it('lets a prefix and a full code undo each other, in either order', () => {
    const claim = 'Exosomal VEGF silences apoptosis in Kupffer cells.';
    const unsupported = (directives: string) => analyzeDocument(`${directives}\n\n${claim}\n`, builtinIndex()).findings.filter((f) => f.code === 'claim.unsupported').length;
    assert.equal(unsupported(''), 1);
    assert.equal(unsupported('<!-- regen-notes-disable claim.unsupported -->\n<!-- regen-notes-enable claim -->'), 1);
    assert.equal(unsupported('<!-- regen-notes-disable claim -->\n<!-- regen-notes-enable claim.unsupported -->'), 1);
    assert.equal(unsupported('<!-- regen-notes-disable -->\n<!-- regen-notes-enable claim -->\n<!-- regen-notes-disable claim.unsupported -->'), 0);
  });

  it('reads a misspelt directive or a quoted code as silencing nothing, not everything', () => {
    const text = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n\nIto cells x.\n';
    const findings = (before: string) => analyzeDocument(`${before}\n\n${text}`, builtinIndex()).findings.map((f) => f.code);
    const all = findings('');
    assert.deepEqual(all, ['claim.unsupported', 'term.non-preferred']);
    for (const directive of ['<!-- regen-notes-disable-nextline -->', '<!-- regen-notes-disable-next-lines claim.unsupported -->', '<!-- regen-notes-disabled -->']) {
      assert.deepEqual(findings(directive), all, directive);
    }
    assert.deepEqual(findings('<!-- regen-notes-disable "claim.unsupported" -->'), all);
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

  it('answers as the plain reading of the directives, one by one, for any codes and lines', () => {
    const code = fc.constantFrom('claim', 'term', 'vocabulary', 'claim.unsupported', 'term.ambiguous', 'other', 'claim.other', 'claims');
    const directive = fc.record({ kind: fc.constantFrom('disable-next-line', 'disable-line', 'disable', 'enable'), codes: fc.array(code, { maxLength: 3 }), line: fc.nat(19) });
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), (written) => {
        const lines = Array.from({ length: 20 }, (_, i) => `Line ${i}.`);
        for (const d of [...written].sort((a, b) => a.line - b.line)) lines[d.line] += ` <!-- regen-notes-${d.kind} ${d.codes.join(' ')} -->`;
        const text = lines.join('\n');
        const d = directivesOf(text);
        for (let line = 0; line < 20; line++) {
          const offset = text.indexOf(`Line ${line}.`);
          for (const c of findingCodes) assert.equal(d.isSuppressed(c, offset), plainReading(d.directives, text, c, offset), `${c} on line ${line} of\n${text}`);
        }
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it('reads 40,000 directives of codes that name no finding as quickly as none', () => {
    // Each disable copied the codes in force, all of them: 20,000 such directives took 9 s.
    const text = Array.from({ length: 40_000 }, (_, i) => `<!-- regen-notes-disable note${i} -->\nKupffer cells activate hepatic stellate cells in study ${i}. <!-- regen-notes-disable-line lab${i} -->`).join('\n\n');
    const analysis = analyzeDocument(`${text}\n\n<!-- regen-notes-disable claim -->\nKupffer cells activate hepatic stellate cells.\n`, builtinIndex());
    assert.equal(analysis.findings.filter((f) => f.code === 'claim.unsupported').length, 40_000);
  });
});

/**
 * What the directives say of `code` at `offset`, read one by one from the start of the note: a
 * line directive silences its line; the last `disable` or `enable` before the offset that names
 * the code (no codes, the code, or a prefix of it) decides.
 */
function plainReading(directives: Directive[], text: string, code: FindingCode, offset: number): boolean {
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1;
  const covers = (written: string) => code === written || code.startsWith(`${written}.`);
  const line = lineOf(offset);
  let disabled = false;
  for (const d of directives) {
    const silencedLine = d.kind === 'disable-line' ? lineOf(d.start) : d.kind === 'disable-next-line' ? lineOf(d.end - 1) + 1 : -1;
    if (silencedLine === line && (d.codes.length === 0 || d.codes.some(covers))) return true;
    if (silencedLine !== -1 || d.end > offset) continue;
    if (d.codes.length === 0 || d.codes.some(covers)) disabled = d.kind === 'disable';
  }
  return disabled;
}
