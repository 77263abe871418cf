import { UsageError } from '../core/errors.js';
import { precisionRecallF1 } from './precision-recall-f1.js';
import { sortKeys } from './sort-keys.js';
import type { FrameScores, PrecisionRecallF1 } from './types.js';

/**
 * Multi-label scores for frame detection: `predicted[i]` and `gold[i]` are the label sets of
 * document i (duplicates within a set count once). Only the listed `labels` are scored; other labels
 * are counted in `ignored`. Micro scores pool true positives, predictions and gold labels over all
 * labels; macro scores average each label's precision, recall and F1 with equal weight.
 * @throws {UsageError} `E_USAGE` when the two lists do not have the same number of documents.
 * @example
 * const s = frameScores([['economic'], ['political', 'economic']], [['economic'], ['political']], ['economic', 'political']);
 * s.micro; //=> { precision: 0.6666666666666666, recall: 1, f1: 0.8 }
 * s.perLabel.economic.precision; //=> 0.5
 */
export function frameScores(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
  labels: readonly string[],
): FrameScores {
  if (predicted.length !== gold.length) {
    throw new UsageError(
      'E_USAGE',
      `frameScores needs one predicted set per gold document: got ${predicted.length} and ${gold.length}`,
    );
  }
  const listed = new Set(labels);
  const counts: Record<string, { truePositive: number; predicted: number; gold: number }> = {};
  for (const label of labels) counts[label] = { truePositive: 0, predicted: 0, gold: 0 };
  const ignoredPredicted: Record<string, number> = {};
  const ignoredGold: Record<string, number> = {};
  for (let d = 0; d < gold.length; d++) {
    const p = new Set(predicted[d]);
    const g = new Set(gold[d]);
    for (const label of p) {
      if (listed.has(label)) counts[label]!.predicted += 1;
      else ignoredPredicted[label] = (ignoredPredicted[label] ?? 0) + 1;
    }
    for (const label of g) {
      if (!listed.has(label)) {
        ignoredGold[label] = (ignoredGold[label] ?? 0) + 1;
        continue;
      }
      counts[label]!.gold += 1;
      if (p.has(label)) counts[label]!.truePositive += 1;
    }
  }
  const perLabel: FrameScores['perLabel'] = {};
  let tp = 0;
  let np = 0;
  let ng = 0;
  const macro: PrecisionRecallF1 = { precision: 0, recall: 0, f1: 0 };
  for (const label of labels) {
    if (perLabel[label] !== undefined) continue; // a label listed twice is scored once
    const c = counts[label]!;
    const prf = precisionRecallF1(c.truePositive, c.predicted, c.gold);
    perLabel[label] = { ...prf, ...c };
    tp += c.truePositive;
    np += c.predicted;
    ng += c.gold;
    macro.precision += prf.precision;
    macro.recall += prf.recall;
    macro.f1 += prf.f1;
  }
  const k = Object.keys(perLabel).length;
  return {
    n: gold.length,
    micro: precisionRecallF1(tp, np, ng),
    macro: k === 0 ? macro : { precision: macro.precision / k, recall: macro.recall / k, f1: macro.f1 / k },
    perLabel,
    ignored: { predicted: sortKeys(ignoredPredicted), gold: sortKeys(ignoredGold) },
  };
}
