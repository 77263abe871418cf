import type { StanceParams } from '../analysis/stance/stance-params.js';
import type { DocumentAnalysis } from '../analysis/types.js';
import type { Article } from '../corpus/types.js';
import { bundledTopics, getTopic } from '../topics/bundled-topics.js';
import { defineTopic } from '../topics/define-topic.js';
import type { TopicSpecData } from '../topics/schema.js';
import type { Topic } from '../topics/types.js';
import { type AnalyzeCorpusOptions, analyzeCorpusStats } from './analyze-corpus.js';
import { documentLine } from './jsonl-lines.js';
import type { SourceStats } from './source-stats.js';

/**
 * A topic as plain data, for another thread, process or machine: a bundled topic by id, any other by
 * its validated spec, rebuilt there with `defineTopic` and the bundled generic layer and rules (a topic
 * defined with other `DefineTopicOptions` cannot travel: analyse it in this thread).
 * @example
 * const ref: TopicRef = { bundled: 'csto-kazakhstan-2022' };
 */
export type TopicRef = { bundled: string } | { spec: TopicSpecData };

/**
 * What every batch of a run is analysed with: the per-document options, as plain data.
 * @example
 * const setup: AnalyzeSetup = { topic: { bundled: 'csto-kazakhstan-2022' }, minLoadedWeight: 1 };
 */
export interface AnalyzeSetup {
  topic: TopicRef;
  stanceParams?: Partial<StanceParams>;
  minLoadedWeight?: number;
  /**
   * Return each document as its JSONL line (`documentLine`) instead of an object: a worker renders
   * it, and a string crosses threads far faster than the object it encodes.
   */
  lines?: boolean;
}

/**
 * The analysis of a batch of documents: each document's analysis, in batch order, and the batch's
 * per-source statistics (merged within the batch).
 * @example
 * const r: BatchResult = analyzeBatch(articles, setupOf({}));
 * r.documents.length === articles.length; //=> true
 */
export interface BatchResult {
  /** The documents' analyses (empty when the setup asks for `lines`). */
  documents: DocumentAnalysis[];
  /** With `setup.lines`: each document's JSONL line, in batch order. */
  lines?: string[];
  stats: SourceStats[];
}

/**
 * The plain-data setup of analysis options (`topic`, `stanceParams`, `minLoadedWeight`).
 * @example
 * setupOf({}); //=> { topic: { bundled: 'csto-kazakhstan-2022' } }
 */
export function setupOf(options: AnalyzeCorpusOptions): AnalyzeSetup {
  const topic = options.topic;
  const setup: AnalyzeSetup = {
    topic:
      topic === undefined
        ? { bundled: 'csto-kazakhstan-2022' }
        : bundledTopics[topic.id] === topic
          ? { bundled: topic.id }
          : { spec: topic.spec },
  };
  if (options.stanceParams !== undefined) setup.stanceParams = options.stanceParams;
  if (options.minLoadedWeight !== undefined) setup.minLoadedWeight = options.minLoadedWeight;
  return setup;
}

/**
 * The topic a {@link TopicRef} names (a bundled topic, or one rebuilt from its spec).
 * @example
 * topicOfRef({ bundled: 'csto-kazakhstan-2022' }).mainTarget; //=> 'intervention'
 */
export function topicOfRef(ref: TopicRef): Topic {
  return 'bundled' in ref ? getTopic(ref.bundled) : defineTopic(ref.spec);
}

/**
 * Analyses a batch of parsed articles (ids assigned) with a setup: `analyzeCorpusStats` on the batch,
 * so that batches analysed anywhere (this thread, a worker thread, a queue worker) and merged give the
 * one-pass result. `topic` is the setup's topic when already built.
 * @example
 * analyzeBatch(articles, { topic: { bundled: 'csto-kazakhstan-2022' } }).stats.map((s) => s.source);
 */
export function analyzeBatch(articles: Article[], setup: AnalyzeSetup, topic?: Topic): BatchResult {
  const options: AnalyzeCorpusOptions = { topic: topic ?? topicOfRef(setup.topic) };
  if (setup.stanceParams !== undefined) options.stanceParams = setup.stanceParams;
  if (setup.minLoadedWeight !== undefined) options.minLoadedWeight = setup.minLoadedWeight;
  const { documents, stats } = analyzeCorpusStats({ documents: articles, skipped: [] }, options);
  return setup.lines ? { documents: [], lines: documents.map(documentLine), stats } : { documents, stats };
}
