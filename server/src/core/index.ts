/** The public face of the core: pure analysis of markdown notes against a vocabulary. */
export * from './types';
export { analyzeDocument, updateAnalysis, defaultAnalysisOptions, defaultLevels, type AnalysisOptions, type CitationScope, type DocumentAnalysis } from './analysis';
export { claimFindings, findClaims, type Claim, type ClaimRelation, type ClaimStatus } from './claims';
export { claimFixes, hypothesisMarker } from './claimFixes';
export { findCitations, type Citation } from './citations';
export { completeTerms, type TermCompletion } from './completion';
export { parseDirectives } from './directives';
export { splitSentences } from './sentences';
export { fixAllNonPreferred, showReviewPassageCommand, termFixes, type Fix } from './codeActions';
export { claimHover } from './hover';
export { describeTerm, termAt, termHover, type HoverInfo, type SourcePassage } from './hover';
export { createLineIndex, type LineIndex } from './lines';
export { parseProse, type ProseBlock, type ProseMap } from './markdown';
export { buildTermIndex, findTerms, formKey, type TermIndex } from './matcher';
export { fieldOrigins, originOf, termFields } from './origins';
export { builtinLayer, layerFromSettings, mergeLayers, parseVocabulary, spanAt, type Span, type TermPatch, type VocabularyLayer, type VocabularyProblem } from './vocabulary';
export { addTermEdits, type FileChange, addToSettingsList, applyTextEdits, findUnknownTermCandidates, looksLikeTerm, newTermEntry, termIdFor, type NewTermEntry, type UnknownTermCandidate } from './addTerm';
export { indexSources, type SourceDocument, type SourceIndex, type SourceSentence } from './sources';
