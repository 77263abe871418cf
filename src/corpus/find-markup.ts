import type { Span } from '../core/types.js';
import { isSpace } from './split-lines.js';

/**
 * The `RemovedRegion.reason` of HTML markup found inside a plain text (a JSONL record or a `.txt`
 * file holding scraped HTML).
 * @example
 * parseArticle('<p>Les soldats sont arrivés.</p>').removed[0]?.reason; //=> 'markup'
 */
export const MARKUP_REASON = 'markup';

/** Elements whose content is code or styling, never article text: set aside with their content. */
const CODE_ELEMENTS = new Set(['script', 'style', 'noscript', 'template', 'svg', 'math']);

/** The HTML element names recognised as tags (others, like `<Tokaïev>` or `<3`, are left as text). */
const ELEMENTS = new Set(
  (
    'a abbr address area article aside audio b base bdi bdo blockquote body br button canvas caption ' +
    'center cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed fieldset ' +
    'figcaption figure font footer form h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ' +
    'ins kbd label legend li link main map mark math menu meta meter nav noscript object ol optgroup ' +
    'option output p param picture pre progress q rp rt ruby s samp script section select small source ' +
    'span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time ' +
    'title tr track tt u ul var video wbr'
  ).split(' '),
);

/** The longest tag (from `<` to `>`) recognised; longer candidates are left as text. */
const MAX_TAG_LENGTH = 2000;

/**
 * Finds the HTML markup in a plain text: tags of known HTML elements (`<p>`, `</div>`,
 * `<a href="…">`, `<br/>`), comments (`<!-- … -->`), doctypes, and `<script>`, `<style>`,
 * `<noscript>`, `<template>`, `<svg>`, `<math>` elements together with their content (up to their
 * closing tag; an unclosed one sets aside its opening tag only). Text between tags is left alone, and
 * so are entities (`&amp;`) and a `<` that does not open a known tag (`a < b`, `<3`, `<Tokaïev>`).
 *
 * Spans are sorted, do not overlap, never hold a line break (markup across lines gives one span per
 * line) and are trimmed of whitespace. Linear time: each search resumes where the last one stopped.
 * @example
 * const text = 'Les soldats <b>sont</b> arrivés.<script>track()</script>';
 * findMarkup(text).map((s) => text.slice(s.start, s.end)); //=> ['<b>', '</b>', '<script>track()</script>']
 */
export function findMarkup(text: string): Span[] {
  const out: Span[] = [];
  if (!text.includes('<')) return out;
  const next = new ForwardSearch(text);
  let pos = 0;
  while (pos < text.length) {
    const lt = text.indexOf('<', pos);
    if (lt < 0) break;
    const end = markupEnd(text, lt, next);
    if (end === null) {
      pos = lt + 1;
      continue;
    }
    pushByLine(text, lt, end, out);
    pos = end;
  }
  return out;
}

/** Where the markup opening at `lt` ends (exclusive), or null when `lt` opens no markup. */
function markupEnd(text: string, lt: number, next: ForwardSearch): number | null {
  if (text.startsWith('<!--', lt)) {
    const close = next.find('-->', lt + 4);
    return close < 0 ? null : close + 3;
  }
  let i = lt + 1;
  const closing = text.charCodeAt(i) === 0x2f; // '/'
  const declaration = !closing && text.charCodeAt(i) === 0x21; // '!' as in <!doctype html>
  if (closing || declaration) i++;
  const nameStart = i;
  while (i < text.length && isNameCode(text.charCodeAt(i))) i++;
  if (i === nameStart) return null;
  const name = text.slice(nameStart, i).toLowerCase();
  if (declaration ? name !== 'doctype' : !ELEMENTS.has(name)) return null;
  const after = text.charCodeAt(i);
  if (!(after === 0x3e || after === 0x2f || isSpace(after))) return null; // '>' '/' or a space
  const gt = next.find('>', i);
  if (gt < 0 || gt - lt > MAX_TAG_LENGTH) return null;
  const tagEnd = gt + 1;
  if (closing || declaration || !CODE_ELEMENTS.has(name) || text.charCodeAt(gt - 1) === 0x2f) return tagEnd;
  const close = next.closingTag(name, tagEnd);
  return close < 0 ? tagEnd : close;
}

/** ASCII letters and digits (tag names). */
function isNameCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * `indexOf` that remembers its last answer per needle: the start positions asked for almost always
 * grow, so the text is scanned about once per needle (no quadratic rescans on `<p<p<p<p…`).
 */
class ForwardSearch {
  private readonly found = new Map<string, { from: number; at: number }>();
  private readonly noClosing = new Set<string>();

  constructor(private readonly text: string) {}

  /** The first index ≥ `from` of `needle`, or -1. */
  find(needle: string, from: number): number {
    const last = this.found.get(needle);
    // The last answer holds for any later start up to it: nothing matched between its start and it.
    if (last !== undefined && from >= last.from && (last.at < 0 || last.at >= from)) return last.at;
    const at = this.text.indexOf(needle, from);
    this.found.set(needle, { from, at });
    return at;
  }

  /** The end (after its `>`) of the first `</name …>` at or after `from`, any case, or -1. */
  closingTag(name: string, from: number): number {
    if (this.noClosing.has(name)) return -1;
    let at = from;
    for (;;) {
      const open = this.find('</', at);
      if (open < 0) break;
      const nameEnd = open + 2 + name.length;
      if (
        this.text.slice(open + 2, nameEnd).toLowerCase() === name &&
        !isNameCode(this.text.charCodeAt(nameEnd))
      ) {
        const gt = this.find('>', nameEnd);
        if (gt < 0) break;
        return gt + 1;
      }
      at = open + 2;
    }
    this.noClosing.add(name);
    return -1;
  }
}

/** Pushes `[start, end)` cut at line breaks, each piece trimmed of whitespace, empty pieces dropped. */
function pushByLine(text: string, start: number, end: number, out: Span[]): void {
  let a = start;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : -1;
    if (c !== 10 && c !== 13 && c !== -1) continue;
    let s = a;
    let e = i;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    a = i + 1;
  }
}
