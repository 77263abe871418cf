/**
 * The text pipeline's entry point: a document in, tokens, sentences, quotations and language out.
 * @module
 */
import { UsageError } from '../core/errors.js';
import type { Lang, Span } from '../core/types.js';
import type { Article } from '../corpus/types.js';
import { detectLanguage } from './detect-language.js';
import { fillWordForms } from './fill-word-forms.js';
import { pairQuoteMarks } from './find-quote-spans.js';
import { parseLang } from './parse-lang.js';
import { isSingleQuoteMark } from './quote-marks.js';
import { splitSentences } from './split-sentences.js';
import { tokenizeText } from './tokenize-text.js';
import type { ProcessedText } from './types.js';

/** Options of `processText`. */
export interface ProcessOptions {
  /**
   * The document's language; overrides the input's `lang`. `'auto'` detects it.
   * @default the input's `lang`, else `'auto'`
   */
  lang?: Lang | 'auto';
}

/** A document to read when it is not an `Article`. */
export interface TextInput {
  text: string;
  /** `fr`, `en`, `other`, or any spelling `parseLang` reads (`FR`, `fra`, `english`…); detected if absent. */
  lang?: Lang | string;
  /**
   * The parts of `text` to read, as UTF-16 offsets. Text outside gets no token and no sentence.
   * @default the whole text
   */
  regions?: Span[];
}

function isArticle(input: TextInput | Article): input is Article {
  return Array.isArray((input as Article).body);
}

/** Validated regions: sorted, overlaps merged, empty ones dropped (touching ones stay apart). */
function resolveRegions(input: TextInput | Article): Span[] {
  const n = input.text.length;
  let raw: readonly Span[];
  if (isArticle(input)) raw = input.titleSpan ? [input.titleSpan, ...input.body] : input.body;
  else raw = input.regions ?? [{ start: 0, end: n }];
  const spans: Span[] = [];
  for (const r of raw) {
    const ok =
      r !== null &&
      typeof r === 'object' &&
      Number.isInteger(r.start) &&
      Number.isInteger(r.end) &&
      r.start >= 0 &&
      r.start <= r.end &&
      r.end <= n;
    if (!ok) {
      throw new UsageError('E_USAGE', `invalid region ${JSON.stringify(r)} for a text of length ${n}`);
    }
    if (r.end > r.start) spans.push({ start: r.start, end: r.end });
  }
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last !== undefined && s.start < last.end) last.end = Math.max(last.end, s.end);
    else merged.push(s);
  }
  return merged;
}

/**
 * Reads a document: tokens, sentences, quotation spans and language. Pure and deterministic (wink-nlp
 * is loaded once, lazily).
 *
 * - Reads only the kept regions: an `Article`'s `titleSpan` and `body`; a `TextInput`'s `regions`
 *   (default: the whole text). Sentences never cross a region boundary nor a line break.
 * - Language: `options.lang`, else the input's `lang`, else detected (`detectLanguage` on the regions).
 *   A given language has confidence 1 and `langDetected: false`. For `'other'`, tokens get `stem = norm`
 *   and no stopwords.
 * - Every token, sentence and quotation satisfies `text.slice(start, end) === item.text`.
 * - Single quotation marks (‘ ’ ' ‚ ‛) that do not quote are apostrophes: kind `punctuation`.
 * @throws UsageError `E_USAGE` on a region outside the text; FramingError `E_LANG_UNSUPPORTED` on a
 *   `lang` that is not a language.
 * @example
 * const pt = processText({ text: 'Les « soldats de la paix » sont arrivés.', lang: 'fr' });
 * pt.quotes[0].text;                       //=> '« soldats de la paix »'
 * pt.tokens.find((t) => t.text === 'soldats')?.stem; //=> 'soldat'
 * pt.tokens[2].quote;                      //=> 0
 * pt.wordCount;                            //=> 7
 */
export function processText(input: TextInput | Article, options: ProcessOptions = {}): ProcessedText {
  const text = input.text;
  if (typeof text !== 'string') throw new UsageError('E_USAGE', 'the input has no "text" string');
  const regions = resolveRegions(input);

  let lang: Lang;
  let langConfidence = 1;
  let langDetected = false;
  const given =
    options.lang !== undefined && options.lang !== 'auto' ? parseLang(options.lang) : parseLang(input.lang);
  if (options.lang !== 'auto' && given !== 'auto') lang = given;
  else {
    const guess = detectLanguage(text, regions);
    lang = guess.lang;
    langConfidence = guess.confidence;
    langDetected = true;
  }

  const { tokens, winkSentenceStart, region, entry } = tokenizeText(text, regions, lang);
  const pairing = pairQuoteMarks(text, tokens);
  const used = new Uint8Array(tokens.length);
  for (const i of pairing.openToken) used[i] = 1;
  for (const i of pairing.closeToken) if (i >= 0) used[i] = 1;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'quote' && !used[i] && isSingleQuoteMark(t.text.charCodeAt(0))) t.kind = 'punctuation';
  }
  fillWordForms(tokens, lang, entry);
  const sentences = splitSentences(text, tokens, winkSentenceStart, region, pairing);

  // Innermost quotation of each token: quotations nest, so a stack sweep is enough.
  const stack: number[] = [];
  let next = 0;
  let wordCount = 0;
  for (let i = 0; i < tokens.length; i++) {
    while (stack.length > 0 && pairing.lastToken[stack[stack.length - 1]!]! < i) stack.pop();
    while (next < pairing.openToken.length && pairing.openToken[next]! <= i) {
      if (pairing.lastToken[next]! >= i) stack.push(next);
      next++;
    }
    const t = tokens[i]!;
    t.quote = stack.length > 0 ? stack[stack.length - 1]! : -1;
    if (t.kind === 'word') wordCount++;
  }

  return {
    text,
    lang,
    langConfidence,
    langDetected,
    tokens,
    sentences,
    quotes: pairing.spans,
    wordCount,
  };
}
