import type { CorpusStats } from './analyze-corpus.js';
import { mergeBySource } from './merge-by-source.js';

/**
 * Merges the statistics of two parts of a corpus (shards, worker batches). Per-source statistics merge
 * exactly (any split gives the one-pass statistics); documents and skipped inputs are concatenated,
 * `a` first, so merging contiguous parts in corpus order gives the one-pass document list. A document
 * in both parts throws `CorpusError` `E_DUPLICATE_ID` (it would be counted twice). Give records their
 * ids before splitting: ids that `loadCorpus` assigns (`rt-1`, `rt-2`…) are numbered per load.
 * @example
 * const s = mergeCorpusStats(analyzeCorpusStats(records.slice(0, 100)), analyzeCorpusStats(records.slice(100)));
 * JSON.stringify(corpusAnalysisOf(s)) === JSON.stringify(analyzeCorpus(records)); //=> true
 */
export function mergeCorpusStats(a: CorpusStats, b: CorpusStats): CorpusStats {
  return {
    documents: [...a.documents, ...b.documents],
    stats: mergeBySource([...a.stats, ...b.stats]),
    skipped: [...a.skipped, ...b.skipped],
  };
}
