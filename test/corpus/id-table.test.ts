import { describe, expect, it } from 'vitest';
import { idTable } from '../../src/corpus/id-table.js';

describe('idTable', () => {
  it('behaves as one Map over many ids, whatever map each lands in', () => {
    const table = idTable<number>();
    const reference = new Map<string, number>();
    for (let i = 0; i < 3000; i++) {
      const id = i % 3 === 0 ? `rt-${i}` : i % 3 === 1 ? `Élysée ${i}` : `${i}`.repeat(3);
      table.set(id, i);
      reference.set(id, i);
    }
    table.set('rt-0', -1);
    reference.set('rt-0', -1);
    for (const [id, value] of reference) {
      expect(table.has(id)).toBe(true);
      expect(table.get(id)).toBe(value);
    }
    expect(table.has('rt-1')).toBe(false);
    expect(table.get('')).toBeUndefined();
  });
});
