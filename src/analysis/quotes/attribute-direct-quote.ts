import type { AttributionContext } from './attribution-context.js';
import type { AttributionDraft } from './attribution-draft.js';
import { findSpeakerAfter, findSpeakerBefore } from './find-speaker-around-verb.js';
import { markerSpeaker } from './marker-speaker.js';
import { speakerForward } from './speaker-phrase.js';
import { verbGroupBackward, verbGroupForward } from './verb-group.js';

const AFTER_PUNCT = new Set([',', '—', '–', '-']);
const BEFORE_PUNCT = new Set([':', ',', '—', '–']);
const MAX_ADJUNCT = 5;
const MAX_MARKER_PHRASE = 12;

function outside(ctx: AttributionContext, i: number, para: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && t.quote === -1 && ctx.para[i] === para;
}

/** True when the quotation runs to the end of its clause (unclosed, or punctuation after its closing mark). */
function quoteEndsClause(ctx: AttributionContext, q: number): boolean {
  const qt = ctx.quotes[q]!;
  if (qt.close < 0) return true;
  const next = qt.close + 1;
  if (next >= ctx.n || ctx.para[next] !== ctx.para[qt.close]) return true;
  const kind = ctx.tokens[next]!.kind;
  return kind === 'punctuation' || kind === 'quote';
}

/**
 * The attribution after a quotation's closing mark: « … », a déclaré X ; « … », selon X ;
 * "…," X said ; "…," said X. Returns null when nothing attributes it there.
 */
function afterQuote(ctx: AttributionContext, q: number): AttributionDraft | null {
  const qt = ctx.quotes[q]!;
  if (qt.close < 0) return null;
  const lang = ctx.lex.lang;
  const para = ctx.para[qt.close]!;
  let j = qt.close + 1;
  for (let s = 0; s < 2 && outside(ctx, j, para) && ctx.tokens[j]!.kind === 'punctuation'; s++) {
    if (!AFTER_PUNCT.has(ctx.tokens[j]!.text)) return null;
    j++;
  }
  if (!outside(ctx, j, para)) return null;
  const vg = verbGroupForward(ctx, j);
  if (vg) {
    const found = findSpeakerAfter(ctx, vg);
    return { ...found, verb: vg, marker: null, pattern: `${lang}/quote-then-verb-speaker` };
  }
  const ml = ctx.markerLast[j]!;
  if (ml >= 0) {
    const msp = markerSpeaker(ctx, j, ml);
    if (msp) {
      return {
        speaker: msp,
        speakerRef: null,
        verb: null,
        marker: { first: j, last: ml },
        pattern: `${lang}/quote-then-marker-speaker`,
      };
    }
  }
  const sp = speakerForward(ctx, j);
  if (sp) {
    const vg2 = verbGroupForward(ctx, sp.last + 1);
    if (vg2)
      return {
        speaker: sp,
        speakerRef: null,
        verb: vg2,
        marker: null,
        pattern: `${lang}/quote-then-speaker-verb`,
      };
  }
  return null;
}

/**
 * The attribution before a quotation's opening mark: X a déclaré : « … » ; X said that "…" ;
 * selon X, « … » ; according to X: "…". Only when the quotation ends its clause (a short quotation
 * inside a reported clause is left to the reported-clause pass).
 */
function beforeQuote(ctx: AttributionContext, q: number): AttributionDraft | null {
  const qt = ctx.quotes[q]!;
  if (qt.open < 1) return null;
  const lang = ctx.lex.lang;
  const para = ctx.para[qt.open]!;
  let b = qt.open - 1;
  if (!outside(ctx, b, para)) return null;
  const tb = ctx.tokens[b]!;
  const colon = tb.kind === 'punctuation' && tb.text === ':';
  if (tb.kind === 'punctuation') {
    if (!BEFORE_PUNCT.has(tb.text)) return null;
    b--;
  }
  let that = false;
  if (outside(ctx, b, para) && ctx.lex.words.complementizers.has(ctx.tokens[b]!.norm)) {
    that = true;
    b--;
  }
  if (!outside(ctx, b, para) || !quoteEndsClause(ctx, q)) return null;
  // Reporting verb, possibly followed by a short adjunct (« à l'AFP », "in a statement").
  for (let k = b; k >= 0 && b - k <= MAX_ADJUNCT && outside(ctx, k, para); k--) {
    const tk = ctx.tokens[k]!;
    if (k < b && (tk.kind === 'punctuation' || tk.kind === 'quote')) break;
    const vg = verbGroupBackward(ctx, k);
    if (vg) {
      const found = findSpeakerBefore(ctx, vg);
      if (found.speaker === null && found.speakerRef === null) return null;
      const how = that ? 'that-' : colon ? 'colon-' : '';
      const pattern = `${lang}/speaker-verb-${how}quote`;
      return { ...found, verb: vg, marker: null, pattern };
    }
  }
  if (that) return null;
  // « Selon X, « … » »: a marker whose speaker phrase ends right before the punctuation.
  for (let m = b; m >= 0 && b - m <= MAX_MARKER_PHRASE && outside(ctx, m, para); m--) {
    const ml = ctx.markerLast[m]!;
    if (ml < 0) continue;
    const sp = markerSpeaker(ctx, m, ml);
    if (sp && (sp.last === b || ml === b)) {
      return {
        speaker: sp,
        speakerRef: null,
        verb: null,
        marker: { first: m, last: ml },
        pattern: `${lang}/marker-speaker-quote`,
      };
    }
    return null;
  }
  return null;
}

/**
 * Finds what attributes a top-level direct quotation (index into `pt.quotes`): first the words after
 * its closing mark, then the words before its opening mark. Returns null when no pattern fires.
 * @example
 * // « Nous partirons », a déclaré Tokaïev.
 * attributeDirectQuote(ctx, 0)?.pattern; //=> 'fr/quote-then-verb-speaker'
 */
export function attributeDirectQuote(ctx: AttributionContext, q: number): AttributionDraft | null {
  return afterQuote(ctx, q) ?? beforeQuote(ctx, q);
}
