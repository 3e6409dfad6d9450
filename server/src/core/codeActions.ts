import type { Finding, TextEditOffsets } from './types';
import { writtenCitationKey } from './markdown';

/** A quick fix as plain data: edits to the current document, or a command for the server. */
export interface Fix {
  title: string;
  kind: 'quickfix' | 'source.fixAll';
  edits: TextEditOffsets[];
  isPreferred?: boolean;
  /** Whether `edits` use snippet syntax (`$1`). */
  snippet?: boolean;
  /** The finding the fix resolves, if it resolves one. */
  finding?: Finding;
  /** A server command the fix runs instead of (or after) its edits. */
  command?: { name: string; arguments: unknown[] };
}

/** The command that shows the passage of the review (or source) a claim contradicts. */
export const showReviewPassageCommand = 'regenNotes.showReviewPassage';

/** The quick fix of one controlled-vocabulary finding; `replaceAllFix` is the one for all of a file's. */
export function termFixes(finding: Finding): Fix[] {
  const replacement = typeof finding.data?.replacement === 'string' ? finding.data.replacement : undefined;
  if (!replacement) return [];
  if (finding.code === 'term.non-preferred') {
    return [{ title: `Replace with '${replacement}'`, kind: 'quickfix', edits: [{ start: finding.start, end: finding.end, newText: replacement }], isPreferred: true, finding }];
  }
  if (finding.code === 'term.ambiguous') {
    return [{ title: `Expand to '${replacement}'`, kind: 'quickfix', edits: [{ start: finding.start, end: finding.end, newText: replacement }], isPreferred: true, finding }];
  }
  return [];
}

/** "Change to @nearest" for an unknown citation key: one fix per near key the finding names, at most three; a braced key stays braced. */
export function citationKeyFixes(finding: Finding, text: string): Fix[] {
  if (finding.code !== 'citation.unknown-key' || !Array.isArray(finding.data?.nearest)) return [];
  const braced = text[finding.start + 1] === '{';
  return (finding.data.nearest as unknown[])
    .filter((k): k is string => typeof k === 'string')
    .slice(0, 3)
    .map((key, i) => ({ title: `Change to @${key}`, kind: 'quickfix' as const, edits: [{ start: finding.start, end: finding.end, newText: braced ? `@{${key}}` : `@${writtenCitationKey(key)}` }], isPreferred: i === 0, finding }));
}

/**
 * "Replace all N non-preferred terms in this file", when there are two or more: offered once
 * beside the fixes of the findings at hand, however many of them are non-preferred terms. Without
 * `edits` when the client makes them only once the fix is chosen: a note with 300,000 such terms
 * made 42 MB of edits at every cursor move.
 */
export function replaceAllFix(all: readonly Finding[], withEdits = true): Fix | undefined {
  const count = all.reduce((n, f) => (replaceable(f) ? n + 1 : n), 0);
  return count > 1 ? { title: `Replace all ${count} non-preferred terms in this file`, kind: 'quickfix', edits: withEdits ? fixAllNonPreferred(all) : [] } : undefined;
}

/** One edit per non-preferred term: the "fix all" action. */
export function fixAllNonPreferred(all: readonly Finding[]): TextEditOffsets[] {
  return all.filter(replaceable).map((f) => ({ start: f.start, end: f.end, newText: f.data!.replacement as string }));
}

function replaceable(f: Finding): boolean {
  // Never an empty replacement, which would delete the form.
  return f.code === 'term.non-preferred' && typeof f.data?.replacement === 'string' && f.data.replacement.trim() !== '';
}
