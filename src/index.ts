/**
 * media-framing: compare how news sources frame the same event.
 * @module
 */
export { CorpusError, FramingError, TopicError, UsageError } from './core/errors.js';
export type { ErrorPlace, FramingErrorCode } from './core/errors.js';
export type { Evidence, Lang, RemovedRegion, Span, Voice } from './core/types.js';
export type { Article, Corpus, DocumentInput, SkippedInput } from './corpus/types.js';
export type { ProcessedText, QuoteSpan, Sentence, Token, TokenKind } from './text/types.js';
