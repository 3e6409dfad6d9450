import type { TermIndex } from './matcher';
import { partitionPoint } from './sorted';
import type { TermKind, TermMatch } from './types';

/** A recognized term as the editor colours it: its kind, and whether the form is a deprecated one or an ambiguous abbreviation. */
export interface TermToken {
  start: number;
  end: number;
  kind: TermKind;
  deprecated: boolean;
  ambiguous: boolean;
}

/**
 * The terms of an analysed note (`terms`, in document order) that lie in `[from, to)`, as tokens
 * to colour by kind: the occurrences hovers and highlights answer for, so never in code, the front
 * matter, a URL or a citation key.
 */
export function termTokens(terms: readonly TermMatch[], index: TermIndex, from = 0, to = Number.POSITIVE_INFINITY): TermToken[] {
  const tokens: TermToken[] = [];
  for (let i = partitionPoint(terms, (t) => t.end <= from); i < terms.length && terms[i].start < to; i++) {
    const match = terms[i];
    const term = index.terms.get(match.termId);
    if (!term) continue;
    tokens.push({ start: match.start, end: match.end, kind: term.kind, deprecated: match.role === 'deprecated', ambiguous: match.ambiguous !== undefined });
  }
  return tokens;
}
