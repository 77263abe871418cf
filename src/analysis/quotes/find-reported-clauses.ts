import type { AttributionContext } from './attribution-context.js';
import type { AttributionDraft } from './attribution-draft.js';
import { clauseEnd, clauseStart, isClauseStop, isPunct } from './clause-bounds.js';
import { findSpeakerAfter, findSpeakerBefore } from './find-speaker-around-verb.js';
import { markerSpeaker, speakerLike } from './marker-speaker.js';
import { speakerForward, type TokenRange } from './speaker-phrase.js';
import { verbGroupBackward } from './verb-group.js';

/**
 * A reported clause: its content token range and what attributes it.
 * @example
 * const c: ReportedClause = { ...draft, first: 5, last: 9 };
 */
export interface ReportedClause extends AttributionDraft {
  first: number;
  last: number;
}

const MAX_TO_COMPLEMENTIZER = 8;
const MAX_TRAILING_ADJUNCT = 8;
const MIN_TRAILING_WORDS = 2;
const CONJUNCTIONS = new Set(['et', 'mais', 'and', 'but', 'or', 'ou', 'so', 'donc', 'alors', 'puis', 'then']);

function words(ctx: AttributionContext, first: number, last: number): number {
  return last < first ? 0 : ctx.wordsBefore[last + 1]! - ctx.wordsBefore[first]!;
}

/** True when tokens `[first, last]` are exactly one quotation (marks included): the direct pass owns it. */
function isWholeQuote(ctx: AttributionContext, first: number, last: number): boolean {
  const t = ctx.tokens[first];
  if (t?.kind !== 'quote') return false;
  const qi = ctx.quoteAtOpen[first]!;
  if (qi >= 0) {
    const qt = ctx.quotes[qi]!;
    return qt.close === last || (qt.close < 0 && qt.innerLast >= last);
  }
  return false;
}

function hasSpeaker(d: { speaker: TokenRange | null; speakerRef: unknown }): boolean {
  return d.speaker !== null || d.speakerRef !== null;
}

/** True when token `m` opens its clause (first of the sentence, or after a conjunction or opening punctuation). */
function clauseInitial(ctx: AttributionContext, m: number): boolean {
  const start = clauseStart(ctx, m);
  if (start === m) return true;
  if (start === m - 1) {
    const prev = ctx.tokens[m - 1]!;
    return CONJUNCTIONS.has(prev.norm) || prev.kind === 'punctuation';
  }
  return false;
}

/** True when token `k` is glued to both neighbours (the dots of « Express.co.uk », a hyphen). */
function insideWord(ctx: AttributionContext, k: number): boolean {
  const prev = ctx.tokens[k - 1];
  const next = ctx.tokens[k + 1];
  const t = ctx.tokens[k]!;
  return prev !== undefined && next !== undefined && prev.end === t.start && t.end === next.start;
}

/** The complementizer (que, that) after a verb, within a short adjunct (« à l'AFP », "on Monday"). */
function complementizerAfter(ctx: AttributionContext, from: number): number {
  const para = ctx.para[from];
  for (let k = from; k < ctx.n && k - from <= MAX_TO_COMPLEMENTIZER && ctx.para[k] === para; k++) {
    const t = ctx.tokens[k]!;
    if (t.quote !== -1 || t.kind === 'quote') return -1;
    if (t.kind === 'punctuation' && t.text !== ',' && !insideWord(ctx, k)) return -1;
    if (ctx.lex.words.complementizers.has(t.norm)) return k;
    if (ctx.inVerb[k] === 1) return -1;
  }
  return -1;
}

/** "he said the troops…", "told Reuters the troops…": where a clause without « that » starts, or -1. */
function bareClauseAfter(ctx: AttributionContext, verb: number, from: number): number {
  if (ctx.bareClause[verb] !== 1) return -1;
  let k = from;
  if (ctx.objectVerb[verb] === 1) {
    const hearer = speakerForward(ctx, k);
    if (!hearer) return -1;
    k = hearer.last + 1;
  }
  const t = ctx.tokens[k];
  if (!t || t.quote !== -1 || t.kind !== 'word') return -1;
  const w = ctx.lex.words;
  if (w.boundaries.has(t.norm) && !w.determiners.has(t.norm) && !w.pronouns.has(t.norm)) return -1;
  if (w.recipientPrepositions.has(t.norm)) return -1;
  return k;
}

/** Verb-anchored reported speech: X said (that) … ; …, X said. ; …, said X. */
function fromVerb(ctx: AttributionContext, v: number): ReportedClause | null {
  const lang = ctx.lex.lang;
  const vl = ctx.verbLast[v]!;
  const vg = verbGroupBackward(ctx, vl);
  if (!vg || vg.verb !== v) return null;
  const before = findSpeakerBefore(ctx, vg);
  const afterVerb = vl + 1;
  if (hasSpeaker(before)) {
    const c = complementizerAfter(ctx, afterVerb);
    if (c >= 0) {
      const last = clauseEnd(ctx, c + 1);
      if (last > c && !isWholeQuote(ctx, c + 1, last)) {
        return {
          ...before,
          verb: vg,
          marker: null,
          pattern: `${lang}/speaker-verb-that`,
          first: c + 1,
          last,
        };
      }
      return null;
    }
    const bare = bareClauseAfter(ctx, v, afterVerb);
    if (bare >= 0) {
      const last = clauseEnd(ctx, bare);
      if (words(ctx, bare, last) >= MIN_TRAILING_WORDS && !isWholeQuote(ctx, bare, last)) {
        return {
          ...before,
          verb: vg,
          marker: null,
          pattern: `${lang}/speaker-verb-clause`,
          first: bare,
          last,
        };
      }
    }
  }
  // Trailing attribution: "…, the ministry said." / « …, a déclaré le ministère. »
  const groupFirst = vg.first;
  const speakerFirst = before.speaker?.first ?? (before.speakerRef ? vg.first : -1);
  const trailingComma = speakerFirst >= 0 && isPunct(ctx, speakerFirst - 1, ',') ? speakerFirst - 1 : -1;
  if (trailingComma >= 0 && before.speaker !== null && restIsAdjunct(ctx, vg.last + 1)) {
    return trailing(ctx, trailingComma, {
      ...before,
      verb: vg,
      marker: null,
      pattern: `${lang}/clause-then-speaker-verb`,
    });
  }
  if (isPunct(ctx, groupFirst - 1, ',')) {
    const after = findSpeakerAfter(ctx, vg);
    const spLast = after.speaker?.last ?? vg.last;
    if (hasSpeaker(after) && restIsAdjunct(ctx, spLast + 1)) {
      return trailing(ctx, groupFirst - 1, {
        ...after,
        verb: vg,
        marker: null,
        pattern: `${lang}/clause-then-verb-speaker`,
      });
    }
  }
  return null;
}

