import { UsageError } from '../core/errors.js';

/** The BullMQ key prefix of every run's queue (`media-framing:queue:<run>:wait`…). */
export const QUEUE_PREFIX = 'media-framing:queue';

/** The Redis set of the runs submitted and not removed. */
export const RUNS_KEY = 'media-framing:runs';

const RUN_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/**
 * Checks a run name (`--run`): 1–64 letters, digits, `.`, `_`, `-`, starting with a letter or digit
 * (it names a BullMQ queue and Redis keys). Anything else is `UsageError` `E_USAGE`.
 * @example
 * checkRunName('january-2022'); //=> 'january-2022'
 */
export function checkRunName(run: string): string {
  if (!RUN_NAME.test(run)) {
    throw new UsageError(
      'E_USAGE',
      `--run must be 1-64 letters, digits, ".", "_" or "-" (starting with a letter or digit), got "${run}"`,
    );
  }
  return run;
}

/**
 * The Redis keys of a run's own data (BullMQ keeps its jobs under {@link QUEUE_PREFIX}): its
 * description, and each shard's result, one key per shard, so that storing a shard again replaces
 * it and never adds to it.
 * @example
 * runKeys('jan').shard(3); //=> 'media-framing:run:jan:shard:3'
 */
export function runKeys(run: string): { meta: string; shard: (shard: number) => string; shards: string } {
  const base = `media-framing:run:${run}`;
  return { meta: `${base}:meta`, shard: (shard) => `${base}:shard:${shard}`, shards: `${base}:shard:*` };
}

/**
 * The BullMQ job id of a shard: one job per shard, so that submitting a shard twice adds nothing.
 * @example
 * shardJobId(3); //=> 'shard-3'
 */
export function shardJobId(shard: number): string {
  return `shard-${shard}`;
}
