import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analysis/analyze-document.js';
import { countTerms } from '../../src/analysis/distinctive/count-terms.js';
import { analyzeCorpusStats } from '../../src/compare/analyze-corpus.js';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { sourceStatsOf } from '../../src/compare/source-stats.js';
import { termAccumulator } from '../../src/compare/term-accumulator.js';
import { loadCorpus, loadSeedCorpus } from '../../src/corpus/index.js';
import { processText } from '../../src/text/index.js';

/** The reference: per-document tables merged pairwise (what analyzeCorpusStats did before). */
function mergedTerms(records: { id: string; source: string; text: string; lang: string }[]) {
  const corpus = loadCorpus(records);
  const per = corpus.documents.map((a) => sourceStatsOf(analyzeDocument(a), countTerms(processText(a))));
  return mergeBySource(per).map((s) => [s.source, s.terms]);
}

const FR = [
  'Les forces de sécurité arrivent. Les Forces de sécurité repartent.',
  'Les « forces de sécurité » ont tiré, selon les forces de sécurité elles-mêmes.',
  'Forces de sécurité, forces armées, forces de l’ordre : les forces sont partout.',
];
const EN = [
  'Troops arrived in the city. The troops said the troops would leave.',
  '"Peacekeeping troops" arrived, the troops arrived, troops arrived again and again.',
];

describe('termAccumulator', () => {
  it('gives the terms of merged per-document tables, whatever the order of the document ids', () => {
    const records = [
      ...FR.map((text, i) => ({ id: `z-${i}`, source: 'A', text, lang: 'fr' })),
      ...FR.map((text, i) => ({ id: `a-${i}`, source: 'A', text: `${text} ${text}`, lang: 'fr' })),
      ...EN.map((text, i) => ({ id: `m-${9 - i}`, source: 'B', text, lang: 'en' })),
    ];
    const stats = analyzeCorpusStats(loadCorpus(records)).stats.map((s) => [s.source, s.terms]);
    expect(JSON.stringify(stats)).toBe(JSON.stringify(mergedTerms(records)));
  });

  it('matches the merged tables on the seed corpus, split over many small sources', () => {
    const seeds = loadSeedCorpus().documents;
    const records = seeds.flatMap((a, i) =>
      [0, 1].map((j) => ({
        id: `${j}-${a.id}`,
        source: `S${(i + j) % 2}`,
        text: a.text,
        lang: a.lang ?? 'fr',
      })),
    );
    const stats = analyzeCorpusStats(loadCorpus(records)).stats.map((s) => [s.source, s.terms]);
    expect(JSON.stringify(stats)).toBe(JSON.stringify(mergedTerms(records)));
  });

  it('keeps the five occurrences with the smallest (docId, start, end) and slices each surface', () => {
    const acc = termAccumulator();
    const text = 'Paix. Paix. paix. PAIX. Paix. Paix. paix.';
    acc.add('b', processText({ text, lang: 'fr' }));
    acc.add('a', processText({ text: 'La paix.', lang: 'fr' }));
    const t = acc.terms().pai!;
    expect(t.count).toBe(8);
    expect(t.surfaces).toEqual({ PAIX: 1, Paix: 4, paix: 3 });
    expect(t.occurrences).toEqual([
      { docId: 'a', start: 3, end: 7 },
      { docId: 'b', start: 0, end: 4 },
      { docId: 'b', start: 6, end: 10 },
      { docId: 'b', start: 12, end: 16 },
      { docId: 'b', start: 18, end: 22 },
    ]);
  });
});
