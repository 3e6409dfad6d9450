/** Keys of the words of a sentence, as the claims grammar looks them up. */
import { ownCopy } from './ownText';
import { asciiLower } from './ascii';
import { maxProbes, processSeed, spread } from './wordTable';

/**
 * The key of the word `masked[i, j)` for the sentence grammar: lower case, with typographic
 * apostrophes and hyphens made plain. Equal words of ASCII get the same string.
 */
export function wordKey(masked: string, i: number, j: number): string {
  // Hashed as `WordTable` hashes, from its seed drawn for each process, and given up after as many
  // slots: with a fixed hash, 32,000 words chosen to land in one cluster made every lookup walk it.
  let hash = processSeed;
  for (let k = i; k < j; k++) {
    const c = masked.charCodeAt(k);
    if (c >= 128) return sliceKey(masked, i, j);
    hash = Math.imul(hash ^ asciiLower(c), 0x01000193);
  }
  const { slots, words } = wordKeys;
  let slot = spread(hash) & (slots.length - 1);
  let probes = 0;
  for (let at = slots[slot]; at !== 0; at = slots[slot]) {
    const word = words[at - 1];
    if (word.length === j - i && sameAsciiWord(word, masked, i)) return word;
    // Words made to share a hash would each walk all the others: such a word is not kept.
    if (++probes === maxProbes) return sliceKey(masked, i, j);
    slot = (slot + 1) & (slots.length - 1);
  }
  // Kept, so a string of its own: a slice of 13 or more characters would keep the whole note it was cut from.
  const key = ownCopy(sliceKey(masked, i, j));
  if (words.length >= maxWordKeys) {
    slots.fill(0);
    words.length = 0;
    slot = spread(hash) & (slots.length - 1);
  }
  words.push(key);
  slots[slot] = words.length;
  return key;
}

/**
 * The keys of the ASCII words met so far, by a hash of their lower-case characters (open
 * addressing; a slot holds an index into `words`, plus one): a word is sliced and lower-cased
 * once rather than at every occurrence, and its key, kept, has its hash computed once for the
 * many set look-ups that follow. Emptied when full.
 */
const wordKeys = { slots: new Int32Array(1 << 16), words: [] as string[] };
const maxWordKeys = 1 << 15;

function sliceKey(masked: string, i: number, j: number): string {
  let key = masked.slice(i, j);
  if (hasUpper(key)) key = key.toLowerCase();
  if (hasSpecial(key)) key = key.replace(/\u2019/g, "'").replace(/[\u2010\u2011\u2013]/g, '-');
  return key;
}

/** Whether the ASCII word `masked[i, i + word.length)`, in lower case, is `word`. */
function sameAsciiWord(word: string, masked: string, i: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== asciiLower(masked.charCodeAt(i + k))) return false;
  return true;
}

function hasSpecial(word: string): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) >= 128) return true;
  return false;
}

function hasUpper(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}
