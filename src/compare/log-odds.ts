import { UsageError } from '../core/errors.js';

/**
 * The log-odds ratio of one term between two groups, with its variance and z-score.
 * @example
 * const s: LogOddsScore = { countA: 10, countB: 0, prior: 1, delta: 2.1, variance: 1.09, z: 2.01 };
 */
export interface LogOddsScore {
  /** The term's count in group A. */
  countA: number;
  /** The term's count in group B. */
  countB: number;
  /** The term's prior pseudo-count α_w. */
  prior: number;
  /** δ_w: log-odds of the term in A minus log-odds in B (positive: more typical of A). */
  delta: number;
  /** Approximate variance of δ_w. */
  variance: number;
  /** δ_w / √variance. */
  z: number;
}

/** Options of {@link logOddsRatio}, for scoring a few terms against large count tables. */
export interface LogOddsOptions {
  /** Score only these terms (default: every term with a count in A or B). */
  terms?: readonly string[];
  /** Σ of A's counts when `countsA` holds only some terms (default: summed from `countsA`). */
  totalA?: number;
  /** Σ of B's counts when `countsB` holds only some terms (default: summed from `countsB`). */
  totalB?: number;
  /** α0, Σ of the prior (default: summed from `prior`). */
  priorTotal?: number;
}

/**
 * The log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008, "Fightin'
 * Words", §3.5), term by term, of group A against group B.
 *
 * With `y` the counts, `n = Σ yA`, `m = Σ yB`, `α` the prior and `α0 = Σ α` (over the whole prior):
 * - δ_w = log((yA_w + α_w) / (n + α0 − yA_w − α_w)) − log((yB_w + α_w) / (m + α0 − yB_w − α_w))
 * - var(δ_w) ≈ 1 / (yA_w + α_w) + 1 / (yB_w + α_w)
 * - z_w = δ_w / √var(δ_w)
 *
 * Counts in, scores out (as scattertext's `LogOddsRatioInformativeDirichletPrior`); the prior is an
 * explicit input (see `dirichletPrior`). Scores every term with a count in A or B (or `options.terms`),
 * keys sorted;
 * swapping A and B flips every sign. Throws `UsageError` `E_USAGE` when a scored term has no positive
 * prior, or a count is negative.
 * @example
 * const scores = logOddsRatio({ bandit: 8, manifestant: 2 }, { manifestant: 9, bandit: 1 },
 *   { bandit: 4.5, manifestant: 5.5 });
 * scores.bandit.z > 0; //=> true (more typical of A)
 * scores.manifestant.z < 0; //=> true
 */
export function logOddsRatio(
  countsA: Readonly<Record<string, number>>,
  countsB: Readonly<Record<string, number>>,
  prior: Readonly<Record<string, number>>,
  options: LogOddsOptions = {},
): Record<string, LogOddsScore> {
  const n = options.totalA ?? total(countsA, 'A');
  const m = options.totalB ?? total(countsB, 'B');
  const a0 = options.priorTotal ?? total(prior, 'prior');
  const terms = [...new Set(options.terms ?? [...Object.keys(countsA), ...Object.keys(countsB)])].sort();
  const out: Record<string, LogOddsScore> = {};
  for (const term of terms) {
    const score = logOddsScore(term, countsA[term] ?? 0, countsB[term] ?? 0, prior[term] ?? 0, n, m, a0);
    if (score !== null) out[term] = score;
  }
  return out;
}

/**
 * The score of one term for {@link logOddsRatio}: its counts `yA` and `yB`, its prior `a`, the totals
 * `n` and `m` of A and B and the prior's total `a0`. Null when both counts are 0; throws `UsageError`
 * `E_USAGE` when the prior is not positive.
 * @example
 * logOddsScore('bandit', 8, 1, 4.5, 10, 10, 10).z > 0; //=> true
 */
export function logOddsScore(
  term: string,
  yA: number,
  yB: number,
  a: number,
  n: number,
  m: number,
  a0: number,
): LogOddsScore | null {
  if (yA === 0 && yB === 0) return null;
  if (!(a > 0))
    throw new UsageError('E_USAGE', `log-odds: the prior has no positive pseudo-count for "${term}"`);
  const delta = Math.log((yA + a) / (n + a0 - yA - a)) - Math.log((yB + a) / (m + a0 - yB - a));
  const variance = 1 / (yA + a) + 1 / (yB + a);
  return { countA: yA, countB: yB, prior: a, delta, variance, z: delta / Math.sqrt(variance) };
}

/** Σ of a count record, in its key order (records built by this library have sorted keys). */
function total(record: Readonly<Record<string, number>>, name: string): number {
  let sum = 0;
  for (const key of Object.keys(record)) {
    const v = record[key]!;
    if (!(v >= 0))
      throw new UsageError('E_USAGE', `log-odds: negative or invalid count for "${key}" in ${name}`);
    sum += v;
  }
  return sum;
}
