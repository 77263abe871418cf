import type { TokenRange } from './speaker-phrase.js';
import type { TextRef } from './types.js';
import type { VerbGroup } from './verb-group.js';

/**
 * What an attribution pattern found for a quotation or a reported clause, before the speaker is mapped
 * to a group and pronouns are resolved.
 * @example
 * const d: AttributionDraft = { speaker: { first: 0, last: 1 }, speakerRef: null, verb: null, marker: null, pattern: 'fr/marker-speaker-clause' };
 */
export interface AttributionDraft {
  /** The speaker as a token range (null when the speaker is an inverted pronoun piece or unknown). */
  speaker: TokenRange | null;
  /** The speaker as text: set for inverted pronouns that are a piece of a token (« a-t-il »). */
  speakerRef: TextRef | null;
  verb: VerbGroup | null;
  /** The attribution marker (selon, according to) token range, when one fired. */
  marker: TokenRange | null;
  pattern: string;
}
