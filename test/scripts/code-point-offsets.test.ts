import { describe, expect, it } from 'vitest';
import { codePointToUtf16 } from '../../scripts/eval/code-point-offsets.js';

describe('codePointToUtf16', () => {
  it('is the identity on BMP-only text, including CRLF and accents', () => {
    const text = 'Été\r\nhiver';
    const f = codePointToUtf16(text);
    expect([0, 3, 5, text.length].map(f)).toEqual([0, 3, 5, text.length]);
    expect(f(text.length + 1)).toBe(-1);
    expect(f(-1)).toBe(-1);
  });

  it('shifts offsets after astral characters so that slices match the code-point fragment', () => {
    const text = 'Go 🚀 now, 😀 fine';
    const points = Array.from(text);
    const f = codePointToUtf16(text);
    // 'fine' comes after two emoji, so its UTF-16 index is two more than its code-point index
    const [cs, ce] = [points.indexOf('f'), points.length];
    expect(text.slice(f(cs), f(ce))).toBe(points.slice(cs, ce).join(''));
    expect(f(cs) - cs).toBe(2);
    expect(f(points.length)).toBe(text.length);
    expect(f(points.length + 1)).toBe(-1);
  });
});
