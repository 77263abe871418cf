import type { Span } from '../../core/types.js';
import type { ProcessedText, Token } from '../../text/types.js';

/**
 * The counts of one n-gram (a run of 1 to 3 stems) in one document.
 * @example
 * const t: DocumentTerm = { count: 2, surface: 'soldats de la paix', surfaces: { 'soldats de la paix': 2 },
 *   occurrences: [{ start: 4, end: 22 }, { start: 80, end: 98 }] };
 */
export interface DocumentTerm {
  /** How many times the gram occurs in the document. */
  count: number;
  /** The most frequent surface form (on a tie, the one that occurs first). */
  surface: string;
  /** How many times each surface form occurs (what lets source-level surfaces merge exactly). */
  surfaces: Record<string, number>;
  /** The first occurrences (at most `maxOccurrences`), as offsets into the original text. */
  occurrences: Span[];
}

/**
 * The n-gram counts of a document, keyed by the space-joined stems (`'soldat paix'`), keys sorted.
 * @example
 * const terms: DocumentTerms = { otsc: { count: 1, surface: 'OTSC', surfaces: { OTSC: 1 }, occurrences: [{ start: 4, end: 8 }] } };
 */
export type DocumentTerms = Record<string, DocumentTerm>;

/** Options of {@link countTerms}. */
export interface CountTermsOptions {
  /**
   * Longest n-gram counted, in tokens (1 to 3).
   * @default 3
   */
  maxN?: number;
  /**
   * How many occurrences are kept per gram (the first ones in the text).
   * @default 5
   */
  maxOccurrences?: number;
}

/**
 * Counts the 1- to 3-grams of a document over stems (French Snowball stems, English lemmas), for
 * distinctive-vocabulary statistics.
 *
 * - Only word tokens count; a gram never crosses a sentence end, a punctuation or quotation-mark token,
 *   a number or any other non-word token, nor the edge of a quotation.
 * - A gram that starts or ends with a stopword is dropped (so are grams made only of stopwords); a
 *   stopword may stand inside a gram: « forces de sécurité » gives `forc de secur`.
 * - Tokens holding a digit are numbers, not terms: they are dropped and break grams.
 * - Each gram keeps its count, its surface forms (`text.slice(start, end)` of each occurrence) and its
 *   first occurrences as offsets into the original text.
 *
 * Pure; keys are sorted so that the JSON is deterministic.
 * @example
 * const terms = countTerms(processText({ text: 'Les forces de sécurité arrivent. Les forces repartent.', lang: 'fr' }));
 * terms['forc'].count; //=> 2
 * terms['forc de secur'].surface; //=> 'forces de sécurité'
 * terms['forc de secur'].occurrences; //=> [{ start: 4, end: 22 }]
 */
export function countTerms(pt: ProcessedText, options: CountTermsOptions = {}): DocumentTerms {
  const maxN = Math.max(1, Math.min(3, Math.floor(options.maxN ?? 3)));
  const maxOccurrences = Math.max(0, Math.floor(options.maxOccurrences ?? 5));
  const grams = new Map<string, { count: number; surfaces: Map<string, number>; occurrences: Span[] }>();
  const tokens = pt.tokens;
  const word = tokens.map(isWord);
  for (let i = 0; i < tokens.length; i++) {
    const first = tokens[i]!;
    if (!word[i] || first.stop) continue;
    let key = '';
    for (let n = 1; n <= maxN && i + n - 1 < tokens.length; n++) {
      const last = tokens[i + n - 1]!;
      if (n > 1 && !(word[i + n - 1] && continues(tokens[i + n - 2]!, last))) break;
      key = n === 1 ? last.stem : `${key} ${last.stem}`;
      if (last.stop) continue;
      const surface = pt.text.slice(first.start, last.end);
      const gram = grams.get(key) ?? { count: 0, surfaces: new Map<string, number>(), occurrences: [] };
      gram.count++;
      gram.surfaces.set(surface, (gram.surfaces.get(surface) ?? 0) + 1);
      if (gram.occurrences.length < maxOccurrences)
        gram.occurrences.push({ start: first.start, end: last.end });
      grams.set(key, gram);
    }
  }
  const out: DocumentTerms = {};
  for (const key of [...grams.keys()].sort()) {
    const gram = grams.get(key)!;
    const surfaces: Record<string, number> = {};
    let surface = '';
    let best = 0;
    // Map iteration follows first insertion, i.e. first occurrence: a strict `>` keeps the earliest on a tie.
    for (const [form, count] of gram.surfaces) {
      if (count > best) {
        best = count;
        surface = form;
      }
    }
    for (const form of [...gram.surfaces.keys()].sort()) surfaces[form] = gram.surfaces.get(form)!;
    out[key] = { count: gram.count, surface, surfaces, occurrences: gram.occurrences };
  }
  return out;
}

const DIGIT = /\p{Nd}/u;

function isWord(token: Token): boolean {
  return token.kind === 'word' && token.stem.length > 0 && !DIGIT.test(token.stem);
}

/** True when the word `next` may extend a gram that ends at `prev` (same sentence, same quotation). */
function continues(prev: Token, next: Token): boolean {
  return next.sentence === prev.sentence && next.quote === prev.quote;
}
