import { claimFindings, findClaims, type Claim } from './claims';
import { parseDirectives } from './directives';
import { parseProse, type ProseMap } from './markdown';
import { findTerms, type TermIndex } from './matcher';
import { termFindings } from './termFindings';
import type { Finding, FindingCode, Level, TermMatch } from './types';

export type CitationScope = 'paragraph' | 'sentence';

export interface AnalysisOptions {
  citationScope: CitationScope;
  /** The level of each finding code; `off` drops it. */
  levels: Record<FindingCode, Level>;
}

export const defaultLevels: Record<FindingCode, Level> = {
  'claim.unsupported': 'warning',
  'claim.contradicts-review': 'warning',
  'term.non-preferred': 'hint',
  'term.ambiguous': 'information',
  'vocabulary.invalid': 'error',
};

export const defaultAnalysisOptions: AnalysisOptions = { citationScope: 'paragraph', levels: defaultLevels };

/** Everything the features need to know about one version of a document. */
export interface DocumentAnalysis {
  text: string;
  prose: ProseMap;
  terms: TermMatch[];
  /** One per sentence of every paragraph and table cell, with its status. */
  claims: Claim[];
  /** Findings that are switched on and not silenced by a directive, in document order. */
  findings: Finding[];
}

/**
 * Analyses a markdown note: prose, terms, claims and findings. `index` decides what a term is
 * and which relations back a claim. Pure; never throws on any text.
 */
export function analyzeDocument(text: string, index: TermIndex, options: AnalysisOptions = defaultAnalysisOptions): DocumentAnalysis {
  const prose = parseProse(text);
  const terms = findTerms(prose.masked, index);
  const claimsOn = options.levels['claim.unsupported'] !== 'off' || options.levels['claim.contradicts-review'] !== 'off';
  const claims = claimsOn ? findClaims({ text, prose, terms, index, citationScope: options.citationScope }) : [];
  const directives = parseDirectives(text, prose);
  const findings = [...termFindings(terms, index), ...claimFindings(claims, index)]
    .filter((f) => options.levels[f.code] !== 'off' && !directives.isSuppressed(f.code, f.start))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  return { text, prose, terms, claims, findings };
}
