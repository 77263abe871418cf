import type { Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconLangCode, Topic } from '../../topics/types.js';
import type { QuoteFinding } from '../types.js';

/**
 * Per-token context the stance and loaded-vocabulary rules read: who speaks each token, whether it
 * stands in scare quotes, and where negators, distancers and hedges are.
 * @example
 * const ctx = buildCueContext(pt, topic, quotes, voices, scare);
 * ctx.negatedAt(12); //=> the negator token index governing token 12, or -1
 */
export interface CueContext {
  voice: readonly Voice[];
  scare: readonly boolean[];
  /** Reporting-verb class governing each token's reported clause, when it has one. */
  verbClass: readonly ('neutral' | 'distancing' | 'endorsing' | null)[];
  /** Index of the negator governing token `i`, or -1. */
  negatedAt(i: number): number;
  /** Index of the distancer ("so-called", « soi-disant ») right before token `i`, or -1. */
  distancedAt(i: number): number;
  /** Index of a hedge (conditional mood, "allegedly") in token `i`'s clause, or -1. */
  hedgedAt(i: number): number;
}

const NEGATION_WINDOW = 5;
const DISTANCER_WINDOW = 3;
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '…']);

/**
 * Builds the cue context of a processed text.
 * @example
 * const ctx = buildCueContext(pt, cstoKazakhstan2022, quotes, voices, scare);
 */
export function buildCueContext(
  pt: ProcessedText,
  topic: Topic,
  quotes: readonly QuoteFinding[],
  voice: readonly Voice[],
  scare: readonly boolean[],
): CueContext {
  const n = pt.tokens.length;
  const lang: LexiconLangCode = pt.lang === 'en' ? 'en' : 'fr';
  const rules = topic.ruleMatchers(lang);
  const mark = (matcher: { match: typeof rules.negators.match }) => {
    const flags = new Uint8Array(n);
    for (const m of matcher.match(pt.tokens)) for (let i = m.first; i <= m.last; i++) flags[i] = 1;
    return flags;
  };
  const negator = mark(rules.negators);
  const breaker = mark(rules.scopeBreakers);
  const distancer = mark(rules.distancers);
  const hedge = mark(rules.conditional);
  if (lang === 'fr') {
    for (let i = 0; i < n; i++) {
      const t = pt.tokens[i]!;
      if (t.kind === 'word' && t.norm.length >= 6 && (t.norm.endsWith('rait') || t.norm.endsWith('raient'))) hedge[i] = 1;
    }
  }

  const verbClass: ('neutral' | 'distancing' | 'endorsing' | null)[] = new Array(n).fill(null);
  for (const q of quotes) {
    if (!q.verb) continue;
    for (let i = firstTokenAtOrAfter(pt, q.start); i < n && pt.tokens[i]!.end <= q.end; i++) {
      verbClass[i] = q.verb.class;
    }
  }

  const isClauseEnd = (i: number) => {
    const t = pt.tokens[i]!;
    return breaker[i] === 1 || (t.kind === 'punctuation' && CLAUSE_PUNCT.has(t.text));
  };

  const lookBack = (flags: Uint8Array, i: number, window: number): number => {
    const sentence = pt.tokens[i]?.sentence;
    for (let j = i - 1, seen = 0; j >= 0 && seen < window; j--) {
      const t = pt.tokens[j]!;
      if (t.sentence !== sentence || isClauseEnd(j)) return -1;
      if (flags[j] === 1) return j;
      if (t.kind !== 'quote') seen++;
    }
    return -1;
  };

  const hedgedAt = (i: number): number => {
    const sentence = pt.tokens[i]?.sentence;
    for (let j = i; j >= 0; j--) {
      const t = pt.tokens[j]!;
      if (t.sentence !== sentence || (j < i && isClauseEnd(j))) break;
      if (hedge[j] === 1) return j;
    }
    for (let j = i + 1; j < n; j++) {
      const t = pt.tokens[j]!;
      if (t.sentence !== sentence || isClauseEnd(j)) break;
      if (hedge[j] === 1) return j;
    }
    return -1;
  };

  return {
    voice,
    scare,
    verbClass,
    negatedAt: (i) => lookBack(negator, i, NEGATION_WINDOW),
    distancedAt: (i) => lookBack(distancer, i, DISTANCER_WINDOW),
    hedgedAt,
  };
}

/** Index of the first token starting at or after `offset` (binary search; tokens are in text order). */
function firstTokenAtOrAfter(pt: ProcessedText, offset: number): number {
  let lo = 0;
  let hi = pt.tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (pt.tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
