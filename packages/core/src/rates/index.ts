export * from './apr.js';
export { findRatePhrases, chineseNumber, type RatePhrase, type RatePhraseKind } from './phrases.js';
