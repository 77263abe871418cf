import type {
  ActorSpec,
  GenericCategory,
  LanguageRules,
  SpeakerGroupSpec,
  TargetSpec,
  TopicCategory,
  TopicSpecData,
} from './schema.js';

/** The languages a topic has lexicons for. */
export type LexiconLangCode = 'fr' | 'en';

/**
 * One element of a compiled pattern.
 * - `stem`: the token's stem equals `value`;
 * - `norm`: the token's folded form equals `value`;
 * - `prefix`: the token's folded form starts with `value`;
 * - `gap`: skip up to `max` tokens.
 * @example
 * const p: PatternToken = { kind: 'stem', value: 'soldat' };
 */
export type PatternToken =
  | { kind: 'stem'; value: string }
  | { kind: 'norm'; value: string }
  | { kind: 'prefix'; value: string }
  | { kind: 'gap'; max: number };

/**
 * A lexicon entry after validation, in one shape for both layers.
 * @example
 * const e: LexiconEntry = { id: 'topic/fr/soldat-de-la-paix', term: 'soldat de la paix', layer: 'topic',
 *   category: 'legitimising-euphemism', actor: 'foreign-forces', loaded: 1, stance: { intervention: 1.2 },
 *   foreground: false };
 */
export interface LexiconEntry {
  /** Stable rule id: `<layer>/<lang>/<slug of the term>`. */
  id: string;
  term: string;
  layer: 'generic' | 'topic';
  /** A generic or topic category (see `schema.ts`), or the rule list name for rule matchers. */
  category: GenericCategory | TopicCategory | string;
  actor?: string;
  /** How loaded the term is, 0–2 (0: a neutral name). */
  loaded: number;
  /** Signed weight toward each target in the outlet's own voice. */
  stance: Record<string, number>;
  foreground: boolean;
  note?: string;
}

/**
 * A match of a lexicon entry over tokens: token range `[first, last]` and character offsets.
 * @example
 * const m: LexiconMatch = { entry, first: 4, last: 7, start: 20, end: 38 };
 */
export interface LexiconMatch {
  entry: LexiconEntry;
  first: number;
  last: number;
  start: number;
  end: number;
}

/**
 * A compiled matcher: patterns indexed by their first token, applied in one pass over the tokens.
 * @example
 * const hits = matcher.match(processed.tokens);
 */
export interface Matcher {
  readonly size: number;
  match(tokens: readonly import('../text/types.js').Token[]): LexiconMatch[];
}

/**
 * A validated topic ready for analysis. The spec is plain data (`spec`); compiled matchers are built
 * once per language on first use.
 * @example
 * const topic = defineTopic(mySpec);
 * topic.targets.map((t) => t.id); //=> ['intervention', …]
 */
export interface Topic {
  readonly id: string;
  readonly name: string;
  readonly mainTarget: string;
  readonly targets: readonly TargetSpec[];
  readonly actors: readonly ActorSpec[];
  readonly speakers: readonly SpeakerGroupSpec[];
  /** The validated spec, plain JSON (what a worker needs to rebuild the topic). */
  readonly spec: TopicSpecData;
  /** Entries of both layers for a language (topic layer first). */
  entries(lang: LexiconLangCode): readonly LexiconEntry[];
  /** The topic-layer matcher for a language. */
  topicMatcher(lang: LexiconLangCode): Matcher;
  /** The generic-layer matcher for a language. */
  genericMatcher(lang: LexiconLangCode): Matcher;
  /** Negators, distancers, reporting verbs… for a language. */
  rules(lang: LexiconLangCode): LanguageRules;
  /** Compiled matchers over the rule word lists. */
  ruleMatchers(lang: LexiconLangCode): RuleMatchers;
}

/**
 * Matchers over a language's rule word lists; each match's entry `category` names the list.
 * @example
 * topic.ruleMatchers('fr').negators.match(tokens)
 */
export interface RuleMatchers {
  negators: Matcher;
  scopeBreakers: Matcher;
  distancers: Matcher;
  reporting: Matcher;
  attribution: Matcher;
  conditional: Matcher;
}
