import { parseArticle } from './parse-article.js';
import type { Article, DocumentInput, SourceFrom } from './types.js';

/**
 * A checked record with its final id, not parsed yet: what `parseArticle` needs to build its article,
 * as plain data. Streams hand these to where the analysis runs (a worker thread parses its own
 * records), so that the thread reading the input only reads, checks and numbers.
 * @example
 * const r: ArticleRecord = { input: { id: 'rt-1', source: 'RT', text: 'Titre\n\nCorps.' },
 *   origin: 'corpus.jsonl:1', sourceFrom: 'record' };
 */
export interface ArticleRecord {
  /** The record as `validateRecord` returns it, with `id` set to the final id. */
  input: DocumentInput & { id: string };
  /** Where the record came from (`corpus.jsonl:12`, `record 3`). */
  origin: string;
  sourceFrom: SourceFrom;
}

/**
 * The article of a record (`parseArticle` on its text, with its id, origin and where its source came
 * from), or the article itself when it is one already (anything without `input` is an `Article`).
 * @example
 * articleOf({ input: { id: 'rt-1', source: 'RT', text: 'Titre\n\nCorps.' }, origin: 'c.jsonl:1', sourceFrom: 'record' }).body;
 * //=> [{ start: 7, end: 13 }]
 */
export function articleOf(document: Article | ArticleRecord): Article {
  if (!('input' in document)) return document;
  const article = parseArticle(document.input.text, { ...document.input, origin: document.origin });
  article.sourceFrom = document.sourceFrom;
  return article;
}
