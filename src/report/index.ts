/**
 * The report layer: renders a corpus analysis as an offline HTML page, as Markdown or as a terminal
 * table. Renders only; every figure comes from the analysis.
 * @module
 */

export type { ChartText } from './charts/render-chart-svg.js';
export { renderChartSvg } from './charts/render-chart-svg.js';
export type { HtmlReportOptions } from './render-html.js';
export { renderHtml } from './render-html.js';
export type { MarkdownReportOptions } from './render-markdown.js';
export { renderMarkdown } from './render-markdown.js';
export type { TerminalOptions, TerminalSection } from './render-terminal.js';
export { renderTerminal } from './render-terminal.js';
