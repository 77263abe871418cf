import type { AttributionContext } from './attribution-context.js';
import { isClauseStop } from './clause-bounds.js';
import { speakerBackward, speakerForward, type TokenRange } from './speaker-phrase.js';

/**
 * What attributes the wording of a short quotation, when something does.
 * @example
 * const t: TermAttribution = { speaker: null, pattern: 'en/cue-term' };
 */
export interface TermAttribution {
  speaker: TokenRange | null;
  pattern: string;
}

const CUE_WINDOW = 5;
const DISTANCER_WINDOW = 3;

function hasGroup(ctx: AttributionContext, sp: TokenRange): boolean {
  for (let k = sp.first; k <= sp.last; k++) if (ctx.group[k]! >= 0) return true;
  return false;
}

/**
 * True when a distancer ("so-called", « soi-disant », « prétendus ») stands within three tokens before
 * the quotation's opening mark: the marks are then the outlet's own distance.
 * @example
 * // the so-called 'peacekeepers'
 * isDistanced(ctx, 0); //=> true
 */
export function isDistanced(ctx: AttributionContext, q: number): boolean {
  const open = ctx.quotes[q]!.open;
  if (open < 0) return false;
  for (let k = open - 1; k >= 0 && open - k <= DISTANCER_WINDOW; k--) {
    const t = ctx.tokens[k]!;
    if (t.quote !== -1 || ctx.para[k] !== ctx.para[open] || isClauseStop(ctx, k)) break;
    if (ctx.distancer[k] === 1) return true;
  }
  return false;
}

/** The agent before a term cue: "what Moscow calls", « ce que le Kremlin appelle », "Putin called". */
function cueAgent(ctx: AttributionContext, cueFirst: number): TokenRange | null {
  let b = cueFirst - 1;
  const w = ctx.lex.words;
  for (
    let s = 0;
    s < 3 && b >= 0 && (w.auxiliaries.has(ctx.tokens[b]!.norm) || w.adverbs.has(ctx.tokens[b]!.norm));
    s++
  )
    b--;
  const sp = speakerBackward(ctx, b);
  if (!sp || w.pronouns.has(ctx.tokens[sp.first]!.norm)) return null;
  if (hasGroup(ctx, sp)) return sp;
  for (const cue of w.termAgentCues) {
    const start = sp.first - cue.length;
    if (start < 0) continue;
    let ok = true;
    for (let c = 0; c < cue.length && ok; c++) ok = ctx.tokens[start + c]!.norm === cue[c];
    if (ok) return sp;
  }
  return null;
}

/**
 * What attributes the wording of a quotation to someone, without a reporting pattern: a possessive
 * right before it ("the Defence Ministry's 'peacekeeping forces'"), a naming cue within five tokens
 * before it ("what Moscow calls", "dubbed", « qualifiés de », « ce que le Kremlin appelle »), or a
 * genitive naming a speaker group right after it (« l'"opération antiterroriste" du Kremlin »).
 * The speaker is filled when a phrase names one. Null when nothing attributes it.
 * @example
 * findTermAttribution(ctx, 0); //=> { speaker: { first: 0, last: 2 }, pattern: 'en/possessive-term' }
 */
export function findTermAttribution(ctx: AttributionContext, q: number): TermAttribution | null {
  const lang = ctx.lex.lang;
  const qt = ctx.quotes[q]!;
  const w = ctx.lex.words;
  if (qt.open > 0) {
    const open = qt.open;
    const para = ctx.para[open];
    const prev = ctx.tokens[open - 1]!;
    if (prev.quote === -1 && ctx.para[open - 1] === para && w.possessives.has(prev.norm)) {
      return { speaker: speakerBackward(ctx, open - 2), pattern: `${lang}/possessive-term` };
    }
    for (let k = open - 1; k >= 0 && open - k <= CUE_WINDOW; k--) {
      const t = ctx.tokens[k]!;
      if (t.quote !== -1 || t.kind === 'quote' || ctx.para[k] !== para || isClauseStop(ctx, k)) break;
      const cf = ctx.cueFirst[k]!;
      if (cf >= 0) return { speaker: cueAgent(ctx, cf), pattern: `${lang}/cue-term` };
    }
  }
  if (qt.close >= 0) {
    const g = qt.close + 1;
    const t = ctx.tokens[g];
    if (t && t.quote === -1 && ctx.para[g] === ctx.para[qt.close] && w.genitives.has(t.norm)) {
      const sp = speakerForward(ctx, g + 1);
      if (sp && hasGroup(ctx, sp)) return { speaker: sp, pattern: `${lang}/quote-then-genitive-speaker` };
    }
  }
  return null;
}
