import type { DocumentAnalysis } from '../../analysis/types.js';
import { corpusAnalysisOf } from '../../compare/analyze-corpus.js';
import { topicOfRef } from '../../compare/analyze-task.js';
import { comparisonLine, documentLine, sourceLine } from '../../compare/jsonl-lines.js';
import { createStatsMerger } from '../../compare/stats-merger.js';
import { QueueError } from '../../core/errors.js';
import { openFinishedRun, type ShardFailure } from '../../queue/collect-run.js';
import { connectQueue } from '../../queue/connect-queue.js';
import { checkRunName } from '../../queue/run-keys.js';
import { formatAnalysis, skippedLine } from '../format-analysis.js';
import type { CliIO } from '../io.js';
import { openOutput } from '../output-sink.js';

/** The options of `media-framing queue collect`, as commander parses them. */
export interface QueueCollectOptions {
  redis: string;
  run: string;
  format: 'json' | 'jsonl' | 'csv' | 'table';
  table?: string;
  out?: string;
  force: boolean;
}

/**
 * `media-framing queue collect`: merges the stored shards of a finished run into exactly what
 * `media-framing analyze` writes for the same input and options (byte for byte): with `--format jsonl`
 * shard by shard (memory: one shard plus the per-source statistics). A run with a shard that failed
 * every attempt is not merged: each such shard is reported on stderr with its error, and the command
 * exits 1 (`E_SHARD_FAILED`); so is a run not finished yet (`E_RUN_INCOMPLETE`).
 * @example
 * await runQueueCollect({ redis: 'redis://127.0.0.1:6379', run: 'jan', format: 'json', force: false }, io);
 */
export async function runQueueCollect(opts: QueueCollectOptions, io: CliIO): Promise<void> {
  const run = checkRunName(opts.run);
  const conn = await connectQueue(opts.redis);
  try {
    let finished: Awaited<ReturnType<typeof openFinishedRun>>;
    try {
      finished = await openFinishedRun(conn, run);
    } catch (error) {
      if (error instanceof QueueError && error.code === 'E_SHARD_FAILED' && Array.isArray(error.details)) {
        for (const f of error.details as ShardFailure[]) {
          io.stderr(
            `media-framing: run ${run}: shard ${f.shard} failed after ${f.attempts} attempts: ${f.error}\n`,
          );
        }
      }
      throw error;
    }
    const { meta } = finished;
    const topic = topicOfRef(meta.setup.topic);
    const options = {
      topic,
      ...(meta.setup.stanceParams !== undefined ? { stanceParams: meta.setup.stanceParams } : {}),
      ...(meta.setup.minLoadedWeight !== undefined ? { minLoadedWeight: meta.setup.minLoadedWeight } : {}),
    };
    for (const s of meta.skipped) io.stderr(skippedLine(s));
    const sink = openOutput(opts.out, io, opts.force);
    try {
      const lines = opts.format === 'jsonl';
      const merger = createStatsMerger();
      const documents: DocumentAnalysis[] = [];
      for await (const shard of finished.shards()) {
        merger.add(shard.stats);
        if (lines) for (const d of shard.documents) sink.write(documentLine(d));
        else documents.push(...shard.documents);
      }
      const analysis = corpusAnalysisOf(
        { documents, stats: merger.result(), skipped: meta.skipped },
        options,
      );
      if (lines) {
        for (const s of analysis.sources) sink.write(sourceLine(s));
        sink.write(comparisonLine(analysis.comparison, analysis.skipped));
      } else sink.write(formatAnalysis(analysis, opts));
      sink.finish();
    } catch (error) {
      sink.abandon();
      throw error;
    }
  } finally {
    await conn.close();
  }
}
