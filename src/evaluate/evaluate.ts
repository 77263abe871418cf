import { FramingError } from '../core/errors.js';
import { parseStanceLabels } from './parse-stance-labels.js';
import { stanceScores } from './stance-scores.js';
import type { AnalysisLike, StanceEvaluation, StanceLabelInput, StancePair } from './types.js';

/**
 * Options of {@link evaluate}.
 * @example
 * const o: EvaluateOptions = { target: 'protesters' };
 */
export interface EvaluateOptions {
  /** The stance target to score. @default 'intervention' */
  target?: string;
}

/**
 * Scores the stance of analysed documents against gold labels, joined on document id: overall and
 * per document language. Labels may use `pro`/`contra` (mapped to `favor`/`against`); a label's
 * `strength` and the predicted `score` feed the Spearman correlation. Nothing is dropped silently:
 * label ids with no analysed document are listed in `missing`, analysed documents lacking a stance
 * for the target in `withoutTarget`, and analysed documents with no label are counted in `unlabelled`.
 * @throws {FramingError} `E_LABELS_INVALID` when a label entry is malformed or an id repeats;
 *   `E_DUPLICATE_ID` when two analysed documents share an id.
 * @example
 * const r = evaluate(
 *   { documents: [
 *     { id: 'a', lang: 'fr', stance: { intervention: { score: 0.8, label: 'favor' } } },
 *     { id: 'b', lang: 'en', stance: { intervention: { score: -0.4, label: 'against' } } },
 *   ] },
 *   [{ id: 'a', label: 'pro', strength: 2 }, { id: 'b', label: 'neutral' }, { id: 'c', label: 'contra' }],
 * );
 * r.overall.n; //=> 2
 * r.byLang.fr.accuracy; //=> 1
 * r.missing; //=> ['c']
 */
export function evaluate(
  analysis: AnalysisLike,
  labels: readonly StanceLabelInput[],
  options: EvaluateOptions = {},
): StanceEvaluation {
  const target = options.target ?? 'intervention';
  const gold = parseStanceLabels(labels);
  const byId = new Map<string, AnalysisLike['documents'][number]>();
  for (const doc of analysis.documents) {
    if (byId.has(doc.id)) {
      throw new FramingError('E_DUPLICATE_ID', `two analysed documents have the id "${doc.id}"`, {
        file: doc.id,
      });
    }
    byId.set(doc.id, doc);
  }
  const missing: string[] = [];
  const withoutTarget: string[] = [];
  const pairs: { lang: string; pair: StancePair }[] = [];
  for (const label of gold) {
    const doc = byId.get(label.id);
    if (doc === undefined) {
      missing.push(label.id);
      continue;
    }
    const stance = doc.stance[target];
    if (stance === undefined) {
      withoutTarget.push(label.id);
      continue;
    }
    const pair: StancePair = { gold: label.label, predicted: stance.label, predictedScore: stance.score };
    if (label.strength !== undefined) pair.goldStrength = label.strength;
    pairs.push({ lang: doc.lang, pair });
  }
  const labelled = new Set(gold.map((l) => l.id));
  const langs = [...new Set(pairs.map((p) => p.lang))].sort();
  const byLang: StanceEvaluation['byLang'] = {};
  for (const lang of langs)
    byLang[lang] = stanceScores(pairs.filter((p) => p.lang === lang).map((p) => p.pair));
  return {
    target,
    overall: stanceScores(pairs.map((p) => p.pair)),
    byLang,
    missing,
    withoutTarget,
    unlabelled: analysis.documents.filter((d) => !labelled.has(d.id)).length,
  };
}
