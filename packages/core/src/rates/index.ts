export * from './apr.js';
export { findRatePhrases, type RatePhrase, type RatePhraseKind } from './phrases.js';
