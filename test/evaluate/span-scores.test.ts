import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FramingError } from '../../src/core/errors.js';
import { spanScores } from '../../src/evaluate/span-scores.js';
import { spansOverlap } from '../../src/evaluate/spans-overlap.js';

describe('spansOverlap', () => {
  it('needs one shared character: touching half-open spans do not overlap', () => {
    expect(spansOverlap({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(spansOverlap({ start: 5, end: 9 }, { start: 0, end: 5 })).toBe(false);
    expect(spansOverlap({ start: 0, end: 5 }, { start: 4, end: 9 })).toBe(true);
    expect(spansOverlap({ start: 2, end: 3 }, { start: 0, end: 9 })).toBe(true);
  });

  it('never lets an empty span overlap', () => {
    expect(spansOverlap({ start: 3, end: 3 }, { start: 0, end: 9 })).toBe(false);
  });
});

describe('spanScores', () => {
  // text of document 0: 'Ces voyous ont saccagé la ville, dit le maire.'
  // gold: 'voyous' [4,10), 'saccagé la ville' [15,31)
  const gold = [
    [
      { start: 4, end: 10 },
      { start: 15, end: 31 },
    ],
    [{ start: 0, end: 6 }],
  ];

  it('counts a cue correct on overlap and a gold span hit once however many cues touch it', () => {
    const s = spanScores(
      [
        [
          { start: 4, end: 10, category: 'delegitimising' }, // exact
          { start: 15, end: 22, category: 'dramatising' }, // inside 'saccagé la ville'
          { start: 26, end: 31, category: 'dramatising' }, // same gold span again
          { start: 31, end: 35, category: 'dramatising' }, // touches the end: wrong
          { start: 40, end: 45 }, // no category
        ],
        [],
      ],
      gold,
    );
    expect(s).toEqual({
      predicted: 5,
      correct: 3,
      gold: 3,
      goldHit: 2,
      precision: 3 / 5,
      recall: 2 / 3,
      f1: (2 * (3 / 5) * (2 / 3)) / (3 / 5 + 2 / 3),
      falsePositivesByCategory: { dramatising: 1, uncategorised: 1 },
    });
  });

  it('does not match a cue against the gold spans of another document', () => {
    const s = spanScores([[], [{ start: 20, end: 24 }]], gold); // [20,24) lies in a gold span of doc 0 only
    expect(s.correct).toBe(0);
    expect(s.goldHit).toBe(0);
  });

  it('scores 0 (not NaN) when there is no cue and no gold span', () => {
    expect(spanScores([[]], [[]])).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });

  it('throws E_USAGE when the document lists differ in length', () => {
    expect(() => spanScores([[]], gold)).toThrowError(FramingError);
    try {
      spanScores([[]], gold);
    } catch (e) {
      expect((e as FramingError).code).toBe('E_USAGE');
    }
  });

  it('keeps counts consistent on random spans', () => {
    const span = fc
      .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 8 }))
      .map(([s, l]) => ({ start: s, end: s + l }));
    fc.assert(
      fc.property(fc.array(span, { maxLength: 8 }), fc.array(span, { maxLength: 8 }), (p, g) => {
        const s = spanScores([p], [g]);
        return (
          s.correct <= s.predicted &&
          s.goldHit <= s.gold &&
          s.precision >= 0 &&
          s.precision <= 1 &&
          s.recall >= 0 &&
          s.recall <= 1 &&
          Object.values(s.falsePositivesByCategory).reduce((a, b) => a + b, 0) === s.predicted - s.correct
        );
      }),
    );
  });
});
