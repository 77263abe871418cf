import type { Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconLangCode, LexiconMatch, Topic } from '../../topics/types.js';
import { tokenAtOrAfterFrom } from '../quotes/attribution-context.js';
import { FormMemo } from '../quotes/form-memo.js';
import { attributionGrammar } from '../quotes/index.js';
import { int32Arrays, uint8Arrays } from '../quotes/typed-arrays.js';
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
  /** True when tokens `first..last` contain a negator (« aucune preuve », "no evidence"). */
  hasNegator(first: number, last: number): boolean;
  /** Index of the distancer ("so-called", « soi-disant ») right before token `i`, or -1. */
  distancedAt(i: number): number;
  /**
   * Index of a hedge (conditional mood, "allegedly") in the clause of the cue spanning tokens
   * `first..last`, or -1. A hedge word inside the cue itself ("no evidence") does not hedge it.
   */
  hedgedAt(first: number, last?: number): number;
}

const NEGATION_WINDOW = 5;
const DISTANCER_WINDOW = 3;
/** A reporting verb followed by at most this many words before its clause ends closes it (", X said."). */
const TRAILING_SPEAKER_WORDS = 12;
/** A speaker phrase between a comma and its verb (", the Defence Ministry said") has at most this many words. */
const SPEAKER_WORDS = 6;
/** A comma ends a reported clause only after this many of its words ("said, adding" does not). */
const MIN_REPORTED_WORDS = 3;
type VerbClass = 'neutral' | 'distancing' | 'endorsing';
const CLAUSE_PUNCT = new Set([',', ';', ':', '.', '!', '?', '(', ')', '—', '–', '…']);

