import type { AttributionContext } from './attribution-context.js';
import type { TokenRange } from './speaker-phrase.js';

/**
 * A speaker already found earlier in the document (a candidate antecedent).
 * @example
 * const m: SpeakerMention = { range: { first: 0, last: 1 }, group: 'russian-officials' };
 */
export interface SpeakerMention {
  range: TokenRange;
  group: string | null;
}

const MAX_SENTENCES_BACK = 3;
const MAX_CANDIDATES = 40;

function isPlural(ctx: AttributionContext, range: TokenRange): boolean {
  const head = ctx.tokens[range.last]!;
  const ch = head.text.charAt(0);
  const sentence = ctx.pt.sentences[head.sentence];
  const sentenceInitial = sentence !== undefined && sentence.firstToken === range.last;
  if (ch !== ch.toLowerCase() && !sentenceInitial) return false;
  return head.norm.length > 3 && (head.norm.endsWith('s') || head.norm.endsWith('x'));
}

const MIN_SENTENCE_WORDS = 4;

/** True when token `i` stands in a fragment (a caption or heading of fewer than four words). */
function inFragment(ctx: AttributionContext, i: number): boolean {
  const sentence = ctx.pt.sentences[ctx.tokens[i]!.sentence];
  if (!sentence || sentence.lastToken < sentence.firstToken) return true;
  return (
    ctx.wordsBefore[sentence.lastToken + 1]! - ctx.wordsBefore[sentence.firstToken]! < MIN_SENTENCE_WORDS
  );
}

/** The nearest candidate, preferring one that agrees in number. */
function nearest(
  ctx: AttributionContext,
  candidates: readonly SpeakerMention[],
  wantPlural: boolean,
): SpeakerMention | null {
  let best: SpeakerMention | null = null;
  let bestAgreeing: SpeakerMention | null = null;
  for (const c of candidates) {
    if (!best || c.range.last > best.range.last) best = c;
    if (isPlural(ctx, c.range) === wantPlural && (!bestAgreeing || c.range.last > bestAgreeing.range.last))
      bestAgreeing = c;
  }
  return bestAgreeing ?? best;
}

/**
 * The antecedent of a pronoun speaker (il, elle, ils, he, she, they…) at token `at`: the nearest
 * earlier speaker — of a quotation or reported clause (`previous`, in document order), or a
 * speaker-group mention outside quotations and outside reported content (`reported[i] >= 0` marks a
 * token inside a reported clause) and outside fragments of fewer than four words (captions) — at most
 * three sentences back. A candidate that agrees in number
 * (a plural head noun for ils/elles/they) is preferred; null when there is none.
 * @example
 * // « Le Kremlin a réagi. Il a déclaré que… » → the range of « Le Kremlin »
 * findAntecedent(ctx, 5, 'il', [], reported); //=> { range: { first: 0, last: 1 }, group: 'russian-officials' }
 */
export function findAntecedent(
  ctx: AttributionContext,
  at: number,
  pronoun: string,
  previous: readonly SpeakerMention[],
  reported: Int32Array,
): SpeakerMention | null {
  const sentence = ctx.tokens[at]?.sentence ?? 0;
  const minSentence = sentence - MAX_SENTENCES_BACK;
  const wantPlural = ctx.lex.words.pluralPronouns.has(pronoun);
  const speakers: SpeakerMention[] = [];
  for (let i = previous.length - 1; i >= 0 && speakers.length < MAX_CANDIDATES; i--) {
    const m = previous[i]!;
    if (m.range.first >= at) continue;
    if (ctx.tokens[m.range.first]!.sentence < minSentence) break;
    speakers.push(m);
  }
  const candidates: SpeakerMention[] = speakers;
  // Speaker-group mentions before `at`, newest first (binary search for the last one starting before).
  let lo = 0;
  let hi = ctx.groups.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (ctx.groups[mid]!.first < at) lo = mid + 1;
    else hi = mid;
  }
  for (let g = lo - 1, seen = 0; g >= 0 && seen < MAX_CANDIDATES; g--, seen++) {
    const m = ctx.groups[g]!;
    if (m.last >= at) continue;
    if (ctx.tokens[m.first]!.sentence < minSentence) break;
    if (ctx.tokens[m.first]!.quote !== -1 || reported[m.first]! >= 0 || inFragment(ctx, m.first)) continue;
    candidates.push({ range: { first: m.first, last: m.last }, group: m.id });
  }
  return nearest(ctx, candidates, wantPlural);
}
