import { connectQueue } from '../../queue/connect-queue.js';
import { checkRunName } from '../../queue/run-keys.js';
import { runQueueWorker } from '../../queue/run-queue-worker.js';
import type { CliIO } from '../io.js';

/** The options of `media-framing worker`, as commander parses them. */
export interface WorkerCommandOptions {
  redis: string;
  run?: string;
  concurrency: number;
  exitWhenDrained: boolean;
  lockDuration: number;
}

/**
 * `media-framing worker`: analyses shards from the queue until stopped (Ctrl-C or SIGTERM finish the
 * shards in progress first), or, with `--exit-when-drained`, until no shard is left to do. Progress
 * goes to stderr, one line per shard.
 * @example
 * await runWorker({ redis: 'redis://127.0.0.1:6379', run: 'jan', concurrency: 2, exitWhenDrained: true, lockDuration: 30000 }, io);
 */
export async function runWorker(opts: WorkerCommandOptions, io: CliIO): Promise<void> {
  const run = opts.run !== undefined ? checkRunName(opts.run) : undefined;
  const conn = await connectQueue(opts.redis);
  const stop = new AbortController();
  const onSignal = () => {
    io.stderr('media-framing worker: stopping after the shards in progress\n');
    stop.abort();
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const stored = await runQueueWorker(conn, {
      ...(run !== undefined ? { run } : {}),
      concurrency: opts.concurrency,
      exitWhenDrained: opts.exitWhenDrained,
      lockDuration: opts.lockDuration,
      signal: stop.signal,
      log: (line) => io.stderr(`media-framing worker: ${line}\n`),
    });
    io.stderr(`media-framing worker: stored ${stored} shards\n`);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await conn.close();
  }
}
