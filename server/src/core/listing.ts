import type { Relation } from './types';

/** How messages and hovers quote what a note, a vocabulary or the settings wrote: never all of a long text or list. */

/** The first `limit` items of a list, each as `write` puts it, and how many more there are. */
export function listed(items: readonly string[], write: (item: string) => string = (item) => item, limit = 20): string {
  const shown = items.slice(0, limit).map(write).join(', ');
  return items.length > limit ? `${shown} and ${items.length - limit} more` : shown;
}

/** `n` and the word, plural unless `n` is 1: "1 note", "3 notes". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The text, cut after `max` characters with an ellipsis. */
export function clipped(text: string, max = 60): string {
  if (text.length <= max) return text;
  // Not between the two halves of a character beyond the BMP (🧬): half of one is no text.
  const end = isHighSurrogate(text.charCodeAt(max - 1)) ? max - 1 : max;
  return `${text.slice(0, end)}…`;
}

/**
 * What a note wrote over several lines (a form or cue matched across a line break, with a quote's
 * `>` masked), on one line: a message is one line in the Problems panel and in the CLI's output.
 */
export function onOneLine(text: string): string {
  return /\s\s|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ') : text;
}

/** A relation of a vocabulary or source as words, each term named by `name`: "exosome reduces immunogenicity compared with mesenchymal-stem-cell". */
export function relationText(relation: Pick<Relation, 'subject' | 'predicate' | 'object' | 'than'>, name: (id: string) => string = (id) => id): string {
  const compared = relation.than === undefined ? '' : ` compared with ${name(relation.than)}`;
  return `${name(relation.subject)} ${relation.predicate} ${name(relation.object)}${compared}`;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
