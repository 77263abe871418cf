import { articleOf } from './article-record.js';
import type { ArticleItem } from './stream-articles.js';
import { type StreamCorpusOptions, streamCorpusRecords } from './stream-corpus-records.js';

export type { StreamCorpusOptions } from './stream-corpus-records.js';

/**
 * A corpus as a stream of parsed articles (ids assigned), then what was skipped: the streaming twin
 * of `loadCorpus`, giving the same articles, ids, order and skipped inputs.
 * - a `.jsonl` path is read line by line, twice (first the ids it gives, which generated ids avoid,
 *   and every line checked, so a bad line fails before any article; then the articles), with memory
 *   bounded by the longest line;
 * - any other path (folder, `.txt`, `.md`, `.html`) is loaded with `loadCorpus`, then streamed;
 * - a byte stream (standard input) is JSONL read once (see `createIdAssigner` for the one case this
 *   cannot number like `loadJsonlText`).
 * A relative path resolves against `options.cwd`, as in `loadCorpus`; messages, skipped entries and
 * origins name it as given. `streamCorpusRecords` is the same stream with JSONL records left unparsed.
 * @example
 * for await (const item of streamCorpus('big.jsonl', { skipInvalid: true })) {
 *   if ('article' in item) console.log(item.article.id);
 *   else console.log(item.skipped.length, 'skipped');
 * }
 */
export async function* streamCorpus(
  input: string | AsyncIterable<Uint8Array>,
  options: StreamCorpusOptions = {},
): AsyncGenerator<ArticleItem> {
  for await (const item of streamCorpusRecords(input, options)) {
    yield 'record' in item ? { article: articleOf(item.record) } : item;
  }
}
