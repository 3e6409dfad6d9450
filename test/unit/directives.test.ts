import assert from 'node:assert/strict';
import fc from 'fast-check';
import { analyzeDocument, findingCodes, type FindingCode } from '../../server/src/core';
import { parseDirectives, type Directive } from '../../server/src/core/directives';
import { parseProse } from '../../server/src/core/markdown';
import { builtinIndex } from './helpers';

function directivesOf(text: string) {
  return parseDirectives(text, parseProse(text));
}

/** The range of the first `written` in `text`, as a finding over it has. */
function spanOf(text: string, written: string): [number, number] {
  const start = text.indexOf(written);
  assert.ok(start >= 0, written);
  return [start, start + written.length];
}

describe('parseDirectives', () => {
  it('disable-next-line silences the given code on the next line only', () => {
    const text = 'First line.\n<!-- regen-notes-disable-next-line claim.unsupported -->\nSilenced line.\nLoud line.\n';
    const d = directivesOf(text);
    assert.equal(d.directives.length, 1);
    assert.deepEqual(d.directives[0].codes, ['claim.unsupported']);
    assert.ok(d.isSuppressed('claim.unsupported', ...spanOf(text, 'Silenced line.')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', ...spanOf(text, 'Silenced line.')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Loud line.')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'First line.')));
  });

  it('disable-line silences its own line; no codes means every code', () => {
    const text = 'A claim here. <!-- regen-notes-disable-line -->\nAnother claim.\n';
    const d = directivesOf(text);
    assert.ok(d.isSuppressed('claim.unsupported', ...spanOf(text, 'A claim here.')));
    assert.ok(d.isSuppressed('term.ambiguous', ...spanOf(text, 'claim here')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Another claim.')));
  });

  it('disable-claim silences the finding that ends right before it, and no other on its line', () => {
    const claims = (text: string) => analyzeDocument(text, builtinIndex()).findings.filter((f) => f.code.startsWith('claim.')).map((f) => text.slice(f.start, f.end));
    const first = 'Kupffer cells secrete IL-6.';
    const second = 'VEGF silences apoptosis.';
    assert.deepEqual(claims(`${first} ${second}\n`), [first, second]);
    assert.deepEqual(claims(`${first} <!-- regen-notes-disable-claim claim.unsupported --> ${second}\n`), [second]);
    assert.deepEqual(claims(`${first} ${second} <!-- regen-notes-disable-claim -->\n`), [first]);
    assert.deepEqual(claims(`${first}<!-- regen-notes-disable-claim claim -->${second}\n`), [second], 'glued to both sentences');
    assert.deepEqual(claims(`${first} <!-- regen-notes-disable-claim claim.contradicts-review --> ${second}\n`), [first, second], 'another code');
    assert.deepEqual(claims(`${first} <!-- regen-notes-disable-claim clam --> ${second}\n`), [first, second], 'a code that names no finding');
    const inside = `Kupffer cells <!-- regen-notes-disable-claim --> secrete IL-6. ${second}\n`;
    assert.equal(claims(inside).length, 2, 'inside the sentence');
  });

  it('disable-claim silences a claim only: not a term finding that ends where the sentence does', () => {
    const text = '- Exosomal VEGF silences apoptosis in Ito cells <!-- regen-notes-disable-claim -->\n- Ito cells rise <!-- regen-notes-disable-claim term -->\n';
    assert.deepEqual(analyzeDocument(text, builtinIndex()).findings.map((f) => [f.code, text.slice(f.start, f.end)]), [
      ['term.non-preferred', 'Ito cells'],
      ['term.non-preferred', 'Ito cells'],
    ]);
  });

  it('reads a directive written without spaces inside the comment, as other linters do', () => {
    const text = 'Exosomal VEGF silences apoptosis in Kupffer cells.\n';
    for (const directive of ['<!--regen-notes-disable-->', '<!--regen-notes-disable-line-->', '<!-- regen-notes-disable-line-->', '<!--regen-notes-disable claim-->']) {
      const written = directive.includes('line') ? `${text.trimEnd()} ${directive}\n` : `${directive}\n\n${text}`;
      assert.deepEqual(analyzeDocument(written, builtinIndex()).findings, [], directive);
    }
    const claimed = `Exosomal VEGF silences apoptosis in Kupffer cells.<!--regen-notes-disable-claim-->\n`;
    assert.deepEqual(analyzeDocument(claimed, builtinIndex()).findings, []);
  });

  it('disable-claim follows its sentence past white space, comments and masked markup, but not into another block or out of code', () => {
    const claim = 'Kupffer cells secrete IL-6.';
    const directive = '<!-- regen-notes-disable-claim claim.unsupported -->';
    const silenced = (text: string) => {
      const [start, end] = spanOf(text, claim);
      return directivesOf(text).isSuppressed('claim.unsupported', start, end);
    };
    for (const text of [
      `${claim} <!-- a note --> ${directive}\n`,
      `${claim}\n\`code\` ${directive}\n`,
      `| a | b |\n|---|---|\n| ${claim} ${directive} | c |\n`,
      `> - ${claim} ${directive}\n`,
      `# ${claim} ${directive}\n`,
    ]) {
      assert.ok(silenced(text), JSON.stringify(text));
    }
    const link = 'Kupffer cells secrete IL-6 after [injury](https://x.org/a_(b)) <!-- regen-notes-disable-claim -->\n';
    assert.ok(directivesOf(link).isSuppressed('claim.unsupported', 0, link.indexOf('](') + 1), 'past the destination of a link that ends the sentence');
    for (const text of [
      `${claim}\n${directive}\n`,
      `${claim}\n\n\`code\` ${directive}\n`,
      `- ${claim}\n- \`code\` ${directive}\n`,
      `| a | b |\n|---|---|\n| ${claim} | ${directive} |\n`,
      `${claim} \`${directive}\`\n`,
      `${claim} Then ${directive}\n`,
    ]) {
      assert.ok(!silenced(text), JSON.stringify(text));
    }
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
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Before.')));
    assert.ok(d.isSuppressed('claim.unsupported', ...spanOf(text, 'Inside one.')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', ...spanOf(text, 'Inside one.')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Between.')));
    assert.ok(d.isSuppressed('claim.contradicts-review', ...spanOf(text, 'Inside all.')));
    assert.ok(d.isSuppressed('claim.unsupported', ...spanOf(text, 'Contradictions back on.')));
    assert.ok(!d.isSuppressed('claim.contradicts-review', ...spanOf(text, 'Contradictions back on.')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'After.')));
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
    assert.ok(d.isSuppressed('claim.contradicts-review', ...spanOf(text, 'Line.')));
    assert.ok(d.isSuppressed('term.ambiguous', ...spanOf(text, 'Line.')));
    assert.ok(!d.isSuppressed('term.non-preferred', ...spanOf(text, 'Line.')));
  });

  it('ignores directives inside code blocks and code spans', () => {
    const text = '```\n<!-- regen-notes-disable -->\n```\n\nShown `<!-- regen-notes-disable-line -->` in code.\n\nStill checked.\n';
    const d = directivesOf(text);
    assert.equal(d.directives.length, 0);
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Still checked.')));
    assert.ok(!d.isSuppressed('claim.unsupported', ...spanOf(text, 'Shown `<!-- regen-notes-disable-line -->` in code.')));
  });

  it('ignores other comments', () => {
    assert.equal(directivesOf('<!-- expect: claim.unsupported -->\n<!-- regen-notes-something -->\nText.\n').directives.length, 0);
  });

  it('answers as the plain reading of the directives, one by one, for any codes, lines and sentences', () => {
    const code = fc.constantFrom('claim', 'term', 'vocabulary', 'claim.unsupported', 'term.ambiguous', 'other', 'claim.other', 'claims');
    const kind = fc.constantFrom('disable-next-line', 'disable-line', 'disable-claim', 'disable', 'enable');
    // Each line holds two sentences; a directive follows the first (`after` 0) or the second.
    const directive = fc.record({ kind, codes: fc.array(code, { maxLength: 3 }), line: fc.nat(19), after: fc.nat(1) });
    fc.assert(
      fc.property(fc.array(directive, { maxLength: 12 }), (written) => {
        const parts = Array.from({ length: 20 }, (_, i) => [`Line ${i}.`, ` Other ${i}.`]);
        for (const d of written) parts[d.line][d.after] += ` <!-- regen-notes-${d.kind} ${d.codes.join(' ')} -->`;
        const text = parts.map((p) => p.join('')).join('\n');
        const d = directivesOf(text);
        for (let line = 0; line < 20; line++) {
          for (const sentence of [`Line ${line}.`, `Other ${line}.`]) {
            const [start, end] = spanOf(text, sentence);
            for (const c of findingCodes) assert.equal(d.isSuppressed(c, start, end), plainReading(d.directives, text, c, start, end), `${c} for ${sentence} of\n${text}`);
          }
        }
      }),
      { numRuns: 500, seed: 20261128 },
    );
  });

  it('reads 40,000 disable-claim directives after one sentence in linear time', () => {
    // Each looking back over all the comments before it to the sentence read 3e10 characters.
    const text = `Kupffer cells activate hepatic stellate cells.${' <!-- regen-notes-disable-claim -->'.repeat(40_000)} Kupffer cells activate hepatic stellate cells again.\n`;
    const claims = analyzeDocument(text, builtinIndex()).findings.filter((f) => f.code === 'claim.unsupported');
    assert.deepEqual(claims.map((f) => text.slice(f.start, f.end)), ['Kupffer cells activate hepatic stellate cells again.']);
  });

  it('reads 40,000 directives of codes that name no finding as quickly as none', () => {
    // Each disable copied the codes in force, all of them: 20,000 such directives took 9 s.
    const text = Array.from({ length: 40_000 }, (_, i) => `<!-- regen-notes-disable note${i} -->\nKupffer cells activate hepatic stellate cells in study ${i}. <!-- regen-notes-disable-line lab${i} -->`).join('\n\n');
    const analysis = analyzeDocument(`${text}\n\n<!-- regen-notes-disable claim -->\nKupffer cells activate hepatic stellate cells.\n`, builtinIndex());
    assert.equal(analysis.findings.filter((f) => f.code === 'claim.unsupported').length, 40_000);
  });
});

