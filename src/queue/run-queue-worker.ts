import type { Job, Queue, Worker } from 'bullmq';
import { type AnalyzePool, createAnalyzePool } from '../compare/analyze-pool.js';
import { UsageError } from '../core/errors.js';
import type { QueueConnection } from './connect-queue.js';
import { QUEUE_PREFIX, RUNS_KEY, runKeys } from './run-keys.js';
import { type RunMeta, readRunMeta } from './run-meta.js';
import { checkShardJob, encodeShardResult } from './shard-data.js';

/** Options of {@link runQueueWorker}. */
export interface QueueWorkerOptions {
  /** Work only on this run; else on every submitted run (new ones are picked up as they come). */
  run?: string;
  /** Shards analysed at once, each on its own worker thread. */
  concurrency: number;
  /** Return once the runs have no shard waiting, active or retrying (else run until `signal`). */
  exitWhenDrained: boolean;
  /**
   * How long a shard stays locked by this worker without a renewal (ms): after a worker dies, its
   * shard goes back to the queue within about twice this time.
   * @default 30000
   */
  lockDuration?: number;
  /** Stops the worker: shards in progress are finished first. */
  signal?: AbortSignal;
  /** Progress lines (shards done, failed attempts). */
  log?: (line: string) => void;
}

/** How often the worker looks for new runs and checks whether its runs are drained (ms). */
const POLL_MS = 500;

/**
 * A queue worker: takes shard jobs from the BullMQ queue of each run, analyses each shard on a
 * worker thread (`createAnalyzePool`, `concurrency` threads), and stores the shard's documents and
 * per-source statistics under the shard's own Redis key (`runKeys(run).shard(n)`), replaced, never
 * added to, when a shard runs again. A worker that dies mid-shard loses nothing: its lock expires and
 * BullMQ gives the shard to another worker; a shard that throws is retried with backoff, up to the
 * run's attempts. Any number of workers may run, on any machines that reach the Redis server.
 * Returns the number of shards this worker stored.
 * @example
 * await runQueueWorker(conn, { run: 'jan', concurrency: 2, exitWhenDrained: true });
 */
export async function runQueueWorker(conn: QueueConnection, options: QueueWorkerOptions): Promise<number> {
  const lockDuration = options.lockDuration ?? 30_000;
  const log = options.log ?? (() => {});
  if (options.run !== undefined && options.exitWhenDrained && !(await readRunMeta(conn, options.run))) {
    throw new UsageError('E_RUN_NOT_FOUND', `no run "${options.run}" in Redis at ${conn.url}`);
  }
  let pool: AnalyzePool | undefined; // started with the first shard
  const workers = new Map<string, Worker>();
  const queues = new Map<string, Queue>();
  const metas = new Map<string, RunMeta>();
  let stored = 0;
  let busy = 0;

  const processShard = async (run: string, job: Job): Promise<{ documents: number }> => {
    busy++;
    try {
      const data = checkShardJob(job.data, run);
      let meta = metas.get(run);
      if (!meta) {
        meta = await readRunMeta(conn, run);
        if (!meta) throw new UsageError('E_RUN_NOT_FOUND', `run "${run}" has no description in Redis`);
        metas.set(run, meta);
      }
      pool ??= createAnalyzePool(options.concurrency);
      const { documents, stats } = await pool.run(meta.setup, data.articles);
      await conn.redis.set(
        runKeys(run).shard(data.shard),
        encodeShardResult({ shard: data.shard, documents, stats }),
      );
      stored++;
      log(`run ${run}: shard ${data.shard} done (${documents.length} documents)`);
      return { documents: documents.length };
    } finally {
      busy--;
    }
  };

  const start = (run: string) => {
    const worker = new conn.bullmq.Worker(run, (job) => processShard(run, job), {
      connection: conn.bullConnection(),
      prefix: QUEUE_PREFIX,
      concurrency: options.concurrency,
      lockDuration,
      stalledInterval: lockDuration,
      maxStalledCount: 3,
    });
    worker.on('failed', (job, error) => {
      log(
        `run ${run}: shard ${job?.data?.shard ?? '?'} attempt ${job?.attemptsMade ?? '?'} failed: ${error.message}`,
      );
    });
    worker.on('error', (error) => log(`run ${run}: ${error.message}`));
    workers.set(run, worker);
  };

  try {
    for (;;) {
      const runs = options.run !== undefined ? [options.run] : await conn.redis.smembers(RUNS_KEY);
      let drained = true;
      for (const run of runs) {
        const pending = await pendingOf(conn, run, queues);
        if (pending === undefined) continue;
        if (pending > 0 && !workers.has(run)) start(run);
        if (pending > 0) drained = false;
      }
      if (options.signal?.aborted) break;
      if (options.exitWhenDrained && drained && busy === 0) break;
      await sleep(POLL_MS, options.signal);
    }
  } finally {
    await Promise.all([...workers.values()].map((w) => w.close()));
    await Promise.all([...queues.values()].map((q) => q.close()));
    await pool?.destroy();
  }
  return stored;
}

/**
 * Shards of a run still to do (waiting, active, delayed for a retry…), counting one while it is
 * still being submitted; `undefined` when the run has no description.
 */
async function pendingOf(
  conn: QueueConnection,
  run: string,
  queues: Map<string, Queue>,
): Promise<number | undefined> {
  const meta = await readRunMeta(conn, run);
  if (!meta) return undefined;
  let queue = queues.get(run);
  if (!queue) {
    queue = new conn.bullmq.Queue(run, { connection: conn.redis, prefix: QUEUE_PREFIX });
    queues.set(run, queue);
  }
  const counts = await queue.getJobCounts('wait', 'active', 'delayed', 'prioritized', 'waiting-children');
  const pending = Object.values(counts).reduce((a, b) => a + b, 0);
  return pending + (meta.state === 'submitting' ? 1 : 0);
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });
}
