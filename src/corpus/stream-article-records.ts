import { CorpusError } from '../core/errors.js';
import type { ArticleRecord } from './article-record.js';
import { createIdAssigner } from './assign-ids.js';
import type { DraftItem } from './stream-jsonl.js';
import type { SkippedInput } from './types.js';

/**
 * One item of a record stream: a checked record with its final id (not parsed yet), then, last,
 * everything skipped (invalid records in input order, then renamed duplicate ids, as in
 * `Corpus.skipped`).
 * @example
 * const last: RecordItem = { skipped: [] };
 */
export type RecordItem = { record: ArticleRecord } | { skipped: SkippedInput[] };

/** Options of {@link streamArticleRecords}. */
export interface StreamArticleRecordsOptions {
  /** Keep duplicate ids as `id#2` (reported) instead of failing. @default false */
  skipInvalid?: boolean;
  /** Ids given anywhere in the input (`reservedIds`); absent for a stream read once. */
  reserved?: ReadonlySet<string>;
  /** The input's name in the `E_EMPTY_CORPUS` error. @default 'records' */
  inputName?: string;
}

/**
 * Gives each draft of a stream its final id (`createIdAssigner`, the rules of `loadCorpus`), in input
 * order, without parsing it: `articleOf` turns each record into the article `streamArticles` yields.
 * The last item lists what was skipped. No document at all is `E_EMPTY_CORPUS`, raised at the end.
 * Memory: one record at a time plus a short entry per document (its id).
 * @example
 * for await (const item of streamArticleRecords(streamJsonl('corpus.jsonl'), { reserved })) {
 *   if ('record' in item) item.record.input.id; //=> 'le-monde-1' …
 * }
 */
export async function* streamArticleRecords(
  items: AsyncIterable<DraftItem> | Iterable<DraftItem>,
  options: StreamArticleRecordsOptions = {},
): AsyncGenerator<RecordItem> {
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
    documents++;
    yield { record: { input: { ...d.input, id }, origin: d.origin, sourceFrom: d.sourceFrom } };
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
