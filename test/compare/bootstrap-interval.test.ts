import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bootstrapInterval, mulberry32, seedOf } from '../../src/compare/bootstrap-interval.js';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { sourceResult } from '../../src/compare/source-result.js';
import { DOCUMENT_LEVEL_FROM, type SourceStats, sourceStatsOf } from '../../src/compare/source-stats.js';
import { arbitraryDocs, doc, ev, stubTopic } from './fixtures.js';

/** A short article: 5 sentences, two of them against the intervention. */
function shortArticle(id: string, source = 'S'): SourceStats {
  return sourceStatsOf(
    doc({
      id,
      source,
      sentences: 5,
      stance: { intervention: [ev({ weight: -1.2, sentence: 0 }), ev({ weight: -0.8, sentence: 2 })] },
    }),
    {},
  );
}

function source(n: number): SourceStats {
  return mergeBySource(
    Array.from({ length: n }, (_, i) => shortArticle(`d${String(i).padStart(3, '0')}`)),
  )[0]!;
}

const width = (i: { low: number; high: number }) => i.high - i.low;

describe('bootstrapInterval', () => {
  it('is wide for a source with one short article', () => {
    const stats = source(1);
    const interval = bootstrapInterval(stats, 'intervention');
    expect(interval.level).toBe(0.9);
    expect(width(interval)).toBeGreaterThan(0.5);
    expect(interval.low).toBeLessThan(-0.8);
    expect(interval.high).toBeLessThanOrEqual(0);
  });

  it('narrows as documents with the same evidence are added', () => {
    const widths = [1, 3, 10, 40].map((n) => width(bootstrapInterval(source(n), 'intervention')));
    for (let i = 1; i < widths.length; i++) expect(widths[i]!).toBeLessThan(widths[i - 1]!);
    expect(widths[3]!).toBeLessThan(0.2);
  });

  it('from DOCUMENT_LEVEL_FROM documents on, resamples documents: per-document sums, an interval around the point', () => {
    const mixed = (n: number) =>
      mergeBySource(
        Array.from({ length: n }, (_, i) =>
          i % 3 === 0
            ? sourceStatsOf(doc({ id: `m${i}`, source: 'S', sentences: 5 }), {})
            : shortArticle(`m${i}`),
        ),
      )[0]!;
    const below = mixed(DOCUMENT_LEVEL_FROM - 1);
    const at = mixed(DOCUMENT_LEVEL_FROM);
    expect(below.stance.intervention!.documentSums).toBeUndefined();
    expect(at.stance.intervention!.sentences).toEqual([]);
    // Two documents in three carry −2.0 (micro-units), the third none.
    expect(at.stance.intervention!.documentSums).toEqual(
      Array.from({ length: DOCUMENT_LEVEL_FROM }, (_, k) =>
        Number(at.documents[k]!.id.slice(1)) % 3 === 0 ? 0 : -2_000_000,
      ),
    );
    const point = sourceResult(at, stubTopic).stance.intervention!;
    const interval = bootstrapInterval(at, 'intervention');
    expect(interval.low).toBeLessThan(point.score);
    expect(interval.high).toBeGreaterThan(point.score);
    expect(bootstrapInterval(mixed(DOCUMENT_LEVEL_FROM), 'intervention')).toEqual(interval);
    // The spread between documents (some without evidence) keeps the interval open; more narrow it.
    expect(width(bootstrapInterval(mixed(4 * DOCUMENT_LEVEL_FROM), 'intervention'))).toBeLessThan(
      width(interval),
    );
  });

  it('narrows as one document grows with evidence at the same rate', () => {
    // A document's score is a sum damped by √sentences, so within one document the interval narrows
    // as the evidence piles up in one direction (the score moves toward ±1).
    const article = (k: number) =>
      sourceStatsOf(
        doc({
          id: 'long',
          source: 'S',
          sentences: 5 * k,
          stance: {
            intervention: Array.from({ length: k }, (_, j) => [
              ev({ weight: -0.6, sentence: 5 * j }),
              ev({ weight: -0.2, sentence: 5 * j + 2 }),
            ]).flat(),
          },
        }),
        {},
      );
    const widths = [1, 4, 16].map((k) => width(bootstrapInterval(article(k), 'intervention')));
    expect(widths[1]!).toBeLessThan(widths[0]!);
    expect(widths[2]!).toBeLessThan(widths[1]!);
  });

  it('counts sentences without evidence: diluted evidence gives a score and interval closer to 0', () => {
    const dense = shortArticle('a');
    const diluted = sourceStatsOf(
      doc({
        id: 'a',
        source: 'S',
        sentences: 60,
        stance: { intervention: [ev({ weight: -1.2, sentence: 0 }), ev({ weight: -0.8, sentence: 2 })] },
      }),
      {},
    );
    const d = bootstrapInterval(dense, 'intervention');
    const l = bootstrapInterval(diluted, 'intervention');
    expect(l.low).toBeGreaterThan(d.low);
    expect(sourceResult(diluted, stubTopic).stance.intervention!.score).toBeGreaterThan(
      sourceResult(dense, stubTopic).stance.intervention!.score,
    );
  });

  it('gives [0, 0] without evidence and always contains the point estimate (property)', () => {
    expect(bootstrapInterval(source(3), 'protesters')).toEqual({ low: 0, high: 0, level: 0.9 });
    fc.assert(
      fc.property(arbitraryDocs(5), (docs) => {
        for (const s of mergeBySource(docs.map((d) => sourceStatsOf(d.doc, d.terms)))) {
          const r = sourceResult(s, stubTopic, { replicates: 200 });
          for (const t of Object.values(r.stance)) {
            expect(t.interval.low).toBeLessThanOrEqual(t.score);
            expect(t.interval.high).toBeGreaterThanOrEqual(t.score);
            expect(t.interval.low).toBeGreaterThanOrEqual(-1);
            expect(t.interval.high).toBeLessThanOrEqual(1);
          }
        }
      }),
      { numRuns: 80 },
    );
  });

  it('is seeded from the data: same data, same interval; other source or target, other seed', () => {
    const a = shortArticle('a');
    const b = shortArticle('b');
    const ab = mergeBySource([a, b])[0]!;
    const ba = mergeBySource([b, a])[0]!;
    expect(seedOf(ab, 'intervention')).toBe(seedOf(ba, 'intervention'));
    expect(bootstrapInterval(ab, 'intervention')).toEqual(bootstrapInterval(ba, 'intervention'));
    expect(seedOf(ab, 'protesters')).not.toBe(seedOf(ab, 'intervention'));
    const other = mergeBySource([shortArticle('a', 'T'), shortArticle('b', 'T')])[0]!;
    expect(seedOf(other, 'intervention')).not.toBe(seedOf(ab, 'intervention'));
  });

  it('mulberry32 gives reproducible floats in [0, 1)', () => {
    const r1 = mulberry32(42);
    const r2 = mulberry32(42);
    const xs = Array.from({ length: 1000 }, () => r1());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => r2()));
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...xs)).toBeLessThan(1);
    const mean = xs.reduce((x, y) => x + y, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.45);
    expect(mean).toBeLessThan(0.55);
  });
});
