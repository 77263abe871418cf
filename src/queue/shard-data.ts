import { gunzipSync, gzipSync } from 'node:zlib';
import type { DocumentAnalysis } from '../analysis/types.js';
import type { SourceStats } from '../compare/source-stats.js';
import { QueueError } from '../core/errors.js';
import type { Article } from '../corpus/types.js';

/**
 * The data of a shard's BullMQ job: consecutive parsed articles of the input (ids assigned before
 * sharding, so that every shard numbers them as the whole input would).
 * @example
 * const job: ShardJob = { run: 'jan', shard: 0, articles };
 */
export interface ShardJob {
  run: string;
  /** 0-based position of the shard in the input. */
  shard: number;
  articles: Article[];
}

/**
 * What a worker stores for a shard: each document's analysis, in input order, and the shard's
 * per-source statistics.
 * @example
 * const r: ShardResult = { shard: 0, documents, stats };
 */
export interface ShardResult {
  shard: number;
  documents: DocumentAnalysis[];
  stats: SourceStats[];
}

/**
 * Checks a job's data before analysis: a malformed job is `QueueError` `E_SHARD_FAILED` (the
 * attempt fails, BullMQ retries it, and `collect` reports it if every attempt fails).
 * @example
 * checkShardJob({ run: 'jan', shard: 0, articles: [] }, 'jan').shard; //=> 0
 */
export function checkShardJob(data: unknown, run: string): ShardJob {
  const d = data as Partial<ShardJob> | null;
  if (
    d === null ||
    typeof d !== 'object' ||
    d.run !== run ||
    !Number.isInteger(d.shard) ||
    (d.shard as number) < 0 ||
    !Array.isArray(d.articles) ||
    !d.articles.every((a) => typeof a?.id === 'string' && typeof a.text === 'string' && Array.isArray(a.body))
  ) {
    throw new QueueError(
      'E_SHARD_FAILED',
      `malformed shard job for run "${run}": expected { run, shard, articles }`,
    );
  }
  return d as ShardJob;
}

/**
 * A shard result as stored in Redis: gzipped JSON (results are many times larger than the text).
 * @example
 * decodeShardResult(encodeShardResult(r)); // deep-equals r
 */
export function encodeShardResult(result: ShardResult): Buffer {
  return gzipSync(JSON.stringify(result), { level: 1 });
}

/**
 * Reads a stored shard result (see {@link encodeShardResult}).
 * @example
 * decodeShardResult(await redis.getBuffer(runKeys('jan').shard(0))).documents.length;
 */
export function decodeShardResult(stored: Buffer): ShardResult {
  return JSON.parse(gunzipSync(stored).toString('utf8')) as ShardResult;
}
