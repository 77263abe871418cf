import { mergeBySource } from './merge-by-source.js';
import { compareStrings, mergeSourceStats, type SourceStats } from './source-stats.js';

/**
 * Per-source statistics merged as they arrive (documents, batches, shards), for streams: `add` any
 * number of times, `result` once at the end. Exact (the merge is associative and commutative), so the
 * result is the one-pass `mergeBySource` of everything added. Each source keeps a stack of partial
 * merges of doubling size (a binary counter), so n additions cost O(n log n) merge work and at most
 * log2(n) partial statistics per source are held.
 * @example
 * const m = createStatsMerger();
 * for (const batch of batches) m.add(analyzeCorpusStats(batch).stats);
 * m.result(); // deep-equals mergeBySource(all the stats)
 */
export function createStatsMerger(): StatsMerger {
  const stacks = new Map<string, { stats: SourceStats; documents: number }[]>();
  return {
    add(stats: readonly SourceStats[]): void {
      for (const s of stats) {
        let stack = stacks.get(s.source);
        if (!stack) {
          stack = [];
          stacks.set(s.source, stack);
        }
        stack.push({ stats: s, documents: Math.max(1, s.documents.length) });
        while (
          stack.length >= 2 &&
          stack[stack.length - 2]!.documents <= stack[stack.length - 1]!.documents
        ) {
          const top = stack.pop()!;
          const below = stack.pop()!;
          stack.push({
            stats: mergeSourceStats(below.stats, top.stats),
            documents: below.documents + top.documents,
          });
        }
      }
    },
    result(): SourceStats[] {
      const out: SourceStats[] = [];
      for (const source of [...stacks.keys()].sort(compareStrings)) {
        out.push(...mergeBySource(stacks.get(source)!.map((e) => e.stats)));
      }
      return out;
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
  /** Everything added, merged: one entry per source, sorted by source. */
  result(): SourceStats[];
}