/** True when tokens from `k` to the clause end are a short adjunct with no verb or complementizer. */
function restIsAdjunct(ctx: AttributionContext, k: number): boolean {
  if (k >= ctx.n || isClauseStop(ctx, k) || ctx.para[k] !== ctx.para[k - 1]) return true;
  const end = clauseEnd(ctx, k);
  if (end - k >= MAX_TRAILING_ADJUNCT) return false;
  for (let j = k; j <= end; j++) {
    const t = ctx.tokens[j]!;
    if (ctx.inVerb[j] === 1 || ctx.lex.words.complementizers.has(t.norm) || t.kind === 'quote') return false;
  }
  return true;
}

/** The clause before a trailing attribution (from the clause start to the comma). */
function trailing(ctx: AttributionContext, comma: number, draft: AttributionDraft): ReportedClause | null {
  const first = clauseStart(ctx, comma);
  const last = ctx.lastNonPunct[comma - 1] ?? -1;
  if (last < first || words(ctx, first, last) < MIN_TRAILING_WORDS || isWholeQuote(ctx, first, last))
    return null;
  return { ...draft, first, last };
}

/** Marker-anchored reported speech: selon X, … ; …, selon X. ; according to X, … ; pour X, … */
function fromMarker(
  ctx: AttributionContext,
  m: number,
  ml: number,
  kind: 'marker' | 'pour',
): ReportedClause | null {
  const lang = ctx.lex.lang;
  const sp = markerSpeaker(ctx, m, ml);
  if (!sp) return null;
  if (kind === 'pour' && !speakerLike(ctx, sp)) return null;
  const after = sp.last + 1;
  const draft: AttributionDraft = {
    speaker: sp,
    speakerRef: null,
    verb: null,
    marker: { first: m, last: ml },
    pattern: '',
  };
  const sep = isPunct(ctx, after, ',') || isPunct(ctx, after, ':');
  if (clauseInitial(ctx, m)) {
    if (!sep) return null;
    const last = clauseEnd(ctx, after + 1);
    if (last <= after || isWholeQuote(ctx, after + 1, last)) return null;
    const pattern = kind === 'pour' ? `${lang}/pour-speaker-clause` : `${lang}/marker-speaker-clause`;
    return { ...draft, pattern, first: after + 1, last };
  }
  if (kind === 'pour') return null;
  const endsHere =
    after >= ctx.n ||
    isClauseStop(ctx, after) ||
    ctx.para[after] !== ctx.para[sp.last] ||
    clauseEnd(ctx, after) < after;
  if (endsHere) {
    const comma = isPunct(ctx, m - 1, ',') ? m - 1 : m;
    return trailing(ctx, comma, { ...draft, pattern: `${lang}/clause-then-marker-speaker` });
  }
  if (isPunct(ctx, m - 1, ',') && sep) {
    const first = clauseStart(ctx, m);
    const last = clauseEnd(ctx, m);
    if (words(ctx, first, last) < MIN_TRAILING_WORDS) return null;
    return { ...draft, pattern: `${lang}/clause-marker-speaker-clause`, first, last };
  }
  return null;
}

/**
 * Finds indirect reported speech: clauses after « que » / "that" governed by a reporting verb with a
 * speaker, bare "said" clauses in English, trailing attributions ("…, the ministry said."), and clauses
 * governed by an attribution marker (« selon X, … », "…, according to X."), « pour X, … » only with a
 * speaker-like X. Verbs and markers inside quotations or listed in `used` (already attributing a direct
 * quotation) are skipped. One pass over the tokens with bounded look-around.
 * @example
 * findReportedClauses(ctx, new Uint8Array(ctx.n))[0].pattern; //=> 'fr/marker-speaker-clause'
 */
export function findReportedClauses(ctx: AttributionContext, used: Uint8Array): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (let i = 0; i < ctx.n; i++) {
    if (used[i] === 1 || ctx.tokens[i]!.quote !== -1) continue;
    let found: ReportedClause | null = null;
    if (ctx.verbLast[i]! >= 0) found = fromVerb(ctx, i);
    else if (ctx.markerLast[i]! >= 0) found = fromMarker(ctx, i, ctx.markerLast[i]!, 'marker');
    else if (ctx.speakerMarkerLast[i]! >= 0 && clauseInitial(ctx, i)) {
      found = fromMarker(ctx, i, ctx.speakerMarkerLast[i]!, 'pour');
    }
    if (found) out.push(found);
  }
  return out;
}
