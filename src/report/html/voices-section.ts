import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import { count } from '../format-number.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderSection } from './render-section.js';

/**
 * The voices section: who each source quotes, as a matrix of speaker groups (rows, most quoted
 * first) by sources (columns), each cell the number of quotations and of quoted words.
 * @example
 * renderVoicesSection(analysis, { labels });
 */
export function renderVoicesSection(analysis: CorpusAnalysis, input: { labels: TopicLabels }): string {
  const c = analysis.comparison;
  const totals = new Map<string, number>();
  for (const v of c.voices) totals.set(v.speakerGroup, (totals.get(v.speakerGroup) ?? 0) + v.words);
  const groups = [...totals.keys()].sort((a, b) => totals.get(b)! - totals.get(a)! || (a < b ? -1 : 1));
  if (groups.length === 0) {
    return renderSection(
      'voices',
      'Who each source quotes',
      '<p class="muted">No quotation with a known speaker.</p>',
    );
  }
  const head = c.sources.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('');
  const rows = groups.map((g) => {
    const cells = c.sources.map((source) => {
      const v = c.voices.find((x) => x.source === source && x.speakerGroup === g);
      if (!v || v.quotations === 0) return '<td class="muted">—</td>';
      return `<td class="nowrap"><b>${count(v.quotations)}</b> ${v.quotations === 1 ? 'quote' : 'quotes'} <span class="muted">· ${count(v.words)} words</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(input.labels.speaker(g))}</th>${cells.join('')}</tr>`;
  });
  const table =
    '<div class="scroll"><table><caption class="sr-only">Quotations of each speaker group, by source</caption>' +
    `<thead><tr><th scope="col">speaker group</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return renderSection(
    'voices',
    'Who each source quotes',
    table,
    'Direct quotations and reported speech whose speaker the analysis could place in a group. Whom an outlet lets speak is part of how it frames the story.',
  );
}
