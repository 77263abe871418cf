import type { TopLevelSpec } from 'vega-lite';
import { escapeHtml } from '../escape-html.js';

/**
 * What a screen reader announces for a chart: a short title and a sentence that says what the chart
 * shows (the figures themselves are in the table beside it).
 * @example
 * const a: ChartText = { id: 'ranking', title: 'Stance toward the CSTO intervention', description: 'Sources ranked…' };
 */
export interface ChartText {
  /**
   * A unique id in the page (the ids inside the SVG derive from it).
   * @default 'chart'
   */
  id?: string;
  title: string;
  description: string;
}

type Libraries = [typeof import('vega'), typeof import('vega-lite')];
let libraries: Promise<Libraries> | undefined;

/**
 * Renders a Vega-Lite spec (a `TopLevelSpec` of vega-lite 6, typed loosely here so that the
 * declarations need no vega-lite types) to an SVG string in Node: compiled by vega-lite, rendered by a headless
 * vega `View` (renderer `'none'`, no canvas, no network: give the data inline, as `data.values`).
 * The SVG gets `role="img"`, a `<title>` and a `<desc>` for screen readers, and ids scoped by
 * `text.id`, so that the same spec always gives the same SVG. Vega escapes the data it writes
 * (source names, terms). Both libraries are ESM-only and loaded once with `import()`. Useful to chart
 * the tidy rows of `toRows` in a notebook or a page of your own.
 * @example
 * const rows = toRows(analysis).documentTargets.filter((r) => r.target === 'intervention');
 * const svg = await renderChartSvg(
 *   { data: { values: rows }, mark: 'bar', encoding: { y: { field: 'docId', type: 'nominal' }, x: { field: 'score', type: 'quantitative' } } },
 *   { title: 'Stance of each document', description: 'One bar per document, its score from −1 to +1.' },
 * );
 * svg.startsWith('<svg'); //=> true
 */
export async function renderChartSvg(spec: object, text: ChartText): Promise<string> {
  libraries ??= Promise.all([import('vega'), import('vega-lite')]);
  const [vega, vegaLite] = await libraries;
  const compiled = vegaLite.compile(spec as TopLevelSpec).spec;
  const view = new vega.View(vega.parse(compiled), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const id = text.id ?? 'chart';
    return accessible(scopeIds(svg, id), { ...text, id });
  } finally {
    view.finalize();
  }
}

/**
 * Vega numbers gradients and clip paths with a counter global to the process, so the same chart
 * would get other ids on a second run and two charts could share one. Renames every id of the SVG
 * (and its `url(#…)` / `href="#…"` references) to `<chart id>-<n>` in order of appearance.
 */
function scopeIds(svg: string, prefix: string): string {
  const names = new Map<string, string>();
  for (const m of svg.matchAll(/\sid="([^"]+)"/g)) {
    if (!names.has(m[1]!)) names.set(m[1]!, `${prefix}-${names.size}`);
  }
  if (names.size === 0) return svg;
  return svg.replace(/(\sid="|url\(#|href="#)([^")]+)/g, (all, head: string, name: string) => {
    const renamed = names.get(name);
    return renamed === undefined ? all : `${head}${renamed}`;
  });
}

function accessible(svg: string, text: ChartText & { id: string }): string {
  const open = svg.indexOf('>');
  if (!svg.startsWith('<svg') || open < 0) throw new Error('vega did not return an SVG document');
  const id = escapeHtml(text.id);
  const head = `${svg.slice(0, open)} role="img" aria-labelledby="${id}-title ${id}-desc" focusable="false">`;
  return (
    `${head}<title id="${id}-title">${escapeHtml(text.title)}</title>` +
    `<desc id="${id}-desc">${escapeHtml(text.description)}</desc>${svg.slice(open + 1)}`
  );
}
