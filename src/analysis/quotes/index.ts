/**
 * Quotation attribution: direct quotations and reported speech, their speakers, speaker groups and
 * reporting verbs; the voice of every token.
 * @module
 */

export type { AttributionLexicon } from './compile-attribution-lexicon.js';
export { compileAttributionLexicon } from './compile-attribution-lexicon.js';
export {
  findQuotations,
  SHORT_QUOTE_CONTENT_WORDS,
  SHORT_QUOTE_MAX_WORDS,
  SHORT_QUOTE_WORDS,
} from './find-quotations.js';
export type { AttributionGrammar, QuoteRules } from './load-attribution-words.js';
export { attributionGrammar, fallbackQuoteRules } from './load-attribution-words.js';
export { scareQuoted } from './scare-quoted.js';
export type { Quotation, QuotationLike, QuoteRole, TextRef, VerbClass } from './types.js';
export { voiceAt } from './voice-at.js';
