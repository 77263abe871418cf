import type { FoldedLine } from './fold-line.js';

/**
 * What a line matcher may read besides the line itself.
 * @example
 * const ctx: LineContext = { next: () => null, previous: () => null, isFirst: true, isLast: false };
 */
export interface LineContext {
  /** The next non-blank line, folded (computed on demand), or null at the end of the text. */
  next: () => FoldedLine | null;
  /** The previous non-blank line, folded, or null at the start of the text. */
  previous: () => FoldedLine | null;
  /** True for the first non-blank line of the text. */
  isFirst: boolean;
  /** True for the last non-blank line of the text. */
  isLast: boolean;
}

/**
 * A custom line test: pure, linear in the line's length.
 * @example
 * const isShort: LineTest = (line) => line.raw.length < 10;
 */
export type LineTest = (line: FoldedLine, context: LineContext) => boolean;
