import * as assert from 'node:assert/strict';
import { inlineTermEntries } from '../../server/src/settingsFile';

/** Where the inline term `termId`'s entry is written, as a list: none, or the one. */
function inlineTermSpans(text: string, terms: unknown[], termId: string) {
  const span = inlineTermEntries(text, terms).get(termId);
  return span ? [span] : [];
}

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

  it('is found in a file with a syntax error elsewhere, whose values VS Code still hands over', () => {
    const terms = [zebra, cMet];
    const text = `{\n  "editor.fontSize": 14\n  "files.trimTrailingWhitespace": true,\n${file(terms).slice(2)}`;
    assert.deepEqual(
      inlineTermSpans(text, terms, 'c-met').map((s) => s.line),
      [5],
    );
  });

  it('is found in a file padded with 20 MB of blanks within seconds, at its line', () => {
    // jsonc-parser builds a string of each run of blanks one character at a time: read as it
    // was, such a file held Go to Definition (and the server) for 12 s.
    const terms = [zebra, cMet];
    const text = file(terms, ' '.repeat(20 * 1024 * 1024));
    const started = Date.now();
    assert.deepEqual(
      inlineTermSpans(text, terms, 'c-met').map((s) => [s.line, text.slice(s.start, s.end)]),
      [[3, JSON.stringify(cMet)]],
    );
    assert.ok(Date.now() - started < 5000, `${Date.now() - started} ms`);
    // Blanks in a line comment are kept as they are: a line break there would end the comment.
    const commented = `// lab terms${' '.repeat(300)}(see the wiki)\n${file(terms)}`;
    assert.deepEqual(
      inlineTermSpans(commented, terms, 'c-met').map((s) => s.line),
      [4],
    );
  });
});
