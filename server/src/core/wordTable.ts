import { ownCopy } from './ownText';

/**
 * Values by the exact text of a word, asked by where the word stands in a longer text: no slice
 * is cut to ask, and no fresh string is hashed. Cutting a 1 MB note into tokens asks about
 * ~170k words, nearly all met before; a `Map` asked with slices took a fifth of the time.
 *
 * Open addressing with linear probing, at most half full. Bounded: once `limit` words are in,
 * the next new one starts the table over.
 *
 * A note could be written so that all its words share a hash: each lookup would then compare
 * the word with every one before it (a 3 MB note of such words took 35 s). So the hash starts
 * from a seed drawn for each process, which no note can know, and a lookup gives up after
 * `maxProbes` slots: such a word is not kept, its value is made again each time it is asked.
 */
export class WordTable<T> {
  /**
   * Two numbers a slot: the hash of its word, compared before the word itself, and 1 + the
   * index of the word in `#words` (0 in an empty slot). Side by side, so a probe reads one place.
   */
  #slots = new Int32Array(2 * 1024);
  #words: string[] = [];
  #values: T[] = [];

  /**
   * `make` computes the value of a word not met yet, from a string of its own (`ownCopy`).
   * `seed` starts the hash; tests fix it to reproduce words that share a hash.
   */
  constructor(
    private readonly make: (word: string) => T,
    private readonly limit: number,
    private readonly seed = processSeed,
  ) {}

  /** The value of the word `text[start, end)`. */
  get(text: string, start: number, end: number): T {
    let hash = this.seed;
    for (let k = start; k < end; k++) hash = Math.imul(hash ^ text.charCodeAt(k), 0x01000193);
    let slots = this.#slots;
    let mask = (slots.length >> 1) - 1;
    let slot = spread(hash) & mask;
    let probes = 0;
    for (let at = slots[2 * slot + 1]; at !== 0; slot = (slot + 1) & mask, at = slots[2 * slot + 1]) {
      if (slots[2 * slot] === hash && sameWord(this.#words[at - 1], text, start, end)) return this.#values[at - 1];
      if (++probes === maxProbes) return this.make(ownCopy(text.slice(start, end)));
    }
    if (this.#words.length >= this.limit) {
      this.#clear();
      slots = this.#slots;
      mask = (slots.length >> 1) - 1;
      slot = spread(hash) & mask;
    }
    const word = ownCopy(text.slice(start, end));
    const value = this.make(word);
    this.#words.push(word);
    this.#values.push(value);
    slots[2 * slot] = hash;
    slots[2 * slot + 1] = this.#words.length;
    // At most half full: two numbers a slot.
    if (this.#words.length * 4 > slots.length) this.#grow();
    return value;
  }

  #clear(): void {
    this.#slots = new Int32Array(2 * 1024);
    this.#words = [];
    this.#values = [];
  }

  #grow(): void {
    const old = this.#slots;
    const slots = (this.#slots = new Int32Array(old.length * 2));
    const mask = (slots.length >> 1) - 1;
    for (let from = 0; from < old.length; from += 2) {
      if (old[from + 1] === 0) continue;
      let slot = spread(old[from]) & mask;
      while (slots[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      slots[2 * slot] = old[from];
      slots[2 * slot + 1] = old[from + 1];
    }
  }
}

/** Slots a lookup tries before it gives up on keeping the word; a real vocabulary needs under 20. */
export const maxProbes = 64;

/** FNV-1a's offset basis, mixed with a random number drawn once for the process. */
export const processSeed = (0x811c9dc5 ^ Math.floor(Math.random() * 0x100000000)) | 0;

/** Mixes the high bits of an FNV-1a hash into the low ones, which pick the slot. */
export function spread(hash: number): number {
  return hash ^ (hash >>> 15);
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}
