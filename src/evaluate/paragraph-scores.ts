import type { Span } from '../core/types.js';
import { precisionRecallF1 } from './precision-recall-f1.js';
import { spansOverlap } from './spans-overlap.js';
import type { ParagraphDocument, ParagraphScores } from './types.js';

/**
 * Paragraph-level scores. A paragraph is a line of the document's text (lines split on `\n`,
 * numbered from 1; a `\r` before the `\n` belongs to its line). A listed paragraph is predicted
 * positive when at least one cue overlaps it, and gold positive when its label says so; the scores
 * are precision, recall and F1 over the listed paragraphs. Cues that overlap no listed paragraph are
 * counted in `cuesOutsideParagraphs` rather than silently dropped.
 * @example
 * paragraphScores([{
 *   text: 'Titre\n\nUn texte rude.\nUn autre.',
 *   predicted: [{ start: 10, end: 15 }],
 *   paragraphs: [{ line: 1, positive: false }, { line: 3, positive: true }, { line: 4, positive: true }],
 * }]);
 * //=> { precision: 1, recall: 0.5, f1: 0.6666666666666666, paragraphs: 3, predictedPositive: 1,
 * //     goldPositive: 2, truePositive: 1, cuesOutsideParagraphs: 0 }
 */
export function paragraphScores(documents: readonly ParagraphDocument[]): ParagraphScores {
  let paragraphs = 0;
  let predictedPositive = 0;
  let goldPositive = 0;
  let truePositive = 0;
  let cuesOutsideParagraphs = 0;
  for (const doc of documents) {
    const lines = lineSpans(doc.text);
    const listed = doc.paragraphs.map((p) => ({ ...p, span: lines[p.line - 1] ?? null }));
    for (const p of listed) {
      paragraphs += 1;
      const hit = p.span !== null && doc.predicted.some((cue) => spansOverlap(cue, p.span!));
      if (hit) predictedPositive += 1;
      if (p.positive) goldPositive += 1;
      if (hit && p.positive) truePositive += 1;
    }
    for (const cue of doc.predicted) {
      if (!listed.some((p) => p.span !== null && spansOverlap(cue, p.span))) cuesOutsideParagraphs += 1;
    }
  }
  return {
    ...precisionRecallF1(truePositive, predictedPositive, goldPositive),
    paragraphs,
    predictedPositive,
    goldPositive,
    truePositive,
    cuesOutsideParagraphs,
  };
}

/** The span of each `\n`-separated line, without its `\n`. */
function lineSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl === -1) {
      spans.push({ start, end: text.length });
      return spans;
    }
    spans.push({ start, end: nl });
    start = nl + 1;
  }
}
