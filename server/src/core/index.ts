/** The public face of the core: pure analysis of markdown notes against a vocabulary. */
export * from './types';
export { analyzeDocument, defaultAnalysisOptions, defaultLevels, type AnalysisOptions, type CitationScope, type DocumentAnalysis } from './analysis';
export { completeTerms, type TermCompletion } from './completion';
export { fixAllNonPreferred, termFixes, type Fix } from './codeActions';
export { describeTerm, termAt, termHover, type HoverInfo, type SourcePassage } from './hover';
export { parseProse, type ProseBlock, type ProseMap } from './markdown';
export { buildTermIndex, findTerms, formKey, lookupTerm, type TermIndex } from './matcher';
export { builtinLayer, layerFromSettings, mergeLayers, parseVocabulary, type TermPatch, type VocabularyLayer, type VocabularyProblem } from './vocabulary';
