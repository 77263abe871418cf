import type { ProcessedText } from '../../text/types.js';
import { trimmedInner } from './trimmed-inner.js';
import type { QuotationLike } from './types.js';

/**
 * How a quotation span counts for voice: someone's words, the outlet's scare marks, or unknown.
 * @example
 * const v: SpanVoice = 'scare';
 */
export type SpanVoice = 'quoted' | 'scare' | 'none';

/**
 * The role of the last direct quotation with inner offsets `start..end`, by a list of quotations per
 * start offset (keyed by number, no string keys: linear in the quotations).
 */
function roleByOffsets(
  length: number,
  quotations: readonly QuotationLike[],
): (start: number, end: number) => QuotationLike['role'] | undefined {
  const head = new Map<number, number>();
  const next = new Int32Array(quotations.length);
  quotations.forEach((q, k) => {
    if (q.kind !== 'direct' || q.start < 0 || q.start > length) return;
    next[k] = head.get(q.start) ?? -1;
    head.set(q.start, k);
  });
  return (start, end) => {
    // The latest quotation with this start comes first.
    for (let k = head.get(start) ?? -1; k >= 0; k = next[k]!)
      if (quotations[k]!.end === end) return quotations[k]!.role;
    return undefined;
  };
}

/**
 * For each `pt.quotes` span, whether its tokens are someone's words (`quoted`: the span or an enclosing
 * one is a quotation or an attributed term), the outlet's scare marks (`scare`), or unknown (`none`).
 * Quotations are matched to spans by their inner offsets (whitespace next to the marks trimmed); on
 * equal offsets the last quotation counts. Linear in the number of spans and quotations.
 * @example
 * spanVoices(pt, findQuotations(pt, rules, speakers)); //=> ['scare', 'quoted']
 */
export function spanVoices(pt: ProcessedText, quotations: readonly QuotationLike[]): SpanVoice[] {
  const roleAt = roleByOffsets(pt.text.length, quotations);
  const out: SpanVoice[] = new Array(pt.quotes.length).fill('none');
  const done = new Uint8Array(pt.quotes.length);
  const resolve = (qi: number, depth: number): SpanVoice => {
    if (done[qi] === 1) return out[qi]!;
    const span = pt.quotes[qi]!;
    const [start, end] = trimmedInner(pt.text, span.innerStart, span.innerEnd);
    const role = roleAt(start, end);
    let v: SpanVoice =
      role === 'quotation' || role === 'term' ? 'quoted' : role === 'scare' ? 'scare' : 'none';
    if (v !== 'quoted' && span.parent >= 0 && span.parent !== qi && depth < 64) {
      const up = resolve(span.parent, depth + 1);
      if (up === 'quoted') v = 'quoted';
      else if (v === 'none') v = up;
    }
    out[qi] = v;
    done[qi] = 1;
    return v;
  };
  for (let qi = 0; qi < pt.quotes.length; qi++) resolve(qi, 0);
  return out;
}
