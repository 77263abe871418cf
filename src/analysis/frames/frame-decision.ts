import type { FrameFinding } from '../types.js';

/**
 * When a document counts as carrying a frame: at least `minSentences` of its sentences carry the
 * frame and they make at least `minShare` (0–1) of all its sentences.
 * @example
 * const r: FrameDecisionRule = { minShare: 0.1, minSentences: 2 };
 */
export interface FrameDecisionRule {
  minShare: number;
  minSentences: number;
}

/**
 * The default per-frame decision rules. Chosen on the 158 French articles of SemEval-2023 Task 3
 * subtask 2 with sentences found by `findFrames` at its defaults: per-frame share thresholds were
 * fitted by coordinate ascent on micro-F1 over the 8 frames; 5-fold cross-validation over articles
 * (fit on four folds, score the held-out one) gave micro-F1 0.63 (mean of the held-out folds; 0.42
 * when every frame is predicted for every article). The values below are the fit on all 158 articles.
 * Frequent frames (political, external, economic) need a single carrying sentence; legality needs
 * 12% of the sentences and crime 18% (crime is unreliable: 12 gold articles, held-out F1 ≈ 0.1).
 * A frame without a rule is never predicted.
 * @example
 * frameDecisionRules['security-defence']; //=> { minShare: 0.08, minSentences: 1 }
 */
export const frameDecisionRules: Readonly<Record<string, FrameDecisionRule>> = {
  'crime-punishment': { minShare: 0.18, minSentences: 1 },
  economic: { minShare: 0, minSentences: 1 },
  'external-reputation': { minShare: 0, minSentences: 1 },
  legality: { minShare: 0.12, minSentences: 1 },
  'morality-human-rights': { minShare: 0.02, minSentences: 1 },
  political: { minShare: 0, minSentences: 1 },
  'public-opinion': { minShare: 0.04, minSentences: 1 },
  'security-defence': { minShare: 0.08, minSentences: 1 },
};

/**
 * The frames a whole document carries, from its sentence-level findings: a frame is kept when its
 * rule in `rules` holds (enough carrying sentences, a large enough share of the document's
 * `sentences`). Returns frame ids sorted alphabetically; `[]` when `sentences` is 0.
 * @example
 * articleFrames([{ frame: 'economic', sentences: 1 }, { frame: 'legality', sentences: 2 }], 30);
 * //=> ['economic'] (legality needs 12% of the sentences: 4 of 30)
 */
export function articleFrames(
  findings: readonly Pick<FrameFinding, 'frame' | 'sentences'>[],
  sentences: number,
  rules: Readonly<Record<string, FrameDecisionRule>> = frameDecisionRules,
): string[] {
  if (sentences <= 0) return [];
  const out = new Set<string>();
  for (const f of findings) {
    const rule = rules[f.frame];
    if (rule && f.sentences >= rule.minSentences && f.sentences / sentences >= rule.minShare)
      out.add(f.frame);
  }
  return [...out].sort();
}
