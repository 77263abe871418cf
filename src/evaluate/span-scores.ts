import { UsageError } from '../core/errors.js';
import type { Span } from '../core/types.js';
import { sortKeys } from './sort-keys.js';
import { spansOverlap } from './spans-overlap.js';
import type { PredictedSpan, SpanScores } from './types.js';

/**
 * Span-level scores of cues against gold spans, document by document (`predicted[i]` and `gold[i]`
 * belong to the same document). A cue is correct when it overlaps at least one gold span of its
 * document; precision = correct cues / cues; recall = gold spans overlapped by at least one cue / gold
 * spans. Overlap means at least one shared character: touching spans do not count. Cues that are not
 * correct are counted per `category` (`uncategorised` when absent).
 * @throws {UsageError} `E_USAGE` when the two lists do not have the same number of documents.
 * @example
 * spanScores(
 *   [[{ start: 0, end: 4, category: 'dramatising' }, { start: 20, end: 25, category: 'euphemism' }]],
 *   [[{ start: 2, end: 8 }, { start: 30, end: 40 }]],
 * );
 * //=> { precision: 0.5, recall: 0.5, f1: 0.5, predicted: 2, correct: 1, gold: 2, goldHit: 1,
 * //     falsePositivesByCategory: { euphemism: 1 } }
 */
export function spanScores(
  predicted: readonly (readonly PredictedSpan[])[],
  gold: readonly (readonly Span[])[],
): SpanScores {
  if (predicted.length !== gold.length) {
    throw new UsageError(
      'E_USAGE',
      `spanScores needs one cue list per gold document: got ${predicted.length} cue lists and ${gold.length} gold lists`,
    );
  }
  let nPredicted = 0;
  let correct = 0;
  let nGold = 0;
  let goldHit = 0;
  const falsePositives: Record<string, number> = {};
  for (let d = 0; d < gold.length; d++) {
    const cues = predicted[d]!;
    const spans = gold[d]!;
    nPredicted += cues.length;
    nGold += spans.length;
    for (const cue of cues) {
      if (spans.some((g) => spansOverlap(cue, g))) correct += 1;
      else {
        const category = cue.category ?? 'uncategorised';
        falsePositives[category] = (falsePositives[category] ?? 0) + 1;
      }
    }
    for (const g of spans) if (cues.some((cue) => spansOverlap(cue, g))) goldHit += 1;
  }
  const precision = nPredicted === 0 ? 0 : correct / nPredicted;
  const recall = nGold === 0 ? 0 : goldHit / nGold;
  // Precision and recall count different things (cues, gold spans): F1 is their harmonic mean.
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    precision,
    recall,
    f1,
    predicted: nPredicted,
    correct,
    gold: nGold,
    goldHit,
    falsePositivesByCategory: sortKeys(falsePositives),
  };
}
