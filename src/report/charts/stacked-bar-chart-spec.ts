import type { TopLevelSpec } from 'vega-lite';
import { CHART_CONFIG } from './chart-config.js';

/**
 * One segment of a stacked bar: a source, a part (a voice…) and its value.
 * @example
 * const s: BarSegment = { source: 'EVZ', part: 'quoted', value: 3.27 };
 */
export interface BarSegment {
  source: string;
  part: string;
  value: number;
}

/**
 * Horizontal stacked bars, one per source (rows in the given order), segments coloured by part with
 * the given colours and in the given order. Used for loaded-vocabulary rates by voice.
 * @example
 * stackedBarChartSpec(segments, { sources: ['EVZ'], parts: ['authorial', 'quoted'], colours: ['#0072B2', '#E69F00'], valueTitle: 'per 1,000 words' });
 */
export function stackedBarChartSpec(
  segments: readonly BarSegment[],
  options: {
    sources: readonly string[];
    parts: readonly string[];
    colours: readonly string[];
    valueTitle: string;
    partTitle: string;
  },
): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    config: CHART_CONFIG,
    width: 420,
    height: { step: 30 },
    padding: 4,
    data: {
      values: segments.map((s) => ({ ...s, order: options.parts.indexOf(s.part) })),
    },
    mark: { type: 'bar', stroke: '#ffffff', strokeWidth: 1 },
    encoding: {
      y: {
        field: 'source',
        type: 'nominal',
        sort: [...options.sources],
        title: null,
        axis: { labelLimit: 400, ticks: false, domain: false, labelPadding: 6 },
      },
      x: { field: 'value', type: 'quantitative', stack: 'zero', title: options.valueTitle },
      color: {
        field: 'part',
        type: 'nominal',
        title: options.partTitle,
        scale: { domain: [...options.parts], range: [...options.colours] },
      },
      order: { field: 'order', type: 'quantitative' },
    },
  };
}
