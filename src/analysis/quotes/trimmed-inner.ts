function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 0x2007
  );
}

/**
 * The inner offsets of a quotation span without the whitespace next to its marks (« Nous » → `Nous`).
 * Both offsets stay indices into the original text.
 * @example
 * trimmedInner('« Nous »', 1, 7); //=> [2, 6]
 */
export function trimmedInner(text: string, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return [s, e];
}
