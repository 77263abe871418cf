/**
 * Timing and printing for the benchmark: CPU time (user + system) of interleaved, repeated runs, so that
 * other processes on the machine slow every measure alike; rates; a plain-text table.
 * @module
 */

/** CPU time of this process in milliseconds (not wall time: waiting for a busy core is not counted). */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** How many calls of `fn` make one sample of at least `minMs`. */
function calibrate(fn: () => unknown, minMs: number): number {
  let inner = 1;
  for (;;) {
    const t0 = cpuMs();
    for (let i = 0; i < inner; i++) fn();
    const dt = cpuMs() - t0;
    if (dt >= minMs || inner >= 1 << 16) return inner;
    inner = Math.max(inner * 2, Math.ceil((inner * minMs) / Math.max(dt, 0.5)));
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Medians of interleaved measures: per function its time per call (ms) and per rep the time ratios. */
export interface Interleaved {
  /** Median CPU milliseconds per call, one per function. */
  ms: number[];
  /** Median over the reps of `time[0] / time[i]`, one per function (1 for the first). */
  ratio: number[];
}

/**
 * Runs the functions in turn, `reps` times, and returns the median CPU time of each and the median of
 * the per-rep ratios to the first one. A fast function is called several times per sample (until the
 * sample lasts `minMs`) and the sample is divided by the count.
 * @example
 * const { ms, ratio } = interleaved([() => wink(texts), () => ours(texts)], 5);
 * ratio[1]; //=> 0.62 (ours runs at 0.62× wink's speed)
 */
export function interleaved(fns: readonly (() => unknown)[], reps: number, minMs = 50): Interleaved {
  const inner = fns.map((fn) => calibrate(fn, minMs));
  const samples: number[][] = fns.map(() => []);
  for (let r = 0; r < reps; r++) {
    fns.forEach((fn, f) => {
      const t0 = cpuMs();
      for (let i = 0; i < inner[f]!; i++) fn();
      samples[f]!.push((cpuMs() - t0) / inner[f]!);
    });
  }
  return {
    ms: samples.map(median),
    ratio: samples.map((s) => median(s.map((t, r) => samples[0]![r]! / t))),
  };
}

/**
 * Median CPU time of `fn` in milliseconds over `reps` samples (see {@link interleaved}).
 * @example
 * medianTime(() => JSON.stringify({ a: 1 }), 5); //=> 0.0004 (ms)
 */
export function medianTime(fn: () => unknown, reps: number, minMs = 50): number {
  return interleaved([fn], reps, minMs).ms[0]!;
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
