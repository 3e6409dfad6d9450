/**
 * A trie over sequences of integer token ids, kept in typed arrays: a vocabulary of 100k terms
 * has half a million trie nodes, and an object (or a `Map`) per node would cost tens of
 * megabytes and much of the build time in garbage collection.
 *
 * Nodes are numbered from 1 in the order they are added; node 0 is the root. Each node keeps its
 * parent and its token, and a child is found through an open-addressing hash table (linear
 * probing, at most `maxLoad` full) from (parent, token) to the child's number.
 *
 * A trie told how many nodes to expect is made that large at once: growing a table of a
 * million slots from 128 rehashes every node about twice over on the way.
 */
/** How full the hash table may be. */
const maxLoad = 0.6;

export class TokenTrie {
  #parents: Int32Array<ArrayBuffer>;
  #tokens: Int32Array<ArrayBuffer>;
  /** Node numbers by hash slot; 0 marks an empty slot (the root is no one's child). */
  #slots: Int32Array<ArrayBuffer>;
  /** 32 minus the number of bits of a slot index: the hash keeps its highest bits. */
  #shift: number;
  #size = 1;

  /** `expected`: about how many nodes will be added; a guess, the trie grows past it. */
  constructor(expected = 0) {
    const nodes = Math.max(64, expected + 1);
    this.#parents = new Int32Array(nodes);
    this.#tokens = new Int32Array(nodes);
    let length = 128;
    while (nodes > length * maxLoad) length *= 2;
    this.#slots = new Int32Array(length);
    this.#shift = 32 - Math.log2(length);
  }

  /** The number of nodes, the root included; every node number is below it. */
  get size(): number {
    return this.#size;
  }

  /** The child of `node` along `token`, or 0 when there is none. */
  child(node: number, token: number): number {
    const mask = this.#slots.length - 1;
    for (let slot = this.#slotOf(node, token); ; slot = (slot + 1) & mask) {
      const child = this.#slots[slot];
      if (child === 0 || (this.#parents[child] === node && this.#tokens[child] === token)) return child;
    }
  }

  /** The child of `node` along `token`, added if it is not there yet. */
  addChild(node: number, token: number): number {
    const mask = this.#slots.length - 1;
    let slot = this.#slotOf(node, token);
    for (let child = this.#slots[slot]; child !== 0; slot = (slot + 1) & mask, child = this.#slots[slot]) {
      if (this.#parents[child] === node && this.#tokens[child] === token) return child;
    }
    const child = this.#size++;
    if (child === this.#parents.length) {
      this.#parents = grown(this.#parents, child * 2);
      this.#tokens = grown(this.#tokens, child * 2);
    }
    this.#parents[child] = node;
    this.#tokens[child] = token;
    this.#slots[slot] = child;
    if (this.#size > this.#slots.length * maxLoad) this.#rehash(this.#slots.length * 2);
    return child;
  }

  /**
   * Gives back the room reserved for more nodes, once no more will be added. The hash table too
   * is made smaller when it can be: a guess of the size that was too high left it emptier than
   * it need be, and with 500k nodes a spare half is 4 MB.
   */
  trim(): void {
    this.#parents = this.#parents.slice(0, this.#size);
    this.#tokens = this.#tokens.slice(0, this.#size);
    let length = this.#slots.length;
    while (length > 128 && this.#size <= (length / 2) * maxLoad) length /= 2;
    if (length < this.#slots.length) this.#rehash(length);
  }

  #slotOf(node: number, token: number): number {
    return Math.imul(Math.imul(node, 0x9e3779b1) ^ token, 0x85ebca6b) >>> this.#shift;
  }

  #rehash(length: number): void {
    this.#shift = 32 - Math.log2(length);
    this.#slots = new Int32Array(length);
    const mask = this.#slots.length - 1;
    for (let child = 1; child < this.#size; child++) {
      let slot = this.#slotOf(this.#parents[child], this.#tokens[child]);
      while (this.#slots[slot] !== 0) slot = (slot + 1) & mask;
      this.#slots[slot] = child;
    }
  }
}

/** A copy of `array`, `length` long. */
export function grown(array: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const copy = new Int32Array(length);
  copy.set(array);
  return copy;
}