/**
 * Builds the cue context of a processed text from the quotation finder's voices and scare quotes,
 * with conventions of news writing on top:
 * - a headline's short quotation marks attribute (headlines quote officials' words), they are not
 *   scare quotes: those tokens become `attributed`;
 * - a reporting verb reports someone's framing even without quotation marks ("X blamed foreign
 *   terrorists"): the clause it governs becomes `attributed`, under the verb's class — what follows
 *   it up to a comma or the outlet's contrast ("…, though there is no evidence"), or, for a verb that
 *   closes its clause (", the ministry said") or a passive with its agent ("was confirmed by"), the
 *   clause before it. Not when the verb is a noun ("Tokayev's call") or has a first-person subject
 *   ("I find"). A hedge after a clause-closing verb ("…, he said without providing proof") makes the
 *   report distancing;
 * - an attribution marker (« selon Moscou », "according to") attributes its sentence;
 * - a reported clause found by the quotation finder stops at the outlet's contrast ("though", « mais »),
 *   unless the contrast is reported too ("but that…");
 * - "claimed that" is a distancing verb, not also a hedge.
 *
 * `shared` are the matches of the topic's reporting verbs, attribution markers and distancers when
 * already found (the quotation finder's, from the same `topic.rules(lang)` lists): not matched again.
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
  shared?: { reporting: LexiconMatch[]; attribution: LexiconMatch[]; distancers: LexiconMatch[] },
): CueContext {
  const n = pt.tokens.length;
  const voice = [...quotedVoice];
  const scare = [...quotedScare];
  const lang: LexiconLangCode = pt.lang === 'en' ? 'en' : 'fr';
  const rules = topic.ruleMatchers(lang);
  // The per-token flags share one buffer (one allocation, see uint8Arrays).
  const [negator, breaker, distancer, hedge, inVerb] = uint8Arrays(n, n, n, n, n) as [
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
    Uint8Array,
  ];
  const mark = (matches: readonly LexiconMatch[], flags: Uint8Array) => {
    for (const m of matches) for (let i = m.first; i <= m.last; i++) flags[i] = 1;
  };
  mark(rules.negators.match(pt.tokens), negator);
  mark(rules.scopeBreakers.match(pt.tokens), breaker);
  mark(shared?.distancers ?? rules.distancers.match(pt.tokens), distancer);
  const conditionalMatches = rules.conditional.match(pt.tokens);
  mark(conditionalMatches, hedge);
  const reportingMatches = shared?.reporting ?? rules.reporting.match(pt.tokens);
  // "claimed that" is both a hedge and a distancing verb: the verb's class already says it.
  for (const m of reportingMatches) for (let i = m.first; i <= m.last; i++) inVerb[i] = 1;
  for (const m of conditionalMatches) {
    let overlaps = false;
    for (let i = m.first; i <= m.last; i++) if (inVerb[i] === 1) overlaps = true;
    if (overlaps) for (let i = m.first; i <= m.last; i++) hedge[i] = 0;
  }
  const grammar = grammarOf(lang);
  const forms = formFlagsOf(pt, grammar);
  if (lang === 'fr') {
    for (let i = 0; i < n; i++) {
      if ((forms[i]! & FRENCH_CONDITIONAL) !== 0 && pt.tokens[i]!.kind === 'word') hedge[i] = 1;
    }
  }

  const verbClass: ('neutral' | 'distancing' | 'endorsing' | null)[] = new Array(n).fill(null);
  // The first contrast at or after each token that is not itself reported ("but that…"), or n.
  const [nextContrast, nextUnreported] = int32Arrays(n + 1, n + 1) as [Int32Array, Int32Array];
  nextContrast[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    const reported = i + 1 < n ? (forms[i + 1]! & COMPLEMENTIZER) !== 0 : grammar.complementizers.has('');
    nextContrast[i] = breaker[i] === 1 && !reported ? i : nextContrast[i + 1]!;
  }
  // Quotations come by start: each search starts from the previous one's first token. A token takes
  // the verb class of the last quotation covering it; the tokens after a reported clause's contrast
  // go back to the outlet. Linear on overlapping clauses: the contrast ranges are summed into a
  // difference array, and the classes are set from the last quotation back, each token once.
  const qn = quotes.length;
  const [contrastDelta, nextUnclassed, quoteFrom, quoteTo] = int32Arrays(n + 1, n + 1, qn, qn) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  let previousFrom = 0;
  for (let k = 0; k < qn; k++) {
    const q = quotes[k]!;
    const from = tokenAtOrAfterFrom(pt.tokens, q.start, previousFrom);
    previousFrom = from;
    let to = tokenEndingAfter(pt.tokens, q.end, from);
    if (q.kind === 'indirect' && from + 1 < to) {
      // A reported clause ends where the outlet contrasts with it ("…, though there is no
      // evidence"), unless the contrast is reported too ("but that…").
      const i = nextContrast[from + 1]!;
      if (i < to) {
        contrastDelta[i]!++;
        contrastDelta[to]!--;
        to = i;
      }
    }
    quoteFrom[k] = from;
    quoteTo[k] = to;
  }
  for (let i = 0, depth = 0; i < n; i++) {
    depth += contrastDelta[i]!;
    if (depth > 0 && voice[i] === 'attributed') voice[i] = 'authorial';
  }
  for (let i = 0; i <= n; i++) nextUnclassed[i] = i;
  const unclassedFrom = (i: number): number => {
    while (nextUnclassed[i] !== i) {
      const up = nextUnclassed[nextUnclassed[i]!]!;
      nextUnclassed[i] = up;
      i = up;
    }
    return i;
  };
  for (let k = qn - 1; k >= 0; k--) {
    const verb = quotes[k]!.verb;
    if (!verb) continue;
    const to = quoteTo[k]!;
    for (let i = unclassedFrom(quoteFrom[k]!); i < to; i = unclassedFrom(i + 1)) {
      verbClass[i] = verb.class;
      nextUnclassed[i] = i + 1;
    }
  }

  for (let i = 0; i < n; i++) {
    if (scare[i] && titleSentences.has(pt.tokens[i]!.sentence)) {
      scare[i] = false;
      voice[i] = 'attributed';
    }
  }
  const isBreak = (i: number) => {
    const t = pt.tokens[i]!;
    return (
      breaker[i] === 1 || (t.kind === 'punctuation' && (t.text === ';' || t.text === '(' || t.text === ')'))
    );
  };
  // A token is reported once: afterwards it is neither scare-quoted nor authorial, so a later report
  // leaves it as it is. `nextUnreported` skips the reported tokens (path halving): linear overall.
  for (let i = 0; i <= n; i++) nextUnreported[i] = i;
  const unreportedFrom = (i: number): number => {
    while (nextUnreported[i] !== i) {
      const up = nextUnreported[nextUnreported[i]!]!;
      nextUnreported[i] = up;
      i = up;
    }
    return i;
  };
  const report = (first: number, last: number, cls: VerbClass) => {
    for (let i = unreportedFrom(first); i <= last; i = unreportedFrom(i + 1)) {
      nextUnreported[i] = i + 1;
      // Short quotation marks in a reported clause cite the speaker's wording ("called them
      // 'terrorists'"): attributed, not scare quotes.
      if (scare[i]) scare[i] = false;
      else if (voice[i] !== 'authorial') continue;
      voice[i] = 'attributed';
      if (verbClass[i] === null) verbClass[i] = cls;
    }
  };
  const spans = spanIndex(pt, isBreak, hedge, forms);
  for (const m of reportingMatches) {
    if (looksNominal(pt, m.first, grammar) || firstPersonSubject(pt, m.first, grammar)) continue;
    const cls = m.entry.category as VerbClass;
    const { firstToken, lastToken } = pt.sentences[pt.tokens[m.first]!.sentence]!;
    const [from, to, tailFrom, tailTo] = reportedSpan(
      pt,
      m.first,
      m.last,
      firstToken,
      lastToken,
      spans,
      grammar,
    );
    // The outlet's "without providing proof" after the speaker turns the report into a claim.
    const tailHedged = tailTo >= tailFrom && spans.hedgesBefore[tailTo + 1]! > spans.hedgesBefore[tailFrom]!;
    report(from, to, tailHedged ? 'distancing' : cls);
  }
  for (const m of shared?.attribution ?? rules.attribution.match(pt.tokens)) {
    const { firstToken, lastToken } = pt.sentences[pt.tokens[m.first]!.sentence]!;
    report(firstToken, lastToken, 'neutral');
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

  const hedgedAt = (i: number, last = i): number => {
    const sentence = pt.tokens[i]?.sentence;
    for (let j = i - 1; j >= 0; j--) {
      const t = pt.tokens[j]!;
      if (t.sentence !== sentence || isClauseEnd(j)) break;
      if (hedge[j] === 1) return j;
    }
    if (last === i && hedge[i] === 1) return i;
    for (let j = last + 1; j < n; j++) {
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
    hasNegator: (first, last) => {
      for (let i = first; i <= last; i++) if (negator[i] === 1) return true;
      return false;
    },
    distancedAt: (i) => lookBack(distancer, i, DISTANCER_WINDOW),
    hedgedAt,
  };
}

/**
 * The first token at or after `from` that ends after `offset` (token ends increase), by doubling steps
 * from `from`: O(log d) for an answer d tokens away.
 */
