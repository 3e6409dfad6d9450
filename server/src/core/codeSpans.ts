/**
 * Code spans and HTML comments of a text, found left to right in time linear in its length.
 *
 * A code span runs from a backtick string to the next backtick string of the same length (as
 * CommonMark has it: a string is all the backticks in a row); one with no such string after it
 * is plain text. A comment runs from `<!--` to the next `-->`. A pattern written for them
 * (`` (`+)[\s\S]*?[^`]\1(?!`) ``) searched the rest of the text from every backtick it could
 * start at, with every shorter string too: 11 KB of backtick strings of growing length took 2 s,
 * 80 KB four minutes; 400 KB of unclosed `<!--`, 11 s.
 */
export class CodeSpans {
  /** Each backtick string: where it starts and ends, and the next string of the same length (-1: none). */
  readonly #runStarts: number[] = [];
  readonly #runEnds: number[] = [];
  readonly #closers: number[] = [];
  /** The first string that may still open a span: those before it start before the place asked about. */
  #run = 0;
  /** The next comment found, kept while it starts at or after the place asked about; null: there is none. */
  #comment: { start: number; end: number } | null | undefined;
  /** The last `-->` found, and where that search started: none is between the two. */
  #closeFrom = -1;
  #close = -1;

  /** Cheap for a text with neither backticks nor comments: nothing is made for them, and comments are looked for when asked. */
  constructor(private readonly text: string) {
    for (let i = text.indexOf('`'); i !== -1; ) {
      let end = i + 1;
      while (text.charCodeAt(end) === 96) end++;
      this.#runStarts.push(i);
      this.#runEnds.push(end);
      i = text.indexOf('`', end);
    }
    if (this.#runStarts.length === 0) return;
    const lastOfLength = new Map<number, number>();
    for (let r = this.#runStarts.length - 1; r >= 0; r--) {
      const length = this.#runEnds[r] - this.#runStarts[r];
      this.#closers[r] = lastOfLength.get(length) ?? -1;
      lastOfLength.set(length, r);
    }
  }

  /**
   * The first code span or comment that starts at or after `at`, with its end. `at` must not go
   * back from one call to the next, nor stop inside a backtick string.
   */
  next(at: number): { start: number; end: number; comment: boolean } | undefined {
    const runs = this.#runStarts;
    while (this.#run < runs.length && (runs[this.#run] < at || this.#closers[this.#run] === -1)) this.#run++;
    const code = this.#run < runs.length ? this.#run : -1;
    const comment = this.#nextComment(at);
    if (code !== -1 && (!comment || runs[code] < comment.start)) return { start: runs[code], end: this.#runEnds[this.#closers[code]], comment: false };
    return comment ? { start: comment.start, end: comment.end, comment: true } : undefined;
  }

  #nextComment(at: number): { start: number; end: number } | undefined {
    if (this.#comment === null) return undefined;
    if (this.#comment && this.#comment.start >= at) return this.#comment;
    const start = this.text.indexOf('<!--', at);
    // No `-->` after this one means none after any later one either.
    const close = start === -1 ? -1 : this.#closeAfter(start + 4);
    this.#comment = close === -1 ? null : { start, end: close + 3 };
    return this.#comment ?? undefined;
  }

  /** The first `-->` at or after `from`; a search that an earlier one covers is not made again. */
  #closeAfter(from: number): number {
    if (this.#closeFrom === -1 || from < this.#closeFrom || (this.#close !== -1 && from > this.#close)) {
      this.#closeFrom = from;
      this.#close = this.text.indexOf('-->', from);
    }
    return this.#close;
  }
}

/** The HTML comments of `text`, from `<!--` to the next `-->`, as offsets from `offset`. */
export function htmlComments(text: string, offset: number): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  for (let start = text.indexOf('<!--'); start !== -1; ) {
    const close = text.indexOf('-->', start + 4);
    // No `-->` after this `<!--` means none after a later one either.
    if (close === -1) break;
    found.push({ start: offset + start, end: offset + close + 3 });
    start = text.indexOf('<!--', close + 3);
  }
  return found;
}
