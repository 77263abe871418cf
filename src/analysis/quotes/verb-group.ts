import type { AttributionContext } from './attribution-context.js';
import type { TextRef } from './types.js';

/**
 * A reporting-verb group: optional auxiliary, adverbs or negation, the reporting verb, and an
 * inverted subject pronoun when there is one (« a-t-il déclaré », « déclare-t-elle »).
 * @example
 * const vg: VerbGroup = { first: 5, verb: 6, verbLast: 6, pronoun: null, last: 6 };
 */
export interface VerbGroup {
  /** First token of the group (the auxiliary when there is one). */
  first: number;
  /** First and last token of the reporting verb. */
  verb: number;
  verbLast: number;
  /** The inverted pronoun (possibly a piece of a token such as « a-t-il »), or null. */
  pronoun: TextRef | null;
  /** Last token of the group (the pronoun's token when inverted). */
  last: number;
}

const MAX_SKIPPED = 3;

/** The pronoun at the end of a hyphenated piece (« -t-il », « a-t-elle »), as a ref into the text. */
function trailingPronoun(ctx: AttributionContext, i: number): TextRef | null {
  const t = ctx.tokens[i];
  if (!t) return null;
  const dash = t.text.lastIndexOf('-');
  if (dash < 0) return null;
  const piece = t.text.slice(dash + 1);
  if (!ctx.lex.words.pronouns.has(piece.toLowerCase())) return null;
  return { text: piece, start: t.start + dash + 1, end: t.end };
}

/**
 * An inverted pronoun starting at token `i`, attached to the token before it: « -t-il », « -il »,
 * or the pieces « - t - il ». Returns the pronoun and the last token it spans.
 */
function inversionAt(ctx: AttributionContext, i: number): { pronoun: TextRef; last: number } | null {
  const t = ctx.tokens[i];
  const prev = ctx.tokens[i - 1];
  if (!t || !prev || prev.end !== t.start) return null;
  const own = trailingPronoun(ctx, i);
  if (own) return { pronoun: own, last: i };
  // Split pieces: "-", "t", "-", "il" (each attached to the next).
  let j = i;
  while (j < ctx.n && j - i < 4) {
    const tj = ctx.tokens[j]!;
    if (j > i && ctx.tokens[j - 1]!.end !== tj.start) return null;
    if (ctx.lex.words.pronouns.has(tj.norm) && j > i)
      return { pronoun: { text: tj.text, start: tj.start, end: tj.end }, last: j };
    if (tj.text !== '-' && tj.norm !== 't' && tj.norm !== '-t' && tj.norm !== '-t-' && tj.norm !== 't-')
      return null;
    j++;
  }
  return null;
}

function skippable(ctx: AttributionContext, i: number): boolean {
  const norm = ctx.tokens[i]?.norm;
  if (norm === undefined) return false;
  const w = ctx.lex.words;
  return w.adverbs.has(norm) || w.negation.has(norm);
}

/**
 * Reads a reporting-verb group starting at token `i` (after a quotation: « », a-t-il déclaré / said X).
 * Returns null when no reporting verb starts there (within an auxiliary and three adverbs).
 * @example
 * // « …», a déclaré Tokaïev.  (i at « a »)
 * verbGroupForward(ctx, i); //=> { first: i, verb: i + 1, verbLast: i + 1, pronoun: null, last: i + 1 }
 */
export function verbGroupForward(ctx: AttributionContext, i: number): VerbGroup | null {
  let k = i;
  let pronoun: TextRef | null = null;
  let last = -1;
  const tok = ctx.tokens[k];
  if (!tok) return null;
  if (ctx.lex.words.auxiliaries.has(tok.norm) && ctx.verbLast[k]! < 0) {
    pronoun = trailingPronoun(ctx, k);
    k++;
    const inv = inversionAt(ctx, k);
    if (inv) {
      pronoun = inv.pronoun;
      k = inv.last + 1;
    }
  }
  for (let s = 0; s < MAX_SKIPPED && ctx.verbLast[k]! < 0 && skippable(ctx, k); s++) k++;
  if (k >= ctx.n || ctx.verbLast[k]! < 0) return null;
  const verb = k;
  const verbLast = ctx.verbLast[k]!;
  last = verbLast;
  if (pronoun === null) {
    const own = trailingPronoun(ctx, verbLast);
    if (own && verbLast === verb && ctx.tokens[verb]!.text.includes('-')) pronoun = own;
    else {
      const inv = inversionAt(ctx, verbLast + 1);
      if (inv) {
        pronoun = inv.pronoun;
        last = inv.last;
      }
    }
  }
  return { first: i, verb, verbLast, pronoun, last };
}

/**
 * Reads a reporting-verb group ending at token `i` (before a colon, « que » or the end of a clause),
 * extending leftwards over adverbs, negation and auxiliaries. An inverted pronoun at `i`
 * (« déclare-t-il : ») is part of the group.
 * @example
 * // Tokaïev a ensuite déclaré : « … »  (i at « déclaré »)
 * verbGroupBackward(ctx, i); //=> { first: indexOfA, verb: i, verbLast: i, pronoun: null, last: i }
 */
export function verbGroupBackward(ctx: AttributionContext, i: number): VerbGroup | null {
  if (i < 0 || i >= ctx.n) return null;
  let end = i;
  let pronoun: TextRef | null = null;
  if (ctx.verbFirst[end]! < 0) {
    // « déclare-t-il » split into pieces: walk back over the attached pieces.
    let j = end;
    while (j > 0 && i - j < 4 && ctx.tokens[j - 1]!.end === ctx.tokens[j]!.start && ctx.verbFirst[j - 1]! < 0)
      j--;
    if (j > 0 && ctx.verbFirst[j - 1]! >= 0 && ctx.tokens[j - 1]!.end === ctx.tokens[j]!.start) {
      const inv = inversionAt(ctx, j);
      if (!inv || inv.last !== i) return null;
      pronoun = inv.pronoun;
      end = j - 1;
    } else {
      return null;
    }
  }
  const verb = ctx.verbFirst[end]!;
  if (verb < 0) return null;
  if (pronoun === null) {
    const own = trailingPronoun(ctx, end);
    if (own && ctx.tokens[end]!.text.includes('-')) pronoun = own;
  }
  let first = verb;
  for (let s = 0; s < MAX_SKIPPED + 2 && first > 0; s++) {
    const prev = first - 1;
    if (skippable(ctx, prev) || ctx.lex.words.auxiliaries.has(ctx.tokens[prev]!.norm)) {
      first = prev;
      if (pronoun === null) pronoun = trailingPronoun(ctx, prev);
      continue;
    }
    // « a-t-il déclaré » split as « a » « -t-il »: an auxiliary with attached inversion pieces.
    let j = prev;
    while (j > 0 && prev - j < 4 && ctx.tokens[j - 1]!.end === ctx.tokens[j]!.start) j--;
    if (j < prev && ctx.lex.words.auxiliaries.has(ctx.tokens[j]!.norm)) {
      const inv = inversionAt(ctx, j + 1);
      if (inv && inv.last === prev) {
        if (pronoun === null) pronoun = inv.pronoun;
        first = j;
        continue;
      }
    }
    break;
  }
  return { first, verb, verbLast: end, pronoun, last: i };
}
