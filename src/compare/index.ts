/**
 * Per-source aggregation and the comparison of sources: statistics that merge exactly, bootstrap
 * intervals seeded from the data, log-odds with an informative prior, tidy rows.
 * @module
 */

export type { AnalyzeCorpusOptions, CorpusAnalysis, CorpusStats } from './analyze-corpus.js';
export { analyzeCorpus, analyzeCorpusStats, corpusAnalysisOf } from './analyze-corpus.js';
export { analyzeCorpusParallel } from './analyze-corpus-parallel.js';
export { type AnalyzePool, type AnalyzePoolTask, createAnalyzePool } from './analyze-pool.js';
export type { AnalyzeStreamOptions, StreamEvent } from './analyze-stream.js';
export { analyzeArticleLines, analyzeArticleStream, analyzeStream } from './analyze-stream.js';
export type { AnalyzeSetup, BatchResult, TopicRef } from './analyze-task.js';
export { analyzeBatch, setupOf, topicOfRef } from './analyze-task.js';
export type { BootstrapOptions, StanceInterval } from './bootstrap-interval.js';
export { bootstrapInterval, mulberry32, seedOf } from './bootstrap-interval.js';
export type {
  CompareOptions,
  Comparison,
  DistinctiveTerm,
  NamingRow,
  RankingEntry,
  VoiceRow,
} from './compare-sources.js';
export { compareSources } from './compare-sources.js';
export { dirichletPrior } from './dirichlet-prior.js';
export { comparisonLine, documentLine, sourceLine } from './jsonl-lines.js';
export type { LogOddsOptions, LogOddsScore } from './log-odds.js';
export { logOddsRatio } from './log-odds.js';
export { mergeBySource } from './merge-by-source.js';
export { mergeCorpusStats } from './merge-corpus-stats.js';
export type {
  FrameShare,
  LoadedRates,
  SourceResult,
  SourceResultOptions,
  SourceStance,
  TopTerm,
} from './source-result.js';
export { sourceResult, surfaceOf } from './source-result.js';
export type {
  DocumentFacts,
  NamingCell,
  SentenceSum,
  SourceEvidence,
  SourceStats,
  SourceTerm,
  TargetStats,
  TermOccurrence,
  VoiceCell,
} from './source-stats.js';
export {
  compareEvidence,
  compareStrings,
  emptySourceStats,
  MICRO,
  mergeSourceStats,
  sourceStatsOf,
  TERM_OCCURRENCES,
  TOP_EVIDENCE,
} from './source-stats.js';
export { createStatsMerger, type StatsMerger } from './stats-merger.js';
export type { SummaryOptions } from './summarize-source.js';
export { summarizeSource } from './summarize-source.js';
export { toCSV } from './to-csv.js';
export type { DistinctiveRow, DocumentTargetRow, EvidenceRow, SourceMetricRow, TidyRows } from './to-rows.js';
export { toRows } from './to-rows.js';
