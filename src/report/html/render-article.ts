import type { DocumentAnalysis } from '../../analysis/types.js';
import type { ReportFinding } from '../document-findings.js';
import { escapeHtml } from '../escape-html.js';
import { count, signed, stanceWord } from '../format-number.js';
import type { TopicLabels } from '../topic-labels.js';
import { type PlacedMark, renderHighlightedText } from './render-highlighted-text.js';

/**
 * What one article of the report needs: its analysis, its original text when known, its findings.
 * @example
 * const a: ArticleInput = { doc, text: article.text, findings: documentFindings(doc), index: 0, mainTarget: 'intervention' };
 */
export interface ArticleInput {
  doc: DocumentAnalysis;
  /** The original text, or null when the report was given only the analysis. */
  text: string | null;
  findings: readonly ReportFinding[];
  /** Position of the document in the page (ids derive from it). */
  index: number;
  mainTarget: string;
  classOf(category: string): string;
  labels: TopicLabels;
}

/**
 * One article: its title, source, date, language, size and stance toward the main target, its text
 * with the evidence highlighted in place (or, without the text, the list of its findings), and a
 * collapsed table of every finding. Every string from the input is escaped.
 * @example
 * renderArticle(input).html.startsWith('<article class="doc"'); //=> true
 */
export function renderArticle(input: ArticleInput): { html: string; marks: PlacedMark[] } {
  const { doc, labels } = input;
  const id = `d${input.index}`;
  const categories = [...new Set(input.findings.map((f) => f.category))].sort();
  const stance = doc.stance[input.mainTarget];
  const meta = [
    `<span class="src">${escapeHtml(doc.source)}</span>`,
    doc.date ? `<span>${escapeHtml(doc.date)}</span>` : '',
    `<span>${escapeHtml(doc.lang)}</span>`,
    `<span>${count(doc.tokens)} words</span>`,
    `<span class="docid">id <code>${escapeHtml(doc.id)}</code></span>`,
    doc.url ? urlOf(doc.url) : '',
  ].filter(Boolean);
  const badge = stance
    ? `<p class="stance-line"><span class="badge ${stance.label}">${escapeHtml(stanceWord(stance.label))}</span> ` +
      `toward ${escapeHtml(labels.target(input.mainTarget))}: score <b>${signed(stance.score)}</b>, ` +
      `confidence ${stance.confidence.toFixed(2)}, ${stance.evidence.length} stance cue${stance.evidence.length === 1 ? '' : 's'}</p>`
    : '';
  let body: string;
  let marks: PlacedMark[] = [];
  if (input.text !== null) {
    const rendered = renderHighlightedText({
      text: input.text,
      findings: input.findings,
      quoted: doc.quotes.filter((q) => q.role === 'quotation'),
      removed: doc.removed,
      idPrefix: id,
      classOf: input.classOf,
      labels,
    });
    marks = rendered.marks;
    const lang = doc.lang === 'fr' || doc.lang === 'en' ? ` lang="${doc.lang}"` : '';
    body = `<div class="text"${lang}>${rendered.html}</div>`;
  } else {
    body =
      '<p class="muted">The original text was not given to the report; its findings are listed below.</p>';
  }
  const title = doc.title ?? `(untitled: ${doc.id})`;
  const html =
    `<article class="doc" id="${id}" data-source="${escapeHtml(doc.source)}" ` +
    `data-cats="${escapeHtml(JSON.stringify(categories))}" aria-labelledby="${id}-h">` +
    `<header><h3 id="${id}-h">${escapeHtml(title)}</h3><p class="meta">${meta.join('<span aria-hidden="true"> · </span>')}</p>${badge}</header>` +
    body +
    findingsTable(input, input.text === null) +
    '</article>';
  return { html, marks };
}

function urlOf(url: string): string {
  const shown = escapeHtml(url);
  if (!/^https?:\/\//i.test(url)) return `<span class="url">${shown}</span>`;
  return `<a class="url" href="${shown}" rel="noopener noreferrer nofollow">${shown}</a>`;
}

function findingsTable(input: ArticleInput, open: boolean): string {
  if (input.findings.length === 0) return '<p class="muted">No finding in this article.</p>';
  const rows = input.findings.map((f) => {
    const what =
      f.kind === 'stance'
        ? `stance → ${escapeHtml(input.labels.target(f.target ?? ''))}`
        : f.kind === 'loaded'
          ? 'loaded'
          : `names ${escapeHtml(input.labels.actor(f.actor ?? ''))}`;
    const weight =
      f.kind === 'stance' ? signed(f.weight ?? 0) : f.kind === 'loaded' ? (f.weight ?? 0).toFixed(1) : '';
    const extra = [f.scare ? 'scare-quoted' : '', ...(f.modifiers ?? [])].filter(Boolean).join(', ');
    return (
      `<tr><td>${escapeHtml(f.text)}</td><td>${what}</td><td class="num">${weight}</td>` +
      `<td>${escapeHtml(input.labels.plain(f.category))}</td><td>${escapeHtml(f.voice)}</td>` +
      `<td><code>${escapeHtml(f.rule)}</code>${extra ? ` <span class="muted">(${escapeHtml(extra)})</span>` : ''}</td>` +
      `<td class="num">${f.start}–${f.end}</td></tr>`
    );
  });
  return (
    `<details class="findings"${open ? ' open' : ''}><summary>All ${input.findings.length} findings of this article</summary>` +
    `<div class="scroll"><table><caption class="sr-only">Findings of article ${escapeHtml(input.doc.id)}</caption>` +
    '<thead><tr><th scope="col">cue</th><th scope="col">what</th><th scope="col">weight</th><th scope="col">category</th>' +
    '<th scope="col">voice</th><th scope="col">rule</th><th scope="col">offsets</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></div></details>`
  );
}
