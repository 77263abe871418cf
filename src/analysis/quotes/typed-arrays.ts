/**
 * Zeroed `Int32Array`s of the given lengths, carved out of one buffer: one allocation instead of one
 * per array (a typed array of more than a few elements gets a buffer of its own, whose allocation and
 * release cost more than filling it). The per-document indexes of the attribution and cue contexts
 * come this way.
 * @example
 * const [first, last] = int32Arrays(n, n + 1); // first.length === n, last.length === n + 1
 */
export function int32Arrays(...lengths: number[]): Int32Array[] {
  let total = 0;
  for (const length of lengths) total += length;
  const buffer = new ArrayBuffer(total * 4);
  const out: Int32Array[] = [];
  let offset = 0;
  for (const length of lengths) {
    out.push(new Int32Array(buffer, offset * 4, length));
    offset += length;
  }
  return out;
}

/**
 * Zeroed `Uint8Array`s of the given lengths, carved out of one buffer (see {@link int32Arrays}).
 * @example
 * const [negator, hedge] = uint8Arrays(n, n);
 */
export function uint8Arrays(...lengths: number[]): Uint8Array[] {
  let total = 0;
  for (const length of lengths) total += length;
  const buffer = new ArrayBuffer(total);
  const out: Uint8Array[] = [];
  let offset = 0;
  for (const length of lengths) {
    out.push(new Uint8Array(buffer, offset, length));
    offset += length;
  }
  return out;
}
