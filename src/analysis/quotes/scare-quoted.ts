import type { ProcessedText } from '../../text/types.js';
import { type SpanVoice, spanVoices } from './quote-role-of-span.js';
import type { QuotationLike } from './types.js';

/**
 * For each token, true when it stands inside scare quotes: a quotation span whose role is `scare`
 * (short, unattributed, or after "so-called" / « soi-disant ») and that no enclosing quotation makes
 * someone's words. Those tokens keep the `authorial` voice; this flag tells the outlet's distance.
 * `spans` are the quotations' {@link spanVoices} (pass them when already computed).
 * @example
 * const pt = processText({ text: 'Les « forces de maintien de la paix » sont arrivées.', lang: 'fr' });
 * scareQuoted(pt, findQuotations(pt, fallbackQuoteRules('fr'), speakers));
 * //=> [false, true, true, true, true, true, true, true, false, false, false]
 */
export function scareQuoted(
  pt: ProcessedText,
  quotations: readonly QuotationLike[],
  spans: readonly SpanVoice[] = spanVoices(pt, quotations),
): boolean[] {
  return pt.tokens.map((t) => t.quote >= 0 && spans[t.quote] === 'scare');
}