function tokenEndingAfter(tokens: readonly { end: number }[], offset: number, from: number): number {
  let lo = from;
  let hi = from;
  for (let step = 1; hi < tokens.length && tokens[hi]!.end <= offset; step *= 2) {
    lo = hi + 1;
    hi = from + step;
  }
  if (hi > tokens.length) hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per-token indexes that make each reported span O(1) to find (see {@link reportedSpan}). */
interface SpanIndex {
  /** The first break (a contrast word, `;`, `(`, `)`) at or after each token, or n. */
  nextBreak: Int32Array;
  /** The last break at or before each token, or -1. */
  prevBreak: Int32Array;
  /** The first comma at or after each token, or n. */
  nextComma: Int32Array;
  /** The last comma or quotation mark at or before each token, or -1. */
  prevCommaOrQuote: Int32Array;
  /** Word tokens before each token (length n + 1) and the index of each word token. */
  wordsBefore: Int32Array;
  wordAt: Int32Array;
  /** Complementizers and quotation marks before each token (length n + 1). */
  clauseMarksBefore: Int32Array;
  /** Hedge tokens before each token (length n + 1). */
  hedgesBefore: Int32Array;
}

function spanIndex(
  pt: ProcessedText,
  isBreak: (i: number) => boolean,
  hedge: Uint8Array,
  forms: Uint8Array,
): SpanIndex {
  const tokens = pt.tokens;
  const n = tokens.length;
  // 1: a break, 2: a comma, 4: a quotation mark, 8: a word.
  const kinds = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    let k = isBreak(i) ? 1 : 0;
    if (t.kind === 'punctuation' && t.text === ',') k |= 2;
    else if (t.kind === 'quote') k |= 4;
    else if (t.kind === 'word') k |= 8;
    kinds[i] = k;
  }
  const [nextBreak, nextComma, prevBreak, prevCommaOrQuote, wordsBefore, clauseMarksBefore, hedgesBefore] =
    int32Arrays(n + 1, n + 1, n, n, n + 1, n + 1, n + 1) as [
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
      Int32Array,
    ];
  nextBreak[n] = n;
  nextComma[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    nextBreak[i] = (kinds[i]! & 1) !== 0 ? i : nextBreak[i + 1]!;
    nextComma[i] = (kinds[i]! & 2) !== 0 ? i : nextComma[i + 1]!;
  }
  const wordAt: number[] = [];
  for (let i = 0; i < n; i++) {
    const k = kinds[i]!;
    prevBreak[i] = (k & 1) !== 0 ? i : i > 0 ? prevBreak[i - 1]! : -1;
    prevCommaOrQuote[i] = (k & 6) !== 0 ? i : i > 0 ? prevCommaOrQuote[i - 1]! : -1;
    if ((k & 8) !== 0) wordAt.push(i);
    wordsBefore[i + 1] = wordAt.length;
    const mark = (forms[i]! & COMPLEMENTIZER) !== 0 || (k & 4) !== 0;
    clauseMarksBefore[i + 1] = clauseMarksBefore[i]! + (mark ? 1 : 0);
    hedgesBefore[i + 1] = hedgesBefore[i]! + (hedge[i] === 1 ? 1 : 0);
  }
  return {
    nextBreak,
    prevBreak,
    nextComma,
    prevCommaOrQuote,
    wordsBefore,
    wordAt: Int32Array.from(wordAt),
    clauseMarksBefore,
    hedgesBefore,
  };
}

