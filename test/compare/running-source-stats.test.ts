import { describe, expect, it } from 'vitest';
import { analyzeCorpusStats } from '../../src/compare/analyze-corpus.js';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { runningSourceStats } from '../../src/compare/running-source-stats.js';
import { DOCUMENT_LEVEL_FROM, emptySourceStats, type SourceStats } from '../../src/compare/source-stats.js';
import { loadCorpus } from '../../src/corpus/index.js';
import { recordOf } from '../scale/fixtures.js';

/** One source's statistics for `n` documents, analysed in parts of `size` documents. */
function partsOf(n: number, size: number): SourceStats[] {
  const documents = loadCorpus(
    Array.from({ length: n }, (_, i) =>
      // Ids that sort in another order than they arrive.
      recordOf('RT', i % 3 === 0 ? 'en' : 'fr', [i, (i * 5) % 8], `d-${(n - i) * 7}`),
    ),
  ).documents;
  const parts: SourceStats[] = [];
  for (let from = 0; from < n; from += size) {
    parts.push(...analyzeCorpusStats({ documents: documents.slice(from, from + size), skipped: [] }).stats);
  }
  return parts;
}

function summed(parts: readonly SourceStats[]): SourceStats {
  const run = runningSourceStats('RT');
  for (const part of parts) run.add(part);
  return run.result();
}

describe('runningSourceStats', () => {
  it('sums parts to what mergeBySource gives, below and above DOCUMENT_LEVEL_FROM documents', () => {
    for (const n of [7, DOCUMENT_LEVEL_FROM - 1, DOCUMENT_LEVEL_FROM + 13]) {
      const parts = partsOf(n, 6);
      const expected = JSON.stringify(mergeBySource(parts)[0]);
      expect(JSON.stringify(summed(parts))).toBe(expected);
      expect(JSON.stringify(summed(parts.slice().reverse()))).toBe(expected);
    }
  });

  it('keeps per-sentence sums below the threshold and one sum per document from it on', () => {
    const below = summed(partsOf(DOCUMENT_LEVEL_FROM - 1, 10));
    expect(below.stance.intervention?.documentSums).toBeUndefined();
    expect(below.stance.intervention?.sentences.length).toBeGreaterThan(0);
    const above = summed(partsOf(DOCUMENT_LEVEL_FROM, 10));
    expect(above.stance.intervention?.sentences).toEqual([]);
    expect(above.stance.intervention?.documentSums).toHaveLength(DOCUMENT_LEVEL_FROM);
  });

  it('gives the empty statistics when nothing was added', () => {
    expect(runningSourceStats('RT').result()).toEqual(emptySourceStats('RT'));
  });

  it('refuses another source, and a document added twice', () => {
    expect(() => runningSourceStats('RT').add(emptySourceStats('TASS'))).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
    const [part] = partsOf(3, 3);
    const run = runningSourceStats('RT');
    run.add(part!);
    run.add(part!);
    expect(() => run.result()).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_ID' }));
  });
});
