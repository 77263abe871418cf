import { connectQueue } from '../../queue/connect-queue.js';
import { removeRun } from '../../queue/remove-run.js';
import { checkRunName } from '../../queue/run-keys.js';
import type { CliIO } from '../io.js';

/**
 * `media-framing queue remove`: deletes a run from Redis (its jobs, stored results and description),
 * e.g. once collected, or to submit it again under the same name.
 * @example
 * await runQueueRemove({ redis: 'redis://127.0.0.1:6379', run: 'jan' }, io); // prints: removed run jan
 */
export async function runQueueRemove(opts: { redis: string; run: string }, io: CliIO): Promise<void> {
  const run = checkRunName(opts.run);
  const conn = await connectQueue(opts.redis);
  try {
    const existed = await removeRun(conn, run);
    io.stdout(existed ? `removed run ${run}\n` : `no run ${run}\n`);
  } finally {
    await conn.close();
  }
}
