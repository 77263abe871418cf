import type { Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import { tokenAtOrAfterFrom } from './attribution-context.js';
import { type SpanVoice, spanVoices } from './quote-role-of-span.js';
import type { QuotationLike } from './types.js';

/**
 * Who speaks each token: `quoted` inside a direct quotation whose role is `quotation` or `term`
 * (nested quotations included), `attributed` inside the content of an indirect reported clause
 * (« X a déclaré que … », "according to X, …"), `authorial` otherwise. Scare-quoted tokens are never
 * `quoted`: the outlet chose the marks, so they stay `authorial` (or `attributed` when the scare quote
 * sits inside a reported clause); {@link scareQuoted} flags them. Linear in the number of tokens.
 * `spans` are the quotations' {@link spanVoices} (pass them when already computed).
 * @example
 * const pt = processText({ text: 'Selon le Kremlin, la mission est accomplie.', lang: 'fr' });
 * voiceAt(pt, findQuotations(pt, fallbackQuoteRules('fr'), speakers));
 * //=> ['authorial', 'authorial', 'authorial', 'authorial', 'attributed', 'attributed', …]
 */
export function voiceAt(
  pt: ProcessedText,
  quotations: readonly QuotationLike[],
  spans: readonly SpanVoice[] = spanVoices(pt, quotations),
): Voice[] {
  const n = pt.tokens.length;
  const delta = new Int32Array(n + 1);
  // Quotations come by start: each search starts from the previous clause's first token.
  let previousFirst = 0;
  for (const q of quotations) {
    if (q.kind !== 'indirect') continue;
    const first = tokenAtOrAfterFrom(pt.tokens, q.start, previousFirst);
    const end = tokenAtOrAfterFrom(pt.tokens, q.end, first);
    previousFirst = first;
    if (end <= first) continue;
    delta[first]!++;
    delta[end]!--;
  }
  const out: Voice[] = new Array(n);
  let depth = 0;
  for (let i = 0; i < n; i++) {
    depth += delta[i]!;
    const qi = pt.tokens[i]!.quote;
    if (qi >= 0 && spans[qi] === 'quoted') out[i] = 'quoted';
    else out[i] = depth > 0 ? 'attributed' : 'authorial';
  }
  return out;
}
