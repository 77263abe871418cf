import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.js';
import { layoutHighlights } from '../../src/report/layout-highlights.js';

type Item = ReturnType<typeof layoutHighlights<Span>>['items'][number];

function covered(items: readonly Item[]): [number, number][] {
  return items.map((i) => [i.start, i.end]);
}

describe('layoutHighlights', () => {
  it('merges overlapping and nested findings into one highlight that lists them all', () => {
    const a = { start: 4, end: 22 };
    const b = { start: 10, end: 14 };
    const c = { start: 20, end: 25 };
    const { items } = layoutHighlights(30, [c, a, b]);
    expect(covered(items)).toEqual([
      [0, 4],
      [4, 25],
      [25, 30],
    ]);
    const mark = items[1]!;
    expect(mark.kind).toBe('mark');
    if (mark.kind === 'mark') expect(mark.findings).toEqual([a, b, c]);
  });

  it('keeps touching findings apart', () => {
    const { items } = layoutHighlights(10, [
      { start: 0, end: 4 },
      { start: 4, end: 8 },
    ]);
    expect(items.map((i) => i.kind)).toEqual(['mark', 'mark', 'text']);
    expect(covered(items)).toEqual([
      [0, 4],
      [4, 8],
      [8, 10],
    ]);
  });

  it('cuts quotation and removed shades at highlight boundaries, inside and outside', () => {
    const { items } = layoutHighlights(20, [{ start: 5, end: 10 }], {
      quoted: [{ start: 8, end: 15 }],
      removed: [{ start: 17, end: 20, reason: 'byline' }],
    });
    expect(items).toEqual([
      { kind: 'text', start: 0, end: 5, quoted: false, removed: null },
      {
        kind: 'mark',
        start: 5,
        end: 10,
        findings: [{ start: 5, end: 10 }],
        runs: [
          { start: 5, end: 8, quoted: false, removed: null },
          { start: 8, end: 10, quoted: true, removed: null },
        ],
      },
      { kind: 'text', start: 10, end: 15, quoted: true, removed: null },
      { kind: 'text', start: 15, end: 17, quoted: false, removed: null },
      { kind: 'text', start: 17, end: 20, quoted: false, removed: 'byline' },
    ]);
  });

  it('drops empty, reversed, fractional and out-of-range spans instead of breaking the page', () => {
    const { items } = layoutHighlights(10, [
      { start: 3, end: 3 },
      { start: 6, end: 2 },
      { start: -1, end: 4 },
      { start: 8, end: 12 },
      { start: 1.5, end: 4 },
      { start: Number.NaN, end: 4 },
    ]);
    expect(items).toEqual([{ kind: 'text', start: 0, end: 10, quoted: false, removed: null }]);
  });

  it('clips shades that overrun the text', () => {
    const { items } = layoutHighlights(5, [], { quoted: [{ start: 3, end: 50 }] });
    expect(covered(items)).toEqual([
      [0, 3],
      [3, 5],
    ]);
  });

  it('property: items tile [0, length) in order, highlights hold their findings, runs tile each highlight', () => {
    const span = (max: number) =>
      fc
        .tuple(fc.integer({ min: -2, max: max + 2 }), fc.integer({ min: -2, max: max + 2 }))
        .map(([a, b]) => ({
          start: Math.min(a, b),
          end: Math.max(a, b),
        }));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 60 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            findings: fc.array(span(n), { maxLength: 12 }),
            quoted: fc.array(span(n), { maxLength: 4 }),
          }),
        ),
        ({ n, findings, quoted }) => {
          const { items } = layoutHighlights(n, findings, { quoted });
          let at = 0;
          for (const item of items) {
            expect(item.start).toBe(at);
            expect(item.end).toBeGreaterThan(item.start);
            if (item.kind === 'mark') {
              let r = item.start;
              for (const run of item.runs) {
                expect(run.start).toBe(r);
                r = run.end;
              }
              expect(r).toBe(item.end);
              for (const f of item.findings) {
                expect(f.start).toBeGreaterThanOrEqual(item.start);
                expect(f.end).toBeLessThanOrEqual(item.end);
              }
            }
            at = item.end;
          }
          expect(at).toBe(n);
          const valid = findings.filter((f) => f.start >= 0 && f.end <= n && f.end > f.start);
          const placed = items.flatMap((i) => (i.kind === 'mark' ? i.findings : []));
          expect(placed.length).toBe(valid.length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
