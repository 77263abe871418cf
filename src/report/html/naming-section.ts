import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import type { NamingRow } from '../../compare/compare-sources.js';
import { escapeHtml } from '../escape-html.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderSection } from './render-section.js';

/**
 * The naming section: a matrix of actor groups (rows) by sources (columns); each cell lists the
 * terms the source uses for the group, most used first, with the count by voice (own words in bold,
 * quoted and reported uses apart) and scare-quoted uses marked.
 * @example
 * renderNamingSection(analysis, { labels, actors: ['foreign-forces', 'protesters'], perCell: 6 });
 */
export function renderNamingSection(
  analysis: CorpusAnalysis,
  input: { labels: TopicLabels; actors: readonly string[]; perCell: number },
): string {
  const c = analysis.comparison;
  const present = new Set(c.naming.map((n) => n.actor));
  const actors = [
    ...input.actors.filter((a) => present.has(a)),
    ...[...present].filter((a) => !input.actors.includes(a)).sort(),
  ];
  if (actors.length === 0) {
    return renderSection(
      'naming',
      'Who calls whom what',
      '<p class="muted">No actor group is named in this corpus.</p>',
    );
  }
  const head = c.sources.map((s) => `<th scope="col">${escapeHtml(s)}</th>`).join('');
  const rows = actors.map((actor) => {
    const cells = c.sources.map((source) => {
      const terms = c.naming
        .filter((n) => n.actor === actor && n.source === source)
        .sort((a, b) => b.authorial - a.authorial || b.total - a.total || (a.surface < b.surface ? -1 : 1));
      if (terms.length === 0) return '<td class="muted">—</td>';
      const shown = terms.slice(0, input.perCell).map(termItem);
      const more = terms.length - shown.length;
      return `<td><ul class="terms">${shown.join('')}</ul>${more > 0 ? `<span class="muted">and ${more} more</span>` : ''}</td>`;
    });
    return `<tr><th scope="row">${escapeHtml(input.labels.actor(actor))}</th>${cells.join('')}</tr>`;
  });
  const table =
    '<div class="scroll"><table class="naming"><caption>Names given to each actor group, by source</caption>' +
    `<thead><tr><th scope="col">actor group</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
  return renderSection(
    'naming',
    'Who calls whom what',
    table,
    'The names each source gives to the actors. <b>Bold</b>: used in the outlet’s own voice; <span class="voice-q">quoted</span> and <span class="voice-a">reported</span> uses are counted apart; ″ marks scare-quoted uses.',
  );
}

function termItem(n: NamingRow): string {
  const parts: string[] = [];
  if (n.authorial > 0)
    parts.push(`<span class="n-own">${n.authorial}<span class="sr-only"> in own voice</span></span>`);
  if (n.quoted > 0) parts.push(`<span class="voice-q">${n.quoted} quoted</span>`);
  if (n.attributed > 0) parts.push(`<span class="voice-a">${n.attributed} reported</span>`);
  const scare =
    n.scare > 0
      ? ` <span class="scare"><span aria-hidden="true">″${n.scare > 1 ? n.scare : ''}</span><span class="sr-only">(scare-quoted ${n.scare} ${n.scare === 1 ? 'time' : 'times'})</span></span>`
      : '';
  const term = n.authorial > 0 ? `<b>${escapeHtml(n.surface)}</b>` : escapeHtml(n.surface);
  return `<li>${term}${scare} <span class="counts">${parts.join(' ')}</span></li>`;
}
