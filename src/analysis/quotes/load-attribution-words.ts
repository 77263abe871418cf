import { z } from 'zod';
import { TopicError } from '../../core/errors.js';
import type { LexiconLangCode } from '../../topics/types.js';
import raw from './attribution-words.json';

const Terms = z.array(z.string().min(1));

/**
 * The reporting verbs, attribution markers and distancers of a language (a subset of `LanguageRules`,
 * so a topic's `rules(lang)` fits).
 * @example
 * QuoteRules.parse({ reporting: { neutral: ['dire'], distancing: [], endorsing: [] }, attribution: ['selon'], distancers: [] });
 */
export const QuoteRules = z.object({
  reporting: z.object({ neutral: Terms, distancing: Terms, endorsing: Terms }),
  attribution: Terms,
  distancers: Terms,
});
/**
 * @example
 * const rules: QuoteRules = fallbackQuoteRules('en');
 */
export type QuoteRules = z.infer<typeof QuoteRules>;

/**
 * The closed-class words the attribution patterns read (auxiliaries, determiners, pronouns…).
 * Entries starting with `=` are exact folded forms; the others use the lexicon term syntax.
 * @example
 * AttributionGrammar.parse(raw.fr.grammar).complementizers; //=> ['=que', "=qu'"]
 */
export const AttributionGrammar = z
  .object({
    /** Markers that attribute a clause only when a speaker-like phrase follows (« pour X, … »). */
    speakerMarkers: Terms,
    auxiliaries: Terms,
    adverbs: Terms,
    negation: Terms,
    pronouns: Terms,
    pluralPronouns: Terms,
    /** Pronouns after an attribution marker (« selon lui », "according to him"). */
    objectPronouns: Terms,
    determiners: Terms,
    connectors: Terms,
    complementizers: Terms,
    /** Verbs whose reported clause may follow without « that » ("he said the troops left"). */
    bareClauseVerbs: Terms,
    /** Verbs that take a hearer before the clause ("told Reuters the troops left"). */
    objectVerbs: Terms,
    recipientPrepositions: Terms,
    /** Words that end a speaker phrase (prepositions, relatives, days…). */
    boundaries: Terms,
    /** Lowercase words a speaker phrase may contain (titles, nationalities, institutions). */
    titleWords: Terms,
    /** Words before a short quotation that attribute its wording (called, dubbed, qualifiés de…). */
    termCues: Terms,
    /** Words before a cue's agent ("what Moscow calls", « ce que le Kremlin appelle »). */
    termAgentCues: Terms,
    /** Possessive tokens ("'s") that attribute the quotation right after them. */
    possessives: Terms,
    /** Genitive words after a quotation that attribute it (« » du Kremlin). */
    genitives: Terms,
    /** Endings that make a reporting-verb match a noun (déclaration, avertissement). */
    nounSuffixes: Terms,
  })
  .strict();
/**
 * @example
 * const g: AttributionGrammar = attributionGrammar('fr');
 */
export type AttributionGrammar = z.infer<typeof AttributionGrammar>;

const LangWords = z.object({
  reporting: QuoteRules.shape.reporting,
  attribution: Terms,
  distancers: Terms,
  grammar: AttributionGrammar,
});
const AllWords = z.object({ $comment: z.string().optional(), fr: LangWords, en: LangWords }).strict();

function parseWords(data: unknown): z.infer<typeof AllWords> {
  const r = AllWords.safeParse(data);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new TopicError('E_TOPIC_INVALID', `attribution words: ${issue?.message ?? 'invalid'}`, {
    file: 'src/analysis/quotes/attribution-words.json',
    path: issue?.path.join('.') ?? '',
  });
}

const WORDS = parseWords(raw);

/**
 * The attribution grammar of a language (validated once, from `attribution-words.json`).
 * @example
 * attributionGrammar('en').complementizers; //=> ['=that']
 */
export function attributionGrammar(lang: LexiconLangCode): AttributionGrammar {
  return WORDS[lang].grammar;
}

/**
 * Fallback reporting verbs, attribution markers and distancers of a language, used by tests and by
 * callers without a topic; topics bring their own (`topic.rules(lang)`). The same object is returned on
 * every call.
 * @example
 * fallbackQuoteRules('fr').attribution.includes('selon'); //=> true
 */
export function fallbackQuoteRules(lang: LexiconLangCode): QuoteRules {
  return FALLBACK[lang];
}

// One object per language, so that compiled lexicons cached by rules object are reused.
const FALLBACK: Record<LexiconLangCode, QuoteRules> = {
  fr: { reporting: WORDS.fr.reporting, attribution: WORDS.fr.attribution, distancers: WORDS.fr.distancers },
  en: { reporting: WORDS.en.reporting, attribution: WORDS.en.attribution, distancers: WORDS.en.distancers },
};
