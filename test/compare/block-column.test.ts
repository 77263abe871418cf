import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codeColumn, numberColumn, valueColumn } from '../../src/compare/block-column.js';

describe('numberColumn and valueColumn', () => {
  it('read back what a plain array holds, across block boundaries', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: -1e9, max: 1e9 }), fc.constant('pad' as const)), {
          maxLength: 40,
        }),
        fc.integer({ min: 1, max: 3000 }),
        (ops, step) => {
          const column = numberColumn();
          const values = valueColumn<string>();
          const expected: number[] = [];
          for (const op of ops) {
            if (op === 'pad') {
              const n = expected.length + step;
              column.padTo(n);
              while (expected.length < n) expected.push(0);
            } else {
              column.push(op);
              expected.push(op);
              values.push(String(op));
              if (expected.length > 1) {
                column.add(expected.length - 2, 7);
                expected[expected.length - 2]! += 7;
              }
            }
          }
          expect(Array.from({ length: column.length }, (_, i) => column.get(i))).toEqual(expected);
          const pushed = ops.filter((op) => op !== 'pad').map(String);
          expect(Array.from({ length: values.length }, (_, i) => values.get(i))).toEqual(pushed);
        },
      ),
      { numRuns: 30, seed: 20261123 },
    );
  });

  it('never shrinks when padded to a shorter length', () => {
    const column = numberColumn();
    for (let i = 0; i < 5000; i++) column.push(i);
    column.padTo(10);
    expect(column.length).toBe(5000);
    expect(column.get(4999)).toBe(4999);
    expect(column.get(4096)).toBe(4096);
  });

  it('reads back numbers that do not fit 32 bits exactly, and sums past 2^31', () => {
    const odd = [0.5, -1e-9, 2 ** 31, -(2 ** 31), 2 ** 53 - 1, -0, Number.NaN, 1e300, 2 ** 31 - 1];
    const column = numberColumn();
    for (const v of odd) column.push(v);
    expect(Array.from({ length: odd.length }, (_, i) => column.get(i))).toEqual(odd);
    expect(Object.is(column.get(5), -0)).toBe(true);
    column.add(8, 1); // 2^31 - 1 + 1: past the 32-bit range
    column.add(3, 2 ** 31); // -2^31 + 2^31: back to a plain 0
    column.add(0, 0.5); // 0.5 + 0.5: back to an integer
    expect([column.get(8), column.get(3), column.get(0)]).toEqual([2 ** 31, 0, 1]);
    const sums = numberColumn();
    sums.padTo(3);
    for (let i = 0; i < 3000; i++) sums.add(1, 1_500_000);
    expect(sums.get(1)).toBe(4_500_000_000);
    expect([sums.get(0), sums.get(2)]).toEqual([0, 0]);
  });
});

describe('codeColumn', () => {
  it('reads back the values pushed, across block boundaries', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('fr', 'en', 'de', 'ru'), { maxLength: 9000 }), (langs) => {
        const column = codeColumn<string>();
        for (const l of langs) column.push(l);
        expect(column.length).toBe(langs.length);
        expect(Array.from({ length: column.length }, (_, i) => column.get(i))).toEqual(langs);
      }),
      { numRuns: 15, seed: 20261123 },
    );
  });

  it('throws a RangeError on a 257th distinct value', () => {
    const column = codeColumn<number>();
    for (let i = 0; i < 256; i++) column.push(i);
    expect(column.get(255)).toBe(255);
    expect(() => column.push(256)).toThrow(RangeError);
    column.push(7); // a value already seen still fits
    expect(column.get(256)).toBe(7);
  });
});
