import type { QueueConnection } from './connect-queue.js';
import { QUEUE_PREFIX, RUNS_KEY, runKeys } from './run-keys.js';
import { readRunMeta } from './run-meta.js';

/**
 * The progress of a run: its shards by state, and how many results are stored.
 * @example
 * const s: RunStatus = { run: 'jan', state: 'submitted', input: 'jan.jsonl', documents: 1150, shards: 12,
 *   waiting: 4, active: 2, delayed: 0, completed: 6, failed: 0, stored: 6 };
 */
export interface RunStatus {
  run: string;
  state: 'submitting' | 'submitted';
  input: string;
  documents: number;
  shards: number;
  waiting: number;
  active: number;
  /** Waiting for a retry after a failed attempt. */
  delayed: number;
  completed: number;
  /** Failed every attempt (see `queue collect` for the errors). */
  failed: number;
  /** Shard results stored in Redis. */
  stored: number;
}

/**
 * The status of one run, or of every run when `run` is undefined (sorted by name). A run that does
 * not exist is left out.
 * @example
 * (await runStatus(conn, 'jan'))[0]?.stored; //=> 6
 */
export async function runStatus(conn: QueueConnection, run?: string): Promise<RunStatus[]> {
  const runs = run !== undefined ? [run] : (await conn.redis.smembers(RUNS_KEY)).sort();
  const out: RunStatus[] = [];
  for (const name of runs) {
    const meta = await readRunMeta(conn, name);
    if (!meta) continue;
    const queue = new conn.bullmq.Queue(name, { connection: conn.redis, prefix: QUEUE_PREFIX });
    try {
      const c = await queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'completed', 'failed');
      let stored = 0;
      const keys = runKeys(name);
      for (let from = 0; from < meta.shards; from += 1000) {
        const n = Math.min(1000, meta.shards - from);
        const exists = await conn.redis.exists(...Array.from({ length: n }, (_, i) => keys.shard(from + i)));
        stored += exists;
      }
      out.push({
        run: name,
        state: meta.state,
        input: meta.input,
        documents: meta.documents,
        shards: meta.shards,
        waiting: (c['wait'] ?? 0) + (c['prioritized'] ?? 0),
        active: c['active'] ?? 0,
        delayed: c['delayed'] ?? 0,
        completed: c['completed'] ?? 0,
        failed: c['failed'] ?? 0,
        stored,
      });
    } finally {
      await queue.close();
    }
  }
  return out;
}
