import { compareStrings, mergeSourceStats, type SourceStats } from './source-stats.js';

/**
 * Groups statistics by source and merges each group: one entry per source, sorted by source name.
 * Since {@link mergeSourceStats} is exact, associative and commutative, the result does not depend on
 * the order of the input (documents, shards or workers in any order give the same list). Each group is
 * merged pairwise as a balanced tree, so merging many single-document statistics costs
 * O(size · log documents), not O(size · documents).
 * @example
 * mergeBySource([statsOf(rt1), statsOf(lm1), statsOf(rt2)]).map((s) => [s.source, s.documents.length]);
 * //=> [['Le Monde', 1], ['RT', 2]]
 */
export function mergeBySource(stats: readonly SourceStats[]): SourceStats[] {
  const groups = new Map<string, SourceStats[]>();
  for (const s of stats) {
    const group = groups.get(s.source);
    if (group) group.push(s);
    else groups.set(s.source, [s]);
  }
  return [...groups.keys()].sort(compareStrings).map((source) => mergeAll(groups.get(source)!));
}

function mergeAll(group: readonly SourceStats[]): SourceStats {
  let level = [...group];
  while (level.length > 1) {
    const next: SourceStats[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? mergeSourceStats(level[i]!, level[i + 1]!) : level[i]!);
    }
    level = next;
  }
  return level[0]!;
}
