/**
 * Value types of the evaluation layer. Everything is plain JSON (no Map, class or Date).
 * The input types are structural, so `evaluate/` does not depend on `analysis/`.
 * @module
 */

/**
 * A stance class, with the SemEval-2016 names.
 * @example
 * const s: StanceClass = 'against';
 */
export type StanceClass = 'favor' | 'against' | 'neutral';

/**
 * One scored item: the gold stance and the predicted one, with the optional signed strength of the
 * gold label (−2…+2 in stance-dev) and the predicted signed score, used for the rank correlation.
 * @example
 * const p: StancePair = { gold: 'favor', predicted: 'neutral', goldStrength: 1, predictedScore: 0.2 };
 */
export interface StancePair {
  gold: StanceClass;
  predicted: StanceClass;
  goldStrength?: number;
  predictedScore?: number;
}

/**
 * Precision, recall and F1 of one class or label. Every ratio is 0 when its denominator is 0.
 * @example
 * const s: PrecisionRecallF1 = { precision: 0.5, recall: 1, f1: 2 / 3 };
 */
export interface PrecisionRecallF1 {
  precision: number;
  recall: number;
  f1: number;
}

/**
 * A count per class, for every class.
 * @example
 * const c: PerStance<number> = { favor: 3, against: 2, neutral: 0 };
 */
export type PerStance<T> = Record<StanceClass, T>;

/**
 * Stance scores of a set of pairs: SemEval-2016 F_avg, per-class P/R/F1, accuracy, Spearman, confusion.
 * @example
 * const s: StanceScores = stanceScores([{ gold: 'favor', predicted: 'favor' }]);
 * s.fAvg; //=> 0.5 (F1 favor = 1, F1 against = 0)
 */
export interface StanceScores {
  /** Number of pairs. */
  n: number;
  /** SemEval-2016 metric: (F1 favor + F1 against) / 2. Neutral counts only through errors. */
  fAvg: number;
  f1: PerStance<number>;
  precision: PerStance<number>;
  recall: PerStance<number>;
  /** Correct pairs / n (0 when n is 0). */
  accuracy: number;
  /** Spearman rank correlation between gold strength and predicted score; null if undefined. */
  spearman: number | null;
  /** Number of pairs that carry both `goldStrength` and `predictedScore` (the Spearman sample). */
  spearmanN: number;
  /** `confusion[gold][predicted]` = count, every cell present. */
  confusion: PerStance<PerStance<number>>;
}

/**
 * The part of a stance result the evaluator reads.
 * @example
 * const s: StanceLike = { score: -0.7, label: 'against' };
 */
export interface StanceLike {
  score: number;
  label: StanceClass;
}

/**
 * The part of an analysed corpus the stance evaluator reads (structurally compatible with the
 * analysis output).
 * @example
 * const a: AnalysisLike = { documents: [{ id: 'd1', lang: 'fr', stance: { intervention: { score: 1, label: 'favor' } } }] };
 */
export interface AnalysisLike {
  documents: readonly {
    id: string;
    lang: string;
    stance: Readonly<Record<string, StanceLike>>;
  }[];
}

/**
 * A gold stance label as written in label files: SemEval names or the stance-dev names
 * (`pro` = favor, `contra` = against), with an optional signed strength.
 * @example
 * const l: StanceLabelInput = { id: 'dfr01', label: 'pro', strength: 2 };
 */
export interface StanceLabelInput {
  id: string;
  label: StanceClass | 'pro' | 'contra';
  strength?: number;
}

/**
 * The result of {@link evaluate}: overall and per-language stance scores, plus what could not be
 * paired (nothing is dropped silently).
 * @example
 * const r: StanceEvaluation = evaluate(analysis, labels);
 * r.missing; //=> ['dfr07'] (a label whose document was not analysed)
 */
export interface StanceEvaluation {
  target: string;
  overall: StanceScores;
  /** Per document language, keys sorted. */
  byLang: Record<string, StanceScores>;
  /** Label ids with no analysed document, in label order. */
  missing: string[];
  /** Analysed documents that have a label but no stance for the target, in label order. */
  withoutTarget: string[];
  /** Number of analysed documents with no label. */
  unlabelled: number;
}

/**
 * A predicted span (a cue) with its optional category, half-open UTF-16 offsets.
 * @example
 * const c: PredictedSpan = { start: 10, end: 18, category: 'dramatising' };
 */
export interface PredictedSpan {
  start: number;
  end: number;
  category?: string;
}

/**
 * Span-level precision and recall of cues against gold spans, with the raw counts.
 * @example
 * const s: SpanScores = spanScores([[{ start: 0, end: 4 }]], [[{ start: 2, end: 6 }]]);
 * s.precision; //=> 1
 */
export interface SpanScores extends PrecisionRecallF1 {
  /** Number of predicted cues. */
  predicted: number;
  /** Cues overlapping at least one gold span. */
  correct: number;
  /** Number of gold spans. */
  gold: number;
  /** Gold spans overlapped by at least one cue. */
  goldHit: number;
  /** Cues overlapping no gold span, per cue category (`uncategorised` when it has none), keys sorted. */
  falsePositivesByCategory: Record<string, number>;
}

/**
 * One document for paragraph-level scoring: its text (lines split on `\n`), its cues, and the gold
 * label of each evaluated paragraph (1-based line number).
 * @example
 * const d: ParagraphDocument = { text: 'Titre\n\nUn texte.', predicted: [], paragraphs: [{ line: 1, positive: false }, { line: 3, positive: true }] };
 */
export interface ParagraphDocument {
  text: string;
  predicted: readonly PredictedSpan[];
  paragraphs: readonly { line: number; positive: boolean }[];
}

/**
 * Paragraph-level precision and recall with raw counts.
 * @example
 * const s: ParagraphScores = paragraphScores([doc]);
 * s.truePositive <= s.goldPositive; //=> true
 */
export interface ParagraphScores extends PrecisionRecallF1 {
  /** Number of evaluated (listed) paragraphs. */
  paragraphs: number;
  /** Listed paragraphs with at least one cue. */
  predictedPositive: number;
  /** Listed paragraphs whose gold label is positive. */
  goldPositive: number;
  /** Paragraphs both predicted and gold positive. */
  truePositive: number;
  /** Cues that fall in no listed paragraph (e.g. on an unlabelled line); not counted above. */
  cuesOutsideParagraphs: number;
}

/**
 * Multi-label scores: micro and macro averages plus per-label figures.
 * @example
 * const s: FrameScores = frameScores([['economic']], [['economic', 'political']], ['economic', 'political']);
 * s.micro.recall; //=> 0.5
 */
export interface FrameScores {
  /** Number of documents. */
  n: number;
  /** From the summed true positives, predictions and gold labels over all labels. */
  micro: PrecisionRecallF1;
  /** Unweighted mean over the listed labels of each label's precision, recall and F1. */
  macro: PrecisionRecallF1;
  /** Per listed label, in the given order of `labels`. */
  perLabel: Record<string, PrecisionRecallF1 & { truePositive: number; predicted: number; gold: number }>;
  /** Labels found in the input that are not in `labels` (ignored in the scores), with counts. */
  ignored: { predicted: Record<string, number>; gold: Record<string, number> };
}
