import type { QueueConnection } from './connect-queue.js';
import { QUEUE_PREFIX, RUNS_KEY, runKeys } from './run-keys.js';

/**
 * Removes a run from Redis: its BullMQ jobs (even active ones), its stored shard results and its
 * description. Removing a run that does not exist does nothing. Returns true when something was
 * removed.
 * @example
 * await removeRun(conn, 'jan'); //=> true
 */
export async function removeRun(conn: QueueConnection, run: string): Promise<boolean> {
  const keys = runKeys(run);
  const existed = (await conn.redis.exists(keys.meta)) === 1;
  const queue = new conn.bullmq.Queue(run, { connection: conn.bullConnection(), prefix: QUEUE_PREFIX });
  try {
    await queue.obliterate({ force: true });
  } finally {
    await queue.close();
  }
  let cursor = '0';
  do {
    const [next, found] = await conn.redis.scan(cursor, 'MATCH', keys.shards, 'COUNT', 1000);
    if (found.length > 0) await conn.redis.del(...found);
    cursor = next;
  } while (cursor !== '0');
  await conn.redis.del(keys.meta);
  await conn.redis.srem(RUNS_KEY, run);
  return existed;
}
