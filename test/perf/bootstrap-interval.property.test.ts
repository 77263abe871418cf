import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { squash } from '../../src/analysis/stance/score-stance.js';
import { defaultStanceParams } from '../../src/analysis/stance/stance-params.js';
import { bootstrapInterval, mulberry32, seedOf } from '../../src/compare/bootstrap-interval.js';
import { emptySourceStats, MICRO, type SourceStats } from '../../src/compare/source-stats.js';

/** The textbook bootstrap (one closure call per random number, a fresh binomial per draw): the reference. */
function referenceInterval(stats: SourceStats, target: string, replicates: number) {
  const binomial = (n: number, p: number, random: () => number): number => {
    if (p <= 0 || n <= 0) return 0;
    if (p >= 1) return n;
    if (p > 0.5) return n - binomial(n, 1 - p, random);
    const q = 1 - p;
    let f = q ** n;
    if (f < 1e-280) {
      let hits = 0;
      for (let i = 0; i < n; i++) if (random() < p) hits++;
      return hits;
    }
    const ratio = p / q;
    let u = random();
    let x = 0;
    while (u > f && x < n) {
      u -= f;
      f *= (ratio * (n - x)) / (x + 1);
      x++;
    }
    return x;
  };
  const quantile = (sorted: Float64Array, q: number) => {
    const h = (sorted.length - 1) * q;
    const lo = Math.floor(h);
    const hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
  };
  const round = (x: number) => Math.round(x * 1e6) / 1e6 || 0;
  const index = new Map(stats.documents.map((d, i) => [d.id, i]));
  const sizes = stats.documents.map((d) => d.sentences);
  const sums: number[][] = sizes.map(() => []);
  let total = 0;
  for (const s of stats.stance[target]?.sentences ?? []) {
    const d = index.get(s.docId);
    if (d === undefined) continue;
    sums[d]!.push(s.sum);
    total += s.sum;
  }
  const documents = sizes.length;
  if (documents === 0) return { low: 0, high: 0, level: 0.9 };
  const point = squash(total / MICRO / documents, stats.sentences / documents, defaultStanceParams);
  const random = mulberry32(seedOf(stats, target));
  const scores = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    let sum = 0;
    let sentences = 0;
    for (let k = 0; k < documents; k++) {
      const d = Math.floor(random() * documents);
      const n = Math.max(sizes[d]!, sums[d]!.length);
      const evidence = sums[d]!;
      sentences += n;
      if (evidence.length === 0) continue;
      const hits = binomial(n, evidence.length / n, random);
      for (let h = 0; h < hits; h++) sum += evidence[Math.floor(random() * evidence.length)]!;
    }
    scores[r] = squash(sum / MICRO / documents, sentences / documents, defaultStanceParams);
  }
  scores.sort();
  return {
    low: round(Math.min(quantile(scores, 0.05), point)),
    high: round(Math.max(quantile(scores, 0.95), point)),
    level: 0.9,
  };
}

const docArb = fc.record({
  sentences: fc.integer({ min: 0, max: 400 }),
  sums: fc.array(
    fc.integer({ min: -3_000_000, max: 3_000_000 }).filter((x) => x !== 0),
    { maxLength: 40 },
  ),
});

describe('bootstrapInterval', () => {
  it('gives the intervals of the textbook bootstrap (same random sequence, same draws)', () => {
    fc.assert(
      fc.property(fc.array(docArb, { minLength: 1, maxLength: 12 }), (docs) => {
        const stats = emptySourceStats('S');
        stats.documents = docs.map((d, i) => ({
          id: `d${i}`,
          lang: 'fr',
          tokens: 10,
          sentences: d.sentences,
        }));
        stats.sentences = docs.reduce((a, d) => a + d.sentences, 0);
        const sentences = docs.flatMap((d, i) =>
          d.sums.map((sum, s) => ({ docId: `d${i}`, sentence: s, sum })),
        );
        stats.stance = { t: { positive: 0, negative: 0, evidence: 0, sentences, top: [] } };
        expect(bootstrapInterval(stats, 't', { replicates: 200 })).toEqual(
          referenceInterval(stats, 't', 200),
        );
      }),
      { numRuns: 150 },
    );
  });

  it('also when (1 − p)^n underflows (Bernoulli draws) and when p > 0.5 (misses counted)', () => {
    const stats = emptySourceStats('S');
    const shapes = [
      { sentences: 1400, sums: 700 }, // 0.5^1400 underflows
      { sentences: 30, sums: 25 }, // p > 0.5
      { sentences: 5, sums: 0 },
    ];
    stats.documents = shapes.map((d, i) => ({ id: `d${i}`, lang: 'fr', tokens: 10, sentences: d.sentences }));
    stats.sentences = shapes.reduce((a, d) => a + d.sentences, 0);
    const sentences = shapes.flatMap((d, i) =>
      Array.from({ length: d.sums }, (_, s) => ({
        docId: `d${i}`,
        sentence: s,
        sum: ((s * 7919) % 2001) - 1000 || 1,
      })),
    );
    stats.stance = { t: { positive: 0, negative: 0, evidence: 0, sentences, top: [] } };
    expect(bootstrapInterval(stats, 't', { replicates: 100 })).toEqual(referenceInterval(stats, 't', 100));
  });
});
