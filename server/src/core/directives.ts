import type { ProseMap } from './markdown';
import { createLineIndex } from './lines';
import { partitionPoint } from './sorted';
import { findingCodes, type FindingCode } from './types';

export type DirectiveKind = 'disable-next-line' | 'disable-line' | 'disable' | 'enable';

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
  /** Whether a finding with `code` that starts at `offset` is silenced. */
  isSuppressed(code: FindingCode, offset: number): boolean;
}

// The kind ends at a space or the comment's end: with a word boundary, `disable-nextline` read as
// `disable` of the code `-nextline`, which names nothing and so silenced every code to the end.
const directivePattern = /^<!--\s*regen-notes-(disable-next-line|disable-line|disable|enable)(?![\w-])([\s\S]*?)-->$/;

/**
 * Reads in-document directives, in the form other linters use:
 * `<!-- regen-notes-disable-next-line [codes…] -->` silences the line after the comment,
 * `<!-- regen-notes-disable-line [codes…] -->` its own line, and
 * `<!-- regen-notes-disable [codes…] -->` … `<!-- regen-notes-enable [codes…] -->` a stretch.
 * Codes are separated by spaces or commas; `--` starts a free-text reason; no codes means all.
 * Only the HTML comments the ProseMap found outside code count, so a directive shown in a code
 * block or code span does nothing.
 */
export function parseDirectives(text: string, prose: Pick<ProseMap, 'comments'>): Directives {
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
  return createDirectives(text, directives);
}

/** A point where a stretch directive turns a finding code off (`disabled`) or on again. */
interface Turn {
  offset: number;
  disabled: boolean;
}

/** The codes a directive can silence anything with: each finding code and its dotted prefixes (`claim`). */
const silencingCodes = new Set(findingCodes.flatMap((code) => code.split('.').map((_, i, parts) => parts.slice(0, i + 1).join('.'))));

function createDirectives(text: string, directives: Directive[]): Directives {
  if (directives.length === 0) return { directives, isSuppressed: () => false };
  const { lineOf } = createLineIndex(text);
  /** The code lists of the line directives, by the line each silences (an empty list: every code). */
  const lineRules = new Map<number, string[][]>();
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
      const rules = lineRules.get(line);
      if (rules) rules.push(named);
      else lineRules.set(line, [named]);
    } else {
      for (const code of findingCodes) {
        if (named.length === 0 || named.some((c) => covers(c, code))) turns.get(code)!.push({ offset: d.end, disabled: d.kind === 'disable' });
      }
    }
  }
  return {
    directives,
    isSuppressed(code: FindingCode, offset: number): boolean {
      // By line: each finding looked through every line directive of the note.
      const rules = lineRules.get(lineOf(offset));
      if (rules?.some((named) => named.length === 0 || named.some((c) => covers(c, code)))) return true;
      const list = turns.get(code);
      if (!list) return false;
      const at = partitionPoint(list, (t) => t.offset <= offset) - 1;
      return at >= 0 && list[at].disabled;
    },
  };
}

/** A directive code covers a finding code when equal or a dotted prefix of it. */
function covers(directiveCode: string, code: string): boolean {
  return code === directiveCode || code.startsWith(directiveCode + '.');
}

