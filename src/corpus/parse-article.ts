import type { RemovedRegion, Span } from '../core/types.js';
import { findBoilerplate } from './boilerplate/find-boilerplate.js';
import { chooseTitle } from './choose-title.js';
import { findMarkup, MARKUP_REASON } from './find-markup.js';
import { normaliseLang } from './normalise-lang.js';
import { isSpace, splitLines, type TextLine } from './split-lines.js';
import type { Article, DocumentInput } from './types.js';

/**
 * Facts about an article known from outside its text (a record, a manifest entry, a file).
 * @example
 * const meta: ArticleMeta = { id: 'a1', source: 'Le Monde', lang: 'fr', origin: 'corpus.jsonl:3' };
 */
export type ArticleMeta = Partial<DocumentInput> & { id?: string; origin?: string };

/**
 * Parses one article's raw text: finds its title, its boilerplate and its body, by offsets. Pure: the
 * text is never rewritten (only a leading byte-order mark is dropped), so for every span
 * `article.text.slice(start, end)` is the located text.
 *
 * - Boilerplate: whole lines set aside by `findBoilerplate` (menus, "Lire aussi", cookie banners,
 *   credits, bylines…), each with its reason; see `BOILERPLATE_REASONS`.
 * - Markup: HTML tags, comments and `<script>`/`<style>` elements left in a plain text (`findMarkup`)
 *   are set aside with the reason `markup`, never read as words; a line is judged (boilerplate, title)
 *   without the markup at its ends, so `<h1>Titre</h1>` gives the title `Titre`. Markup inside the
 *   title or a boilerplate line stays in that region.
 * - Title: `meta.title` when given (located in the text only if it is the first kept line), else the
 *   first kept line when it looks like a headline; see `chooseTitle`.
 * - Body: what remains, as maximal spans between the title and removed regions, trimmed of whitespace.
 *   Together, title, body and removed regions cover every non-whitespace character of the text (a
 *   Markdown `#` heading marker before the title excepted).
 * Defaults: `id` `'article'`, `source` `'unknown'`; `lang` is normalised (`normaliseLang`).
 * @example
 * const a = parseArticle('Titre\n\nLe corps.\n\nLire aussi : autre chose', { source: 'Le Monde' });
 * a.title; //=> 'Titre'
 * a.body.map((s) => a.text.slice(s.start, s.end)); //=> ['Le corps.']
 * a.removed[0].reason; //=> 'related-link'
 */
export function parseArticle(raw: string, meta: ArticleMeta = {}): Article {
  const text = raw.charCodeAt(0) === 0xfeff ? raw.slice(1) : raw;
  const markup = findMarkup(text);
  const lines = withoutEdgeMarkup(text, splitLines(text), markup);
  const regions = findBoilerplate(text, lines);
  const title = chooseTitle(lines, regions, meta.title);
  const removed: RemovedRegion[] = regions.map(({ text: t, start, end, reason }) => ({
    text: t,
    start,
    end,
    reason,
  }));
  if (markup.length > 0) {
    const taken: Span[] = [...regions];
    if (title.span) taken.push(title.span);
    for (const m of outside(markup, taken)) {
      removed.push({ text: text.slice(m.start, m.end), start: m.start, end: m.end, reason: MARKUP_REASON });
    }
    removed.sort((a, b) => a.start - b.start);
  }
  const covered: Span[] = removed.map(({ start, end }) => ({ start, end }));
  if (title.span && title.lineStart !== null) covered.push({ start: title.lineStart, end: title.span.end });
  const article: Article = {
    id: meta.id ?? 'article',
    source: meta.source ?? 'unknown',
    text,
    title: title.title,
    titleSpan: title.span,
    body: complementSpans(text, covered),
    removed,
  };
  const lang = normaliseLang(meta.lang);
  if (lang !== undefined) article.lang = lang;
  if (meta.date !== undefined) article.date = meta.date;
  if (meta.url !== undefined) article.url = meta.url;
  if (meta.kind !== undefined) article.kind = meta.kind;
  if (meta.origin !== undefined) article.origin = meta.origin;
  return article;
}

/**
 * The lines with the markup at their ends left out of their content bounds (a line of markup only
 * becomes blank), so that rules and the title see `Titre` in `<h1>Titre</h1>`.
 */
function withoutEdgeMarkup(text: string, lines: TextLine[], markup: readonly Span[]): TextLine[] {
  if (markup.length === 0) return lines;
  let k = 0;
  return lines.map((line) => {
    while (k < markup.length && markup[k]!.end <= line.contentStart) k++;
    let a = line.contentStart;
    let b = line.contentEnd;
    let first = k;
    while (first < markup.length && markup[first]!.start === a && a < b) {
      a = markup[first]!.end;
      while (a < b && isSpace(text.charCodeAt(a))) a++;
      first++;
    }
    let last = first;
    while (last < markup.length && markup[last]!.end <= b) last++;
    while (last > first && markup[last - 1]!.end === b && a < b) {
      b = markup[last - 1]!.start;
      while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
      last--;
    }
    if (a === line.contentStart && b === line.contentEnd) return line;
    return { ...line, contentStart: a, contentEnd: b, content: text.slice(a, b) };
  });
}

/** The spans of `spans` that overlap none of `taken` (both lists in any order). */
function outside(spans: readonly Span[], taken: readonly Span[]): Span[] {
  if (taken.length === 0) return [...spans];
  const sorted = [...taken].sort((x, y) => x.start - y.start);
  const out: Span[] = [];
  let j = 0;
  for (const s of spans) {
    while (j < sorted.length && sorted[j]!.end <= s.start) j++;
    const t = sorted[j];
    if (!t || t.start >= s.end) out.push(s);
  }
  return out;
}

/** The parts of `text` outside the covered spans, trimmed of whitespace, empty parts dropped. */
function complementSpans(text: string, covered: readonly Span[]): Span[] {
  const sorted = [...covered].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  let cursor = 0;
  const push = (start: number, end: number): void => {
    let a = start;
    let b = end;
    while (a < b && isSpace(text.charCodeAt(a))) a++;
    while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (const span of sorted) {
    push(cursor, span.start);
    cursor = Math.max(cursor, span.end);
  }
  push(cursor, text.length);
  return out;
}
