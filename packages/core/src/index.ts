export * from './model.js';
export * from './types.js';
export { normalize, normalizePattern, simplified, type NormalizedText } from './normalize.js';
export { AhoCorasick, type AcMatch } from './aho-corasick.js';
export { detect, compileDetection, outOfScopeText, type Detection, type DetectionData, type CompiledDetection, type DetectionWhy, type KindReason } from './detect.js';
export { loadSegmenter, nodeRsSegmenter, LazySegmenter, SegmenterError, dictLines, segmenterLoadCount, type Segmenter, type SegmenterName } from './segmenter.js';
export { Linter, fingerprint, applyDirectives, applyFixes, parseDirective, type LinterOptions, type LintOptions, type LintResult } from './lint.js';
export * from './rates/index.js';
export { squeeze } from './engines/requires.js';
export { digitForms, compileTerms } from './engines/terms.js';
export { requiredLiterals, knownLiterals, literalKey, type KnownLiterals } from './regex-literals.js';
export { plainTextDocument } from './plain.js';
export { ITEM_NUMBER, splitClauses, compileDiscourse, roleOf, burdenOf, partyRoles, nameParties, institutionNames, nameInstitution, type PartyRole, type Clause, type ClauseRole, type Burden, type DiscourseData, type CompiledDiscourse, type PatternSet } from './clauses.js';
/** @internal the editor's incremental passes: the switch (off: every pass whole, the tests' reference) and work counts */
export { incremental } from './edits.js';
export { normalizeStats } from './normalize.js';
export { regexScanStats } from './regex-scan.js';
export { fingerprintStats } from './lint.js';
