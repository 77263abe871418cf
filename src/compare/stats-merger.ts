import { type RunningSourceStats, runningSourceStats } from './running-source-stats.js';
import { compareStrings, type SourceStats } from './source-stats.js';

/**
 * Per-source statistics merged as they arrive (documents, batches, shards), for streams: `add` any
 * number of times, `result` once at the end. Exact (the merge is associative and commutative), so the
 * result is the one-pass `mergeBySource` of everything added, whatever the order of arrival. Each
 * source keeps one running total (`runningSourceStats`): adding statistics costs their own size, and
 * memory grows with the vocabulary and by about 100 bytes per document.
 * @example
 * const m = createStatsMerger();
 * for (const batch of batches) m.add(analyzeCorpusStats(batch).stats);
 * m.result(); // deep-equals mergeBySource(all the stats)
 */
export function createStatsMerger(): StatsMerger {
  const running = new Map<string, RunningSourceStats>();
  return {
    add(stats: readonly SourceStats[]): void {
      for (const s of stats) {
        let run = running.get(s.source);
        if (run === undefined) {
          run = runningSourceStats(s.source);
          running.set(s.source, run);
        }
        run.add(s);
      }
    },
    result(): SourceStats[] {
      return [...running.keys()].sort(compareStrings).map((source) => running.get(source)!.result());
    },
  };
}

/**
 * The state of {@link createStatsMerger}.
 * @example
 * const m: StatsMerger = createStatsMerger();
 * m.add(stats); m.result().map((s) => s.source); //=> ['Le Monde', 'RT']
 */
export interface StatsMerger {
  /** Adds statistics of documents not added before (any sources, any order). */
  add(stats: readonly SourceStats[]): void;
  /** Everything added, merged: one entry per source, sorted by source. Throws `E_DUPLICATE_ID` when a document was added twice. */
  result(): SourceStats[];
}
