import { showReviewPassageCommand, type Fix } from './codeActions';
import { lineEndOf, lineStartOf } from './lines';
import { atxHeadingAt } from './markdown';
import type { Finding, TextEditOffsets } from './types';

/** The prefix "Mark as hypothesis" inserts; the claim detector reads the sentence as hedged. */
export const hypothesisMarker = '*Hypothesis:* ';

export interface ClaimFixOptions {
  /** The client accepts snippet edits: the citation placeholder puts the cursor after `@`. */
  snippetSupport?: boolean;
}

/**
 * Quick fixes for a claim finding, as plain data. For `claim.unsupported`: insert a citation
 * placeholder (`[@]`, or the snippet `[@$1]`) before the sentence's final punctuation, mark the
 * sentence as a hypothesis, or ignore it. For `claim.contradicts-review`: ignore it.
 * Ignoring inserts `<!-- regen-notes-disable-next-line CODE -->` on its own line above the
 * sentence, with that line's indentation and quote markers, when the sentence starts its block
 * (or a list item); when it starts in the middle of a line or of a block (an own line there would
 * split the paragraph, list item or table) it appends `<!-- regen-notes-disable-line CODE -->` to
 * the end of that line instead, or in a table row to its last cell.
 */
export function claimFixes(finding: Finding, text: string, options: ClaimFixOptions = {}): Fix[] {
  if (finding.code !== 'claim.unsupported' && finding.code !== 'claim.contradicts-review') return [];
  const fixes: Fix[] = [];
  if (finding.code === 'claim.unsupported') {
    const snippet = options.snippetSupport === true;
    fixes.push({
      title: 'Insert citation placeholder',
      kind: 'quickfix',
      edits: [citationEdit(text, finding.start, finding.end, snippet)],
      isPreferred: true,
      ...(snippet ? { snippet: true } : {}),
      finding,
    });
    fixes.push({ title: 'Mark as hypothesis', kind: 'quickfix', edits: [{ start: finding.start, end: finding.start, newText: hypothesisMarker }], finding });
  }
  if (finding.code === 'claim.contradicts-review' && finding.data?.backing) {
    fixes.push({ title: 'Show the review passage', kind: 'quickfix', edits: [], command: { name: showReviewPassageCommand, arguments: [finding.data.backing] }, finding });
  }
  fixes.push({ title: 'Ignore this claim', kind: 'quickfix', edits: [ignoreEdit(text, finding.start, finding.code)], finding });
  return fixes;
}

/** ` [@]` before the final `.`, `!` or `?` (and any closing emphasis or quotes after it). */
function citationEdit(text: string, start: number, end: number, snippet: boolean): TextEditOffsets {
  let at = end;
  while (at > start && /["'*_)\u201d\u2019]/.test(text[at - 1])) at--;
  if (at > start && /[.!?\u2026]/.test(text[at - 1])) {
    while (at > start && /[.!?\u2026]/.test(text[at - 1])) at--;
  } else {
    at = end;
  }
  at = pastLink(text, at);
  const placeholder = snippet ? '[@$1]' : '[@]';
  const space = at > start && /\s/.test(text[at - 1]) ? '' : ' ';
  return { start: at, end: at, newText: space + placeholder };
}

/**
 * Past the destination or label of a link whose text ends at `at` (`[this](https://…)`,
 * `[this][ref]`): the claim ends at the link text, as what follows is masked, and a placeholder
 * put there broke the link. Looks 2,000 characters ahead at most.
 */
function pastLink(text: string, at: number): number {
  if (text[at - 1] !== ']' || (text[at] !== '(' && text[at] !== '[')) return at;
  const open = text[at];
  const close = open === '(' ? ')' : ']';
  let depth = 0;
  for (let i = at; i < Math.min(text.length, at + 2000); i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
  }
  return at;
}

function ignoreEdit(text: string, start: number, code: string): TextEditOffsets {
  const lineStart = lineStartOf(text, start);
  const prefix = /^[ \t]*(?:>[ \t]?)*/.exec(text.slice(lineStart, start))![0];
  const afterPrefix = lineStart + prefix.length;
  const marker = /^(?:[-+*]|\d{1,9}[.)])[ \t]+(?:\[[ xX]\][ \t]+)?/.exec(text.slice(afterPrefix, start));
  const contentStart = afterPrefix + (marker ? marker[0].length : 0);
  const startsLine = contentStart === start || /^[ \t*_]*$/.test(text.slice(contentStart, start));
  if (startsLine && (marker || startsBlock(text, lineStart))) {
    return { start: lineStart, end: lineStart, newText: `${prefix}<!-- regen-notes-disable-next-line ${code} -->${lineBreak(text)}` };
  }
  const at = lineCommentAt(text, lineStart, lineEndOf(text, start));
  return { start: at, end: at, newText: ` <!-- regen-notes-disable-line ${code} -->` };
}

/**
 * Where a comment appended to the line `[lineStart, lineEnd)` goes: at its end, or in a table row
 * that ends with a pipe, after the last cell's text and before that pipe, keeping the blank the
 * row had there. After the pipe, the comment made a cell the table has no column for (dropped
 * from a body row, and a header row no longer matched the delimiter row, so the table was gone).
 * A claim in any cell is silenced from the last one, as `disable-line` holds for its whole line.
 * A pipe after a backslash (`\|`) is text, as GFM reads it (`\\|` too), so such a row has no
 * closing pipe. Pipes in code spans need no care: a code span ends with a backtick, so the pipe
 * that ends a row is outside any.
 */
function lineCommentAt(text: string, lineStart: number, lineEnd: number): number {
  let last = lineEnd;
  while (last > lineStart && isBlank(text.charCodeAt(last - 1))) last--;
  if (last === lineStart || text.charCodeAt(last - 1) !== 124 || (last - 2 >= lineStart && text.charCodeAt(last - 2) === 92)) return lineEnd;
  let at = last - 1;
  while (at > lineStart && isBlank(text.charCodeAt(at - 1))) at--;
  return at;
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9;
}

/**
 * Whether the line at `lineStart` is the first of its block, after a blank line (inside the same
 * quotes) or a heading: a comment line above it splits nothing. Above any other line it ended the
 * paragraph, or the list item or quote the line continued.
 */
function startsBlock(text: string, lineStart: number): boolean {
  if (lineStart === 0) return true;
  // The line before ends where its line break starts: a CRLF is one break, not a line of its own.
  const breakStart = lineStart - (lineStart >= 2 && text[lineStart - 2] === '\r' && text[lineStart - 1] === '\n' ? 2 : 1);
  const previous = text.slice(lineStartOf(text, breakStart), breakStart).replace(/^[ \t]*(?:>[ \t]?)*/, '');
  return /^\s*$/.test(previous) || atxHeadingAt(previous, 0);
}

/** The note's own line break: `\r\n`, a lone `\r` (old Mac files) or `\n`. */
function lineBreak(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\r') ? '\r' : '\n';
}
