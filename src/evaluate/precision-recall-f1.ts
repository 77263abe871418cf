import type { PrecisionRecallF1 } from './types.js';

/**
 * Precision, recall and F1 from raw counts. A ratio whose denominator is 0 is 0 (no prediction
 * gives precision 0; no gold item gives recall 0), as scikit-learn does with `zero_division=0`.
 * @param truePositive items both predicted and gold
 * @param predicted all predicted items
 * @param gold all gold items
 * @example
 * precisionRecallF1(2, 4, 2);
 * //=> { precision: 0.5, recall: 1, f1: 0.6666666666666666 }
 * precisionRecallF1(0, 0, 0);
 * //=> { precision: 0, recall: 0, f1: 0 }
 */
export function precisionRecallF1(truePositive: number, predicted: number, gold: number): PrecisionRecallF1 {
  const precision = predicted === 0 ? 0 : truePositive / predicted;
  const recall = gold === 0 ? 0 : truePositive / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
