/**
 * media-framing: compare how news sources frame the same event. Stance toward each target with its
 * evidence, loaded vocabulary, who calls whom what, who gets quoted, which words set each source
 * apart, and frames; every score traceable to positioned spans of the original text.
 *
 * Exports are sorted by module, in the flow of the data: analysis, compare, core, corpus, evaluate,
 * report, text, topics.
 * @module
 */

export type { AnalyzeOptions } from './analysis/analyze-document.js';
export { analyzeDocument } from './analysis/analyze-document.js';
export type { StanceParams } from './analysis/stance/stance-params.js';
export { defaultStanceParams } from './analysis/stance/stance-params.js';
export type {
  DocumentAnalysis,
  FrameFinding,
  LoadedCounts,
  LoadedCue,
  NameMention,
  QuoteFinding,
  StanceLabel,
  TargetStance,
} from './analysis/types.js';
export type {
  AnalyzeCorpusOptions,
  AnalyzeStreamOptions,
  Comparison,
  CorpusAnalysis,
  CorpusStats,
  DistinctiveTerm,
  NamingRow,
  RankingEntry,
  SourceResult,
  SourceStats,
  StreamEvent,
  TidyRows,
  VoiceRow,
} from './compare/index.js';
export {
  analyzeCorpus,
  analyzeCorpusParallel,
  analyzeCorpusStats,
  analyzeStream,
  bootstrapInterval,
  compareSources,
  corpusAnalysisOf,
  logOddsRatio,
  mergeCorpusStats,
  toCSV,
  toRows,
} from './compare/index.js';
export type { ErrorPlace, FramingErrorCode } from './core/errors.js';
export { CorpusError, FramingError, QueueError, TopicError, UsageError, WorkerError } from './core/errors.js';
export type { Evidence, Lang, RemovedRegion, Span, Voice } from './core/types.js';
export type { ArticleItem, ArticleMeta, LoadCorpusOptions, StreamCorpusOptions } from './corpus/index.js';
export { loadCorpus, loadJsonlText, loadSeedCorpus, parseArticle, streamCorpus } from './corpus/index.js';
export type { Article, Corpus, DocumentInput, SkippedInput } from './corpus/types.js';
export { evaluate, frameScores, paragraphScores, spanScores, stanceScores } from './evaluate/index.js';
export type {
  ChartText,
  HtmlReportOptions,
  MarkdownReportOptions,
  TerminalOptions,
  TerminalSection,
} from './report/index.js';
export { renderChartSvg, renderHtml, renderMarkdown, renderTerminal } from './report/index.js';
export type { LanguageGuess, ProcessOptions, TextInput } from './text/index.js';
export { detectLanguage, foldText, processText } from './text/index.js';
export type { ProcessedText, QuoteSpan, Sentence, Token, TokenKind } from './text/types.js';
export type { DefineTopicOptions } from './topics/index.js';
export {
  bundledTopics,
  cstoKazakhstan2022,
  cstoKazakhstan2022Spec,
  defineTopic,
  getTopic,
} from './topics/index.js';
export type { TopicSpecData, TopicSpecInput } from './topics/schema.js';
export type { LexiconEntry, Topic } from './topics/types.js';
