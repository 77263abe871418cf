import type { Redis } from 'ioredis';
import { QueueError } from '../core/errors.js';
import { type BullmqModules, loadBullmq } from './load-bullmq.js';

/**
 * A connection to the Redis server behind the queue, with the BullMQ classes.
 * @example
 * const conn: QueueConnection = await connectQueue('redis://127.0.0.1:6379');
 * try { … } finally { await conn.close(); }
 */
export interface QueueConnection {
  url: string;
  bullmq: BullmqModules;
  /** For the run's own keys (descriptions, shard results). */
  redis: Redis;
  /** A new connection for a BullMQ Queue or Worker (blocking commands, retried without limit). */
  bullConnection(): Redis;
  close(): Promise<void>;
}

/**
 * Connects to Redis at `url` (`redis://host:port[/db]`, `rediss://…` for TLS, with an optional
 * `user:password@`). An unreachable server is `QueueError` `E_REDIS` within a few seconds; missing
 * `bullmq`/`ioredis` packages are `UsageError` `E_QUEUE_UNAVAILABLE`.
 * @example
 * const conn = await connectQueue('redis://127.0.0.1:6379');
 */
export async function connectQueue(url: string): Promise<QueueConnection> {
  const bullmq = await loadBullmq();
  if (!/^rediss?:\/\//.test(url)) {
    throw new QueueError('E_REDIS', `--redis must be a redis:// or rediss:// URL, got "${url}"`);
  }
  const redis = new bullmq.Redis(url, {
    lazyConnect: true,
    connectTimeout: 5000,
    maxRetriesPerRequest: 3,
    retryStrategy: (times) => (times > 3 ? null : 200 * times),
  });
  redis.on('error', () => {}); // reported by the failing command below
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    const why = error instanceof Error ? error.message : String(error);
    throw new QueueError('E_REDIS', `cannot reach Redis at ${url}: ${why}`);
  }
  const opened: Redis[] = [];
  return {
    url,
    bullmq,
    redis,
    bullConnection: () => {
      const c = new bullmq.Redis(url, { maxRetriesPerRequest: null });
      c.on('error', () => {});
      opened.push(c);
      return c;
    },
    close: async () => {
      await Promise.all([redis, ...opened].map((c) => c.quit().catch(() => c.disconnect())));
    },
  };
}
