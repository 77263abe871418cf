import { TopicError } from '../../core/errors.js';
import { foldText } from '../../text/fold-text.js';
import { normalizeTerm } from '../../text/index.js';
import { type CompiledEntry, compileMatcher } from '../../topics/compile-matcher.js';
import { parseTerm } from '../../topics/parse-term.js';
import type { SpeakerGroupSpec } from '../../topics/schema.js';
import type { LexiconLangCode, Matcher } from '../../topics/types.js';
import { type AttributionGrammar, attributionGrammar, type QuoteRules } from './load-attribution-words.js';

/**
 * Closed-class word sets (folded forms) of a language's attribution grammar.
 * @example
 * lexicon.words.complementizers.has('que'); //=> true
 */
export interface AttributionWordSets {
  auxiliaries: ReadonlySet<string>;
  adverbs: ReadonlySet<string>;
  negation: ReadonlySet<string>;
  pronouns: ReadonlySet<string>;
  pluralPronouns: ReadonlySet<string>;
  objectPronouns: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  connectors: ReadonlySet<string>;
  complementizers: ReadonlySet<string>;
  recipientPrepositions: ReadonlySet<string>;
  boundaries: ReadonlySet<string>;
  possessives: ReadonlySet<string>;
  genitives: ReadonlySet<string>;
  /** Multi-word agent cues, each a list of folded words (`['ce', 'que']`). */
  termAgentCues: readonly (readonly string[])[];
  nounSuffixes: readonly string[];
}

/**
 * Everything the attribution patterns match, compiled once for a language: matchers over reporting
 * verbs (entry `category` = the verb class), attribution markers, distancers, term cues, title words
 * and speaker groups (entry `category` = the group id), plus closed-class word sets.
 * @example
 * const lex = compileAttributionLexicon(fallbackQuoteRules('fr'), speakers, 'fr');
 * lex.reporting.match(pt.tokens)[0].entry.category; //=> 'neutral'
 */
export interface AttributionLexicon {
  lang: LexiconLangCode;
  reporting: Matcher;
  attribution: Matcher;
  speakerMarkers: Matcher;
  distancers: Matcher;
  termCues: Matcher;
  titleWords: Matcher;
  bareClauseVerbs: Matcher;
  objectVerbs: Matcher;
  speakers: Matcher;
  words: AttributionWordSets;
}

function compileList(
  terms: readonly string[],
  category: string,
  lang: LexiconLangCode,
  list: string,
): CompiledEntry[] {
  const out: CompiledEntry[] = [];
  terms.forEach((term, i) => {
    const pattern = parseTerm(term, lang, normalizeTerm);
    if (pattern === null) {
      throw new TopicError('E_TOPIC_INVALID', `term "${term}" has no word`, {
        path: `${list}.${lang}[${i}]`,
      });
    }
    out.push({
      entry: {
        id: `quotes/${lang}/${list}/${i}`,
        term,
        layer: 'topic',
        category,
        loaded: 0,
        stance: {},
        foreground: false,
      },
      pattern,
    });
  });
  return out;
}

function exactSet(terms: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const t of terms) out.add(foldText(t.startsWith('=') ? t.slice(1) : t));
  return out;
}

function wordSets(g: AttributionGrammar): AttributionWordSets {
  return {
    auxiliaries: exactSet(g.auxiliaries),
    adverbs: exactSet(g.adverbs),
    negation: exactSet(g.negation),
    pronouns: exactSet(g.pronouns),
    pluralPronouns: exactSet(g.pluralPronouns),
    objectPronouns: exactSet(g.objectPronouns),
    determiners: exactSet(g.determiners),
    connectors: exactSet(g.connectors),
    complementizers: exactSet(g.complementizers),
    recipientPrepositions: exactSet(g.recipientPrepositions),
    boundaries: exactSet(g.boundaries),
    possessives: exactSet(g.possessives),
    genitives: exactSet(g.genitives),
    termAgentCues: g.termAgentCues.map((t) => foldText(t.startsWith('=') ? t.slice(1) : t).split(' ')),
    nounSuffixes: g.nounSuffixes.map(foldText),
  };
}

/**
 * Compiles the attribution lexicon of a language from reporting rules (a topic's `rules(lang)` or
 * {@link fallbackQuoteRules}) and speaker groups (a topic's `speakers`).
 * Throws `TopicError` `E_TOPIC_INVALID` on a term with no word.
 * @example
 * const lex = compileAttributionLexicon(topic.rules('en'), topic.speakers, 'en');
 * lex.words.complementizers.has('that'); //=> true
 */
export function compileAttributionLexicon(
  rules: QuoteRules,
  speakers: readonly SpeakerGroupSpec[],
  lang: LexiconLangCode,
): AttributionLexicon {
  const g = attributionGrammar(lang);
  const speakerEntries: CompiledEntry[] = [];
  for (const s of speakers)
    speakerEntries.push(...compileList(s.terms[lang], s.id, lang, `speakers.${s.id}`));
  return {
    lang,
    reporting: compileMatcher([
      ...compileList(rules.reporting.neutral, 'neutral', lang, 'reporting.neutral'),
      ...compileList(rules.reporting.distancing, 'distancing', lang, 'reporting.distancing'),
      ...compileList(rules.reporting.endorsing, 'endorsing', lang, 'reporting.endorsing'),
    ]),
    attribution: compileMatcher(compileList(rules.attribution, 'attribution', lang, 'attribution')),
    speakerMarkers: compileMatcher(compileList(g.speakerMarkers, 'speaker-marker', lang, 'speakerMarkers')),
    distancers: compileMatcher(compileList(rules.distancers, 'distancer', lang, 'distancers')),
    termCues: compileMatcher(compileList(g.termCues, 'term-cue', lang, 'termCues')),
    titleWords: compileMatcher(compileList(g.titleWords, 'title', lang, 'titleWords')),
    bareClauseVerbs: compileMatcher(compileList(g.bareClauseVerbs, 'bare-clause', lang, 'bareClauseVerbs')),
    objectVerbs: compileMatcher(compileList(g.objectVerbs, 'object-verb', lang, 'objectVerbs')),
    speakers: compileMatcher(speakerEntries),
    words: wordSets(g),
  };
}
