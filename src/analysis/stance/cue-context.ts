import type { Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconLangCode, LexiconMatch, Topic } from '../../topics/types.js';
import { tokenAtOrAfterFrom } from '../quotes/attribution-context.js';
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
  const mark = (matches: readonly LexiconMatch[]) => {
    const flags = new Uint8Array(n);
    for (const m of matches) for (let i = m.first; i <= m.last; i++) flags[i] = 1;
    return flags;
  };
  const negator = mark(rules.negators.match(pt.tokens));
  const breaker = mark(rules.scopeBreakers.match(pt.tokens));
  const distancer = mark(shared?.distancers ?? rules.distancers.match(pt.tokens));
  const conditionalMatches = rules.conditional.match(pt.tokens);
  const hedge = mark(conditionalMatches);
  const reportingMatches = shared?.reporting ?? rules.reporting.match(pt.tokens);
  // "claimed that" is both a hedge and a distancing verb: the verb's class already says it.
  const inVerb = new Uint8Array(n);
  for (const m of reportingMatches) for (let i = m.first; i <= m.last; i++) inVerb[i] = 1;
  for (const m of conditionalMatches) {
    let overlaps = false;
    for (let i = m.first; i <= m.last; i++) if (inVerb[i] === 1) overlaps = true;
    if (overlaps) for (let i = m.first; i <= m.last; i++) hedge[i] = 0;
  }
  if (lang === 'fr') {
    for (let i = 0; i < n; i++) {
      const t = pt.tokens[i]!;
      if (t.kind === 'word' && t.norm.length >= 6 && (t.norm.endsWith('rait') || t.norm.endsWith('raient')))
        hedge[i] = 1;
    }
  }

  const verbClass: ('neutral' | 'distancing' | 'endorsing' | null)[] = new Array(n).fill(null);
  const complementizers = grammarOf(lang).complementizers;
  // Quotations come by start: each search starts from the previous one's first token.
  let previousFrom = 0;
  for (const q of quotes) {
    const from = tokenAtOrAfterFrom(pt.tokens, q.start, previousFrom);
    previousFrom = from;
    let to = from;
    while (to < n && pt.tokens[to]!.end <= q.end) to++;
    if (q.kind === 'indirect') {
      // A reported clause ends where the outlet contrasts with it ("…, though there is no
      // evidence"), unless the contrast is reported too ("but that…").
      for (let i = from + 1; i < to; i++) {
        if (breaker[i] !== 1 || complementizers.has(pt.tokens[i + 1]?.norm ?? '')) continue;
        for (let j = i; j < to; j++) if (voice[j] === 'attributed') voice[j] = 'authorial';
        to = i;
        break;
      }
    }
    if (!q.verb) continue;
    for (let i = from; i < to; i++) verbClass[i] = q.verb.class;
  }

  for (let i = 0; i < n; i++) {
    if (scare[i] && titleSentences.has(pt.tokens[i]!.sentence)) {
      scare[i] = false;
      voice[i] = 'attributed';
    }
  }
  const grammar = grammarOf(lang);
  const isBreak = (i: number) => {
    const t = pt.tokens[i]!;
    return (
      breaker[i] === 1 || (t.kind === 'punctuation' && (t.text === ';' || t.text === '(' || t.text === ')'))
    );
  };
  const report = (first: number, last: number, cls: VerbClass) => {
    for (let i = first; i <= last; i++) {
      // Short quotation marks in a reported clause cite the speaker's wording ("called them
      // 'terrorists'"): attributed, not scare quotes.
      if (scare[i]) scare[i] = false;
      else if (voice[i] !== 'authorial') continue;
      voice[i] = 'attributed';
      if (verbClass[i] === null) verbClass[i] = cls;
    }
  };
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
      isBreak,
      grammar,
    );
    // The outlet's "without providing proof" after the speaker turns the report into a claim.
    let tailHedged = false;
    for (let i = tailFrom; i <= tailTo; i++) if (hedge[i] === 1) tailHedged = true;
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
 * The tokens a reporting verb attributes, `[from, to]`:
 * - after a passive with its agent ("was confirmed by France", « a été annoncé par ») or when the verb
 *   closes its clause after a comma (", the ministry said on Thursday."), the clause before it and
 *   the verb's own;
 * - otherwise what follows the verb, up to a comma, a clause that contrasts with it ("…, though
 *   there is no evidence") or the end of the sentence: what comes after is the outlet's again.
 * `tailFrom..tailTo` is what follows a clause-closing verb (its speaker and circumstances), the
 * outlet's narration.
 */
function reportedSpan(
  pt: ProcessedText,
  first: number,
  last: number,
  sentenceFirst: number,
  sentenceLast: number,
  isBreak: (i: number) => boolean,
  g: VerbGrammar,
): [from: number, to: number, tailFrom: number, tailTo: number] {
  const tokens = pt.tokens;
  let end = last;
  let words = 0;
  let clauseFollows = false;
  while (end < sentenceLast && !isBreak(end + 1)) {
    const t = tokens[end + 1]!;
    if (t.kind === 'punctuation' && t.text === ',' && words >= MIN_REPORTED_WORDS) break;
    end++;
    if (t.kind === 'word') words++;
    if (g.complementizers.has(t.norm) || t.kind === 'quote') clauseFollows = true;
  }
  const agent = tokens[last + 1];
  const passive = agent !== undefined && g.agents.has(agent.norm);
  // "went on television to say the unrest was…": a clause starts right after the verb (English
  // drops "that"); a speaker or a circumstance would start with a name or a preposition.
  if (agent && agent.sentence === tokens[last]!.sentence && g.clauseStarters.has(agent.norm))
    clauseFollows = true;
  let afterComma = false;
  let start = first;
  for (let j = first - 1, w = 0; j >= sentenceFirst && w <= SPEAKER_WORDS; j--) {
    const t = tokens[j]!;
    if ((t.kind === 'punctuation' && t.text === ',') || t.kind === 'quote') {
      afterComma = j > sentenceFirst;
      break;
    }
    if (t.kind === 'word') w++;
  }
  if (passive || (afterComma && !clauseFollows && words <= TRAILING_SPEAKER_WORDS)) {
    start = first;
    while (start > sentenceFirst && !isBreak(start - 1)) start--;
    // After a verb that closes its clause come the speaker and the outlet's own circumstances
    // (", Pashinyan said at the summit without providing proof"): not reported.
    if (!passive) return [start, last, last + 1, end];
  }
  return [start, end, end + 1, end];
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
