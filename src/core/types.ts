/**
 * Shared value types of media-framing. Everything here is plain JSON: no classes, no Map, no Date.
 *
 * Offsets are sacred: every `start`/`end` anywhere in the library is a UTF-16 index (a JavaScript
 * string index) into the document's original text exactly as the user gave it, so that
 * `text.slice(start, end) === item.text` always holds.
 *
 * @module
 */

/** A language the pipeline reads first-class, or `'other'` when it is neither French nor English. */
export type Lang = 'fr' | 'en' | 'other';

/**
 * A half-open range `[start, end)` of UTF-16 indices into a document's original text.
 * @example
 * const span: Span = { start: 0, end: 5 }; // 'Hello' in 'Hello world'
 */
export interface Span {
  start: number;
  end: number;
}

/**
 * Who speaks a piece of text.
 * - `authorial`: the outlet's own voice;
 * - `quoted`: inside quotation marks (a quoted speaker's words);
 * - `attributed`: reported speech without quotation marks ("selon X", "X said that …").
 * @example
 * const v: Voice = 'quoted';
 */
export type Voice = 'authorial' | 'quoted' | 'attributed';

/**
 * One piece of positioned evidence behind a score: what was matched, where, how strongly, and why.
 * @example
 * const e: Evidence = {
 *   text: 'soldats de la paix', start: 120, end: 138, sentence: 3, weight: 0.8,
 *   category: 'legitimising-label', rule: 'topic/fr/soldats-de-la-paix', voice: 'authorial',
 * };
 */
export interface Evidence {
  /** The matched text, exactly `originalText.slice(start, end)`. */
  text: string;
  start: number;
  end: number;
  /** Index into `ProcessedText.sentences`. */
  sentence: number;
  /** Signed contribution (positive favours the target, negative opposes it). */
  weight: number;
  category: string;
  /** Stable id of the rule or lexicon entry that fired, e.g. `topic/fr/soldats-de-la-paix`. */
  rule: string;
  voice: Voice;
  /** The target this evidence bears on, when it bears on one. */
  target?: string;
  /** Modifiers applied to the cue (`negated`, `scare-quoted`, `distanced`, `hedged`…). */
  modifiers?: string[];
  /** A short human explanation of why the cue counted the way it did. */
  note?: string;
}

/**
 * A region of the original text that cleaning set aside (boilerplate, navigation, credits…).
 * Nothing is deleted: the region is reported with its reason.
 * @example
 * const r: RemovedRegion = { text: 'Lire aussi : …', start: 512, end: 526, reason: 'related-link' };
 */
export interface RemovedRegion extends Span {
  text: string;
  reason: string;
}
