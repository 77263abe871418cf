import { connectQueue } from '../../queue/connect-queue.js';
import { checkRunName } from '../../queue/run-keys.js';
import { type RunStatus, runStatus } from '../../queue/run-status.js';
import type { CliIO } from '../io.js';

/** The options of `media-framing queue status`, as commander parses them. */
export interface QueueStatusOptions {
  redis: string;
  run?: string;
  format: 'text' | 'json';
}

/**
 * `media-framing queue status`: the progress of one run or of every run: shards waiting, active,
 * retrying (delayed), done and failed, and results stored. `--format json` prints the list of
 * {@link RunStatus} objects.
 * @example
 * await runQueueStatus({ redis: 'redis://127.0.0.1:6379', run: 'jan', format: 'text' }, io);
 * // run jan (jan.jsonl): submitted, 1150 documents in 12 shards: 6 done, 2 active, 4 waiting, 0 retrying, 0 failed; 6 results stored
 */
export async function runQueueStatus(opts: QueueStatusOptions, io: CliIO): Promise<void> {
  const run = opts.run !== undefined ? checkRunName(opts.run) : undefined;
  const conn = await connectQueue(opts.redis);
  try {
    const statuses = await runStatus(conn, run);
    if (opts.format === 'json') io.stdout(`${JSON.stringify(statuses, null, 2)}\n`);
    else if (statuses.length === 0) io.stdout(run !== undefined ? `no run ${run}\n` : 'no run\n');
    else for (const s of statuses) io.stdout(`${statusLine(s)}\n`);
  } finally {
    await conn.close();
  }
}

function statusLine(s: RunStatus): string {
  return (
    `run ${s.run} (${s.input}): ${s.state}, ${s.documents} documents in ${s.shards} shards: ` +
    `${s.completed} done, ${s.active} active, ${s.waiting} waiting, ${s.delayed} retrying, ${s.failed} failed; ` +
    `${s.stored} results stored`
  );
}
