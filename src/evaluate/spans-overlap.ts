import type { Span } from '../core/types.js';

/**
 * Whether two half-open spans `[start, end)` share at least one character. Touching spans
 * (`[0, 5)` and `[5, 9)`) do not overlap, and an empty span overlaps nothing.
 * @example
 * spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 }); //=> true
 * spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 }); //=> false
 */
export function spansOverlap(a: Span, b: Span): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}
