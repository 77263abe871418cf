import { setupOf } from '../../compare/analyze-task.js';
import { connectQueue } from '../../queue/connect-queue.js';
import { checkRunName } from '../../queue/run-keys.js';
import { submitRun } from '../../queue/submit-run.js';
import { skippedLine } from '../format-analysis.js';
import type { CliIO } from '../io.js';
import { streamInput } from '../stream-input.js';
import { resolveTopic } from './resolve-topic.js';

/** The options of `media-framing queue submit`, as commander parses them. */
export interface QueueSubmitOptions {
  redis: string;
  run: string;
  shardSize: number;
  attempts: number;
  topic: string;
  lang: 'auto' | 'fr' | 'en';
  skipInvalid: boolean;
}

/**
 * `media-framing queue submit`: reads the input as `analyze` reads it (a `.jsonl` file or standard
 * input line by line, with the same ids), splits it into shards of `--shard-size` documents and
 * enqueues them on Redis for `media-framing worker`s; prints the run's size and the next commands.
 * @example
 * await runQueueSubmit('jan.jsonl', { redis: 'redis://127.0.0.1:6379', run: 'jan', shardSize: 100, attempts: 3,
 *   topic: 'csto-kazakhstan-2022', lang: 'auto', skipInvalid: false }, io);
 */
export async function runQueueSubmit(input: string, opts: QueueSubmitOptions, io: CliIO): Promise<void> {
  const run = checkRunName(opts.run);
  const topic = resolveTopic(opts.topic, io.cwd);
  const conn = await connectQueue(opts.redis);
  try {
    const items = streamInput(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
    const { shards, documents, skipped } = await submitRun(conn, items, {
      run,
      input,
      setup: setupOf({ topic }),
      shardSize: opts.shardSize,
      attempts: opts.attempts,
    });
    for (const s of skipped) io.stderr(skippedLine(s));
    io.stdout(
      `submitted run ${run}: ${documents} documents in ${shards} shards of at most ${opts.shardSize}\n` +
        `next: media-framing worker --redis ${opts.redis} --run ${run}   (on each machine, as many as you like)\n` +
        `then: media-framing queue collect --redis ${opts.redis} --run ${run} --format json\n`,
    );
  } finally {
    await conn.close();
  }
}
