import type { AnalyzeSetup } from '../compare/analyze-task.js';
import { UsageError } from '../core/errors.js';
import type { ArticleItem } from '../corpus/stream-articles.js';
import type { Article, SkippedInput } from '../corpus/types.js';
import type { QueueConnection } from './connect-queue.js';
import { removeRun } from './remove-run.js';
import { QUEUE_PREFIX, RUNS_KEY, runKeys, shardJobId } from './run-keys.js';
import type { RunMeta } from './run-meta.js';
import type { ShardJob } from './shard-data.js';

/** Options of {@link submitRun}. */
export interface SubmitOptions {
  run: string;
  /** The input as the user named it (shown by `queue status`). */
  input: string;
  setup: AnalyzeSetup;
  /** Documents per shard. */
  shardSize: number;
  /** Attempts per shard before it is failed (BullMQ retries with exponential backoff from 1 s). */
  attempts: number;
}

/**
 * Splits a stream of articles (ids already assigned, see `streamCorpus`) into shards of `shardSize`
 * consecutive documents and enqueues one BullMQ job per shard (job id `shard-<n>`, so a shard is
 * never enqueued twice), then records the run as submitted with its shard count and skipped inputs.
 * A run that exists already is `UsageError` `E_RUN_EXISTS`; a failure while reading the input
 * removes what was enqueued. Memory: one shard.
 * @example
 * const { shards } = await submitRun(conn, streamCorpus('jan.jsonl'), { run: 'jan', input: 'jan.jsonl',
 *   setup: setupOf({}), shardSize: 100, attempts: 3 });
 */
export async function submitRun(
  conn: QueueConnection,
  items: AsyncIterable<ArticleItem>,
  options: SubmitOptions,
): Promise<{ shards: number; documents: number; skipped: SkippedInput[] }> {
  const keys = runKeys(options.run);
  const meta: RunMeta = {
    version: 1,
    run: options.run,
    state: 'submitting',
    input: options.input,
    setup: options.setup,
    shardSize: options.shardSize,
    attempts: options.attempts,
    shards: 0,
    documents: 0,
    skipped: [],
  };
  if ((await conn.redis.set(keys.meta, JSON.stringify(meta), 'NX')) === null) {
    throw new UsageError(
      'E_RUN_EXISTS',
      `run "${options.run}" exists already: collect it, or remove it with \`media-framing queue remove --run ${options.run}\``,
    );
  }
  await conn.redis.sadd(RUNS_KEY, options.run);
  const queue = new conn.bullmq.Queue(options.run, {
    connection: conn.bullConnection(),
    prefix: QUEUE_PREFIX,
    defaultJobOptions: {
      attempts: options.attempts,
      backoff: { type: 'exponential', delay: 1000 },
      removeOnComplete: false,
      removeOnFail: false,
    },
  });
  try {
    let shard: Article[] = [];
    const send = async () => {
      const job: ShardJob = { run: options.run, shard: meta.shards, articles: shard };
      await queue.add('shard', job, { jobId: shardJobId(meta.shards) });
      meta.shards++;
      shard = [];
    };
    for await (const item of items) {
      if ('skipped' in item) {
        meta.skipped = item.skipped;
        continue;
      }
      shard.push(item.article);
      meta.documents++;
      if (shard.length >= options.shardSize) await send();
    }
    if (shard.length > 0) await send();
  } catch (error) {
    await queue.close();
    await removeRun(conn, options.run);
    throw error;
  }
  await queue.close();
  meta.state = 'submitted';
  await conn.redis.set(keys.meta, JSON.stringify(meta));
  return { shards: meta.shards, documents: meta.documents, skipped: meta.skipped };
}
