import { describe, expect, it } from 'vitest';
import { stanceScores } from '../../src/evaluate/stance-scores.js';
import type { StancePair } from '../../src/evaluate/types.js';

describe('stanceScores', () => {
  // Hand computation on six items (gold → predicted):
  //   1 favor→favor  2 favor→favor  3 favor→neutral  4 against→against  5 against→favor  6 neutral→favor
  // favor:   predicted 4 (1,2,5,6), correct 2, gold 3 → P = 1/2, R = 2/3, F1 = 2·(1/2)(2/3)/(7/6) = 4/7
  // against: predicted 1 (4),       correct 1, gold 2 → P = 1,   R = 1/2, F1 = 2/3
  // neutral: predicted 1 (3),       correct 0, gold 1 → P = 0,   R = 0,   F1 = 0
  // F_avg = (4/7 + 2/3) / 2 = 13/21 ≈ 0.6190; accuracy = 3/6.
  const toy: StancePair[] = [
    { gold: 'favor', predicted: 'favor' },
    { gold: 'favor', predicted: 'favor' },
    { gold: 'favor', predicted: 'neutral' },
    { gold: 'against', predicted: 'against' },
    { gold: 'against', predicted: 'favor' },
    { gold: 'neutral', predicted: 'favor' },
  ];

  it('computes SemEval-2016 F_avg and per-class scores on a hand-checked toy set', () => {
    const s = stanceScores(toy);
    expect(s.n).toBe(6);
    expect(s.fAvg).toBeCloseTo(13 / 21, 12);
    expect(s.f1.favor).toBeCloseTo(4 / 7, 12);
    expect(s.f1.against).toBeCloseTo(2 / 3, 12);
    expect(s.f1.neutral).toBe(0);
    expect(s.precision).toEqual({ favor: 0.5, against: 1, neutral: 0 });
    expect(s.recall.favor).toBeCloseTo(2 / 3, 12);
    expect(s.recall.against).toBe(0.5);
    expect(s.accuracy).toBe(0.5);
  });

  it('fills every cell of the confusion matrix, indexed gold then predicted', () => {
    expect(stanceScores(toy).confusion).toEqual({
      favor: { favor: 2, against: 0, neutral: 1 },
      against: { favor: 1, against: 1, neutral: 0 },
      neutral: { favor: 1, against: 0, neutral: 0 },
    });
  });

  it('ignores neutral F1 in F_avg: perfect neutral with no favor/against scores 0', () => {
    const s = stanceScores([
      { gold: 'neutral', predicted: 'neutral' },
      { gold: 'neutral', predicted: 'neutral' },
    ]);
    expect(s.f1.neutral).toBe(1);
    expect(s.fAvg).toBe(0);
    expect(s.accuracy).toBe(1);
  });

  it('returns zeros and a null Spearman for no pairs', () => {
    const s = stanceScores([]);
    expect(s).toMatchObject({ n: 0, fAvg: 0, accuracy: 0, spearman: null, spearmanN: 0 });
  });

  it('correlates gold strength with predicted score only on pairs that carry both', () => {
    const s = stanceScores([
      { gold: 'favor', predicted: 'favor', goldStrength: 2, predictedScore: 0.9 },
      { gold: 'favor', predicted: 'neutral', goldStrength: 1, predictedScore: 0.1 },
      { gold: 'neutral', predicted: 'neutral', goldStrength: 0, predictedScore: 0.2 },
      { gold: 'against', predicted: 'against', goldStrength: -2, predictedScore: -0.8 },
      { gold: 'against', predicted: 'against', predictedScore: -0.5 },
    ]);
    expect(s.spearmanN).toBe(4);
    // ranks gold 4,3,2,1 vs predicted 4,2,3,1: d² = 0+1+1+0 = 2, ρ = 1 − 6·2/(4·15) = 0.8
    expect(s.spearman).toBeCloseTo(0.8, 12);
  });

  it('gives a null Spearman when the gold strengths have no variance', () => {
    const s = stanceScores([
      { gold: 'favor', predicted: 'favor', goldStrength: 1, predictedScore: 0.9 },
      { gold: 'favor', predicted: 'favor', goldStrength: 1, predictedScore: 0.1 },
      { gold: 'favor', predicted: 'favor', goldStrength: 1, predictedScore: 0.5 },
    ]);
    expect(s.spearman).toBeNull();
    expect(s.spearmanN).toBe(3);
  });

  it('returns plain JSON', () => {
    const s = stanceScores(toy);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
