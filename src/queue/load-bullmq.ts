import { UsageError } from '../core/errors.js';

/**
 * The optional packages the queue runs on, loaded on demand so that the library and the other
 * commands work without them.
 * @example
 * const { Queue, Worker, Redis } = await loadBullmq();
 */
export interface BullmqModules {
  Queue: typeof import('bullmq').Queue;
  Worker: typeof import('bullmq').Worker;
  Redis: typeof import('ioredis').Redis;
}

/**
 * Loads `bullmq` and `ioredis` (optional peer dependencies). When either is missing: `UsageError`
 * `E_QUEUE_UNAVAILABLE` telling the user to `npm install bullmq ioredis`.
 * @example
 * const { Queue } = await loadBullmq(); // or: media-framing: error E_QUEUE_UNAVAILABLE: … npm install bullmq ioredis
 */
export async function loadBullmq(): Promise<BullmqModules> {
  try {
    const [bullmq, ioredis] = await Promise.all([import('bullmq'), import('ioredis')]);
    return { Queue: bullmq.Queue, Worker: bullmq.Worker, Redis: ioredis.Redis };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new UsageError(
      'E_QUEUE_UNAVAILABLE',
      `the queue needs the optional packages bullmq and ioredis: run \`npm install bullmq ioredis\` (${why})`,
    );
  }
}
