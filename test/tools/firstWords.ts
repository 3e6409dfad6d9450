// Used by the tests and by `npm run cue-starts` (test/tools/cueStarts.ts), not by the extension.
import { parseRegExpLiteral, type AST } from '@eslint-community/regexpp';

/**
 * The words a match of the regular expression `source` may start with, in lower case, read off
 * its syntax tree (ESLint's parser): `\b(?:works?|worked)\s+only` gives work, works and worked;
 * '#' stands for a digit. Throws when the pattern does not say: a match that may start with any
 * word (`\w+ed`), or with a word of any length (`most\w*`). Repeated parts are taken once, which is
 * enough for patterns whose repeated parts start with white space or a digit.
 */
export function firstWords(source: string): string[] {
  const words = new Set<string>();
  const unknown = (word: string): never => {
    throw new Error(`The pattern may start with a word it does not spell out ('${word}…'): ${source.slice(0, 80)}`);
  };
  const char = (c: string, after: Rest, word: string): void => {
    if (!/\w/.test(c)) done(word);
    else if (word === '' && /\d/.test(c)) words.add('#');
    else walk(after, word + c.toLowerCase());
  };
  const done = (word: string): void => void (word === '' ? unknown(word) : words.add(word));
  const walk = (rest: Rest | undefined, word: string): void => {
    if (words.size > 10_000) throw new Error(`The pattern may start with too many words: ${source.slice(0, 80)}`);
    if (!rest) return done(word);
    if (rest.at >= rest.elements.length) return walk(rest.next, word);
    const element = rest.elements[rest.at];
    const after: Rest = { elements: rest.elements, at: rest.at + 1, next: rest.next };
    switch (element.type) {
      case 'Assertion':
        return walk(after, word);
      case 'Character':
        return char(String.fromCodePoint(element.value), after, word);
      case 'CharacterSet':
        if (element.kind === 'space' && !element.negate) return done(word);
        if (element.kind === 'digit' && !element.negate && word === '') return void words.add('#');
        return unknown(word);
      case 'CharacterClass':
        if (element.negate) return unknown(word);
        for (const e of element.elements) {
          if (e.type === 'Character') char(String.fromCodePoint(e.value), after, word);
          else if (e.type === 'CharacterSet' && e.kind === 'space' && !e.negate) done(word);
          else unknown(word);
        }
        return;
      case 'Group':
      case 'CapturingGroup':
        for (const alternative of element.alternatives) walk({ elements: alternative.elements, at: 0, next: after }, word);
        return;
      case 'Quantifier':
        if (element.min === 0) walk(after, word);
        if (element.max >= 1) walk({ elements: [element.element], at: 0, next: after }, word);
        return;
      default:
        return unknown(word);
    }
  };
  for (const alternative of parseRegExpLiteral(new RegExp(source)).pattern.alternatives) walk({ elements: alternative.elements, at: 0 }, '');
  return [...words];
}

interface Rest {
  elements: readonly AST.Element[];
  at: number;
  next?: Rest;
}
