import { upperBound } from './sorted';

/** Line lookups over one text: the offsets where lines start are found once, then searched. */
export interface LineIndex {
  /** Zero-based line of an offset. */
  lineOf(offset: number): number;
  /** Zero-based line and UTF-16 character of an offset; a `\r` before a line break ends the line. */
  positionOf(offset: number): { line: number; character: number };
}

/** The offsets at which the lines of `text` start, the first being 0. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

/** Builds the line index of a text in one pass. */
export function createLineIndex(text: string): LineIndex {
  const starts = lineStarts(text);
  const lineOf = (offset: number): number => Math.max(0, upperBound(starts, offset) - 1);
  return {
    lineOf,
    positionOf(offset) {
      const line = lineOf(offset);
      const next = starts[line + 1];
      const end = next === undefined ? text.length : next - 1 - (text[next - 2] === '\r' ? 1 : 0);
      return { line, character: Math.max(0, Math.min(offset, end) - starts[line]) };
    },
  };
}
