/**
 * The worker-thread (or child-process) entry of the analysis pool (`createAnalyzePool`): tinypool
 * loads this file and calls its default export with each task. Built as `dist/analyze-worker.js`.
 * @module
 */
import type { Topic } from '../topics/types.js';
import type { AnalyzePoolTask } from './analyze-pool.js';
import { analyzeBatch, type BatchResult, topicOfRef } from './analyze-task.js';

/** Topics built in this worker, by setup key (a few runs at a time: the oldest is dropped). */
const topics = new Map<string, Topic>();
const MAX_TOPICS = 8;

/**
 * Analyses one task's batch; each setup's topic is built once per worker (`task.key`) and reused.
 * @example
 * analyzeTask({ key: '1', setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, articles }).documents.length;
 */
export default function analyzeTask(task: AnalyzePoolTask): BatchResult {
  let topic = topics.get(task.key);
  if (topic === undefined) {
    topic = topicOfRef(task.setup.topic);
    if (topics.size >= MAX_TOPICS) topics.delete(topics.keys().next().value!);
    topics.set(task.key, topic);
  }
  return analyzeBatch(task.articles, task.setup, topic);
}
