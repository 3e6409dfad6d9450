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
  /** Findings that are switched on and not silenced by a directive, in document order. */
  findings: Finding[];
}

/** Analyses a markdown note: prose, terms, findings. Pure; never throws on any text. */
export function analyzeDocument(text: string, index: TermIndex, options: AnalysisOptions = defaultAnalysisOptions): DocumentAnalysis {
  const prose = parseProse(text);
  const terms = findTerms(prose.masked, index);
  const findings = termFindings(terms, index)
    .filter((f) => options.levels[f.code] !== 'off')
    .sort((a, b) => a.start - b.start);
  return { text, prose, terms, findings };
}
