import { proseEnd, type ProseBlock, type ProseMap } from './markdown';
import { createLineIndex } from './lines';
import { isSpace } from './sentences';
import { partitionPoint } from './sorted';
import { findingCodes, type FindingCode } from './types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable-claim' | 'disable' | 'enable';

/** One `<!-- regen-notes-… -->` comment. */
export interface Directive {
  kind: DirectiveKind;
  /** Finding codes or code prefixes (`claim` covers `claim.unsupported`); empty means every code. */
  codes: string[];
  /** The comment's range. */
  start: number;
  end: number;
}

/** The directives of a document and the question they answer. */
export interface Directives {
  directives: Directive[];
  /** Whether a finding with `code` over `[start, end)` is silenced. */
  isSuppressed(code: FindingCode, start: number, end: number): boolean;
}

// The kind ends at a space or the comment's end, written with spaces or without
// (`<!--regen-notes-disable-->`): with a word boundary, `disable-nextline` read as `disable` of the
// code `-nextline`, which names nothing and so silenced every code to the end.
const directivePattern = /^<!--\s*regen-notes-(disable-next-line|disable-line|disable-claim|disable|enable)(?!\w|-(?!->$))([\s\S]*?)-->$/;

/**
 * Reads in-document directives, in the form other linters use:
 * `<!-- regen-notes-disable-next-line [codes…] -->` silences the line after the comment,
 * `<!-- regen-notes-disable-line [codes…] -->` its own line,
 * `<!-- regen-notes-disable-claim [codes…] -->` the claim whose sentence it follows (see
 * `sentenceEndBefore`), and
 * `<!-- regen-notes-disable [codes…] -->` … `<!-- regen-notes-enable [codes…] -->` a stretch.
 * Codes are separated by spaces or commas; `--` starts a free-text reason; no codes means all.
 * Only the HTML comments the ProseMap found outside code count, so a directive shown in a code
 * block or code span does nothing.
 */
export function parseDirectives(text: string, prose: Pick<ProseMap, 'comments' | 'masked' | 'blocks'>): Directives {
  const directives: Directive[] = [];
  const comments = [...prose.comments].sort((a, b) => a.start - b.start);
  for (const comment of comments) {
    const m = directivePattern.exec(text.slice(comment.start, comment.end));
    if (!m) continue;
    const reasonAt = m[2].search(/(?:^|\s)--(?:\s|$)/);
    // Every word counts as a code: one that names no finding (`"claim.unsupported"`, quoted)
    // silences nothing, where dropping it left no codes, which means every code.
    const codes = (reasonAt === -1 ? m[2] : m[2].slice(0, reasonAt))
      .split(/[\s,]+/)
      .filter((c) => /[A-Za-z0-9]/.test(c));
    directives.push({ kind: m[1] as DirectiveKind, codes, start: comment.start, end: comment.end });
  }
  return createDirectives(text, prose, directives);
}

/** A point where a stretch directive turns a finding code off (`disabled`) or on again. */
interface Turn {
  offset: number;
  disabled: boolean;
}

/** The codes a directive can silence anything with: each finding code and its dotted prefixes (`claim`). */
const silencingCodes = new Set(findingCodes.flatMap((code) => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));

