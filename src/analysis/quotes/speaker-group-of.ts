import type { AttributionContext } from './attribution-context.js';
import type { TokenRange } from './speaker-phrase.js';

const WINDOW = 6;

/**
 * The speaker group of a speaker phrase: the first speaker-group match inside the phrase; otherwise
 * the nearest match within 6 tokens around it, in the same sentence, without crossing a quotation, a
 * reporting verb or « que » / "that" (for titles
 * such as "Peskov, the Kremlin spokesman"). Null when none matches.
 * @example
 * // « le porte-parole du Kremlin »
 * speakerGroupOf(ctx, { first: 4, last: 7 }); //=> 'russian-officials'
 */
export function speakerGroupOf(ctx: AttributionContext, sp: TokenRange): string | null {
  for (let k = sp.first; k <= sp.last; k++) {
    const g = ctx.group[k]!;
    if (g >= 0) return ctx.groups[g]!.id;
  }
  const sentence = ctx.tokens[sp.first]?.sentence;
  // Look outwards, stopping a side at a verb, « que »/"that", a quotation or the sentence edge.
  let leftOpen = true;
  let rightOpen = true;
  for (let d = 1; d <= WINDOW && (leftOpen || rightOpen); d++) {
    for (const [k, left] of [
      [sp.first - d, true],
      [sp.last + d, false],
    ] as const) {
      if (left ? !leftOpen : !rightOpen) continue;
      const t = ctx.tokens[k];
      const blocked =
        !t ||
        t.sentence !== sentence ||
        t.quote !== -1 ||
        t.kind === 'quote' ||
        ctx.inVerb[k] === 1 ||
        ctx.lex.words.complementizers.has(t.norm);
      if (blocked) {
        if (left) leftOpen = false;
        else rightOpen = false;
        continue;
      }
      const g = ctx.group[k]!;
      if (g >= 0) return ctx.groups[g]!.id;
    }
  }
  return null;
}
