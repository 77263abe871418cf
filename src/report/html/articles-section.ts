import { escapeHtml } from '../escape-html.js';
import type { CategoryStyle } from '../palette.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderSection } from './render-section.js';

/**
 * The articles section: how to read the highlights, the legend of categories (colour, border and
 * number of findings), a filter by source and category (hidden until the page script shows it: the
 * page reads fine without JavaScript), then the rendered articles.
 * @example
 * renderArticlesSection({ articles: ['<article …>'], sources: ['EVZ'], styles, counts: { emotive: 3 }, labels });
 */
export function renderArticlesSection(input: {
  articles: readonly string[];
  sources: readonly string[];
  styles: readonly CategoryStyle[];
  counts: Readonly<Record<string, number>>;
  labels: TopicLabels;
}): string {
  const legend = input.styles
    .map(
      (s, i) =>
        `<li><span class="swatch c${i}" aria-hidden="true"></span>${escapeHtml(input.labels.plain(s.category))} ` +
        `<span class="muted">${input.counts[s.category] ?? 0}</span></li>`,
    )
    .join('');
  const sourceOptions = input.sources
    .map((s) => `<option value="${escapeHtml(s)}">${escapeHtml(s)}</option>`)
    .join('');
  const categoryOptions = input.styles
    .map(
      (s) =>
        `<option value="${escapeHtml(s.category)}">${escapeHtml(input.labels.plain(s.category))}</option>`,
    )
    .join('');
  const filter =
    '<form id="filter" class="filter" role="search" aria-label="Filter the articles" hidden>' +
    `<label for="f-source">Source</label> <select id="f-source"><option value="">all sources</option>${sourceOptions}</select> ` +
    `<label for="f-category">Category</label> <select id="f-category"><option value="">all categories</option>${categoryOptions}</select> ` +
    '<output id="f-status" aria-live="polite"></output></form>';
  const body =
    `<div class="legend"><h3 id="legend-h">Categories <span class="muted">(number of findings)</span></h3><ul aria-labelledby="legend-h">${legend}</ul>` +
    '<p class="muted">Shaded grey: inside quotation marks. Faded: set aside by cleaning (navigation, credits…), not analysed.</p></div>' +
    filter +
    `<div class="docs">${input.articles.join('')}</div>`;
  return renderSection(
    'articles',
    'The articles, with their evidence',
    body,
    'Every finding is highlighted where it occurs, coloured by category. Hover over a highlight, or reach it with the Tab key, to see the cue, its weight, its category, the rule that fired and who speaks.',
  );
}
