/**
 * A trie over sequences of integer token ids, kept in a typed array: a vocabulary of 100k terms
 * has half a million trie nodes, and an object (or a `Map`) per node would cost tens of
 * megabytes and much of the build time in garbage collection.
 *
 * Nodes are numbered from 1 in the order they are added; node 0 is the root. A child is found
 * through an open-addressing hash table (linear probing, at most `maxLoad` full) from (parent,
 * token) to the child's number. Each slot holds all three side by side, so a probe reads one
 * place in memory: with parents and tokens in arrays by node, each probe read three far-apart
 * places, and in a table of megabytes each was a cache miss.
 *
 * A trie told how many nodes to expect is made that large at once: growing a table of a
 * million slots from 128 rehashes every node about twice over on the way.
 */
/** How full the hash table may be. */
const maxLoad = 0.6;

/** Numbers a slot holds: the parent, the token, and the child (0 in an empty slot; the root is no one's child). */
const stride = 3;

export class TokenTrie {
  #slots: Int32Array<ArrayBuffer>;
  /** The number of slots less one: slot counts are powers of two. */
  #mask: number;
  /** 32 minus the number of bits of a slot index: the hash keeps its highest bits. */
  #shift: number;
  #size = 1;

  /** `expected`: about how many nodes will be added; a guess, the trie grows past it. */
  constructor(expected = 0) {
    const nodes = Math.max(64, expected + 1);
    let length = 128;
    while (nodes > length * maxLoad) length *= 2;
    this.#slots = new Int32Array(length * stride);
    this.#mask = length - 1;
    this.#shift = 32 - Math.log2(length);
  }

  /** The number of nodes, the root included; every node number is below it. */
  get size(): number {
    return this.#size;
  }

  /** The child of `node` along `token`, or 0 when there is none. */
  child(node: number, token: number): number {
    const slots = this.#slots;
    for (let slot = this.#slotOf(node, token); ; slot = (slot + 1) & this.#mask) {
      const at = slot * stride;
      const child = slots[at + 2];
      if (child === 0 || (slots[at] === node && slots[at + 1] === token)) return child;
    }
  }

  /** The child of `node` along `token`, added if it is not there yet. */
  addChild(node: number, token: number): number {
    const slots = this.#slots;
    let at = 0;
    for (let slot = this.#slotOf(node, token); ; slot = (slot + 1) & this.#mask) {
      at = slot * stride;
      const child = slots[at + 2];
      if (child === 0) break;
      if (slots[at] === node && slots[at + 1] === token) return child;
    }
    const child = this.#size++;
    slots[at] = node;
    slots[at + 1] = token;
    slots[at + 2] = child;
    if (this.#size > (this.#mask + 1) * maxLoad) this.#rehash((this.#mask + 1) * 2);
    return child;
  }

  /**
   * Makes the hash table smaller when it can be, once no more nodes will be added: a guess of
   * the size that was too high left it emptier than it need be, and with 500k nodes a spare
   * half is 6 MB. The trie can still grow after.
   */
  trim(): void {
    let length = this.#mask + 1;
    while (length > 128 && this.#size <= (length / 2) * maxLoad) length /= 2;
    if (length <= this.#mask) this.#rehash(length);
  }

  #slotOf(node: number, token: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ token, 0x85ebca6b) >>> this.#shift;
  }

  #rehash(length: number): void {
    const old = this.#slots;
    const slots = (this.#slots = new Int32Array(length * stride));
    this.#mask = length - 1;
    this.#shift = 32 - Math.log2(length);
    for (let from = 0; from < old.length; from += stride) {
      if (old[from + 2] === 0) continue;
      let slot = this.#slotOf(old[from], old[from + 1]);
      while (slots[slot * stride + 2] !== 0) slot = (slot + 1) & this.#mask;
      const at = slot * stride;
      slots[at] = old[from];
      slots[at + 1] = old[from + 1];
      slots[at + 2] = old[from + 2];
    }
  }
}

/** A copy of `array`, `length` long. */
export function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}
