import assert from 'node:assert/strict';
import { bracketSpans, splitSentences } from '../../server/src/core/sentences';

/** The sentences of `text` as strings, for readable assertions. */
function split(text: string, start?: number, end?: number): string[] {
  return splitSentences(text, start, end).map((s) => text.slice(s.start, s.end));
}

describe('splitSentences', () => {
  it('splits at final punctuation followed by a capital, and trims the ranges', () => {
    const text = '  MSCs secrete HGF. VEGF promotes angiogenesis!  Does IL-6 help?  ';
    const ranges = splitSentences(text);
    assert.deepEqual(ranges, [
      { start: text.indexOf('MSCs'), end: text.indexOf('HGF.') + 4 },
      { start: text.indexOf('VEGF'), end: text.indexOf('!') + 1 },
      { start: text.indexOf('Does'), end: text.indexOf('?') + 1 },
    ]);
  });

  it('splits at a backslash hard line break after the final punctuation', () => {
    assert.deepEqual(split('Background is known [@a].\\\nExosomal VEGF silences apoptosis.'), ['Background is known [@a].', 'Exosomal VEGF silences apoptosis.']);
    assert.deepEqual(split('Background is known [@a].\\\r\nNext one.'), ['Background is known [@a].', 'Next one.']);
  });

  it('splits at a line or paragraph separator (U+2028, U+2029) after the final punctuation, as at a line break', () => {
    for (const separator of ['\u2028', '\u2029']) {
      const text = `Background is known [@a].${separator}Exosomal VEGF silences apoptosis.${separator}`;
      assert.deepEqual(split(text), ['Background is known [@a].', 'Exosomal VEGF silences apoptosis.'], `U+${separator.charCodeAt(0).toString(16)}`);
      assert.deepEqual(split(`Background is known.${separator}[@a] Next one.`), [`Background is known.${separator}[@a]`, 'Next one.'], 'a citation after it stays with its sentence');
      assert.deepEqual(split(`See e.g.${separator}Smith for more.`), [`See e.g.${separator}Smith for more.`], 'no break after an abbreviation');
    }
  });

  it('does not break after abbreviations, initials or inside decimals', () => {
    assert.deepEqual(split('Smith et al. showed it, e.g. in Fig. 3 and i.e. here, vs. controls at approx. 3.5 mg and ca. 20 min. J. R. Smith agreed.'), [
      'Smith et al. showed it, e.g. in Fig. 3 and i.e. here, vs. controls at approx. 3.5 mg and ca. 20 min.',
      'J. R. Smith agreed.',
    ]);
  });

  it('does not break inside parentheses, brackets or citations', () => {
    assert.deepEqual(split('HGF acts early (see below. This is a note.) and fades. Next [see @a. p. 3] one. Last.'), [
      'HGF acts early (see below. This is a note.) and fades.',
      'Next [see @a. p. 3] one.',
      'Last.',
    ]);
  });

  it('keeps a citation that follows the period with its sentence', () => {
    assert.deepEqual(split('MSCs secrete HGF. [@smith2015] VEGF follows.[^1] Then more [12]. End.'), [
      'MSCs secrete HGF. [@smith2015]',
      'VEGF follows.[^1]',
      'Then more [12].',
      'End.',
    ]);
  });

  it('does not break before a lower-case word, but does before miR-122 or p53', () => {
    assert.deepEqual(split('It rose... and fell. miR-122 dropped. p53 too. etc. and so on.'), ['It rose... and fell.', 'miR-122 dropped.', 'p53 too. etc. and so on.']);
  });

  it('treats closing quotes and emphasis as part of the sentence', () => {
    assert.deepEqual(split('He said "MSCs help." **HGF matters.** _Done._'), ['He said "MSCs help."', '**HGF matters.**', '_Done._']);
  });

  it('splits only the given range, with offsets into the whole text', () => {
    const text = 'Skip this. Take this one. And this.';
    const start = text.indexOf('Take');
    const ranges = splitSentences(text, start, text.length);
    assert.deepEqual(
      ranges.map((r) => text.slice(r.start, r.end)),
      ['Take this one.', 'And this.'],
    );
    assert.equal(ranges[0].start, start);
  });

  it('survives unbalanced brackets and empty input', () => {
    assert.deepEqual(split('An open ( paren. Next one.'), ['An open ( paren.', 'Next one.']);
    assert.deepEqual(split(''), []);
    assert.deepEqual(split('   \n '), []);
  });

  it('keeps a stray bracket from swallowing a long paragraph', () => {
    const text = '(' + 'Sentence here. '.repeat(100) + ')';
    assert.ok(split(text).length > 50);
  });

  // Speed is measured by `npm run bench` (its table rows); these check the sentences of a megabyte.
  it('splits a megabyte', () => {
    const text = 'MSCs secrete HGF (Smith et al., 2020). VEGF promotes angiogenesis, e.g. in Fig. 3. '.repeat(12_500);
    const sentences = splitSentences(text);
    assert.equal(sentences.length, 25_000);
  });

  it('splits the cells of a megabyte table with no period after them, each cell on its own', () => {
    // Each cell is its own range; none of the text after it may be searched (that was quadratic:
    // this took 7 s, and the bench's table row shows it).
    const row = '| HGF x | MSC y |\n';
    const text = row.repeat(60_000);
    let count = 0;
    for (let at = 0; at < 5000 * row.length; at += row.length) {
      for (const [from, to] of [[at + 2, at + 7], [at + 10, at + 15]]) {
        const sentences = splitSentences(text, from, to);
        assert.deepEqual(sentences, [{ start: from, end: to }]);
        count++;
      }
    }
    assert.equal(count, 10_000);
  });
});

describe('bracketSpans', () => {
  /** The outermost spans as the text they cover. */
  const spans = (text: string): string[] => {
    const flat = bracketSpans(text, 0, text.length) ?? [];
    const out: string[] = [];
    for (let k = 0; k < flat.length; k += 2) out.push(text.slice(flat[k], flat[k + 1] + 1));
    return out;
  };

  it('gives the outermost matched pairs, in order, closers included', () => {
    assert.deepEqual(spans('a (b [c] d) e [f] {g (h)}'), ['(b [c] d)', '[f]', '{g (h)}']);
  });

  it('pairs a closer with the nearest opener of its kind, dropping the unmatched ones between', () => {
    assert.deepEqual(spans('a ( b [c) d] (e)'), ['( b [c)', '(e)']);
    assert.equal(bracketSpans('no brackets here', 0, 16), undefined);
    assert.equal(bracketSpans('only ( open', 0, 11), undefined);
  });

  it('keeps the inner pairs of a pair that spans too far', () => {
    const text = '(' + 'x'.repeat(300) + '[a]' + 'y'.repeat(300) + '(b))';
    assert.deepEqual(spans(text), ['[a]', '(b)']);
  });

  it('reads only the given range, with offsets into the whole text', () => {
    const text = '(skip) and [take]';
    assert.deepEqual(bracketSpans(text, 7, text.length), [11, 16]);
  });
});
