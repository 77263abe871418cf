import { articleOf } from './article-record.js';
import { type StreamArticleRecordsOptions, streamArticleRecords } from './stream-article-records.js';
import type { DraftItem } from './stream-jsonl.js';
import type { Article, SkippedInput } from './types.js';

/**
 * One item of an article stream: a parsed article with its final id, then, last, everything skipped
 * (invalid records in input order, then renamed duplicate ids, as in `Corpus.skipped`).
 * @example
 * const last: ArticleItem = { skipped: [] };
 */
export type ArticleItem = { article: Article } | { skipped: SkippedInput[] };

/**
 * Options of {@link streamArticles} (those of `streamArticleRecords`).
 * @example
 * const o: StreamArticlesOptions = { skipInvalid: true, reserved: new Set(['rt-1']), inputName: 'c.jsonl' };
 */
export type StreamArticlesOptions = StreamArticleRecordsOptions;

/**
 * Turns a draft stream into articles one at a time: the streaming twin of `buildCorpus`. Each draft
 * gets its final id (`createIdAssigner`, the rules of `loadCorpus`) and is parsed (`parseArticle`);
 * the last item lists what was skipped. No document at all is `E_EMPTY_CORPUS`, raised at the end.
 * Memory: one article at a time plus a short string per document (its id).
 * See `streamArticleRecords` for the same stream with the parsing left to the consumer.
 * @example
 * for await (const item of streamArticles(streamJsonl('corpus.jsonl'), { reserved })) {
 *   if ('article' in item) item.article.id; //=> 'le-monde-1' …
 * }
 */
export async function* streamArticles(
  items: AsyncIterable<DraftItem> | Iterable<DraftItem>,
  options: StreamArticlesOptions = {},
): AsyncGenerator<ArticleItem> {
  for await (const item of streamArticleRecords(items, options)) {
    yield 'record' in item ? { article: articleOf(item.record) } : item;
  }
}
