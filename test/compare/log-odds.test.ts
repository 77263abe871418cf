import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dirichletPrior } from '../../src/compare/dirichlet-prior.js';
import { logOddsRatio } from '../../src/compare/log-odds.js';

describe('logOddsRatio', () => {
  it('matches a hand-computed example to 1e-9', () => {
    // n = m = 15, α0 = 20. bandit: δ = ln(12.5/22.5) − ln(5.5/29.5), var = 1/12.5 + 1/5.5 (values from mpmath, 40 digits).
    const s = logOddsRatio(
      { bandit: 8, manifestant: 2, otsc: 5 },
      { bandit: 1, manifestant: 9, otsc: 5 },
      { bandit: 4.5, manifestant: 5.5, otsc: 10 },
    );
    expect(s.bandit!.delta).toBeCloseTo(1.09185550620523, 9);
    expect(s.bandit!.variance).toBeCloseTo(0.261818181818182, 9);
    expect(s.bandit!.z).toBeCloseTo(2.13385678073125, 9);
    expect(s.manifestant!.delta).toBeCloseTo(-0.953006747412427, 9);
    expect(s.manifestant!.z).toBeCloseTo(-2.11884539036251, 9);
    expect(s.otsc!.z).toBeCloseTo(0, 9);
    expect(Object.keys(s)).toEqual(['bandit', 'manifestant', 'otsc']);
  });

  it('scores near zero the terms every source uses at the same rate', () => {
    // Three sources of equal size using "otsc" and "kazakhstan" at the same rates; each differs in one term.
    const sources: Record<string, number>[] = [
      { otsc: 10, kazakhstan: 20, bandit: 5 },
      { otsc: 10, kazakhstan: 20, manifestant: 5 },
      { otsc: 10, kazakhstan: 20, occupant: 5 },
    ];
    const corpus: Record<string, number> = {};
    for (const s of sources) for (const [t, c] of Object.entries(s)) corpus[t] = (corpus[t] ?? 0) + c;
    const prior = dirichletPrior(corpus);
    for (let i = 0; i < sources.length; i++) {
      const rest: Record<string, number> = {};
      sources.forEach((s, j) => {
        if (j !== i) for (const [t, c] of Object.entries(s)) rest[t] = (rest[t] ?? 0) + c;
      });
      const scores = logOddsRatio(sources[i]!, rest, prior);
      expect(Math.abs(scores.otsc!.z)).toBeLessThan(0.05);
      expect(Math.abs(scores.kazakhstan!.z)).toBeLessThan(0.05);
      // …while the term only this source uses stands out.
      const own = Object.keys(sources[i]!).find((t) => t !== 'otsc' && t !== 'kazakhstan')!;
      expect(scores[own]!.z).toBeGreaterThan(1);
    }
  });

  it('ranks first, for a source, a term only that source uses', () => {
    const a = { bandit: 6, otsc: 12, kazakhstan: 20, almaty: 4 };
    const b = { otsc: 25, kazakhstan: 38, almaty: 9, manifestant: 7 };
    const corpus = { bandit: 6, otsc: 37, kazakhstan: 58, almaty: 13, manifestant: 7 };
    const scores = logOddsRatio(a, b, dirichletPrior(corpus));
    const ranked = Object.entries(scores).sort((x, y) => y[1].z - x[1].z);
    expect(ranked[0]![0]).toBe('bandit');
    expect(ranked[ranked.length - 1]![0]).toBe('manifestant');
  });

  it('flips every sign when the two groups are swapped (property)', () => {
    const counts = fc.dictionary(fc.constantFrom('a', 'b', 'c', 'd', 'e'), fc.integer({ min: 0, max: 50 }));
    fc.assert(
      fc.property(counts, counts, (a, b) => {
        const corpus: Record<string, number> = {};
        for (const r of [a, b]) for (const [t, c] of Object.entries(r)) corpus[t] = (corpus[t] ?? 0) + c;
        const prior = dirichletPrior(corpus);
        // A one-term vocabulary has no odds (n + α0 − y − α = 0): not a corpus.
        fc.pre(Object.keys(prior).length >= 2);
        const ab = logOddsRatio(a, b, prior);
        const ba = logOddsRatio(b, a, prior);
        expect(Object.keys(ab)).toEqual(Object.keys(ba));
        for (const t of Object.keys(ab)) {
          expect(ba[t]!.delta).toBeCloseTo(-ab[t]!.delta, 12);
          expect(ba[t]!.z).toBeCloseTo(-ab[t]!.z, 12);
          expect(ba[t]!.variance).toBeCloseTo(ab[t]!.variance, 12);
        }
      }),
    );
  });

  it('refuses a term without a positive prior', () => {
    expect(() => logOddsRatio({ a: 1 }, { b: 1 }, { a: 1 })).toThrow(
      expect.objectContaining({ code: 'E_USAGE' }),
    );
  });

  it('scores only the requested terms against given totals', () => {
    const full = logOddsRatio({ a: 3, b: 5 }, { a: 1, b: 9 }, { a: 2, b: 6 });
    const part = logOddsRatio({ a: 3 }, { a: 1 }, { a: 2, b: 6 }, { terms: ['a'], totalA: 8, totalB: 10 });
    expect(Object.keys(part)).toEqual(['a']);
    expect(part.a!.z).toBe(full.a!.z);
  });
});

describe('dirichletPrior', () => {
  it('scales the corpus counts to the prior size, or keeps them', () => {
    expect(dirichletPrior({ b: 1, a: 3, z: 0 }, 100)).toEqual({ a: 75, b: 25 });
    expect(dirichletPrior({ a: 3, b: 1 })).toEqual({ a: 3, b: 1 });
    const p = dirichletPrior({ a: 7, b: 13, c: 80 }, 1000);
    expect(Object.values(p).reduce((x, y) => x + y, 0)).toBeCloseTo(1000, 9);
  });
});
