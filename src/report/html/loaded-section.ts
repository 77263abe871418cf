import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderFigure, renderSection } from './render-section.js';

/**
 * The loaded-vocabulary section: the rates per 1,000 words by category (heatmap) and by voice
 * (stacked bars), then every figure in a table.
 * @example
 * renderLoadedSection(analysis, { labels, categorySvg, voiceSvg, categories: ['threat-claim'] });
 */
export function renderLoadedSection(
  analysis: CorpusAnalysis,
  input: { labels: TopicLabels; categorySvg: string; voiceSvg: string; categories: readonly string[] },
): string {
  const { labels } = input;
  const voices = ['authorial', 'quoted', 'attributed'];
  const head =
    '<th scope="col">source</th><th scope="col">total</th>' +
    voices.map((v) => `<th scope="col">${v}</th>`).join('') +
    input.categories.map((k) => `<th scope="col">${escapeHtml(labels.plain(k))}</th>`).join('');
  const rows = analysis.sources.map((s) => {
    const cell = (x: number | undefined) => `<td class="num">${(x ?? 0).toFixed(1)}</td>`;
    return (
      `<tr><th scope="row">${escapeHtml(s.source)}</th>${cell(s.loadedRates.total)}` +
      voices.map((v) => cell(s.loadedRates.byVoice[v])).join('') +
      input.categories.map((k) => cell(s.loadedRates.byCategory[k])).join('') +
      '</tr>'
    );
  });
  const table =
    '<details><summary>Table of these rates</summary><div class="scroll"><table>' +
    '<caption>Loaded-vocabulary cues per 1,000 words, by voice and by category</caption>' +
    `<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
  const body =
    '<div class="figures">' +
    renderFigure(input.categorySvg, 'Cues per 1,000 words of each source, by category (darker: more).') +
    renderFigure(
      input.voiceSvg,
      'Cues per 1,000 words by voice: the outlet’s own words (authorial), inside quotation marks (quoted), reported speech (attributed).',
    ) +
    '</div>' +
    table;
  return renderSection(
    'loaded',
    'Loaded vocabulary',
    body,
    'Words that carry a judgement (labels, euphemisms, emotive or fear-raising terms), counted per 1,000 words so that long and short outlets compare. Who speaks matters: a label in the outlet’s own voice is not the same as one it quotes.',
  );
}
