import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG } from './chart-config.js';

/**
 * One cell of a heatmap: a source, a column key (category, frame…) and its value.
 * @example
 * const c: HeatmapCell = { source: 'EVZ', key: 'threat claim', value: 1.64 };
 */
export interface HeatmapCell {
  source: string;
  key: string;
  value: number;
}

/**
 * A heatmap of sources (rows, in the given order) by keys (columns, in the given order): a
 * single-hue sequential scale (readable without hue discrimination) with each value written in its
 * cell, so that the figures never depend on reading a colour. Used for loaded-vocabulary rates by
 * category and for frame shares.
 * @example
 * heatmapChartSpec(cells, { sources: ['EVZ'], keys: ['emotive'], valueTitle: 'per 1,000 words', format: '.1f' });
 */
export function heatmapChartSpec(
  cells: readonly HeatmapCell[],
  options: { sources: readonly string[]; keys: readonly string[]; valueTitle: string; format: string },
): TopLevelSpec {
  const max = Math.max(0, ...cells.map((c) => c.value));
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: { step: 62 },
    height: { step: 30 },
    padding: 4,
    data: { values: cells.map((c) => ({ ...c })) },
    encoding: {
      y: {
        field: 'source',
        type: 'nominal',
        sort: [...options.sources],
        title: null,
        axis: { labelLimit: 400, ticks: false, domain: false, labelPadding: 6 },
      },
      x: {
        field: 'key',
        type: 'nominal',
        sort: [...options.keys],
        title: null,
        axis: {
          orient: 'top',
          labelAngle: -40,
          labelAlign: 'left',
          labelLimit: 300,
          ticks: false,
          domain: false,
        },
      },
    },
    layer: [
      {
        mark: { type: 'rect', stroke: '#ffffff', strokeWidth: 2, cornerRadius: 2 },
        encoding: {
          color: {
            condition: { test: 'datum.value === 0', value: '#f3f3f6' },
            field: 'value',
            type: 'quantitative',
            title: options.valueTitle,
            scale: { scheme: 'blues', domain: [0, max || 1] },
            legend: { orient: 'right', gradientLength: 120, format: options.format },
          },
        },
      },
      {
        transform: [{ filter: 'datum.value !== 0' }],
        mark: { type: 'text', fontSize: 11 },
        encoding: {
          text: { field: 'value', type: 'quantitative', format: options.format },
          color: {
            condition: { test: `datum.value > ${(max || 1) * 0.55}`, value: '#ffffff' },
            value: '#1a1a1a',
          },
        },
      },
    ],
  };
}
