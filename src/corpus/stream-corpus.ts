import { statSync } from 'node:fs';
import { extname } from 'node:path';
import { CorpusError } from '../core/errors.js';
import { loadCorpus } from './load-corpus.js';
import type { LoadCorpusOptions } from './load-options.js';
import { fsError, onDisk } from './read-file-bytes.js';
import { reservedIds } from './reserved-ids.js';
import { type ArticleItem, streamArticles } from './stream-articles.js';
import { streamJsonl } from './stream-jsonl.js';

/** Options of {@link streamCorpus}. */
export interface StreamCorpusOptions extends LoadCorpusOptions {
  /** The name of a byte stream in messages and origins. @default '<stdin>' */
  name?: string;
}

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
 * origins name it as given.
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
  const read = {
    skipInvalid: options.skipInvalid ?? false,
    ...(options.defaultSource !== undefined ? { defaultSource: options.defaultSource } : {}),
  };
  if (typeof input !== 'string') {
    const name = options.name ?? '<stdin>';
    yield* streamArticles(streamJsonl(input, { ...read, name }), {
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
  yield* streamArticles(streamJsonl(path, named), {
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