/**
 * The tokens a reporting verb attributes, `[from, to]`:
 * - after a passive with its agent ("was confirmed by France", « a été annoncé par ») or when the verb
 *   closes its clause after a comma (", the ministry said on Thursday."), the clause before it and
 *   the verb's own;
 * - otherwise what follows the verb, up to a comma, a clause that contrasts with it ("…, though
 *   there is no evidence") or the end of the sentence: what comes after is the outlet's again.
 * `tailFrom..tailTo` is what follows a clause-closing verb (its speaker and circumstances), the
 * outlet's narration. O(1) with the document's {@link SpanIndex}.
 */
function reportedSpan(
  pt: ProcessedText,
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
  ix: SpanIndex,
  g: VerbGrammar,
): [from: number, to: number, tailFrom: number, tailTo: number] {
  const tokens = pt.tokens;
  // What follows the verb ends before a break, the sentence's end, or a comma once it has
  // MIN_REPORTED_WORDS words.
  const after = last + 1;
  let end = last;
  if (after <= sentenceLast) {
    let stop = Math.min(sentenceLast + 1, ix.nextBreak[after]!);
    const lastNeededWord = ix.wordsBefore[after]! + MIN_REPORTED_WORDS - 1;
    if (lastNeededWord < ix.wordAt.length)
      stop = Math.min(stop, ix.nextComma[ix.wordAt[lastNeededWord]! + 1]!);
    end = stop - 1;
  }
  const words = ix.wordsBefore[end + 1]! - ix.wordsBefore[after]!;
  let clauseFollows = end >= after && ix.clauseMarksBefore[end + 1]! > ix.clauseMarksBefore[after]!;
  const agent = tokens[last + 1];
  const passive = agent !== undefined && g.agents.has(agent.norm);
  // "went on television to say the unrest was…": a clause starts right after the verb (English
  // drops "that"); a speaker or a circumstance would start with a name or a preposition.
  if (agent && agent.sentence === tokens[last]!.sentence && g.clauseStarters.has(agent.norm))
    clauseFollows = true;
  // A comma (or a quotation mark) at most SPEAKER_WORDS words before the verb.
  let afterComma = false;
  if (first - 1 >= sentenceFirst) {
    const c = ix.prevCommaOrQuote[first - 1]!;
    if (c >= sentenceFirst && ix.wordsBefore[first]! - ix.wordsBefore[c + 1]! <= SPEAKER_WORDS)
      afterComma = c > sentenceFirst;
  }
  let start = first;
  if (passive || (afterComma && !clauseFollows && words <= TRAILING_SPEAKER_WORDS)) {
    // Back to the sentence's start or the last break before the verb.
    start = first > sentenceFirst ? Math.max(sentenceFirst, ix.prevBreak[first - 1]! + 1) : first;
    // After a verb that closes its clause come the speaker and the outlet's own circumstances
    // (", Pashinyan said at the summit without providing proof"): not reported.
    if (!passive) return [start, last, last + 1, end];
  }
  return [start, end, end + 1, end];
}

