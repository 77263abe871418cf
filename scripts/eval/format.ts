/**
 * Plain-text rendering of evaluation results for `npm run eval`. Renders only; computes nothing
 * beyond sorting for display. Output is deterministic (fixed decimals, sorted keys).
 * @module
 */
import type {
  FrameScores,
  ParagraphScores,
  SpanScores,
  StanceEvaluation,
  StanceScores,
} from '../../src/evaluate/index.js';
import { STANCE_CLASSES } from '../../src/evaluate/index.js';

/**
 * A number with three decimals, or `n/a` for null.
 * @example
 * num(0.61904); //=> '0.619'
 */
export function num(x: number | null): string {
  return x === null ? 'n/a' : x.toFixed(3);
}

/**
 * The lines of a stance score block: headline figures then the confusion matrix.
 * @example
 * stanceLines('[fr]', scores); //=> ['[fr] n=20  F_avg=0.619  accuracy=0.550  Spearman=0.412 (n=20)', …]
 */
export function stanceLines(label: string, s: StanceScores): string[] {
  const lines = [
    `${label} n=${s.n}  F_avg=${num(s.fAvg)}  accuracy=${num(s.accuracy)}  Spearman=${num(s.spearman)} (n=${s.spearmanN})`,
    `    F1 favor=${num(s.f1.favor)} against=${num(s.f1.against)} neutral=${num(s.f1.neutral)}` +
      `  P favor=${num(s.precision.favor)} against=${num(s.precision.against)}` +
      `  R favor=${num(s.recall.favor)} against=${num(s.recall.against)}`,
    `    confusion (rows = gold, columns = predicted)`,
    `    ${''.padEnd(9)}${STANCE_CLASSES.map((c) => c.padStart(9)).join('')}`,
  ];
  for (const g of STANCE_CLASSES) {
    lines.push(
      `    ${g.padEnd(9)}${STANCE_CLASSES.map((p) => String(s.confusion[g][p]).padStart(9)).join('')}`,
    );
  }
  return lines;
}

/**
 * The lines of a stance evaluation: one block per language, then what could not be paired.
 * @example
 * stanceEvaluationLines(evaluate(analysis, labels)).join('\n');
 */
export function stanceEvaluationLines(r: StanceEvaluation, langs?: readonly string[]): string[] {
  const lines: string[] = [];
  const keys = langs ?? Object.keys(r.byLang);
  for (const lang of keys) {
    const s = r.byLang[lang];
    if (s === undefined) lines.push(`  [${lang}] no labelled document`);
    else lines.push(...stanceLines(`  [${lang}]`, s).map((l, i) => (i === 0 ? l : `  ${l}`)));
  }
  if (keys.length > 1 || keys.some((k) => r.byLang[k] === undefined)) {
    lines.push(
      ...stanceLines('  [all]', r.overall)
        .slice(0, 2)
        .map((l, i) => (i === 0 ? l : `  ${l}`)),
    );
  }
  lines.push(
    `  not scored: ${r.missing.length} label(s) without an analysed document${list(r.missing)}, ` +
      `${r.withoutTarget.length} without a stance for "${r.target}"${list(r.withoutTarget)}, ` +
      `${r.unlabelled} analysed document(s) without a label`,
  );
  return lines;
}

/**
 * One line of span scores, with the most frequent false-positive categories on the next.
 * @example
 * spanLines('all cues', scores, 5);
 */
export function spanLines(label: string, s: SpanScores, top = 5): string[] {
  return [
    `    ${label.padEnd(16)} P=${num(s.precision)} (${s.correct}/${s.predicted} cues)  ` +
      `R=${num(s.recall)} (${s.goldHit}/${s.gold} gold spans)  F1=${num(s.f1)}`,
    `    ${''.padEnd(16)} top false positives: ${topCounts(s.falsePositivesByCategory, top)}`,
  ];
}

/**
 * One line of paragraph scores.
 * @example
 * paragraphLine('all cues', scores);
 */
export function paragraphLine(label: string, s: ParagraphScores): string {
  return (
    `    ${label.padEnd(16)} P=${num(s.precision)} (${s.truePositive}/${s.predictedPositive} flagged)  ` +
    `R=${num(s.recall)} (${s.truePositive}/${s.goldPositive} gold-positive of ${s.paragraphs})  F1=${num(s.f1)}` +
    (s.cuesOutsideParagraphs > 0 ? `  [${s.cuesOutsideParagraphs} cue(s) outside labelled lines]` : '')
  );
}

/**
 * Per-label lines of frame scores, in the given label order.
 * @example
 * frameLabelLines(scores, { Economic: 'economic' });
 */
export function frameLabelLines(s: FrameScores, names: Readonly<Record<string, string>>): string[] {
  return Object.entries(s.perLabel).map(
    ([label, x]) =>
      `      ${(names[label] ?? label).padEnd(22)} P=${num(x.precision)} R=${num(x.recall)} F1=${num(x.f1)}` +
      `  (tp=${x.truePositive} predicted=${x.predicted} gold=${x.gold})`,
  );
}

/**
 * The `top` largest counts as `key=count`, ties broken by key.
 * @example
 * topCounts({ a: 1, b: 3, c: 3 }, 2); //=> 'b=3, c=3'
 */
export function topCounts(counts: Readonly<Record<string, number>>, top: number): string {
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return entries.length === 0
    ? 'none'
    : entries
        .slice(0, top)
        .map(([k, v]) => `${k}=${v}`)
        .join(', ');
}

function list(ids: readonly string[]): string {
  if (ids.length === 0) return '';
  const shown = ids.slice(0, 5).join(', ');
  return ` (${shown}${ids.length > 5 ? ', …' : ''})`;
}