function createDirectives(text: string, prose: Pick<ProseMap, 'masked' | 'blocks'>, directives: Directive[]): Directives {
  if (directives.length === 0) return { directives, isSuppressed: () => false };
  const { lineOf } = createLineIndex(text);
  /** The code lists of the line directives, by the line each silences (an empty list: every code). */
  const lineRules = new Map<number, string[][]>();
  /** The code lists of the `disable-claim` directives, by the offset where the sentence each follows ends. */
  const claimRules = new Map<number, string[][]>();
  /** The last `disable-claim` directive and the end of the sentence it follows. */
  let previousClaim: { start: number; end: number | undefined } | undefined;
  // Each finding code's own turns, in order: the last one before a finding decides. A prefix
  // (`claim`) and a full code (`claim.unsupported`) turn the same code, so `disable claim` is
  // undone by `enable claim.unsupported` for that code, and the other way round.
  const turns = new Map<FindingCode, Turn[]>(findingCodes.map((code) => [code, []]));
  for (const d of directives) {
    // A code that names no finding silences nothing, so it is left out: each stretch copied the
    // codes in force, and 20,000 directives of as many other codes took 9 s.
    const named = d.codes.filter((c) => silencingCodes.has(c));
    if (named.length === 0 && d.codes.length > 0) continue;
    if (d.kind === 'disable-next-line' || d.kind === 'disable-line') {
      const line = d.kind === 'disable-line' ? lineOf(d.start) : lineOf(Math.max(d.start, d.end - 1)) + 1;
      addRule(lineRules, line, named);
    } else if (d.kind === 'disable-claim') {
      // Directives in a row after one sentence all follow it: each looks back as far as the one
      // before and takes its answer, so a run of thousands is read in linear time.
      const block = blockAt(prose.blocks, d.start);
      const end = sentenceEndBefore(text, prose.masked, block, d.start, block && previousClaim && previousClaim.start >= block.start ? previousClaim : undefined);
      previousClaim = { start: d.start, end };
      if (end !== undefined) addRule(claimRules, end, named);
    } else {
      for (const code of findingCodes) {
        if (named.length === 0 || named.some((c) => covers(c, code))) turns.get(code)!.push({ offset: d.end, disabled: d.kind === 'disable' });
      }
    }
  }
  return {
    directives,
    isSuppressed(code: FindingCode, start: number, end: number): boolean {
      // By line and by sentence end: each finding looked through every line directive of the note.
      // `disable-claim` silences a claim: a term finding that ends where the sentence does is no claim.
      if (namesCode(lineRules.get(lineOf(start)), code) || (code.startsWith('claim.') && namesCode(claimRules.get(end), code))) return true;
      const list = turns.get(code);
      if (!list) return false;
      const at = partitionPoint(list, (t) => t.offset <= start) - 1;
      return at >= 0 && list[at].disabled;
    },
  };
}

function addRule(rules: Map<number, string[][]>, at: number, named: string[]): void {
  const list = rules.get(at);
  if (list) list.push(named);
  else rules.set(at, [named]);
}

function namesCode(rules: string[][] | undefined, code: FindingCode): boolean {
  return rules !== undefined && rules.some((named) => named.length === 0 || named.some((c) => covers(c, code)));
}

/** The prose block (paragraph, heading or table cell) that holds `offset`, if any. */
function blockAt(blocks: readonly ProseBlock[], offset: number): ProseBlock | undefined {
  const block = blocks[partitionPoint(blocks, (b) => b.start <= offset) - 1];
  return block && offset < block.end ? block : undefined;
}

/**
 * Where the sentence that a `disable-claim` comment at `at` follows ends: the end of the prose
 * before the comment in its block, past white space and whatever is masked (other comments, a
 * link's destination, tags, code spans). Undefined when the comment is outside prose (an HTML
 * block of its own line, which ends the paragraph before it) or first in its block: a sentence in
 * another paragraph, list item or table cell is not the one it follows. With `previous`, a
 * directive earlier in the same block and the end found for it, the search stops there.
 */
function sentenceEndBefore(text: string, masked: string, block: ProseBlock | undefined, at: number, previous?: { start: number; end: number | undefined }): number | undefined {
  if (!block) return undefined;
  let end = at;
  while (end > block.start && isSpace(masked.charCodeAt(end - 1))) {
    end--;
    if (previous && end <= previous.start) return previous.end;
  }
  return end > block.start ? proseEnd(text, masked, end) : undefined;
}

/** A directive code covers a finding code when equal or a dotted prefix of it. */
function covers(directiveCode: string, code: string): boolean {
  return code === directiveCode || code.startsWith(directiveCode + '.');
}

