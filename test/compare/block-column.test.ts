import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberColumn, valueColumn } from '../../src/compare/block-column.js';

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
});