/** Form flag: a complementizer (que, that). */
const COMPLEMENTIZER = 1;
/** Form flag: a French conditional ending (-rait, -raient) on a form of at least 6 letters. */
const FRENCH_CONDITIONAL = 2;
const formFlagTables = new WeakMap<VerbGrammar, FormMemo<number>>();

/** The form flags of each token (each form's looked up once per process, see FormMemo). */
function formFlagsOf(pt: ProcessedText, g: VerbGrammar): Uint8Array {
  let memo = formFlagTables.get(g);
  if (memo === undefined) {
    memo = new FormMemo((norm) => {
      let flags = g.complementizers.has(norm) ? COMPLEMENTIZER : 0;
      if (norm.length >= 6 && (norm.endsWith('rait') || norm.endsWith('raient'))) flags |= FRENCH_CONDITIONAL;
      return flags;
    });
    formFlagTables.set(g, memo);
  }
  const tokens = pt.tokens;
  const out = new Uint8Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    out[i] = memo.get(t.form, t.norm);
  }
  return out;
}

interface VerbGrammar {
  determiners: Set<string>;
  possessives: Set<string>;
  nounSuffixes: readonly string[];
  firstPerson: Set<string>;
  skippable: Set<string>;
  complementizers: Set<string>;
  /** The preposition of a passive's agent ("by", « par »). */
  agents: Set<string>;
  /** Words that open a bare reported clause right after an English verb ("said the troops…"). */
  clauseStarters: Set<string>;
}

const grammarCache = new Map<LexiconLangCode, VerbGrammar>();

/** First-person subject pronouns: "I think", « je pense » is the author speaking, not a report. */
const FIRST_PERSON: Record<LexiconLangCode, readonly string[]> = {
  en: ['i', 'we'],
  fr: ['je', "j'", 'nous'],
};

/** The preposition that introduces a passive's agent. */
const AGENTS: Record<LexiconLangCode, readonly string[]> = { en: ['by'], fr: ['par'] };

/** The folded closed-class words the verb rules read (from the attribution grammar data). */
function grammarOf(lang: LexiconLangCode): VerbGrammar {
  let g = grammarCache.get(lang);
  if (!g) {
    const raw = attributionGrammar(lang);
    const fold = (xs: readonly string[]) => new Set(xs.map((d) => d.replace(/^=/, '').replace(/’/g, "'")));
    g = {
      determiners: fold(raw.determiners),
      possessives: fold(raw.possessives),
      nounSuffixes: raw.nounSuffixes,
      firstPerson: new Set(FIRST_PERSON[lang]),
      skippable: fold([...raw.auxiliaries, ...raw.adverbs, ...raw.negation]),
      complementizers: fold(raw.complementizers),
      agents: new Set(AGENTS[lang]),
      clauseStarters:
        lang === 'en'
          ? fold([
              ...raw.determiners,
              ...raw.pronouns,
              ...raw.pluralPronouns,
              ...FIRST_PERSON.en,
              'there',
              'you',
            ])
          : new Set(),
    };
    grammarCache.set(lang, g);
  }
  return g;
}

/**
 * True when a reporting-verb match is a noun: after a determiner or a possessive ("the statement",
 * "Tokayev's call"), or with a noun ending longer than the verb's stem (« déclaration »).
 */
function looksNominal(pt: ProcessedText, i: number, g: VerbGrammar): boolean {
  const t = pt.tokens[i]!;
  const before = pt.tokens[i - 1];
  if (
    before &&
    before.sentence === t.sentence &&
    (g.determiners.has(before.norm) || g.possessives.has(before.norm))
  )
    return true;
  return g.nounSuffixes.some((suffix) => t.norm.endsWith(suffix) && t.norm.length >= t.stem.length + 4);
}

/** True when the verb's subject is "I", "we", « je », « nous » (auxiliaries and adverbs skipped). */
function firstPersonSubject(pt: ProcessedText, i: number, g: VerbGrammar): boolean {
  const sentence = pt.tokens[i]!.sentence;
  for (let j = i - 1; j >= 0 && i - j <= 4; j--) {
    const t = pt.tokens[j]!;
    if (t.sentence !== sentence) return false;
    if (g.firstPerson.has(t.norm)) return true;
    if (!g.skippable.has(t.norm)) return false;
  }
  return false;
}
