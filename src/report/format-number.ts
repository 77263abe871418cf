/**
 * A signed number with a true minus sign (U+2212) and a fixed number of decimals; zero has no sign.
 * @example
 * signed(0.785516); //=> '+0.79'
 * signed(-0.05); //=> '−0.05'
 * signed(0); //=> '0.00'
 */
export function signed(x: number, digits = 2): string {
  const s = Math.abs(x).toFixed(digits);
  if (Number(s) === 0) return s;
  return `${x > 0 ? '+' : '−'}${s}`;
}

/**
 * A bootstrap interval as `[low, high]` with signed bounds.
 * @example
 * interval({ low: 0.04, high: 0.99 }); //=> '[+0.04, +0.99]'
 */
export function interval(i: { low: number; high: number }, digits = 2): string {
  return `[${signed(i.low, digits)}, ${signed(i.high, digits)}]`;
}

/**
 * A share in [0, 1] as a percentage with one decimal.
 * @example
 * percent(0.125); //=> '12.5%'
 */
export function percent(share: number): string {
  return `${(share * 100).toFixed(1)}%`;
}

/**
 * A count with thousands separators (1,310).
 * @example
 * count(1310); //=> '1,310'
 */
export function count(n: number): string {
  return n.toLocaleString('en-US');
}

/**
 * The English word for a stance label.
 * @example
 * stanceWord('favor'); //=> 'in favour'
 */
export function stanceWord(label: string): string {
  return label === 'favor' ? 'in favour' : label;
}
