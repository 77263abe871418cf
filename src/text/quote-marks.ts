/**
 * The characters that can be quotation marks.
 * @module
 */

/** Marks that are always quotation marks: « » ‹ › “ ” „ ‟ " ＂. */
const DOUBLE_MARKS = new Set([0xab, 0xbb, 0x2039, 0x203a, 0x201c, 0x201d, 0x201e, 0x201f, 0x22, 0xff02]);
/** Marks that are quotation marks only when used as such, else apostrophes: ‘ ’ ‚ ‛ '. */
const SINGLE_MARKS = new Set([0x2018, 0x2019, 0x201a, 0x201b, 0x27]);

/**
 * True for a character that is a quotation mark whatever its context (« » ‹ › “ ” „ ‟ " ＂).
 * @example
 * isDoubleQuoteMark('«'.charCodeAt(0)); //=> true
 * isDoubleQuoteMark('’'.charCodeAt(0)); //=> false
 */
export function isDoubleQuoteMark(code: number): boolean {
  return DOUBLE_MARKS.has(code);
}

/**
 * True for a character that quotes only in some contexts and is otherwise an apostrophe (‘ ’ ‚ ‛ ').
 * @example
 * isSingleQuoteMark('’'.charCodeAt(0)); //=> true
 */
export function isSingleQuoteMark(code: number): boolean {
  return SINGLE_MARKS.has(code);
}
