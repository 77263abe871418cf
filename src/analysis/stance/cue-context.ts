import type { Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconLangCode, Topic } from '../../topics/types.js';
import { attributionGrammar } from '../quotes/index.js';
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
 * Builds the cue context of a processed text from the quotation finder's voices and scare quotes,
 * with two conventions of news writing on top:
 * - a headline's short quotation marks attribute (headlines quote officials' words), they are not
 *   scare quotes: those tokens become `attributed`;
 * - a sentence with a reporting verb or an attribution marker ("X blamed foreign terrorists",
 *   « selon Moscou ») reports someone's framing even without quotation marks: its authorial tokens
 *   become `attributed`, under the verb's class.
 * @example
 * const ctx = buildCueContext(pt, cstoKazakhstan2022, quotes, voices, scare, new Set([0]));
 */
export function buildCueContext(
  pt: ProcessedText,
  topic: Topic,
  quotes: readonly QuoteFinding[],
  quotedVoice: readonly Voice[],
  quotedScare: readonly boolean[],
  titleSentences: ReadonlySet<number> = new Set(),
): CueContext {
  const n = pt.tokens.length;
  const voice = [...quotedVoice];
  const scare = [...quotedScare];
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
      if (t.kind === 'word' && t.norm.length >= 6 && (t.norm.endsWith('rait') || t.norm.endsWith('raient')))
        hedge[i] = 1;
    }
  }

  const verbClass: ('neutral' | 'distancing' | 'endorsing' | null)[] = new Array(n).fill(null);
  for (const q of quotes) {
    if (!q.verb) continue;
    for (let i = firstTokenAtOrAfter(pt, q.start); i < n && pt.tokens[i]!.end <= q.end; i++) {
      verbClass[i] = q.verb.class;
    }
  }

  for (let i = 0; i < n; i++) {
    if (scare[i] && titleSentences.has(pt.tokens[i]!.sentence)) {
      scare[i] = false;
      voice[i] = 'attributed';
    }
  }
  const sentenceVerb = new Map<number, 'neutral' | 'distancing' | 'endorsing'>();
  const determiners = determinersOf(lang);
  for (const m of rules.reporting.match(pt.tokens)) {
    // "the statement", "member states", « la déclaration »: a noun, not a reporting verb.
    const before = pt.tokens[m.first - 1];
    if (before && before.sentence === pt.tokens[m.first]!.sentence && determiners.has(before.norm)) continue;
    const sentence = pt.tokens[m.first]!.sentence;
    const cls = m.entry.category as 'neutral' | 'distancing' | 'endorsing';
    const prev = sentenceVerb.get(sentence);
    if (prev === undefined || prev === 'neutral') sentenceVerb.set(sentence, cls);
  }
  for (const m of rules.attribution.match(pt.tokens)) {
    const sentence = pt.tokens[m.first]!.sentence;
    if (!sentenceVerb.has(sentence)) sentenceVerb.set(sentence, 'neutral');
  }
  for (let i = 0; i < n; i++) {
    const cls = sentenceVerb.get(pt.tokens[i]!.sentence);
    if (cls === undefined) continue;
    // Short quotation marks in a reporting sentence cite the speaker's wording ("called them
    // 'terrorists'"): attributed, not scare quotes.
    if (scare[i]) scare[i] = false;
    else if (voice[i] !== 'authorial') continue;
    voice[i] = 'attributed';
    if (verbClass[i] === null) verbClass[i] = cls;
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

const determinerCache = new Map<LexiconLangCode, Set<string>>();

/** The folded determiners and possessives of a language (from the attribution grammar data). */
function determinersOf(lang: LexiconLangCode): Set<string> {
  let set = determinerCache.get(lang);
  if (!set) {
    set = new Set(attributionGrammar(lang).determiners.map((d) => d.replace(/^=/, '')));
    determinerCache.set(lang, set);
  }
  return set;
}
