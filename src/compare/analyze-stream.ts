import type { DocumentAnalysis } from '../analysis/types.js';
import { type ArticleRecord, articleOf } from '../corpus/article-record.js';
import { reservedIds } from '../corpus/reserved-ids.js';
import { streamArticleRecords } from '../corpus/stream-article-records.js';
import { type CorpusItem, streamCorpusRecords } from '../corpus/stream-corpus-records.js';
import { streamRecords } from '../corpus/stream-records.js';
import type { Article, DocumentInput, SkippedInput } from '../corpus/types.js';
import { cstoKazakhstan2022 } from '../topics/csto-kazakhstan-2022/index.js';
import { type AnalyzeCorpusOptions, corpusAnalysisOf } from './analyze-corpus.js';
import { type AnalyzePool, createAnalyzePool } from './analyze-pool.js';
import { analyzeBatch, type BatchResult, setupOf } from './analyze-task.js';
import type { Comparison } from './compare-sources.js';
import { comparisonLine, sourceLine } from './jsonl-lines.js';
import type { SourceResult } from './source-result.js';
import { createStatsMerger } from './stats-merger.js';

/** Options of {@link analyzeStream}: those of `analyzeCorpus`, plus workers and record checking. */
export interface AnalyzeStreamOptions extends AnalyzeCorpusOptions {
  /**
   * Worker threads analysing batches of documents in parallel (tinypool); 0 analyses in this
   * thread. The output is byte-identical whatever the number. A topic must be bundled or defined
   * from a spec alone (see `TopicRef`) to go to workers.
   * @default 0
   */
  workers?: number;
  /** Skip invalid records (reported at the end) and keep duplicate ids as `id#2`. @default false */
  skipInvalid?: boolean;
  /** The source of records without one. */
  defaultSource?: string;
  /** The folder a relative input path resolves against. @default process.cwd() */
  cwd?: string;
}

/**
 * What {@link analyzeStream} yields: every document's analysis in input order, then every source's
 * results (sorted by source), then the comparison with what was skipped. The JSONL output of
 * `media-framing analyze` writes one line per event.
 * @example
 * const e: StreamEvent = { type: 'source', source: sourceResult };
 */
export type StreamEvent =
  | { type: 'document'; document: DocumentAnalysis }
  | { type: 'source'; source: SourceResult }
  | { type: 'comparison'; comparison: Comparison; skipped: SkippedInput[] };

/**
 * Batches sent to workers: the first ones small (so that every worker starts at once, and a small
 * corpus is still shared out), doubling per round of workers up to 64 documents; a batch also closes
 * at 512 000 characters. JSONL records go unparsed (each worker parses its own) and each worker keeps
 * its batches' statistics merged until the end of the run (`keepStats`, `AnalyzePool.collect`), so
 * that this thread only reads, numbers, writes and merges one list per worker.
 */
const BATCH = { first: 4, documents: 64, chars: 512_000 };

/**
 * Batches analysed in this thread (no workers): a few documents at a time, since a batch counts its
 * terms faster than documents one by one, while documents still come out soon after they are read.
 */
const IN_THREAD = { documents: 8, chars: 128_000 };

/**
 * Analyses a corpus as it is read (a `.jsonl` path read line by line, another path, an array, an
 * iterable, or an async iterable of records) and yields each document's analysis as soon as its
 * batch is done, then the per-source results and the comparison. The events carry exactly what
 * `analyzeCorpus` returns for the same input: same ids (given, else `slug-n`; see
 * `createIdAssigner`), same documents in the same order, byte-identical sources and comparison.
 *
 * Memory is bounded by the documents in flight (a batch of at most 8 documents or 128 000 characters
 * in this thread; with workers, a few batches of at most 64 documents or 512 000 characters each)
 * plus the per-source statistics (with workers, kept in each worker until the end, then merged here),
 * which grow with the corpus only by a few numbers per document (its id, language, tokens,
 * sentences, and from 50 documents per source on one stance sum per target; below that one per
 * sentence that carries stance) and the vocabulary (1–3-grams with counts and at
 * most 5 occurrences each); the strongest evidence is capped at 10 per target.
 * Document analyses are never kept.
 *
 * Records are checked as `loadCorpus` checks them (`record N` or `file:line` in messages); invalid
 * ones throw, or with `skipInvalid` are reported in the comparison event's `skipped`. A `.jsonl`
 * file and an array are read twice (the ids they give are reserved first, and a bad record fails
 * before any output); an iterator is read once, so a record giving an id already generated for an
 * earlier record without id is `E_DUPLICATE_ID`. No record is `E_EMPTY_CORPUS`.
 * @example
 * for await (const e of analyzeStream('big.jsonl', { workers: 2 })) {
 *   if (e.type === 'document') console.log(e.document.id, e.document.stance.intervention.label);
 *   if (e.type === 'comparison') console.log(e.comparison.ranking.intervention[0]?.source);
 * }
 */
export async function* analyzeStream(
  input: string | AsyncIterable<DocumentInput> | Iterable<DocumentInput>,
  options: AnalyzeStreamOptions = {},
): AsyncGenerator<StreamEvent> {
  const read = {
    skipInvalid: options.skipInvalid ?? false,
    ...(options.defaultSource !== undefined ? { defaultSource: options.defaultSource } : {}),
  };
  if (typeof input === 'string') {
    yield* analyzeArticleStream(
      streamCorpusRecords(input, { ...read, ...(options.cwd !== undefined ? { cwd: options.cwd } : {}) }),
      options,
    );
    return;
  }
  const reserved = Array.isArray(input) ? await reservedIds(streamRecords(input, read)) : undefined;
  const records = streamArticleRecords(streamRecords(input, read), {
    skipInvalid: read.skipInvalid,
    ...(reserved !== undefined ? { reserved } : {}),
    inputName: 'records',
  });
  yield* analyzeArticleStream(records, options);
}

