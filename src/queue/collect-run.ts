import { QueueError, UsageError } from '../core/errors.js';
import type { QueueConnection } from './connect-queue.js';
import { QUEUE_PREFIX, runKeys, shardJobId } from './run-keys.js';
import { type RunMeta, readRunMeta } from './run-meta.js';
import { decodeShardResult, type ShardResult } from './shard-data.js';

/**
 * A shard that failed every attempt, with its last error.
 * @example
 * const f: ShardFailure = { shard: 3, attempts: 3, error: 'malformed shard job for run "jan"' };
 */
export interface ShardFailure {
  shard: number;
  attempts: number;
  error: string;
}

/**
 * A finished run, ready to merge: its description and its shard results, read one at a time in
 * input order (memory: one shard).
 * @example
 * const { meta, shards } = await openFinishedRun(conn, 'jan');
 * for await (const shard of shards()) merger.add(shard.stats);
 */
export interface FinishedRun {
  meta: RunMeta;
  shards(): AsyncGenerator<ShardResult>;
}

/**
 * Opens a run whose every shard is stored. Never merges a partial run:
 * - no such run: `UsageError` `E_RUN_NOT_FOUND`;
 * - a shard failed every attempt: `QueueError` `E_SHARD_FAILED`, naming each such shard with its last
 *   error (`details` lists them as {@link ShardFailure}s);
 * - still being submitted, or shards waiting, active or retrying: `QueueError` `E_RUN_INCOMPLETE`
 *   with the counts.
 * A shard stored twice (run again after a worker died) is read once: each shard has one key.
 * @example
 * await openFinishedRun(conn, 'jan'); // throws E_RUN_INCOMPLETE: 4 of 12 shards not done yet …
 */
export async function openFinishedRun(conn: QueueConnection, run: string): Promise<FinishedRun> {
  const meta = await readRunMeta(conn, run);
  if (!meta) throw new UsageError('E_RUN_NOT_FOUND', `no run "${run}" in Redis at ${conn.url}`);
  if (meta.state !== 'submitted') {
    throw new QueueError(
      'E_RUN_INCOMPLETE',
      `run "${run}" is still being submitted (${meta.shards} shards so far)`,
    );
  }
  const keys = runKeys(run);
  const missing: number[] = [];
  for (let from = 0; from < meta.shards; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, meta.shards - from) }, (_, i) => from + i);
    const exists = await conn.redis.pipeline(batch.map((k) => ['exists', keys.shard(k)])).exec();
    batch.forEach((k, i) => {
      if (exists?.[i]?.[1] !== 1) missing.push(k);
    });
  }
  if (missing.length > 0) {
    const queue = new conn.bullmq.Queue(run, { connection: conn.redis, prefix: QUEUE_PREFIX });
    const failures: ShardFailure[] = [];
    const pending: Record<string, number> = {};
    try {
      for (const shard of missing) {
        const job = await queue.getJob(shardJobId(shard));
        const state = job ? await job.getState() : 'missing';
        if (state === 'failed' || state === 'missing') {
          failures.push({
            shard,
            attempts: job?.attemptsMade ?? 0,
            error: job?.failedReason || 'the job is gone from the queue',
          });
        } else pending[state] = (pending[state] ?? 0) + 1;
      }
    } finally {
      await queue.close();
    }
    const counts = Object.entries(pending)
      .map(([state, n]) => `${n} ${state}`)
      .join(', ');
    if (failures.length > 0) {
      const list = failures.map((f) => `shard ${f.shard} (${f.attempts} attempts): ${f.error}`).join('; ');
      throw new QueueError(
        'E_SHARD_FAILED',
        `run "${run}": ${failures.length} of ${meta.shards} shards failed every attempt: ${list}${counts ? `; also ${counts}` : ''}`,
        {},
        failures,
      );
    }
    throw new QueueError(
      'E_RUN_INCOMPLETE',
      `run "${run}": ${missing.length} of ${meta.shards} shards not done yet (${counts}); start workers or wait`,
    );
  }
  return {
    meta,
    async *shards() {
      for (let k = 0; k < meta.shards; k++) {
        const stored = await conn.redis.getBuffer(keys.shard(k));
        if (stored === null) throw new QueueError('E_RUN_INCOMPLETE', `run "${run}": shard ${k} disappeared`);
        const result = decodeShardResult(stored);
        if (result.shard !== k)
          throw new QueueError(
            'E_SHARD_FAILED',
            `run "${run}": key of shard ${k} holds shard ${result.shard}`,
          );
        yield result;
      }
    },
  };
}
