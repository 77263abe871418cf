/**
 * A copy of a count record with its keys in sorted order, so that printed and serialised results
 * are deterministic whatever the input order.
 * @example
 * Object.keys(sortKeys({ b: 1, a: 2 })); //=> ['a', 'b']
 */
export function sortKeys<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key]!;
  return out;
}