/**
 * The core of {@link analyzeStream} over articles, or records still to parse (`articleOf`), with
 * their final ids, the last item listing what was skipped (see `streamCorpusRecords`): what the CLI
 * feeds from a JSONL file, standard input or a loaded corpus. With workers, records are parsed in the
 * worker threads.
 * @example
 * const items = [...corpus.documents.map((article) => ({ article })), { skipped: corpus.skipped }];
 * for await (const e of analyzeArticleStream(items, { workers: 2 })) events.push(e);
 */
export async function* analyzeArticleStream(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  options: AnalyzeStreamOptions = {},
): AsyncGenerator<StreamEvent> {
  for await (const out of analyzeCore(items, options, false)) {
    if ('result' in out) {
      for (const document of out.result.documents) yield { type: 'document', document };
    } else {
      for (const source of out.sources) yield { type: 'source', source };
      yield { type: 'comparison', comparison: out.comparison, skipped: out.skipped };
    }
  }
}

/**
 * {@link analyzeArticleStream} as the lines of `media-framing analyze --format jsonl`: each document's
 * line (`documentLine`) as soon as it is ready, then each source's line and the comparison's. With
 * workers, the lines are rendered in the worker threads (a string crosses threads far faster than the
 * object it encodes), so the main thread stays free to read and write.
 * @example
 * for await (const line of analyzeArticleLines(streamCorpusRecords('big.jsonl'), { workers: 2 })) process.stdout.write(line);
 */
export async function* analyzeArticleLines(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  options: AnalyzeStreamOptions = {},
): AsyncGenerator<string> {
  for await (const out of analyzeCore(items, options, true)) {
    if ('result' in out) yield* out.result.lines ?? [];
    else {
      for (const source of out.sources) yield sourceLine(source);
      yield comparisonLine(out.comparison, out.skipped);
    }
  }
}

type CoreOut =
  | { result: BatchResult }
  | { sources: SourceResult[]; comparison: Comparison; skipped: SkippedInput[] };

async function* analyzeCore(
  items: AsyncIterable<CorpusItem> | Iterable<CorpusItem>,
  options: AnalyzeStreamOptions,
  lines: boolean,
): AsyncGenerator<CoreOut> {
  const {
    workers = 0,
    skipInvalid: _s,
    defaultSource: _d,
    cwd: _c,
    onDocument: _o,
    ...analysisOptions
  } = options;
  const topic = options.topic ?? cstoKazakhstan2022;
  const setup = { ...setupOf({ ...analysisOptions, topic }), ...(lines ? { lines } : {}) };
  const merger = createStatsMerger();
  const pool: AnalyzePool | undefined = workers > 0 ? createAnalyzePool(workers) : undefined;
  const pending: Promise<BatchResult>[] = [];
  let skipped: SkippedInput[] = [];
  let batch: (Article | ArticleRecord)[] = [];
  let chars = 0;
  let sent = 0;
  let documents = 0;
  const send = () => {
    const result = pool!.run(setup, batch, { keepStats: true });
    documents += batch.length;
    result.catch(() => {}); // awaited in order below; this only keeps an early failure from being "unhandled"
    pending.push(result);
    batch = [];
    chars = 0;
    sent++;
  };
  const received = (result: BatchResult): CoreOut => {
    merger.add(result.stats);
    return { result };
  };
  // A bad record (invalid JSON, a missing field…) stops the reading; the documents read before it
  // are still analysed and yielded, then the error is thrown.
  let failure: { error: unknown } | undefined;
  try {
    try {
      for await (const item of items) {
        if ('skipped' in item) {
          skipped = item.skipped;
          continue;
        }
        const document = 'article' in item ? item.article : item.record;
        batch.push(document);
        chars += 'article' in item ? item.article.text.length : item.record.input.text.length;
        if (!pool) {
          if (batch.length >= IN_THREAD.documents || chars >= IN_THREAD.chars) {
            yield received(analyzeBatch(batch.map(articleOf), setup, topic));
            batch = [];
            chars = 0;
          }
          continue;
        }
        const size = Math.min(BATCH.documents, BATCH.first << Math.floor(sent / workers));
        if (batch.length >= size || chars >= BATCH.chars) send();
        while (pending.length > 2 * workers) yield received(await pending.shift()!);
      }
    } catch (error) {
      failure = { error };
    }
    if (!pool && batch.length > 0) yield received(analyzeBatch(batch.map(articleOf), setup, topic));
    if (pool && batch.length > 0) send();
    while (pending.length > 0) yield received(await pending.shift()!);
    if (pool && failure === undefined)
      for (const part of await pool.collect(setup, documents)) merger.add(part);
  } finally {
    await pool?.destroy();
  }
  if (failure !== undefined) throw failure.error;
  const { sources, comparison } = corpusAnalysisOf(
    { documents: [], stats: merger.result(), skipped },
    { ...analysisOptions, topic },
  );
  yield { sources, comparison, skipped };
}
