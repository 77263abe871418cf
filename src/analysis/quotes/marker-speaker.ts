import type { AttributionContext } from './attribution-context.js';
import { speakerBackward, speakerForward, type TokenRange } from './speaker-phrase.js';

/**
 * True when a phrase names a speaker: it holds a speaker-group word or a capitalised word
 * (« Moscou », « le Kremlin », "Human Rights Watch"), not just a common noun (« autant », "a statement").
 * @example
 * speakerLike(ctx, { first: 1, last: 1 }); //=> true for « Moscou » in « Pour Moscou, … »
 */
export function speakerLike(ctx: AttributionContext, sp: TokenRange): boolean {
  for (let k = sp.first; k <= sp.last; k++) {
    if (ctx.group[k]! >= 0) return true;
    const ch = ctx.tokens[k]!.text.charAt(0);
    if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) return true;
  }
  return false;
}

/**
 * The speaker of an attribution marker spanning tokens `[m, ml]`: the phrase right after it
 * (« selon le Kremlin »), else a speaker-like phrase at the end of the marker itself when the word list
 * spells it out (« pour le Kremlin », « pour Moscou »), else a pronoun ending it (« selon lui »).
 * @example
 * markerSpeaker(ctx, 0, 0); //=> { first: 1, last: 2 } for « Selon le Kremlin, … »
 */
export function markerSpeaker(ctx: AttributionContext, m: number, ml: number): TokenRange | null {
  const after = speakerForward(ctx, ml + 1);
  if (after) return after;
  if (ml > m) {
    const inside = speakerBackward(ctx, ml);
    if (inside && inside.first > m && speakerLike(ctx, inside)) return inside;
    const last = ctx.tokens[ml]!;
    if (ctx.lex.words.objectPronouns.has(last.norm) || ctx.lex.words.pronouns.has(last.norm)) {
      return { first: ml, last: ml };
    }
  }
  return null;
}
