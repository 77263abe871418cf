import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { sourceResult } from '../../src/compare/source-result.js';
import {
  emptySourceStats,
  mergeSourceStats,
  type SourceStats,
  sourceStatsOf,
} from '../../src/compare/source-stats.js';
import { arbitraryDocs, doc, ev, stubTopic, terms } from './fixtures.js';

const statsOf = (
  list: { doc: Parameters<typeof sourceStatsOf>[0]; terms: Parameters<typeof sourceStatsOf>[1] }[],
) => list.map((d) => sourceStatsOf(d.doc, d.terms));

/** One pass: fold the documents one by one, in order. */
function onePass(stats: readonly SourceStats[]): SourceStats[] {
  const bySource = new Map<string, SourceStats>();
  for (const s of stats)
    bySource.set(s.source, mergeSourceStats(bySource.get(s.source) ?? emptySourceStats(s.source), s));
  return [...bySource.keys()].sort().map((k) => bySource.get(k)!);
}

describe('sourceStatsOf', () => {
  it('turns a document into sums, counts and sorted lists', () => {
    const s = sourceStatsOf(
      doc({
        id: 'rt-1',
        source: 'RT',
        sentences: 6,
        tokens: 80,
        stance: {
          intervention: [
            ev({ weight: 1.2, sentence: 3, start: 300 }),
            ev({ weight: -0.4, sentence: 3, start: 310 }),
            ev({ weight: 0.35, sentence: 1, start: 100 }),
          ],
        },
        naming: [
          { actor: 'protesters', term: 'terroriste', voice: 'quoted' },
          { actor: 'protesters', term: 'terroriste' },
          { actor: 'foreign-forces', term: 'soldat de la paix', scare: true },
        ],
        quotes: [
          { group: 'kazakh-officials', words: 12 },
          { group: null, words: 3 },
          { group: 'kazakh-officials', words: 2, role: 'scare' },
        ],
        frames: { 'security-defence': 2 },
        loaded: [{ category: 'emotive', polarity: 'none', voice: 'authorial' }],
      }),
      terms({ soldat: [2, 'soldats'], otsc: [1, 'OTSC'] }),
    );
    expect(s.documents).toEqual([{ id: 'rt-1', lang: 'fr', tokens: 80, sentences: 6 }]);
    expect(s.stance.intervention).toMatchObject({
      positive: 1_550_000,
      negative: 400_000,
      evidence: 3,
      sentences: [
        { docId: 'rt-1', sentence: 1, sum: 350_000 },
        { docId: 'rt-1', sentence: 3, sum: 800_000 },
      ],
    });
    expect(s.stance.intervention!.top.map((e) => e.weight)).toEqual([1.2, -0.4, 0.35]);
    expect(s.stance.intervention!.top[0]!.docId).toBe('rt-1');
    expect(s.stance.protesters).toMatchObject({ positive: 0, negative: 0, evidence: 0, sentences: [] });
    expect(s.naming).toEqual({
      'foreign-forces': {
        'soldat de la paix': {
          authorial: 1,
          quoted: 0,
          attributed: 0,
          scare: 1,
          surfaces: { 'soldat de la paix': 1 },
        },
      },
      protesters: {
        terroriste: { authorial: 1, quoted: 1, attributed: 0, scare: 0, surfaces: { terroriste: 2 } },
      },
    });
    expect(s.voices).toEqual({
      'kazakh-officials': { quotations: 1, words: 12 },
      unidentified: { quotations: 1, words: 3 },
    });
    expect(s.frames).toEqual({ 'security-defence': 2 });
    expect(s.terms.soldat).toEqual({
      count: 2,
      surfaces: { soldats: 2 },
      occurrences: [
        { docId: 'rt-1', start: 0, end: 7 },
        { docId: 'rt-1', start: 10, end: 17 },
      ],
    });
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });

  it('keeps the 10 strongest evidence items and the 5 first occurrences across documents', () => {
    const mk = (id: string, n: number) =>
      sourceStatsOf(
        doc({
          id,
          source: 'RT',
          sentences: 20,
          stance: {
            intervention: Array.from({ length: n }, (_, i) => ev({ weight: (i + 1) / 10, sentence: i })),
          },
        }),
        terms({ otsc: [5, 'OTSC'] }),
      );
    const merged = mergeSourceStats(mk('b', 8), mk('a', 8));
    const top = merged.stance.intervention!.top;
    expect(top).toHaveLength(10);
    expect(top.map((e) => [e.docId, e.weight])).toEqual([
      ['a', 0.8],
      ['b', 0.8],
      ['a', 0.7],
      ['b', 0.7],
      ['a', 0.6],
      ['b', 0.6],
      ['a', 0.5],
      ['b', 0.5],
      ['a', 0.4],
      ['b', 0.4],
    ]);
    expect(merged.terms.otsc!.count).toBe(10);
    expect(merged.terms.otsc!.occurrences.map((o) => o.docId)).toEqual(['a', 'a', 'a', 'a', 'a']);
  });

  it('refuses to merge two sources, or one document twice', () => {
    const a = sourceStatsOf(doc({ id: 'x', source: 'RT' }), {});
    const b = sourceStatsOf(doc({ id: 'x', source: 'Meduza' }), {});
    expect(() => mergeSourceStats(a, b)).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => mergeSourceStats(a, a)).toThrow(expect.objectContaining({ code: 'E_DUPLICATE_ID' }));
  });
});

