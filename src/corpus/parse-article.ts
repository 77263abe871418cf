import type { RemovedRegion, Span } from '../core/types.js';
import { findBoilerplate } from './boilerplate/find-boilerplate.js';
import { chooseTitle } from './choose-title.js';
import { normaliseLang } from './normalise-lang.js';
import { isSpace, splitLines } from './split-lines.js';
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
  const lines = splitLines(text);
  const regions = findBoilerplate(text, lines);
  const title = chooseTitle(lines, regions, meta.title);
  const removed: RemovedRegion[] = regions.map(({ text: t, start, end, reason }) => ({
    text: t,
    start,
    end,
    reason,
  }));
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
