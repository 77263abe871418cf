import type { Lang, Span } from '../core/types.js';

/** What a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punctuation'
  | 'quote'
  | 'symbol'
  | 'emoji'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'other';

/**
 * One token, positioned in the original text.
 * @example
 * // « l’OTSC » in French gives two tokens:
 * // { text: 'l’', norm: "l'", stem: 'le', kind: 'word', stop: true, ... }
 * // { text: 'OTSC', norm: 'otsc', stem: 'otsc', kind: 'word', stop: false, ... }
 */
export interface Token {
  /** Exactly `original.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lowercased, accent-folded form (œ→oe, ’→'), used for matching. */
  norm: string;
  /** Folded Snowball stem (French) or folded lemma (English); `norm` for other kinds. */
  stem: string;
  /** True when the word is a stopword of the document's language. */
  stop: boolean;
  /** Index into `ProcessedText.sentences`. */
  sentence: number;
  /** Index into `ProcessedText.quotes` of the innermost quotation containing the token, or -1. */
  quote: number;
  /**
   * A small number naming the token's forms within this process (set by `processText`; absent or -1
   * otherwise): tokens with the same `form` have the same `norm` and `stem` as long as neither was
   * changed in place. Lexicon matchers use it to look a form up once instead of once per token; it
   * is a cache key, not data (numbers are reused after the text pipeline clears its caches).
   */
  form?: number;
}

/**
 * A sentence: a span of the original text and the range of its tokens.
 * @example
 * const s: Sentence = { start: 0, end: 42, text: '…', firstToken: 0, lastToken: 9 };
 */
export interface Sentence extends Span {
  text: string;
  /** Index of the sentence's first token in `ProcessedText.tokens`. */
  firstToken: number;
  /** Index of its last token (inclusive); `lastToken < firstToken` for a sentence with no token. */
  lastToken: number;
}

/**
 * A quotation span: from its opening mark to its closing mark (or to the end of its paragraph when
 * it was never closed; then `closed` is false).
 * @example
 * const q: QuoteSpan = { start: 10, end: 32, innerStart: 11, innerEnd: 31, open: '«', close: '»',
 *   closed: true, text: '« maintien de la paix »', words: 4, depth: 0, parent: -1 };
 */
export interface QuoteSpan extends Span {
  /** `original.slice(start, end)`, marks included. */
  text: string;
  innerStart: number;
  innerEnd: number;
  open: string;
  close: string;
  closed: boolean;
  /** Number of word tokens inside. */
  words: number;
  /** 0 for a top-level quotation, 1 for a quotation inside a quotation… */
  depth: number;
  /** Index of the enclosing quotation, or -1. */
  parent: number;
}

/**
 * A document read by the text pipeline: tokens, sentences and quotations over its kept regions.
 * @example
 * const pt = processText({ text: 'Les « soldats de la paix » sont arrivés.', lang: 'fr' });
 * pt.quotes[0].text; //=> '« soldats de la paix »'
 */
export interface ProcessedText {
  /** The original text, untouched. */
  text: string;
  lang: Lang;
  /** Confidence of the language (1 when the user gave it). */
  langConfidence: number;
  /** True when the language was detected rather than given. */
  langDetected: boolean;
  tokens: Token[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
  /** Number of word tokens (the denominator of per-1,000-token rates). */
  wordCount: number;
}
