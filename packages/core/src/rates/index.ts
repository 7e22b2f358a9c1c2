export * from './apr.js';
export { findRatePhrases, chineseNumber, type RatePhrase, type RatePhraseKind } from './phrases.js';
/** @internal the rate phrases' patterns (their literals are read at build time: scripts/precompute-literals.mjs) */
export { ratePatterns } from './phrases.js';
