import type { AttributionContext } from './attribution-context.js';

const CLAUSE_STOPS = new Set(['.', '!', '?', ';', '…']);

/**
 * True when token `i` is sentence- or clause-final punctuation (. ! ? ; …).
 * @example
 * isClauseStop(ctx, indexOfFinalPeriod); //=> true
 */
export function isClauseStop(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punctuation' && CLAUSE_STOPS.has(t.text);
}

/**
 * True when token `i` is punctuation with this exact text.
 * @example
 * isPunct(ctx, 4, ','); //=> true for the comma of « », a déclaré X
 */
export function isPunct(ctx: AttributionContext, i: number, text: string): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.kind === 'punctuation' && t.text === text;
}

/**
 * The last token of the clause that starts at or contains token `from`: the last token of its
 * sentence and paragraph, before trailing punctuation. Returns `from - 1` when nothing is left.
 * @example
 * // "Troops left, the ministry said." (from at "Troops") → index of "said"
 * clauseEnd(ctx, 0);
 */
export function clauseEnd(ctx: AttributionContext, from: number): number {
  const t = ctx.tokens[from];
  if (!t) return from - 1;
  const sentence = ctx.pt.sentences[t.sentence];
  const sentenceLast = sentence ? Math.max(sentence.lastToken, from) : from;
  const k = Math.min(sentenceLast, ctx.paraLast[ctx.para[from]!]!);
  const end = ctx.lastNonPunct[k]!;
  return end >= from ? end : from - 1;
}

/**
 * The first token of the clause containing token `i`: its sentence's first token, within the
 * paragraph, after leading punctuation.
 * @example
 * // "Troops left, the ministry said." (i at "said") → index of "Troops"
 * clauseStart(ctx, 5); //=> 0
 */
export function clauseStart(ctx: AttributionContext, i: number): number {
  const t = ctx.tokens[i];
  if (!t) return i;
  const sentence = ctx.pt.sentences[t.sentence];
  const sentenceFirst = sentence ? Math.min(sentence.firstToken, i) : i;
  const k = Math.max(sentenceFirst, ctx.paraFirst[ctx.para[i]!]!);
  const start = ctx.firstNonPunct[k]!;
  return Math.min(start, i);
}
