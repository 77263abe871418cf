/**
 * The evaluation layer: pure metrics that score analyses against gold labels (stance, loaded-language
 * spans, paragraphs, frames). No I/O; dataset readers live in `scripts/eval/`.
 * @module
 */

export type { EvaluateOptions } from './evaluate.js';
export { evaluate } from './evaluate.js';
export { frameScores } from './frame-scores.js';
export { paragraphScores } from './paragraph-scores.js';
export type { StanceLabel } from './parse-stance-labels.js';
export { parseStanceLabels } from './parse-stance-labels.js';
export { precisionRecallF1 } from './precision-recall-f1.js';
export { spanScores } from './span-scores.js';
export { spansOverlap } from './spans-overlap.js';
export { averageRanks, spearman } from './spearman.js';
export { STANCE_CLASSES, stanceScores } from './stance-scores.js';
export type {
  AnalysisLike,
  FrameScores,
  ParagraphDocument,
  ParagraphScores,
  PerStance,
  PrecisionRecallF1,
  PredictedSpan,
  SpanScores,
  StanceClass,
  StanceEvaluation,
  StanceLabelInput,
  StanceLike,
  StancePair,
  StanceScores,
} from './types.js';