/**
 * What the directives say of `code` for a finding over `[start, end)`, read one by one from the
 * start of the note: a line directive silences its line, a `disable-claim` the finding it follows
 * with only white space and comments between; the last `disable` or `enable` before the finding
 * that names the code (no codes, the code, or a prefix of it) decides.
 */
function plainReading(directives: Directive[], text: string, code: FindingCode, start: number, end: number): boolean {
  const lineOf = (at: number) => text.slice(0, at).split('\n').length - 1;
  const covers = (written: string) => code === written || code.startsWith(`${written}.`);
  const names = (d: Directive) => d.codes.length === 0 || d.codes.some(covers);
  const line = lineOf(start);
  let disabled = false;
  for (const d of directives) {
    if (d.kind === 'disable-claim') {
      if (code.startsWith('claim.') && d.start >= end && /^(?:\s|<!--(?:(?!-->)[\s\S])*-->)*$/.test(text.slice(end, d.start)) && names(d)) return true;
      continue;
    }
    const silencedLine = d.kind === 'disable-line' ? lineOf(d.start) : d.kind === 'disable-next-line' ? lineOf(d.end - 1) + 1 : -1;
    if (silencedLine === line && names(d)) return true;
    if (silencedLine !== -1 || d.end > start) continue;
    if (names(d)) disabled = d.kind === 'disable';
  }
  return disabled;
}
