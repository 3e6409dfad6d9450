import { upperBound } from './sorted';

/** Line lookups over one text: the offsets where lines start are found once, then searched. */
export interface LineIndex {
  /** Zero-based line of an offset. */
  lineOf(offset: number): number;
  /** Zero-based line and UTF-16 character of an offset; a line's break (`\n`, `\r\n` or `\r`) is not part of it. */
  positionOf(offset: number): { line: number; character: number };
}

/**
 * The offsets at which the lines of `text` start, the first being 0. A lone `\r` ends a line as
 * `\n` and `\r\n` do: markdown-it's line numbers and an editor's (LSP) count it so.
 */
export function lineStarts(text: string): number[] {
  const starts = [0];
  if (!text.includes('\r')) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    return starts;
  }
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) starts.push(m.index + m[0].length);
  return starts;
}

/** The offset where the line holding `offset` starts; a lone `\r` ends a line, as in `lineStarts`. */
export function lineStartOf(text: string, offset: number): number {
  return Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
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
      const end = next === undefined ? text.length : next - (text[next - 1] === '\n' && text[next - 2] === '\r' ? 2 : 1);
      return { line, character: Math.max(0, Math.min(offset, end) - starts[line]) };
    },
  };
}
