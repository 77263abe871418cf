import { describe, expect, it } from 'vitest';
import { frameScores } from '../../src/evaluate/frame-scores.js';

describe('frameScores', () => {
  // doc 1: predicted {economic, political}, gold {economic}
  // doc 2: predicted {economic},            gold {economic, morality}
  // doc 3: predicted {},                    gold {morality}
  // economic: tp 2, predicted 2, gold 2 → P 1, R 1, F1 1
  // political: tp 0, predicted 1, gold 0 → 0, 0, 0
  // morality: tp 0, predicted 0, gold 2 → 0, 0, 0
  // micro: tp 2, predicted 3, gold 4 → P 2/3, R 1/2, F1 = 2·(2/3)(1/2)/(7/6) = 4/7
  // macro F1 = (1 + 0 + 0) / 3 = 1/3: micro and macro differ.
  const predicted = [['economic', 'political'], ['economic'], []];
  const gold = [['economic'], ['economic', 'morality'], ['morality']];
  const labels = ['economic', 'political', 'morality'];

  it('computes micro and macro F1 that differ as computed by hand', () => {
    const s = frameScores(predicted, gold, labels);
    expect(s.n).toBe(3);
    expect(s.micro.precision).toBeCloseTo(2 / 3, 12);
    expect(s.micro.recall).toBe(0.5);
    expect(s.micro.f1).toBeCloseTo(4 / 7, 12);
    expect(s.macro.f1).toBeCloseTo(1 / 3, 12);
    expect(s.macro.precision).toBeCloseTo(1 / 3, 12);
    expect(s.perLabel.economic).toEqual({
      precision: 1,
      recall: 1,
      f1: 1,
      truePositive: 2,
      predicted: 2,
      gold: 2,
    });
    expect(s.perLabel.morality).toMatchObject({ recall: 0, gold: 2 });
  });

  it('counts labels outside the scored set in ignored, not in the scores', () => {
    const s = frameScores([['economic', 'health']], [['economic', 'health', 'health']], ['economic']);
    expect(s.micro).toEqual({ precision: 1, recall: 1, f1: 1 });
    expect(s.ignored).toEqual({ predicted: { health: 1 }, gold: { health: 1 } });
  });

  it('counts a label repeated within one document once', () => {
    const s = frameScores([['economic', 'economic']], [['economic']], ['economic']);
    expect(s.perLabel.economic).toMatchObject({ predicted: 1, truePositive: 1 });
  });

  it('throws E_USAGE on lists of different lengths', () => {
    expect(() => frameScores([[]], [], ['economic'])).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
  });
});
