import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  analyzeCorpus,
  analyzeCorpusStats,
  type CorpusStats,
  corpusAnalysisOf,
} from '../../src/compare/analyze-corpus.js';
import { mergeCorpusStats } from '../../src/compare/merge-corpus-stats.js';
import { DOCUMENT_LEVEL_FROM } from '../../src/compare/source-stats.js';
import { createStatsMerger } from '../../src/compare/stats-merger.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { recordArb, recordOf, SOURCES } from './fixtures.js';

/** A corpus of 2–12 records with their ids assigned once, before any split (as shards need). */
const corpusArb = fc
  .array(recordArb, { minLength: 2, maxLength: 12 })
  .map((records) => loadCorpus(records).documents);

/** Cut points into a list of `n` items: 1–4 non-empty contiguous parts. */
function partsOf<T>(items: readonly T[], cuts: readonly number[]): T[][] {
  const at = [...new Set(cuts.map((c) => 1 + (c % (items.length - 1))))].sort((a, b) => a - b);
  const parts: T[][] = [];
  let start = 0;
  for (const c of [...at, items.length]) {
    parts.push(items.slice(start, c));
    start = c;
  }
  return parts;
}

describe('exact merge: any split of a corpus, analysed apart and merged, is the one-pass result', () => {
  it('byte-identical JSON, including bootstrap intervals, distinctive terms and summaries', () => {
    fc.assert(
      fc.property(
        corpusArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        (documents, cuts, rightFold) => {
          const whole = JSON.stringify(analyzeCorpus({ documents, skipped: [] }));
          const parts = partsOf(documents, cuts).map((part) =>
            analyzeCorpusStats({ documents: part, skipped: [] }),
          );
          // Contiguous parts merged in corpus order, folded from either side (associativity).
          const merged = rightFold
            ? parts.reduceRight((acc, p) => mergeCorpusStats(p, acc))
            : parts.reduce((acc, p) => mergeCorpusStats(acc, p));
          expect(JSON.stringify(corpusAnalysisOf(merged))).toBe(whole);
        },
      ),
      { numRuns: 15, seed: 20260108 },
    );
  });

  it('per-source statistics arriving in any order through the stream merger equal the one-pass ones', () => {
    fc.assert(
      fc.property(
        corpusArb,
        fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
        fc.nat(),
        (documents, cuts, seed) => {
          const once = analyzeCorpusStats({ documents, skipped: [] });
          const parts: CorpusStats[] = partsOf(documents, cuts).map((part) =>
            analyzeCorpusStats({ documents: part, skipped: [] }),
          );
          // A deterministic shuffle: the order of arrival must not matter (commutativity).
          const order = parts
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 13) - ((b * 7919 + seed) % 13) || a - b);
          const merger = createStatsMerger();
          for (const i of order) merger.add(parts[i]!.stats);
          expect(JSON.stringify(merger.result())).toBe(JSON.stringify(once.stats));
        },
      ),
      { numRuns: 25, seed: 20260109 },
    );
  });

  it('sources crossing DOCUMENT_LEVEL_FROM documents: per-document stance sums merge exactly too', () => {
    // Analysed once; the property splits and merges the per-document statistics.
    const pool = loadCorpus(
      Array.from({ length: 130 }, (_, i) =>
        recordOf(SOURCES[i % 2]!, i % 3 === 0 ? 'en' : 'fr', [i, i * 3 + 1, (i * 5) % 8]),
      ),
    ).documents;
    const single = pool.map((d) => analyzeCorpusStats({ documents: [d], skipped: [] }));
    fc.assert(
      fc.property(
        fc.integer({ min: 2 * DOCUMENT_LEVEL_FROM, max: pool.length }),
        fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
        fc.nat(),
        (n, cuts, seed) => {
          const documents = pool.slice(0, n);
          const whole = analyzeCorpus({ documents, skipped: [] });
          const stats = whole.sources.map((s) => s.source);
          expect(stats.length).toBe(2);
          // Parts of any sizes (some below the threshold, some above), merged in a shuffled order.
          const parts = partsOf(single.slice(0, n), cuts).map((p) =>
            p.reduce((a, b) => mergeCorpusStats(a, b)),
          );
          const order = parts
            .map((_, i) => i)
            .sort((a, b) => ((a * 7919 + seed) % 11) - ((b * 7919 + seed) % 11) || a - b);
          const merger = createStatsMerger();
          for (const i of order) merger.add(parts[i]!.stats);
          const mergedStats = merger.result();
          expect(
            mergedStats.every((s) => s.stance.intervention?.documentSums?.length === s.documents.length),
          ).toBe(true);
          expect(JSON.stringify(mergedStats)).toBe(
            JSON.stringify(analyzeCorpusStats({ documents, skipped: [] }).stats),
          );
          const merged = corpusAnalysisOf({ documents: whole.documents, stats: mergedStats, skipped: [] });
          expect(JSON.stringify(merged)).toBe(JSON.stringify(whole));
        },
      ),
      { numRuns: 6, seed: 20261123 },
    );
  });

  it('a document in two parts is refused, never counted twice', () => {
    const documents = loadCorpus([
      { source: 'RT', text: 'Dépêche\n\nLes casseurs ont pillé des magasins.', lang: 'fr' },
      { source: 'RT', text: 'Dispatch\n\nRioters looted shops.', lang: 'en' },
    ]).documents;
    const a = analyzeCorpusStats({ documents, skipped: [] });
    const b = analyzeCorpusStats({ documents: documents.slice(1), skipped: [] });
    expect(() => mergeCorpusStats(a, b)).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_ID' }));
    const merger = createStatsMerger();
    merger.add(a.stats);
    merger.add(b.stats);
    expect(() => merger.result()).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_ID' }));
  });
});
