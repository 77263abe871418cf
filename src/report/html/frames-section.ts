import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import { percent } from '../format-number.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderFigure, renderSection } from './render-section.js';

/**
 * The frames section: the share of each source's sentences that carry each frame (Policy Frames
 * Codebook dimensions), as a heatmap and as a table.
 * @example
 * renderFramesSection(analysis, { labels, svg, frames: ['security-defence'] });
 */
export function renderFramesSection(
  analysis: CorpusAnalysis,
  input: { labels: TopicLabels; svg: string | null; frames: readonly string[] },
): string {
  const c = analysis.comparison;
  if (input.frames.length === 0 || input.svg === null) {
    return renderSection('frames', 'Frames', '<p class="muted">No frame cue found in this corpus.</p>');
  }
  const head = input.frames.map((f) => `<th scope="col">${escapeHtml(input.labels.plain(f))}</th>`).join('');
  const rows = c.sources.map((source) => {
    const cells = input.frames.map((f) => {
      const share = c.frames[source]?.[f];
      return share ? `<td class="num">${percent(share.share)}</td>` : '<td class="num muted">0</td>';
    });
    return `<tr><th scope="row">${escapeHtml(source)}</th>${cells.join('')}</tr>`;
  });
  const table =
    '<details><summary>Table of these shares</summary><div class="scroll"><table>' +
    '<caption>Share of each source’s sentences carrying each frame</caption>' +
    `<thead><tr><th scope="col">source</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div></details>`;
  return renderSection(
    'frames',
    'Frames',
    renderFigure(
      input.svg,
      'Share of each source’s sentences that carry each frame; a sentence can carry several.',
    ) + table,
    'Which aspects of the story each source dwells on: security, politics, economy, law, morality…',
  );
}
