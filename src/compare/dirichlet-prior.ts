/**
 * An informative Dirichlet prior for `logOddsRatio`, built from the whole corpus's counts (as
 * scattertext's `PriorFactory`).
 *
 * By default (`total` null) the prior is the plain corpus counts: α_w = c_w and α0 = the corpus size,
 * so the prior weighs as much as the corpus whatever its size, and the z-scores of a term depend on
 * the proportions, not on how large the corpus is. A number scales the counts to that many
 * pseudo-counts (α_w = total · c_w / Σc): smaller priors let rare terms stand out more, larger ones
 * damp them. Terms with a zero count are left out; keys sorted.
 * @example
 * dirichletPrior({ a: 3, b: 1 }); //=> { a: 3, b: 1 }
 * dirichletPrior({ a: 3, b: 1 }, 100); //=> { a: 75, b: 25 }
 */
export function dirichletPrior(
  corpusCounts: Readonly<Record<string, number>>,
  total: number | null = null,
): Record<string, number> {
  const keys = Object.keys(corpusCounts)
    .filter((k) => corpusCounts[k]! > 0)
    .sort();
  let sum = 0;
  for (const k of keys) sum += corpusCounts[k]!;
  const scale = total === null || sum === 0 ? 1 : total / sum;
  const out: Record<string, number> = {};
  for (const k of keys) out[k] = corpusCounts[k]! * scale;
  return out;
}
