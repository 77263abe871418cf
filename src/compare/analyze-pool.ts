import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { UsageError, WorkerError } from '../core/errors.js';
import type { ArticleRecord } from '../corpus/article-record.js';
import type { Article } from '../corpus/types.js';
import type { AnalyzeSetup, BatchResult } from './analyze-task.js';
import type { SourceStats } from './source-stats.js';

/**
 * One task of the pool: a batch of articles (or records, which the worker parses: `articleOf`), the
 * run's setup, and the run's key (the worker builds the setup's topic once per key).
 * @example
 * const t: AnalyzePoolTask = { key: '1', setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, articles };
 */
export interface AnalyzePoolTask {
  key: string;
  setup: AnalyzeSetup;
  articles: (Article | ArticleRecord)[];
  /**
   * Keep the batch's statistics in the worker, merged with the run's earlier batches there, and send
   * back none (`stats: []`); {@link AnalyzePool.collect} fetches them at the end of the run.
   * @default false
   */
  keepStats?: boolean;
}

/**
 * The pool task that asks a worker for the statistics it kept for a run (and forgets them).
 * @example
 * const t: CollectStatsTask = { key: '1', collect: true };
 */
export interface CollectStatsTask {
  key: string;
  collect: true;
}

/**
 * What a worker kept for a run: its batches' statistics merged, and how many documents they cover.
 * @example
 * const k: KeptStats = { stats: [], documents: 0 }; // a worker that analysed nothing of the run
 */
export interface KeptStats {
  stats: SourceStats[];
  documents: number;
}

/**
 * A pool of analysis workers (see {@link createAnalyzePool}).
 * @example
 * const pool: AnalyzePool = createAnalyzePool(2);
 * const { documents, stats } = await pool.run(setup, articles);
 * await pool.destroy();
 */
export interface AnalyzePool {
  /**
   * Analyses a batch with a setup in a free worker (queued when all are busy); records are parsed
   * there (`articleOf`), which costs the calling thread less than parsing them and sending articles.
   */
  run(
    setup: AnalyzeSetup,
    articles: (Article | ArticleRecord)[],
    options?: { keepStats?: boolean },
  ): Promise<BatchResult>;
  /**
   * The statistics the workers kept for a setup's batches run with `keepStats` (one merged list per
   * worker that analysed some), once all those batches are done; `documents` is how many documents
   * they were sent. Merging the lists gives the statistics of all those documents. Moving the merge
   * into the workers keeps the statistics of every batch from crossing to this thread. Throws
   * `WorkerError` `E_WORKER_LOST` when the workers kept fewer documents than that (a worker thread
   * stopped and its statistics are gone).
   */
  collect(setup: AnalyzeSetup, documents: number): Promise<SourceStats[][]>;
  /** Stops the workers. */
  destroy(): Promise<void>;
}

/**
 * The young generation of each worker thread, in MB (V8's default here is about 48: 16 MB semi-spaces).
 * A batch keeps its documents' processed texts alive while it is analysed; with the default most of
 * that survives a scavenge or two and is promoted, so that the old generation fills with garbage and
 * major collections (their marking runs on V8's helper threads, for which 2 busy workers leave no
 * spare core) come often, each also discarding optimised code to compile again. Measured on this
 * 2-core machine: workers analysing 64-document batches after warm-up (1000–1200 documents each, 3
 * interleaved runs), process CPU per document 2.5–3.8 ms by default, 2.4–2.6 ms with 96, 2.0–2.1 ms
 * with 192, 2.0–2.3 ms with 384, and CPU outside the analysing threads 0.52–0.70 → 0.27 ms with 192;
 * `analyze --format jsonl --workers 2` on 8000 documents, process CPU 49 s → 30–36 s (V8 helper
 * threads 17 s → 8 s), peak resident memory 535 → 755–782 MB. Ignored by the child processes used
 * under tsx.
 */
const YOUNG_GENERATION_MB = 192;

let setups = 0;
const keys = new WeakMap<AnalyzeSetup, string>();

/**
 * A tinypool of `workers` threads that analyse batches of articles (`analyzeBatch`); each worker
 * builds a setup's topic once (a setup is known by its object identity) and reuses it.
 * The worker file is resolved next to this module: `analyze-worker.js` in the built package
 * (`dist/`, worker threads), else `analyze-worker.ts` when running from the sources under tsx or
 * vitest (child processes started with `--import tsx`, since worker threads do not inherit tsx's
 * loader). Each worker thread gets a young generation of 192 MB (see `YOUNG_GENERATION_MB`). Throws
 * `UsageError` `E_USAGE` unless `workers` is a positive integer.
 * @example
 * const pool = createAnalyzePool(2);
 * try { results = await Promise.all(batches.map((b) => pool.run(setup, b))); } finally { await pool.destroy(); }
 */
export function createAnalyzePool(workers: number): AnalyzePool {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new UsageError('E_USAGE', `workers must be a positive integer, got ${workers}`);
  }
  const pool = new Tinypool({
    ...workerFile(),
    minThreads: workers,
    maxThreads: workers,
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
  });
  return {
    run: (setup, articles, options = {}) => {
      const task: AnalyzePoolTask = { key: keyOf(setup), setup, articles };
      if (options.keepStats) task.keepStats = true;
      return pool.run(task) as Promise<BatchResult>;
    },
    collect: async (setup, documents) => {
      const task: CollectStatsTask = { key: keyOf(setup), collect: true };
      const parts: SourceStats[][] = [];
      let found = 0;
      // One request per worker at once: idle workers each take one (a worker asked twice answers
      // the second time with nothing), so one round finds everything; the count checks it.
      for (let round = 0; found < documents && round <= workers; round++) {
        const kept = (await Promise.all(
          Array.from({ length: workers }, () => pool.run(task)),
        )) as KeptStats[];
        for (const k of kept) {
          found += k.documents;
          if (k.documents > 0) parts.push(k.stats);
        }
      }
      if (found !== documents) {
        throw new WorkerError(
          'E_WORKER_LOST',
          `analysis pool: the workers kept ${found} documents' statistics, expected ${documents}`,
        );
      }
      return parts;
    },
    destroy: () => pool.destroy(),
  };
}

/** The key of a setup in the workers (a setup is known by its object identity). */
function keyOf(setup: AnalyzeSetup): string {
  let key = keys.get(setup);
  if (key === undefined) {
    key = `${process.pid}:${++setups}`;
    keys.set(setup, key);
  }
  return key;
}

function workerFile(): {
  filename: string;
  runtime: 'worker_threads' | 'child_process';
  execArgv?: string[];
  env?: Record<string, string>;
} {
  const js = new URL('./analyze-worker.js', import.meta.url);
  if (existsSync(fileURLToPath(js))) return { filename: js.href, runtime: 'worker_threads', execArgv: [] };
  const ts = new URL('./analyze-worker.ts', import.meta.url);
  return {
    filename: ts.href,
    runtime: 'child_process',
    execArgv: ['--import', 'tsx'],
    env: { ...process.env } as Record<string, string>,
  };
}
