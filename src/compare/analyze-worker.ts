/**
 * The worker-thread (or child-process) entry of the analysis pool (`createAnalyzePool`): tinypool
 * loads this file and calls its default export with each task. Built as `dist/analyze-worker.js`.
 * @module
 */
import { articleOf } from '../corpus/article-record.js';
import type { Topic } from '../topics/types.js';
import type { AnalyzePoolTask, CollectStatsTask, KeptStats } from './analyze-pool.js';
import { analyzeBatch, type BatchResult, topicOfRef } from './analyze-task.js';
import { createStatsMerger, type StatsMerger } from './stats-merger.js';

/** Topics built in this worker, by setup key (a few runs at a time: the oldest is dropped). */
const topics = new Map<string, Topic>();
const MAX_TOPICS = 8;

/** Statistics kept for runs that collect them at the end (`keepStats`), by setup key. */
const kept = new Map<string, { merger: StatsMerger; documents: number }>();

/**
 * Analyses one task's batch (records parsed here first: `articleOf`); each setup's topic is built
 * once per worker (`task.key`) and reused. With `keepStats` the batch's statistics are merged into
 * what this worker keeps for the run instead of being sent back; a `collect` task returns (and
 * forgets) what was kept.
 * @example
 * analyzeTask({ key: '1', setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, articles }).documents.length;
 */
export default function analyzeTask(task: AnalyzePoolTask | CollectStatsTask): BatchResult | KeptStats {
  if ('collect' in task) {
    const run = kept.get(task.key);
    kept.delete(task.key);
    return run === undefined
      ? { stats: [], documents: 0 }
      : { stats: run.merger.result(), documents: run.documents };
  }
  let topic = topics.get(task.key);
  if (topic === undefined) {
    topic = topicOfRef(task.setup.topic);
    if (topics.size >= MAX_TOPICS) topics.delete(topics.keys().next().value!);
    topics.set(task.key, topic);
  }
  const result = analyzeBatch(task.articles.map(articleOf), task.setup, topic);
  if (!task.keepStats) return result;
  let run = kept.get(task.key);
  if (run === undefined) {
    run = { merger: createStatsMerger(), documents: 0 };
    kept.set(task.key, run);
  }
  run.merger.add(result.stats);
  run.documents += task.articles.length;
  return { ...result, stats: [] };
}
