import type { AttributionContext } from './attribution-context.js';
import { isPunct } from './clause-bounds.js';
import { speakerBackward, speakerForward, type TokenRange } from './speaker-phrase.js';
import type { TextRef } from './types.js';
import type { VerbGroup } from './verb-group.js';

/**
 * A speaker found next to a verb: a token range, or an inverted pronoun piece.
 * @example
 * const f: FoundSpeaker = { speaker: { first: 0, last: 0 }, speakerRef: null };
 */
export interface FoundSpeaker {
  speaker: TokenRange | null;
  speakerRef: TextRef | null;
}

const MAX_APPOSITION = 24;

/**
 * The speaker after a reporting verb (inversion): the inverted pronoun (« a-t-il déclaré »), or the
 * phrase after the verb ("said the ministry"), skipping a hearer (« a déclaré à l'AFP le ministre »).
 * @example
 * findSpeakerAfter(ctx, verbGroup); //=> { speaker: { first: 7, last: 8 }, speakerRef: null }
 */
export function findSpeakerAfter(ctx: AttributionContext, vg: VerbGroup): FoundSpeaker {
  if (vg.pronoun) return { speaker: null, speakerRef: vg.pronoun };
  const next = vg.last + 1;
  const sp = speakerForward(ctx, next);
  if (sp) return { speaker: sp, speakerRef: null };
  const t = ctx.tokens[next];
  if (t && ctx.lex.words.recipientPrepositions.has(t.norm)) {
    const hearer = speakerForward(ctx, next + 1);
    if (hearer) {
      const after = speakerForward(ctx, hearer.last + 1);
      if (after) return { speaker: after, speakerRef: null };
    }
  }
  return { speaker: null, speakerRef: null };
}

/**
 * The speaker before a reporting verb group ("Tokayev said", « le Kremlin a déclaré »), reading over
 * an apposition or an adjunct between commas ("Peskov, the Kremlin spokesman, said").
 * @example
 * findSpeakerBefore(ctx, verbGroup); //=> { speaker: { first: 0, last: 1 }, speakerRef: null }
 */
export function findSpeakerBefore(ctx: AttributionContext, vg: VerbGroup): FoundSpeaker {
  if (vg.pronoun) return { speaker: null, speakerRef: vg.pronoun };
  const b = vg.first - 1;
  if (b < 0) return { speaker: null, speakerRef: null };
  if (isPunct(ctx, b, ',')) {
    const para = ctx.para[b];
    for (let c = b - 1; c >= 0 && b - c <= MAX_APPOSITION && ctx.para[c] === para; c--) {
      const t = ctx.tokens[c]!;
      if (t.quote !== -1 || t.kind === 'quote') break;
      if (t.kind !== 'punctuation' || t.text === '-' || t.text === '.') continue;
      if (t.text !== ',') break;
      const sp = speakerBackward(ctx, c - 1);
      return { speaker: sp, speakerRef: null };
    }
    return { speaker: null, speakerRef: null };
  }
  return { speaker: speakerBackward(ctx, b), speakerRef: null };
}
