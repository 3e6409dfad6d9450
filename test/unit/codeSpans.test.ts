import assert from 'node:assert/strict';
import { analyzeDocument } from '../../server/src/core';
import { CodeSpans, htmlComments } from '../../server/src/core/codeSpans';
import { findCitations } from '../../server/src/core/citations';
import { builtinIndex } from './helpers';

/** Every code span and comment of `text`, left to right, as its text. */
function spans(text: string): string[] {
  const found: string[] = [];
  const scanner = new CodeSpans(text);
  for (let span = scanner.next(0); span; span = scanner.next(span.end)) found.push(text.slice(span.start, span.end));
  return found;
}

describe('code spans and comments', () => {
  it('pairs backtick strings of the same length, as CommonMark does, and leaves a string with no partner as text', () => {
    assert.deepEqual(spans('a `b` c ``d`e`` f'), ['`b`', '``d`e``']);
    // The `` has no partner: it is text, and the single backticks after it pair.
    assert.deepEqual(spans('x `` y `z` w'), ['`z`']);
    // A longer string is no partner of a shorter one, nor a shorter of a longer.
    assert.deepEqual(spans('```a`` b ``'), ['`` b ``']);
    assert.deepEqual(spans('`a``` and `'), ['`a``` and `']);
    assert.deepEqual(spans('no code here'), []);
  });

  it('finds comments from <!-- to the next -->, and whichever of a code span and a comment starts first', () => {
    assert.deepEqual(spans('a <!-- b --> c <!-- d'), ['<!-- b -->']);
    assert.deepEqual(spans('`<!--` then -->'), ['`<!--`']);
    assert.deepEqual(spans('<!-- `x --> y `'), ['<!-- `x -->']);
    assert.deepEqual(spans('<!-->x-->'), ['<!-->x-->']);
    assert.deepEqual(htmlComments('a <!-- b --> c <!--d--> <!-- e', 100), [
      { start: 102, end: 112 },
      { start: 115, end: 123 },
    ]);
  });

  it('reads text that once took minutes, in one pass: backtick strings of every length, and unclosed comments', () => {
    // 1 MB of backtick strings of lengths 1 to 1400: no two alike, so no code span (four minutes for 80 KB before).
    const runs = Array.from({ length: 1400 }, (_, i) => `${'`'.repeat(i + 1)}HGF`).join('');
    assert.deepEqual(spans(runs), []);
    const analysis = analyzeDocument(`Kupffer cells ${runs}\n`, builtinIndex());
    assert.equal(analysis.terms.filter((t) => t.termId === 'hgf').length, 1400);
    // 400 KB of <!-- with no --> (11 s before): no comment, so every HGF is prose.
    const comments = `Kupffer cells ${'<!--HGF '.repeat(50_000)}\n`;
    assert.equal(analyzeDocument(comments, builtinIndex()).terms.filter((t) => t.termId === 'hgf').length, 50_000);
    const cited = `A claim [1]. ${'<!--'.repeat(100_000)}`;
    assert.deepEqual(findCitations(cited, 0, cited.length).map((c) => c.kind), ['numeric']);
  });
});