describe('mergeSourceStats (properties)', () => {
  it('merging the statistics of any split equals the one-pass statistics, byte for byte', () => {
    fc.assert(
      fc.property(arbitraryDocs(), fc.array(fc.boolean(), { minLength: 8, maxLength: 8 }), (docs, side) => {
        const all = statsOf(docs);
        const left = all.filter((_, i) => side[i]);
        const right = all.filter((_, i) => !side[i]);
        const shards = [...mergeBySource(right), ...mergeBySource(left)];
        const merged = mergeBySource(shards);
        const reference = onePass(all);
        expect(merged).toEqual(reference);
        expect(JSON.stringify(merged)).toBe(JSON.stringify(reference));
      }),
      { numRuns: 150 },
    );
  });

  it('is associative and commutative, with the empty statistics as identity', () => {
    fc.assert(
      fc.property(arbitraryDocs(6), (docs) => {
        const stats = statsOf(docs.map((d) => ({ ...d, doc: { ...d.doc, source: 'RT' } })));
        const [a, b, c] = [
          mergeBySource(stats.filter((_, i) => i % 3 === 0))[0] ?? emptySourceStats('RT'),
          mergeBySource(stats.filter((_, i) => i % 3 === 1))[0] ?? emptySourceStats('RT'),
          mergeBySource(stats.filter((_, i) => i % 3 === 2))[0] ?? emptySourceStats('RT'),
        ];
        const json = (s: SourceStats) => JSON.stringify(s);
        expect(json(mergeSourceStats(mergeSourceStats(a, b), c))).toBe(
          json(mergeSourceStats(a, mergeSourceStats(b, c))),
        );
        expect(json(mergeSourceStats(a, b))).toBe(json(mergeSourceStats(b, a)));
        expect(json(mergeSourceStats(emptySourceStats('RT'), a))).toBe(json(a));
      }),
      { numRuns: 150 },
    );
  });

  it('document order does not change per-source results (shuffle property)', () => {
    fc.assert(
      fc.property(
        arbitraryDocs(6).chain((docs) =>
          fc.tuple(fc.constant(docs), fc.shuffledSubarray(docs, { minLength: docs.length })),
        ),
        ([docs, shuffled]) => {
          const results = (list: typeof docs) =>
            mergeBySource(statsOf(list)).map((s) => sourceResult(s, stubTopic, { replicates: 200 }));
          expect(JSON.stringify(results(shuffled))).toBe(JSON.stringify(results(docs)));
        },
      ),
      { numRuns: 60 },
    );
  });
});
