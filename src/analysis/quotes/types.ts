/**
 * Types of quotation attribution: a quotation (direct, between marks) or a reported-speech clause
 * (indirect), who said it, with which verb, and which attribution pattern found it.
 * @module
 */

/**
 * How a reporting verb presents what it reports.
 * @example
 * const c: VerbClass = 'distancing'; // « a prétendu », "claimed"
 */
export type VerbClass = 'neutral' | 'distancing' | 'endorsing';

/**
 * What the quotation marks do:
 * - `quotation`: someone's speech (a long quotation, or a short one that is a whole attributed utterance);
 * - `term`: a short wording attributed to someone ("the Defence Ministry's 'peacekeeping forces'",
 *   « ce que le Kremlin appelle des "soldats de la paix" »);
 * - `scare`: short marks nothing attributes: the outlet's own distance.
 * @example
 * const r: QuoteRole = 'scare';
 */
export type QuoteRole = 'quotation' | 'scare' | 'term';

/**
 * A piece of the original text: `original.slice(start, end) === text`.
 * @example
 * const s: TextRef = { text: 'Tokaïev', start: 40, end: 47 };
 */
export interface TextRef {
  text: string;
  start: number;
  end: number;
}

/**
 * A direct quotation or an indirect reported-speech clause.
 * For a direct quotation `text`/`start`/`end` are the inner text between the marks; for an indirect one,
 * the reported content (the clause after « que » / "that", or the clause a « selon X » governs).
 * @example
 * const q: Quotation = {
 *   kind: 'direct', role: 'quotation', text: 'Nous partirons bientôt', start: 2, end: 24, sentence: 0, words: 3,
 *   speaker: { text: 'Tokaïev', start: 39, end: 46 }, speakerGroup: 'kazakh-officials',
 *   verb: { text: 'déclaré', start: 29, end: 36, class: 'neutral' },
 *   pattern: 'fr/quote-then-verb-speaker', pronoun: null,
 * };
 */
export interface Quotation {
  kind: 'direct' | 'indirect';
  role: QuoteRole;
  text: string;
  start: number;
  end: number;
  /** Index into `ProcessedText.sentences` of the sentence where the content starts. */
  sentence: number;
  /** Word tokens in the content. */
  words: number;
  /** Who says it: a name, a group noun, or (when it could not be resolved) a pronoun. */
  speaker: TextRef | null;
  /** The speaker group (topic `speakers[].id`) the speaker belongs to, when one matches. */
  speakerGroup: string | null;
  verb: (TextRef & { class: VerbClass }) | null;
  /** The attribution pattern that fired, e.g. `fr/quote-then-verb-speaker`, `en/marker-speaker-clause`. */
  pattern: string;
  /** The pronoun of the attribution when the speaker was resolved from it to an earlier speaker. */
  pronoun: TextRef | null;
}

/**
 * The fields of a quotation that voice and scare marking read (so that stored findings without the
 * newer fields still work).
 * @example
 * const q: QuotationLike = { kind: 'direct', role: 'scare', start: 4, end: 24 };
 */
export type QuotationLike = Pick<Quotation, 'kind' | 'role' | 'start' | 'end'>;
