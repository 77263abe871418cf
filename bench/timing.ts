/**
 * Timing and printing for the benchmark: medians of repeated runs, rates, a plain-text table.
 * @module
 */

/**
 * Median wall time of `fn` in milliseconds over `reps` samples. A fast `fn` is run several times per
 * sample (until the sample lasts `minMs`) and the sample is divided by the count.
 * @example
 * medianTime(() => JSON.stringify({ a: 1 }), 5); //=> 0.0004 (ms)
 */
export function medianTime(fn: () => unknown, reps: number, minMs = 20): number {
  let inner = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= minMs || inner >= 1 << 16) break;
    inner = Math.max(inner * 2, Math.ceil((inner * minMs) / Math.max(dt, 0.01)));
  }
  const samples: number[] = [];
  for (let r = 0; r < reps; r++) {
    const t0 = performance.now();
    for (let i = 0; i < inner; i++) fn();
    samples.push((performance.now() - t0) / inner);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1]!;
}

/**
 * A rate in a short human form.
 * @example
 * formatRate(861_234); //=> '861k'
 * formatRate(1_260_000); //=> '1.26M'
 */
export function formatRate(perSecond: number): string {
  if (perSecond >= 1e6) return `${(perSecond / 1e6).toFixed(2)}M`;
  if (perSecond >= 1e3) return `${Math.round(perSecond / 1e3)}k`;
  return String(Math.round(perSecond));
}

/**
 * Prints a table with columns padded to their widest cell.
 * @example
 * printTable(['a', 'b'], [['1', '2']]);
 * // a  b
 * // 1  2
 */
export function printTable(header: readonly string[], rows: readonly (readonly string[])[]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(r));
}
