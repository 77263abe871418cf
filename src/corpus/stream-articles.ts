import { CorpusError } from '../core/errors.js';
import { createIdAssigner } from './assign-ids.js';
import { parseArticle } from './parse-article.js';
import type { DraftItem } from './stream-jsonl.js';
import type { Article, SkippedInput } from './types.js';

/**
 * One item of an article stream: a parsed article with its final id, then, last, everything skipped
 * (invalid records in input order, then renamed duplicate ids, as in `Corpus.skipped`).
 * @example
 * const last: ArticleItem = { skipped: [] };
 */
export type ArticleItem = { article: Article } | { skipped: SkippedInput[] };

/** Options of {@link streamArticles}. */
export interface StreamArticlesOptions {
  /** Keep duplicate ids as `id#2` (reported) instead of failing. @default false */
  skipInvalid?: boolean;
  /** Ids given anywhere in the input (`reservedIds`); absent for a stream read once. */
  reserved?: ReadonlySet<string>;
  /** The input's name in the `E_EMPTY_CORPUS` error. @default 'records' */
  inputName?: string;
}

/**
 * Turns a draft stream into articles one at a time: the streaming twin of `buildCorpus`. Each draft
 * gets its final id (`createIdAssigner`, the rules of `loadCorpus`) and is parsed (`parseArticle`);
 * the last item lists what was skipped. No document at all is `E_EMPTY_CORPUS`, raised at the end.
 * Memory: one article at a time plus a short string per document (its id).
 * @example
 * for await (const item of streamArticles(streamJsonl('corpus.jsonl'), { reserved })) {
 *   if ('article' in item) item.article.id; //=> 'le-monde-1' …
 * }
 */
export async function* streamArticles(
  items: AsyncIterable<DraftItem> | Iterable<DraftItem>,
  options: StreamArticlesOptions = {},
): AsyncGenerator<ArticleItem> {
  const ids = createIdAssigner(options.skipInvalid ?? false, options.reserved);
  const skipped: SkippedInput[] = [];
  let documents = 0;
  for await (const item of items) {
    if ('skipped' in item) {
      skipped.push(item.skipped);
      continue;
    }
    const d = item.draft;
    const id = ids.assign(
      d.id === undefined
        ? { source: d.input.source, place: d.place }
        : { id: d.id, source: d.input.source, place: d.place },
    );
    const article = parseArticle(d.input.text, { ...d.input, id, origin: d.origin });
    article.sourceFrom = d.sourceFrom;
    documents++;
    yield { article };
  }
  if (documents === 0) {
    const why = skipped.length > 0 ? `: all ${skipped.length} input(s) were skipped` : '';
    throw new CorpusError(
      'E_EMPTY_CORPUS',
      `no document to load${why}`,
      { file: options.inputName ?? 'records' },
      { skipped },
    );
  }
  yield { skipped: [...skipped, ...ids.skipped] };
}
