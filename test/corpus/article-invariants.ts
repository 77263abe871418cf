import { expect } from 'vitest';
import type { Article } from '../../src/corpus/index.js';

/**
 * Asserts the offset laws of an Article: every removed region, the title and each body span slice to
 * their text; they are sorted, non-overlapping, and together cover every non-whitespace character
 * (a Markdown heading marker before the title excepted).
 */
export function expectConsistentArticle(a: Article): void {
  for (const r of a.removed) {
    expect(a.text.slice(r.start, r.end)).toBe(r.text);
    expect(r.text).not.toMatch(/[\r\n]/);
    expect(r.text.trim()).toBe(r.text);
    expect(r.text.length).toBeGreaterThan(0);
  }
  if (a.titleSpan) expect(a.text.slice(a.titleSpan.start, a.titleSpan.end)).toBe(a.title);
  const spans = [
    ...a.removed.map((r) => ({ start: r.start, end: r.end, what: `removed ${r.reason}` })),
    ...a.body.map((s) => ({ ...s, what: 'body' })),
    ...(a.titleSpan ? [{ ...a.titleSpan, what: 'title' }] : []),
  ].sort((x, y) => x.start - y.start);
  for (let i = 1; i < spans.length; i++) {
    expect(spans[i]!.start, `${spans[i - 1]!.what} overlaps ${spans[i]!.what}`).toBeGreaterThanOrEqual(
      spans[i - 1]!.end,
    );
  }
  for (const s of a.body) {
    expect(s.end).toBeGreaterThan(s.start);
    expect(a.text.slice(s.start, s.end).trim()).toBe(a.text.slice(s.start, s.end));
  }
  const covered = new Uint8Array(a.text.length);
  for (const s of spans) covered.fill(1, s.start, s.end);
  if (a.titleSpan) {
    // Lines end with \n, \r\n or a lone \r (the loader accepts all three).
    const before = a.titleSpan.start - 1;
    const lineStart = Math.max(a.text.lastIndexOf('\n', before), a.text.lastIndexOf('\r', before)) + 1;
    const prefix = a.text.slice(lineStart, a.titleSpan.start);
    if (/^\s*#{1,6}\s+$/.test(prefix)) covered.fill(1, lineStart, a.titleSpan.start);
  }
  for (let i = 0; i < a.text.length; i++) {
    if (!covered[i] && a.text[i]!.trim() !== '') {
      throw new Error(`character ${i} (${JSON.stringify(a.text.slice(i, i + 20))}) is in no span of ${a.id}`);
    }
  }
}
