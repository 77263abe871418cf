import { z } from 'zod';

/**
 * The schemas of topic packs and lexicons. Data lives in JSON beside this file; these schemas
 * validate it at load (and validate users' own topics given to `defineTopic`).
 *
 * Term syntax (a pattern over tokens, never a regular expression):
 * - words separated by spaces, each matched on its stem (French Snowball stem / English lemma),
 *   case- and accent-folded: `soldat de la paix` matches « soldats de la paix »;
 * - `=word` matches the folded form exactly, without stemming: `=otsc`;
 * - `word*` matches any folded form starting with `word`: `terroris*`;
 * - a lone `*` skips up to two tokens: `tirer * sans sommation`;
 * - elisions and hyphens are tokenised as in the text (`l'ordre` is `l'` + `ordre`).
 * @module
 */

/** Language codes a lexicon entry can have. */
export const LexiconLang = z.enum(['fr', 'en']);

/** Categories of the generic (event-independent) loaded-vocabulary layer. */
export const GenericCategory = z.enum([
  'emotive',
  'name-calling',
  'intensifier',
  'exaggeration',
  'fear-appeal',
  'hedge',
  'distancing',
  'loaded-metaphor',
  'doubt',
]);

/** Categories of the topic layer: how a given conflict is framed. */
export const TopicCategory = z.enum([
  'delegitimising-label',
  'legitimising-euphemism',
  'violence-emphasis',
  'threat-claim',
  'foreign-interference',
  'sovereignty',
  'authoritarian-framing',
  'legitimacy-claim',
  'legitimacy-doubt',
  'order-restored',
  'repression',
  'occupation',
  'popular-grievance',
  'geopolitical-gain',
  'neutral-name',
]);

const StanceMap = z.record(z.string().min(1), z.number().min(-2).max(2));

/**
 * One lexicon entry of the generic layer.
 * @example
 * { "term": "barbare", "category": "name-calling", "weight": 1.5 }
 */
export const GenericEntry = z
  .object({
    term: z.string().min(1),
    category: GenericCategory,
    /** How surely the term is loaded, 0–2 (1 = usually loaded, 2 = nearly always). */
    weight: z.number().min(0).max(2),
    note: z.string().optional(),
  })
  .strict();

/**
 * One lexicon entry of a topic layer: a word or phrase, its category, its loadedness and its stance
 * toward the topic's targets when the outlet uses it in its own voice.
 * @example
 * { "term": "soldat de la paix", "category": "legitimising-euphemism", "actor": "foreign-forces",
 *   "loaded": 1, "stance": { "intervention": 1.2 } }
 */
export const TopicEntry = z
  .object({
    term: z.string().min(1),
    category: TopicCategory,
    /** The actor group this term names, when it names one (for the naming table). */
    actor: z.string().min(1).optional(),
    /** How loaded the term is, 0–2 (0: a neutral name, counted for naming only). */
    loaded: z.number().min(0).max(2).default(0),
    /** Signed weight toward each target when used in the outlet's own voice (−2..2). */
    stance: StanceMap.default({}),
    /** Foregrounded facts weigh less than labels: a smaller multiplier. */
    foreground: z.boolean().optional(),
    note: z.string().optional(),
  })
  .strict();

/**
 * A target a topic scores stance toward.
 * @example
 * { "id": "intervention", "label": { "en": "the CSTO intervention", "fr": "l'intervention de l'OTSC" } }
 */
export const TargetSpec = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
    description: z.string().optional(),
  })
  .strict();

/**
 * An actor group whose naming the naming table compares (the foreign forces, the protesters…).
 * @example
 * { "id": "foreign-forces", "label": { "en": "the foreign forces", "fr": "les forces étrangères" }, "target": "intervention" }
 */
export const ActorSpec = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
    /** The target this actor's naming bears on, if any. */
    target: z.string().optional(),
    description: z.string().optional(),
  })
  .strict();

/**
 * A speaker group for the voice table (officials of Kazakhstan, of Russia, the CSTO, experts…),
 * with the names and titles that identify a speaker as one of them.
 * @example
 * { "id": "kazakh-officials", "label": { "en": "Kazakh officials", "fr": "officiels kazakhs" },
 *   "terms": { "fr": ["tokaïev", "président kazakh"], "en": ["tokayev", "kazakh president"] } }
 */
export const SpeakerGroupSpec = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    label: z.object({ en: z.string().min(1), fr: z.string().min(1) }).strict(),
    terms: z.object({ en: z.array(z.string().min(1)), fr: z.array(z.string().min(1)) }).strict(),
    /** Stance of an official voice of this group toward the targets (used when an outlet only relays it). */
    leaning: StanceMap.default({}),
  })
  .strict();

/**
 * A whole topic pack: targets, actor groups, speaker groups and a lexicon per language.
 * @example
 * defineTopic({ id: 'my-event', name: 'My event', targets: [...], actors: [...], speakers: [...],
 *   lexicon: { en: [...], fr: [...] } });
 */
export const TopicSpec = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/),
    name: z.string().min(1),
    description: z.string().optional(),
    /** The main target (the one the report ranks sources by). */
    mainTarget: z.string().min(1),
    targets: z.array(TargetSpec).min(1),
    actors: z.array(ActorSpec).default([]),
    speakers: z.array(SpeakerGroupSpec).default([]),
    lexicon: z.object({ en: z.array(TopicEntry).default([]), fr: z.array(TopicEntry).default([]) }).strict(),
  })
  .strict();

export type GenericEntry = z.infer<typeof GenericEntry>;
export type TopicEntry = z.infer<typeof TopicEntry>;
export type TargetSpec = z.infer<typeof TargetSpec>;
export type ActorSpec = z.infer<typeof ActorSpec>;
export type SpeakerGroupSpec = z.infer<typeof SpeakerGroupSpec>;
/** The input shape of a topic (defaults may be omitted). */
export type TopicSpecInput = z.input<typeof TopicSpec>;
/** A validated topic spec. */
export type TopicSpecData = z.infer<typeof TopicSpec>;
export type GenericCategory = z.infer<typeof GenericCategory>;
export type TopicCategory = z.infer<typeof TopicCategory>;

/**
 * Per-language word lists the stance and quote rules apply (negation, distance, attribution).
 * Terms use the same syntax as lexicon entries.
 * @example
 * { "negators": ["pas", "aucun"], "distancers": ["soi-disant"], "reporting": { "neutral": ["déclarer"],
 *   "distancing": ["prétendre"], "endorsing": ["confirmer"] }, "attribution": ["selon"], "conditional": [] }
 */
export const LanguageRules = z
  .object({
    /** Words that negate what follows within their scope (pas, aucun, jamais, not, no, never…). */
    negators: z.array(z.string().min(1)),
    /** Words that end a negation's scope early (mais, but, ;…). */
    scopeBreakers: z.array(z.string().min(1)).default([]),
    /** Words that mark the next term as not endorsed (soi-disant, prétendu, so-called, self-styled). */
    distancers: z.array(z.string().min(1)),
    /** Reporting verbs by how they present what is reported. */
    reporting: z
      .object({
        neutral: z.array(z.string().min(1)),
        distancing: z.array(z.string().min(1)),
        endorsing: z.array(z.string().min(1)),
      })
      .strict(),
    /** Attribution markers that make the rest of the clause someone else's words (selon, according to). */
    attribution: z.array(z.string().min(1)),
    /** Markers of reported or unverified claims (French conditional endings are handled in code). */
    conditional: z.array(z.string().min(1)).default([]),
  })
  .strict();
export type LanguageRules = z.infer<typeof LanguageRules>;
