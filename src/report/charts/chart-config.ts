import type { Config } from 'vega-lite';

/**
 * The look shared by every chart of the report: the page's font, quiet axes, no border around the
 * plot, a white background.
 * @example
 * const spec = { config: CHART_CONFIG, mark: 'bar', … };
 */
export const CHART_CONFIG: Config = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  background: '#ffffff',
  view: { stroke: null },
  axis: {
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: 'normal',
    titleColor: '#333333',
    labelColor: '#333333',
    domainColor: '#888888',
    tickColor: '#888888',
    gridColor: '#e6e6e6',
  },
  legend: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 'normal', orient: 'bottom' },
  title: { fontSize: 15, fontWeight: 600, anchor: 'start', subtitleFontSize: 12, subtitleColor: '#555555' },
};
