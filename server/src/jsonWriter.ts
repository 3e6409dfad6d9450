/**
 * Reports written in pieces. The report of thousands of notes, made as one string, could be longer
 * than the longest string V8 can make (2^29 characters), and then the check failed at its very
 * end: SARIF for 2,000 notes of 20 KB is already 66 MB. As one string it also took the most memory.
 */

/** Collects text and hands it to `sink` a megabyte at a time; `flush` hands over the rest. */
export class ChunkedWriter {
  #pending: string[] = [];
  #length = 0;

  constructor(private readonly sink: (text: string) => void) {}

  write(text: string): void {
    this.#pending.push(text);
    this.#length += text.length;
    if (this.#length >= 1 << 20) this.flush();
  }

  flush(): void {
    if (this.#length === 0) return;
    this.sink(this.#pending.join(''));
    this.#pending = [];
    this.#length = 0;
  }
}

/**
 * Writes `JSON.stringify(value, null, 2)`, the same text, in pieces: arrays and objects down to
 * `depth` levels are written member by member (results lie three or four levels down in our
 * reports), and what lies deeper is written whole.
 */
export function writeJson(value: unknown, out: { write(text: string): void }, depth = 4, indent = ''): void {
  if (depth > 0 && typeof value === 'object' && value !== null && !('toJSON' in value)) {
    const isArray = Array.isArray(value);
    // As JSON.stringify does: an object leaves out members it cannot write, an array writes null for them.
    const members: [string | undefined, unknown][] = isArray ? value.map((v: unknown) => [undefined, v]) : Object.entries(value).filter(([, v]) => writable(v));
    if (members.length === 0) {
      out.write(isArray ? '[]' : '{}');
      return;
    }
    const inner = `${indent}  `;
    out.write(isArray ? '[\n' : '{\n');
    members.forEach(([key, member], i) => {
      out.write(key === undefined ? inner : `${inner}${JSON.stringify(key)}: `);
      if (writable(member)) writeJson(member, out, depth - 1, inner);
      else out.write('null');
      out.write(i < members.length - 1 ? ',\n' : '\n');
    });
    out.write(`${indent}${isArray ? ']' : '}'}`);
    return;
  }
  // JSON strings hold no raw line break, so each line break starts a line of the layout.
  const text = JSON.stringify(value, null, 2) ?? 'null';
  out.write(indent ? text.replace(/\n/g, `\n${indent}`) : text);
}

function writable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}
