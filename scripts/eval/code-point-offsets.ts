/**
 * Converts code-point offsets (as written by Python tools: PTC, SemEval-2023) into UTF-16 string
 * indices for one text. When the text has no character outside the Basic Multilingual Plane the two
 * agree and the conversion is the identity; otherwise it walks `Array.from(text)` once.
 * An offset equal to the number of code points maps to `text.length`; anything outside
 * `[0, codePoints]` yields -1, so that the caller can report the bad label.
 * @example
 * const toUtf16 = codePointToUtf16('a😀b');
 * toUtf16(2); //=> 3 ('b' is at string index 3)
 * toUtf16(3); //=> 4
 */
export function codePointToUtf16(text: string): (offset: number) => number {
  // A lone or paired surrogate is the only way a UTF-16 string differs from its code points.
  if (!/[\uD800-\uDFFF]/.test(text)) {
    return (offset) => (Number.isInteger(offset) && offset >= 0 && offset <= text.length ? offset : -1);
  }
  const starts: number[] = [];
  let index = 0;
  for (const ch of Array.from(text)) {
    starts.push(index);
    index += ch.length;
  }
  starts.push(index);
  return (offset) => (Number.isInteger(offset) ? (starts[offset] ?? -1) : -1);
}
