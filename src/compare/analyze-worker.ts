/**
 * The worker-thread (or child-process) entry of the analysis pool (`createAnalyzePool`): tinypool
 * loads this file and calls its default export with each task. Built as `dist/analyze-worker.js`.
 * @module
 */
import type { Topic } from '../topics/types.js';
import type { AnalyzePoolTask } from './analyze-pool.js';
import { type AnalyzeSetup, analyzeBatch, type BatchResult, topicOfRef } from './analyze-task.js';

let cached: { key: string; topic: Topic } | undefined;

/**
 * Analyses one task's batch; the topic is built once per pool (`task.key`) and reused.
 * @example
 * analyzeTask({ key: '1', setup: { topic: { bundled: 'csto-kazakhstan-2022' } }, articles }).documents.length;
 */
export default function analyzeTask(task: AnalyzePoolTask): BatchResult {
  if (cached?.key !== task.key) cached = { key: task.key, topic: topicOfRef(task.setup.topic) };
  return analyzeBatch(task.articles, task.setup as AnalyzeSetup, cached.topic);
}
