import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { averageRanks, spearman } from '../../src/evaluate/spearman.js';

describe('averageRanks', () => {
  it('gives tied values the mean of the ranks they span', () => {
    expect(averageRanks([10, 30, 20, 30])).toEqual([1, 3.5, 2, 3.5]);
    expect(averageRanks([5, 5, 5])).toEqual([2, 2, 2]);
    expect(averageRanks([])).toEqual([]);
  });
});

describe('spearman', () => {
  it('matches the textbook value without ties (IQ vs hours of TV: ρ = −29/165)', () => {
    const iq = [106, 100, 86, 101, 99, 103, 97, 113, 112, 110];
    const tv = [7, 27, 2, 50, 28, 29, 20, 12, 6, 17];
    expect(spearman(iq, tv)).toBeCloseTo(-29 / 165, 12);
  });

  it('matches scipy.stats.spearmanr with ties ([1..5] vs [5,6,7,8,7] → 0.8207826816681233)', () => {
    expect(spearman([1, 2, 3, 4, 5], [5, 6, 7, 8, 7])).toBeCloseTo(0.8207826816681233, 12);
  });

  it('is 1 and −1 for monotone relations, whatever the scale', () => {
    expect(spearman([1, 2, 3, 4], [1, 10, 100, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [0, -1, -8, -9])).toBeCloseTo(-1, 12);
  });

  it('is null below 3 pairs, for unequal lengths, and without variance', () => {
    expect(spearman([1, 2], [2, 1])).toBeNull();
    expect(spearman([1, 2, 3], [1, 2])).toBeNull();
    expect(spearman([1, 2, 3], [4, 4, 4])).toBeNull();
    expect(spearman([1, 2, 3], [1, 2, 3])).toBe(1);
  });

  it('stays within [−1, 1] and is symmetric', () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -3, max: 3 })), {
      minLength: 3,
      maxLength: 12,
    });
    fc.assert(
      fc.property(pairs, (ps) => {
        const xs = ps.map((p) => p[0]);
        const ys = ps.map((p) => p[1]);
        const r = spearman(xs, ys);
        if (r === null) return spearman(ys, xs) === null;
        return r >= -1 - 1e-12 && r <= 1 + 1e-12 && Math.abs(r - spearman(ys, xs)!) < 1e-12;
      }),
    );
  });
});
