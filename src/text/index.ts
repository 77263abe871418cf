/**
 * The text pipeline: tokens, sentences, quotations and language of a document, positioned by UTF-16
 * offsets into its original text.
 * @module
 */
export type { LanguageGuess } from './detect-language.js';
export { detectLanguage } from './detect-language.js';
export type { QuoteToken } from './find-quote-spans.js';
export { findQuoteSpans } from './find-quote-spans.js';
export { foldText } from './fold-text.js';
export type { TermToken } from './normalize-term.js';
export { normalizeTerm } from './normalize-term.js';
export { parseLang } from './parse-lang.js';
export type { ProcessOptions, TextInput } from './process-text.js';
export { processText } from './process-text.js';
export type { ProcessedText, QuoteSpan, Sentence, Token, TokenKind } from './types.js';
