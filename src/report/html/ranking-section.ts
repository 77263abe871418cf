import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { escapeHtml } from '../escape-html.js';
import { count, interval, signed, stanceWord } from '../format-number.js';
import type { TopicLabels } from '../topic-labels.js';
import { renderFigure, renderSection } from './render-section.js';

/**
 * The ranking section: the chart of the sources' stance toward the main target with intervals, the
 * same figures as a table with each source's strongest cues (linked to their place in the articles
 * when `anchorOf` finds it), then the scores toward the other targets.
 * @example
 * renderRankingSection(analysis, { labels, svg, anchorOf: () => null });
 */
export function renderRankingSection(
  analysis: CorpusAnalysis,
  input: {
    labels: TopicLabels;
    svg: string;
    anchorOf(docId: string, start: number, end: number): string | null;
  },
): string {
  const c = analysis.comparison;
  const { labels } = input;
  const target = labels.target(c.mainTarget);
  const ranking = c.ranking[c.mainTarget] ?? [];
  const bySource = new Map(analysis.sources.map((s) => [s.source, s]));
  const rows = ranking.map((r) => {
    const cues = (bySource.get(r.source)?.stance[c.mainTarget]?.evidence ?? []).slice(0, 3).map((e) => {
      const text = `“${escapeHtml(e.text)}” <span class="w">${signed(e.weight)}</span>`;
      const anchor = input.anchorOf(e.docId, e.start, e.end);
      return anchor ? `<a href="#${escapeHtml(anchor)}">${text}</a>` : text;
    });
    return (
      `<tr><td class="num">${r.rank}</td><th scope="row">${escapeHtml(r.source)}</th>` +
      `<td class="num"><b>${signed(r.score)}</b></td><td class="num nowrap">${interval(r.interval)}</td>` +
      `<td><span class="badge ${r.label}">${stanceWord(r.label)}</span></td>` +
      `<td class="num">${count(r.evidenceCount)}</td><td class="num">${r.documents}</td>` +
      `<td class="cues">${cues.join('<br>') || '<span class="muted">none</span>'}</td></tr>`
    );
  });
  const level = Math.round((ranking[0]?.interval.level ?? 0.9) * 100);
  const table =
    `<div class="scroll"><table class="ranking"><caption>Sources ranked by stance toward ${escapeHtml(target)}</caption>` +
    '<thead><tr><th scope="col">rank</th><th scope="col">source</th><th scope="col">score</th>' +
    `<th scope="col">${level}% interval</th><th scope="col">label</th><th scope="col">cues</th>` +
    '<th scope="col">docs</th><th scope="col">strongest cues</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></div>`;
  const figure = renderFigure(
    input.svg,
    `Each dot is the score of a source’s average document, from −1 (against ${escapeHtml(target)}) to +1 (in favour); ` +
      `the bar is its ${level}% bootstrap interval (documents and sentences resampled). An interval that crosses 0 means the corpus cannot tell the direction.`,
  );
  return renderSection(
    'ranking',
    `Sources ranked by stance toward ${target}`,
    figure + table + otherTargets(analysis, labels),
    `Stance is read from the outlet’s own voice: words it uses itself weigh fully, words it quotes or reports weigh less. ` +
      `Every score traces back to the highlighted cues in <a href="#articles">the articles</a>.`,
  );
}

function otherTargets(analysis: CorpusAnalysis, labels: TopicLabels): string {
  const c = analysis.comparison;
  const targets = Object.keys(c.ranking).filter((t) => t !== c.mainTarget);
  if (targets.length === 0) return '';
  const head = targets.map((t) => `<th scope="col">${escapeHtml(labels.target(t))}</th>`).join('');
  const rows = c.sources.map((source) => {
    const cells = targets.map((t) => {
      const r = c.ranking[t]!.find((x) => x.source === source);
      if (!r) return '<td class="muted">—</td>';
      if (r.evidenceCount === 0) return '<td class="muted">no cue</td>';
      return `<td class="nowrap"><span class="badge ${r.label}">${stanceWord(r.label)}</span> ${signed(r.score)} <span class="muted">${interval(r.interval)}</span></td>`;
    });
    return `<tr><th scope="row">${escapeHtml(source)}</th>${cells.join('')}</tr>`;
  });
  return (
    '<h3>Stance toward the other targets</h3>' +
    `<div class="scroll"><table><caption class="sr-only">Stance of each source toward the other targets</caption>` +
    `<thead><tr><th scope="col">source</th>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`
  );
}
