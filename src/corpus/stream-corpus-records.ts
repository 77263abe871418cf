import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { CorpusError } from '../core/errors.js';
import type { ArticleRecord } from './article-record.js';
import { loadCorpus } from './load-corpus.js';
import type { LoadCorpusOptions } from './load-options.js';
import { fsError, onDisk } from './read-file-bytes.js';
import { reservedIds } from './reserved-ids.js';
import { streamArticleRecords } from './stream-article-records.js';
import type { ArticleItem } from './stream-articles.js';
import { streamJsonl } from './stream-jsonl.js';

/** Options of `streamCorpus` and {@link streamCorpusRecords}. */
export interface StreamCorpusOptions extends LoadCorpusOptions {
  /** The name of a byte stream in messages and origins. @default '<stdin>' */
  name?: string;
}

/**
 * One item of {@link streamCorpusRecords}: an article, a record with its final id still to parse
 * (`articleOf`), or, last, everything skipped.
 * @example
 * const item: CorpusItem = { record: { input: { id: 'rt-1', source: 'RT', text: 'T' }, origin: 'c.jsonl:1', sourceFrom: 'record' } };
 */
export type CorpusItem = ArticleItem | { record: ArticleRecord };

/**
 * `streamCorpus` with the parsing of JSONL records left to the consumer: a `.jsonl` path or a byte
 * stream yields `{ record }` items (read, checked and numbered in input order, not parsed), which
 * `articleOf` turns into exactly the articles `streamCorpus` yields; any other path is loaded with
 * `loadCorpus` and yields its articles. Same order, ids, errors (at the same point of the stream) and
 * skipped inputs as `streamCorpus`. Lets an analysis parse records where it analyses them (worker
 * threads) instead of in the thread that reads.
 * @example
 * for await (const item of streamCorpusRecords('big.jsonl')) {
 *   if ('record' in item) pool.push(item.record); // parsed and analysed in a worker
 * }
 */
export async function* streamCorpusRecords(
  input: string | AsyncIterable<Uint8Array>,
  options: StreamCorpusOptions = {},
): AsyncGenerator<CorpusItem> {
  const read = {
    skipInvalid: options.skipInvalid ?? false,
    ...(options.defaultSource !== undefined ? { defaultSource: options.defaultSource } : {}),
  };
  if (typeof input !== 'string') {
    const name = options.name ?? '<stdin>';
    yield* streamArticleRecords(streamJsonl(input, { ...read, name }), {
      skipInvalid: read.skipInvalid,
      inputName: name,
    });
    return;
  }
  const path = input.trim() === '' ? input : onDisk(input, options.cwd);
  if (extname(path).toLowerCase() !== '.jsonl' || !isFile(path, input)) {
    const corpus = loadCorpus(input, options);
    for (const article of corpus.documents) yield { article };
    yield { skipped: corpus.skipped };
    return;
  }
  const named = { ...read, name: input };
  const reserved = await reservedIds(streamJsonl(path, named));
  yield* streamArticleRecords(streamJsonl(path, named), {
    skipInvalid: read.skipInvalid,
    reserved,
    inputName: input,
  });
}

/** True for a regular file; a missing path or a folder is left to `loadCorpus` to report. */
function isFile(path: string, name: string): boolean {
  try {
    return statSync(path).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error instanceof CorpusError ? error : fsError(error, name);
  }
}
