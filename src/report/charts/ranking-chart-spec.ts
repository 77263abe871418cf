import type { TopLevelSpec } from 'vega-lite';
import type { RankingEntry } from '../../compare/compare-sources.js';
import { STANCE_COLOURS } from '../palette.js';
import { CHART_CONFIG } from './chart-config.js';

/**
 * The ranking chart: one row per source (best rank on top), its score as a point (shape and colour
 * by label, so the label does not rest on colour alone), its bootstrap interval as a bar, and a line at 0.
 * The x axis always spans −1 to +1 so that charts of different corpora compare.
 * @example
 * rankingChartSpec(analysis.comparison.ranking.intervention, 'the CSTO intervention').layer.length; //=> 4
 */
export function rankingChartSpec(
  ranking: readonly RankingEntry[],
  targetLabel: string,
): TopLevelSpec & { layer: unknown[] } {
  const values = ranking.map((r) => ({
    rank: r.rank,
    source: r.source,
    score: r.score,
    low: r.interval.low,
    high: r.interval.high,
    label: r.label === 'favor' ? 'in favour' : r.label,
    text: `${signed(r.score)}  [${signed(r.interval.low)}, ${signed(r.interval.high)}]`,
  }));
  const y = {
    field: 'source',
    type: 'nominal' as const,
    sort: { field: 'rank', order: 'ascending' as const },
    title: null,
    axis: { labelLimit: 400, labelFontSize: 13, labelPadding: 8, ticks: false, domain: false },
  };
  const x = {
    type: 'quantitative' as const,
    scale: { domain: [-1, 1], nice: false },
    axis: {
      values: [-1, -0.5, 0, 0.5, 1],
      grid: true,
      labelExpr: "datum.value === 0 ? '0' : (datum.value > 0 ? '+' : '−') + format(abs(datum.value), '.1~f')",
    },
    title: `← against · score · in favour of ${targetLabel} →`,
  };
  const colour = {
    field: 'label',
    type: 'nominal' as const,
    title: 'stance',
    legend: { symbolOpacity: 1, symbolSize: 90 },
    scale: {
      domain: ['in favour', 'neutral', 'against'],
      range: [STANCE_COLOURS.favor, STANCE_COLOURS.neutral, STANCE_COLOURS.against],
    },
  };
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: 520,
    height: { step: 38 },
    padding: { left: 4, right: 8, top: 4, bottom: 4 },
    data: { values },
    layer: [
      {
        mark: { type: 'rule', color: '#555555', strokeDash: [3, 3] },
        encoding: { x: { datum: 0, type: 'quantitative', scale: x.scale } },
      },
      {
        mark: { type: 'rule', strokeWidth: 4, opacity: 0.45, strokeCap: 'round' },
        encoding: { y, x: { ...x, field: 'low' }, x2: { field: 'high' }, color: colour },
      },
      {
        mark: { type: 'point', filled: true, size: 150, opacity: 1, stroke: '#ffffff', strokeWidth: 1 },
        encoding: {
          y,
          x: { ...x, field: 'score' },
          color: colour,
          shape: {
            field: 'label',
            type: 'nominal',
            title: 'stance',
            scale: { domain: ['in favour', 'neutral', 'against'], range: ['circle', 'diamond', 'square'] },
          },
        },
      },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 12, fontSize: 12, color: '#222222' },
        encoding: { y, x: { datum: 1, type: 'quantitative', scale: x.scale }, text: { field: 'text' } },
      },
    ],
  };
}

function signed(x: number): string {
  return `${x > 0 ? '+' : x < 0 ? '−' : ''}${Math.abs(x).toFixed(2)}`;
}
