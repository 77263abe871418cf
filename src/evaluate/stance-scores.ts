import { precisionRecallF1 } from './precision-recall-f1.js';
import { spearman } from './spearman.js';
import type { PerStance, StanceClass, StancePair, StanceScores } from './types.js';

/**
 * The three stance classes, in report order.
 * @example
 * STANCE_CLASSES; //=> ['favor', 'against', 'neutral']
 */
export const STANCE_CLASSES: readonly StanceClass[] = ['favor', 'against', 'neutral'];

/**
 * Scores predicted stances against gold ones. `fAvg` is the SemEval-2016 Task 6 metric, the mean of
 * the F1 of `favor` and of `against` (neutral enters only through the errors it causes). Spearman is
 * computed on the pairs that carry both `goldStrength` and `predictedScore` (`spearmanN` of them).
 * With no pair, every figure is 0 and Spearman is null.
 * @example
 * const s = stanceScores([
 *   { gold: 'favor', predicted: 'favor', goldStrength: 2, predictedScore: 0.9 },
 *   { gold: 'against', predicted: 'neutral', goldStrength: -1, predictedScore: 0 },
 *   { gold: 'neutral', predicted: 'neutral', goldStrength: 0, predictedScore: 0.1 },
 * ]);
 * s.fAvg; //=> 0.5 (F1 favor 1, F1 against 0)
 * s.accuracy; //=> 0.6666666666666666
 * s.confusion.against.neutral; //=> 1
 */
export function stanceScores(pairs: readonly StancePair[]): StanceScores {
  const confusion = {
    favor: { favor: 0, against: 0, neutral: 0 },
    against: { favor: 0, against: 0, neutral: 0 },
    neutral: { favor: 0, against: 0, neutral: 0 },
  } satisfies PerStance<PerStance<number>>;
  const strengths: number[] = [];
  const scores: number[] = [];
  let correct = 0;
  for (const pair of pairs) {
    confusion[pair.gold][pair.predicted] += 1;
    if (pair.gold === pair.predicted) correct += 1;
    if (isFiniteNumber(pair.goldStrength) && isFiniteNumber(pair.predictedScore)) {
      strengths.push(pair.goldStrength);
      scores.push(pair.predictedScore);
    }
  }
  const precision = { favor: 0, against: 0, neutral: 0 };
  const recall = { favor: 0, against: 0, neutral: 0 };
  const f1 = { favor: 0, against: 0, neutral: 0 };
  for (const c of STANCE_CLASSES) {
    const predicted = STANCE_CLASSES.reduce((sum, g) => sum + confusion[g][c], 0);
    const gold = STANCE_CLASSES.reduce((sum, p) => sum + confusion[c][p], 0);
    const prf = precisionRecallF1(confusion[c][c], predicted, gold);
    precision[c] = prf.precision;
    recall[c] = prf.recall;
    f1[c] = prf.f1;
  }
  return {
    n: pairs.length,
    fAvg: (f1.favor + f1.against) / 2,
    f1,
    precision,
    recall,
    accuracy: pairs.length === 0 ? 0 : correct / pairs.length,
    spearman: spearman(strengths, scores),
    spearmanN: strengths.length,
    confusion,
  };
}

function isFiniteNumber(x: number | undefined): x is number {
  return typeof x === 'number' && Number.isFinite(x);
}
