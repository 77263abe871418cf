import { describe, expect, it } from 'vitest';
import { analyzeProcessed } from '../../src/analysis/analyze-document.js';
import { countTerms } from '../../src/analysis/distinctive/count-terms.js';
import { defaultStanceParams } from '../../src/analysis/stance/stance-params.js';
import { analyzeCorpusStats } from '../../src/compare/analyze-corpus.js';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { sourceAccumulator } from '../../src/compare/source-accumulator.js';
import { emptySourceStats, sourceStatsOf } from '../../src/compare/source-stats.js';
import { loadCorpus, loadSeedCorpus } from '../../src/corpus/index.js';
import { processText } from '../../src/text/index.js';
import { cstoKazakhstan2022 } from '../../src/topics/csto-kazakhstan-2022/index.js';

/** The reference: per-document statistics merged pairwise. */
function merged(records: { id: string; source: string; text: string; lang: string }[]) {
  const corpus = loadCorpus(records);
  return mergeBySource(
    corpus.documents.map((a) => {
      const pt = processText(a);
      return sourceStatsOf(
        analyzeProcessed(a, pt, cstoKazakhstan2022, defaultStanceParams, 1),
        countTerms(pt),
      );
    }),
  );
}

describe('sourceAccumulator', () => {
  it('gives the merged per-document statistics, whatever the order of the document ids', () => {
    const seeds = loadSeedCorpus().documents;
    // Each seed four times under ids that sort in another order than they arrive, over two sources.
    const records = seeds.flatMap((a, i) =>
      [2, 0, 3, 1].map((j) => ({
        id: `${'zyxw'[j]}-${a.id}`,
        source: `S${(i + j) % 2}`,
        text: a.text,
        lang: a.lang ?? 'fr',
      })),
    );
    const stats = analyzeCorpusStats(loadCorpus(records)).stats;
    expect(JSON.stringify(stats)).toBe(JSON.stringify(merged(records)));
    expect(stats).toEqual(merged(records));
  });

  it('gives the empty statistics when nothing was added', () => {
    expect(sourceAccumulator('RT').stats()).toEqual(emptySourceStats('RT'));
  });

  it('throws E_DUPLICATE_ID when a document is added twice', () => {
    const article = loadCorpus([{ id: 'a', source: 'RT', text: 'Les soldats de la paix.', lang: 'fr' }])
      .documents[0]!;
    const pt = processText(article);
    const doc = analyzeProcessed(article, pt, cstoKazakhstan2022, defaultStanceParams, 1);
    const acc = sourceAccumulator('RT');
    acc.add(doc, pt);
    acc.add(doc, pt);
    expect(() => acc.stats()).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_ID' }));
  });
});
