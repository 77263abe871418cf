import { type AnalyzeOptions, analyzeProcessed } from '../analysis/analyze-document.js';
import { defaultStanceParams } from '../analysis/stance/stance-params.js';
import type { DocumentAnalysis } from '../analysis/types.js';
import { loadCorpus } from '../corpus/index.js';
import type { Corpus, DocumentInput, SkippedInput } from '../corpus/types.js';
import { processText } from '../text/index.js';
import { cstoKazakhstan2022 } from '../topics/csto-kazakhstan-2022/index.js';
import { type CompareOptions, type Comparison, compareSources } from './compare-sources.js';
import { type SourceAccumulator, sourceAccumulator } from './source-accumulator.js';
import { type SourceResult, sourceResult } from './source-result.js';
import { compareStrings, type SourceStats } from './source-stats.js';

/** How many documents {@link analyzeCorpusStats} takes through each stage at a time. */
const CHUNK = 64;

/** Options of {@link analyzeCorpus}: the per-document options plus the comparison's. */
export interface AnalyzeCorpusOptions extends AnalyzeOptions, Omit<CompareOptions, 'topic' | 'params'> {
  /**
   * Called after each document is analysed with the number done and the total (for progress bars).
   * It observes only: nothing it does changes the results.
   * @example
   * analyzeCorpus(corpus, { onDocument: (done, total) => bar.update(done) });
   */
  onDocument?: (done: number, total: number) => void;
}

/**
 * Per-document analyses and per-source statistics: what shards, workers and streams produce and
 * merge (`mergeBySource`) before results are computed.
 * @example
 * const s: CorpusStats = analyzeCorpusStats(loadSeedCorpus());
 * s.stats.map((x) => [x.source, x.documents.length]);
 * //=> [['EVZ', 1], ['Express.co.uk', 1], ['News-Front', 2], ['Office of Sviatlana Tsikhanouskaya', 1]]
 */
export interface CorpusStats {
  /** Per-document analyses, in corpus order. */
  documents: DocumentAnalysis[];
  /** Per-source statistics, one per source, sorted by source. */
  stats: SourceStats[];
  skipped: SkippedInput[];
}

/**
 * The analysis of a corpus: every document, every source, the comparison, and what was skipped.
 * @example
 * const a: CorpusAnalysis = analyzeCorpus(loadSeedCorpus());
 * a.comparison.ranking.intervention[0].source; //=> the source most favourable to the intervention
 */
export interface CorpusAnalysis {
  /** Per-document analyses, in corpus order. */
  documents: DocumentAnalysis[];
  /** Per-source results, sorted by source. */
  sources: SourceResult[];
  comparison: Comparison;
  skipped: SkippedInput[];
}

/**
 * Analyses every document of a corpus (each text processed once: the per-document analysis and the
 * term counts read the same `ProcessedText`) and gathers per-source statistics. Records are loaded
 * with `loadCorpus` first.
 * @example
 * const { documents, stats } = analyzeCorpusStats([{ source: 'RT', text: 'Les soldats de la paix sont arrivés.', lang: 'fr' }]);
 * stats[0].documents.length; //=> 1
 */
export function analyzeCorpusStats(
  corpus: Corpus | readonly DocumentInput[],
  options: AnalyzeCorpusOptions = {},
): CorpusStats {
  const loaded = isCorpus(corpus) ? corpus : loadCorpus(corpus);
  const topic = options.topic ?? cstoKazakhstan2022;
  const params = { ...defaultStanceParams, ...options.stanceParams };
  const documents: DocumentAnalysis[] = [];
  // Each document goes straight into its source's accumulator: the same statistics as merging
  // `sourceStatsOf(doc, countTerms(pt))` over the source's documents, without per-document tables.
  const sources = new Map<string, SourceAccumulator>();
  const articles = loaded.documents;
  // Documents go by chunks, each stage over the whole chunk (texts processed, then analysed, then
  // counted): alternating the stages document by document runs measurably slower.
  for (let from = 0; from < articles.length; from += CHUNK) {
    const chunk = articles.slice(from, from + CHUNK);
    const pts = chunk.map((article) => processText(article));
    const analysed = chunk.map((article, i) =>
      analyzeProcessed(article, pts[i]!, topic, params, options.minLoadedWeight ?? 1),
    );
    for (let i = 0; i < chunk.length; i++) {
      const doc = analysed[i]!;
      documents.push(doc);
      let acc = sources.get(doc.source);
      if (acc === undefined) {
        acc = sourceAccumulator(doc.source);
        sources.set(doc.source, acc);
      }
      acc.add(doc, pts[i]!);
      options.onDocument?.(documents.length, articles.length);
    }
  }
  const stats = [...sources.keys()].sort(compareStrings).map((source) => sources.get(source)!.stats());
  return { documents, stats, skipped: loaded.skipped };
}

/**
 * Analyses a corpus and compares its sources: per-document analyses, per-source results (stance with
 * bootstrap intervals, loaded-vocabulary rates, naming, voices, frames, frequent terms) and the
 * comparison (rankings, naming and voice tables, distinctive terms, frame shares, summaries). Pure and
 * deterministic: the same input gives byte-identical JSON, and per-source results do not depend on the
 * order of the documents.
 * @example
 * const a = analyzeCorpus(loadSeedCorpus());
 * a.sources.map((s) => s.source); //=> ['EVZ', 'Express.co.uk', 'News-Front', 'Office of Sviatlana Tsikhanouskaya']
 * a.comparison.ranking.intervention[0].source; //=> 'News-Front'
 * a.comparison.summaries['News-Front'];
 * //=> 'News-Front (2 documents, 830 words) calls the foreign forces "OTSC" most often in its own voice (3 times) …'
 */
export function analyzeCorpus(
  corpus: Corpus | readonly DocumentInput[],
  options: AnalyzeCorpusOptions = {},
): CorpusAnalysis {
  return corpusAnalysisOf(analyzeCorpusStats(corpus, options), options);
}

/**
 * The second half of {@link analyzeCorpus}: per-source results and the comparison from per-document
 * analyses and per-source statistics, e.g. those of several shards merged with `mergeCorpusStats`.
 * `corpusAnalysisOf(analyzeCorpusStats(c, o), o)` is `analyzeCorpus(c, o)`.
 * @example
 * const whole = corpusAnalysisOf(mergeCorpusStats(analyzeCorpusStats(part1), analyzeCorpusStats(part2)));
 * // byte-identical to analyzeCorpus([...part1, ...part2])
 */
export function corpusAnalysisOf(
  corpusStats: CorpusStats,
  options: AnalyzeCorpusOptions = {},
): CorpusAnalysis {
  const { documents, stats, skipped } = corpusStats;
  const topic = options.topic ?? cstoKazakhstan2022;
  const compareOptions: CompareOptions = {
    ...options,
    topic,
    params: { ...defaultStanceParams, ...options.stanceParams },
  };
  const sources = stats.map((s) => sourceResult(s, topic, compareOptions));
  const comparison = compareSources({ stats, sources }, compareOptions);
  return { documents, sources, comparison, skipped };
}

function isCorpus(input: Corpus | readonly DocumentInput[]): input is Corpus {
  return !Array.isArray(input);
}
