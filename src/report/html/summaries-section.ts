import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import { renderSection } from './render-section.js';

/**
 * The summary section: one plain-English sentence per source (written by the comparison), in the
 * order of the ranking toward the main target, the source's name in bold.
 * @example
 * renderSummariesSection(analysis); //=> '<section id="summaries" …><ul class="summaries"><li><strong>News-Front</strong> (2 documents…'
 */
export function renderSummariesSection(analysis: CorpusAnalysis): string {
  const c = analysis.comparison;
  const order = (c.ranking[c.mainTarget] ?? []).map((r) => r.source);
  const sources = [...order, ...c.sources.filter((s) => !order.includes(s))];
  const items = sources.map((source) => {
    const sentence = c.summaries[source] ?? '';
    const body = sentence.startsWith(source)
      ? `<strong>${escapeHtml(source)}</strong>${escapeHtml(sentence.slice(source.length))}`
      : `<strong>${escapeHtml(source)}</strong>: ${escapeHtml(sentence)}`;
    return `<li>${body}</li>`;
  });
  return renderSection(
    'summaries',
    'Each source in one sentence',
    `<ul class="summaries">${items.join('')}</ul>`,
  );
}
