/**
 * Ranks of the values (1 = smallest); tied values share the mean of the ranks they span.
 * @example
 * averageRanks([10, 30, 20, 30]);
 * //=> [1, 3.5, 2, 3.5]
 */
export function averageRanks(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]!.value === order[i]!.value) j++;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) ranks[order[k]!.index] = rank;
    i = j + 1;
  }
  return ranks;
}

/**
 * Spearman's rank correlation ρ: the Pearson correlation of the average ranks (so ties are handled
 * exactly, as in `scipy.stats.spearmanr`). Returns null when there are fewer than 3 pairs, when the
 * two arrays differ in length, or when either side has no variance (all values tied).
 * @example
 * spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7]);
 * //=> 0.8207826816681233
 * spearman([1, 2], [2, 1]);
 * //=> null
 */
export function spearman(xs: readonly number[], ys: readonly number[]): number | null {
  if (xs.length !== ys.length || xs.length < 3) return null;
  const rx = averageRanks(xs);
  const ry = averageRanks(ys);
  const n = rx.length;
  const mean = (n + 1) / 2; // the mean of average ranks is always (n + 1) / 2
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = rx[i]! - mean;
    const dy = ry[i]! - mean;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  if (sxx === 0 || syy === 0) return null;
  return sxy / Math.sqrt(sxx * syy);
}
