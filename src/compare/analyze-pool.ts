import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Tinypool } from 'tinypool';
import { UsageError } from '../core/errors.js';
import type { Article } from '../corpus/types.js';
import type { AnalyzeSetup, BatchResult } from './analyze-task.js';

/**
 * One task of the pool: a batch of parsed articles, the run's setup, and the run's key (the worker
 * builds the setup's topic once per key).
 * @example
 * const t: AnalyzePoolTask = { key: '1', setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, articles };
 */
export interface AnalyzePoolTask {
  key: string;
  setup: AnalyzeSetup;
  articles: Article[];
}

/**
 * A pool of analysis workers (see {@link createAnalyzePool}).
 * @example
 * const pool: AnalyzePool = createAnalyzePool(2);
 * const { documents, stats } = await pool.run(setup, articles);
 * await pool.destroy();
 */
export interface AnalyzePool {
  /** Analyses a batch with a setup in a free worker (queued when all are busy). */
  run(setup: AnalyzeSetup, articles: Article[]): Promise<BatchResult>;
  /** Stops the workers. */
  destroy(): Promise<void>;
}

let setups = 0;
const keys = new WeakMap<AnalyzeSetup, string>();

/**
 * A tinypool of `workers` threads that analyse batches of articles (`analyzeBatch`); each worker
 * builds a setup's topic once (a setup is known by its object identity) and reuses it.
 * The worker file is resolved next to this module: `analyze-worker.js` in the built package
 * (`dist/`, worker threads), else `analyze-worker.ts` when running from the sources under tsx or
 * vitest (child processes started with `--import tsx`, since worker threads do not inherit tsx's
 * loader). Throws `UsageError` `E_USAGE` unless `workers` is a positive integer.
 * @example
 * const pool = createAnalyzePool(2);
 * try { results = await Promise.all(batches.map((b) => pool.run(setup, b))); } finally { await pool.destroy(); }
 */
export function createAnalyzePool(workers: number): AnalyzePool {
  if (!Number.isInteger(workers) || workers < 1) {
    throw new UsageError('E_USAGE', `workers must be a positive integer, got ${workers}`);
  }
  const pool = new Tinypool({ ...workerFile(), minThreads: workers, maxThreads: workers });
  return {
    run: (setup, articles) => {
      let key = keys.get(setup);
      if (key === undefined) {
        key = `${process.pid}:${++setups}`;
        keys.set(setup, key);
      }
      return pool.run({ key, setup, articles } satisfies AnalyzePoolTask) as Promise<BatchResult>;
    },
    destroy: () => pool.destroy(),
  };
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
