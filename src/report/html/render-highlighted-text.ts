import type { Span } from '../../core/types.js';
import { leadCategory, type ReportFinding } from '../document-findings.js';
import { escapeHtml } from '../escape-html.js';
import { signed } from '../format-number.js';
import { layoutHighlights, type TextRun } from '../layout-highlights.js';
import type { TopicLabels } from '../topic-labels.js';

/**
 * A highlight as placed in the page: its element id and the span it covers.
 * @example
 * const m: PlacedMark = { id: 'd2-m577', start: 577, end: 594 };
 */
export interface PlacedMark extends Span {
  id: string;
}

/**
 * What a document's text needs to be drawn with its evidence in place.
 * @example
 * const input: HighlightInput = { text, findings: documentFindings(doc), quoted: [], removed: doc.removed, idPrefix: 'd2' };
 */
export interface HighlightInput {
  /** The original text. */
  text: string;
  findings: readonly ReportFinding[];
  /** Quotations (shaded). */
  quoted: readonly Span[];
  /** Regions cleaning set aside (dimmed, with the reason). */
  removed: readonly (Span & { reason: string })[];
  /** Prefix of the element ids, unique in the page. */
  idPrefix: string;
  /** Category → CSS class of its colour. */
  classOf(category: string): string;
  labels: TopicLabels;
}

/**
 * The original text as HTML with every finding highlighted in place: built from the findings'
 * offsets (overlapping and nested findings share one highlight that lists them all), each text run
 * escaped separately. A highlight is a `<mark tabindex="0">` described (`aria-describedby`) by a
 * tooltip that shows on hover and on keyboard focus: the cue, its weight, category, rule and voice.
 * Quotations are shaded, removed regions dimmed. The text content of the result, tooltips aside, is
 * exactly the original text.
 * @example
 * renderHighlightedText({ text: 'Les soldats de la paix.', findings: [f], quoted: [], removed: [], idPrefix: 'd0', classOf: () => 'c0', labels }).html;
 * //=> 'Les <mark class="hl c0" id="d0-m4" tabindex="0" …>soldats de la paix<span class="tip" …>…</span></mark>.'
 */
export function renderHighlightedText(input: HighlightInput): { html: string; marks: PlacedMark[] } {
  const { text } = input;
  const layout = layoutHighlights(text.length, input.findings, {
    quoted: input.quoted,
    removed: input.removed,
  });
  const parts: string[] = [];
  const marks: PlacedMark[] = [];
  for (const item of layout.items) {
    if (item.kind === 'text') {
      parts.push(run(text, item));
      continue;
    }
    const id = `${input.idPrefix}-m${item.start}`;
    marks.push({ id, start: item.start, end: item.end });
    const lead = leadCategory(item.findings);
    const categories = [...new Set(item.findings.map((f) => f.category))].sort();
    const inner = item.runs.map((r) => run(text, r)).join('');
    parts.push(
      `<mark class="hl ${input.classOf(lead)}" id="${id}" tabindex="0" data-cat="${escapeHtml(lead)}" ` +
        `data-cats="${escapeHtml(JSON.stringify(categories))}" aria-describedby="${id}-tip">${inner}` +
        `<span class="tip" role="tooltip" id="${id}-tip">${tip(item.findings, input.labels)}</span></mark>`,
    );
  }
  return { html: parts.join(''), marks };
}

function run(text: string, r: TextRun): string {
  const body = escapeHtml(text.slice(r.start, r.end));
  const classes = [r.quoted ? 'q' : '', r.removed !== null ? 'rm' : ''].filter(Boolean).join(' ');
  if (!classes) return body;
  const reason = r.removed !== null ? ` title="set aside by cleaning: ${escapeHtml(r.removed)}"` : '';
  return `<span class="${classes}"${reason}>${body}</span>`;
}

function tip(findings: readonly ReportFinding[], labels: TopicLabels): string {
  const texts = [...new Set(findings.map((f) => f.text))];
  const parts: string[] = [];
  for (const text of texts) {
    parts.push(`<span class="tip-cue">“${escapeHtml(text)}”</span>`);
    const rows = new Set(findings.filter((f) => f.text === text).map((f) => tipRow(f, labels)));
    parts.push(...rows);
  }
  return parts.join('');
}

function tipRow(f: ReportFinding, labels: TopicLabels): string {
  const facts: string[] = [];
  let head: string;
  if (f.kind === 'stance') {
    head = `Stance toward ${escapeHtml(labels.target(f.target ?? ''))}`;
    facts.push(`weight <b>${signed(f.weight ?? 0)}</b>`);
  } else if (f.kind === 'loaded') {
    head = 'Loaded vocabulary';
    facts.push(`loadedness <b>${(f.weight ?? 0).toFixed(1)}</b> of 2`);
  } else {
    head = `Names ${escapeHtml(labels.actor(f.actor ?? ''))}`;
    const term = (f.term ?? '').replace(/^=/, '');
    if (term && term.toLowerCase() !== f.text.toLowerCase()) facts.push(`as “${escapeHtml(term)}”`);
  }
  facts.push(`category ${escapeHtml(labels.plain(f.category))}`);
  facts.push(`voice <b>${escapeHtml(f.voice)}</b>`);
  if (f.scare) facts.push('<b>scare-quoted</b>');
  if (f.modifiers && f.modifiers.length > 0) facts.push(`modifiers ${escapeHtml(f.modifiers.join(', '))}`);
  facts.push(`rule <code>${escapeHtml(f.rule)}</code>`);
  const note = f.note ? `<span class="tip-note">${escapeHtml(f.note)}</span>` : '';
  const items = facts.map((f) => `<span class="f">${f}</span>`).join('<span aria-hidden="true"> · </span>');
  return `<span class="tip-row"><span class="tip-head">${head}</span><span class="tip-facts">${items}</span>${note}</span>`;
}
