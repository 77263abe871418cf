import { escapeHtml } from '../escape-html.js';

/**
 * A section of the report: a landmark (`<section>` labelled by its heading) with an id for the
 * table of contents, a heading, an optional one-paragraph introduction (report-written text, not
 * escaped) and its body.
 * @example
 * renderSection('naming', 'Who calls whom what', '<table>…</table>', 'Terms each source uses…');
 * //=> '<section id="naming" aria-labelledby="naming-h"><h2 id="naming-h">Who calls whom what</h2>…</section>'
 */
export function renderSection(id: string, heading: string, body: string, intro = ''): string {
  const safe = escapeHtml(id);
  return (
    `<section id="${safe}" aria-labelledby="${safe}-h"><h2 id="${safe}-h">${escapeHtml(heading)}</h2>` +
    (intro ? `<p class="intro">${intro}</p>` : '') +
    `${body}</section>`
  );
}

/**
 * A chart in a `<figure>` with a visible caption (report-written HTML).
 * @example
 * renderFigure(svg, 'Scores and 90% intervals.'); //=> '<figure class="chart">…<figcaption>Scores and 90% intervals.</figcaption></figure>'
 */
export function renderFigure(svg: string, caption: string): string {
  return `<figure class="chart"><div class="chart-box">${svg}</div><figcaption>${caption}</figcaption></figure>`;
}
