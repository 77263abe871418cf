import { statSync } from 'node:fs';
import { extname, isAbsolute, resolve } from 'node:path';
import { CorpusError } from '../core/errors.js';
import { loadCorpus } from './load-corpus.js';
import type { LoadCorpusOptions } from './load-options.js';
import { fsError } from './read-file-bytes.js';
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
 * A relative path resolves against `options.cwd`, as in `loadCorpus`.
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
  const path =
    options.cwd !== undefined && !isAbsolute(input) && input.trim() !== ''
      ? resolve(options.cwd, input)
      : input;
  if (extname(path).toLowerCase() !== '.jsonl' || !isFile(path)) {
    const corpus = loadCorpus(path, options);
    for (const article of corpus.documents) yield { article };
    yield { skipped: corpus.skipped };
    return;
  }
  const reserved = await reservedIds(streamJsonl(path, read));
  yield* streamArticles(streamJsonl(path, read), {
    skipInvalid: read.skipInvalid,
    reserved,
    inputName: path,
  });
}

/** True for a regular file; a missing path or a folder is left to `loadCorpus` to report. */
function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error instanceof CorpusError ? error : fsError(error, path);
  }
}
