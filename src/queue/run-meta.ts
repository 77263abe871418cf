import type { AnalyzeSetup } from '../compare/analyze-task.js';
import type { SkippedInput } from '../corpus/types.js';
import type { QueueConnection } from './connect-queue.js';
import { runKeys } from './run-keys.js';

/**
 * What a run is, stored in Redis beside its jobs: how its documents are analysed (read by every
 * worker), and, once submitted, how many shards and documents it has and what its input skipped
 * (written by `collect` as `analyze` would).
 * @example
 * const m: RunMeta = { version: 1, run: 'jan', state: 'submitted', input: 'jan.jsonl',
 *   setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, shardSize: 100, attempts: 3, shards: 12, documents: 1150, skipped: [] };
 */
export interface RunMeta {
  version: 1;
  run: string;
  /** `submitting` while shards are being added; `submitted` once all are. */
  state: 'submitting' | 'submitted';
  /** The input as given to `queue submit`. */
  input: string;
  setup: AnalyzeSetup;
  shardSize: number;
  attempts: number;
  shards: number;
  documents: number;
  skipped: SkippedInput[];
}

/**
 * Reads a run's description, or `undefined` when there is no such run.
 * @example
 * (await readRunMeta(conn, 'jan'))?.shards; //=> 12
 */
export async function readRunMeta(conn: QueueConnection, run: string): Promise<RunMeta | undefined> {
  const raw = await conn.redis.get(runKeys(run).meta);
  return raw === null ? undefined : (JSON.parse(raw) as RunMeta);
}
