/**
 * The benchmark corpus at k× size.
 * @module
 */
import type { DocumentInput } from '../src/corpus/types.js';

/**
 * `k` copies of each document, each with its own id; copy `j` keeps the first line (the title) and
 * rotates the other lines by `j`, so that copies are different texts with the same vocabulary.
 * @example
 * scaledCorpus([{ id: 'a', source: 'S', text: 'T\nx\ny' }], 2).map((d) => d.text); //=> ['T\nx\ny', 'T\ny\nx']
 */
export function scaledCorpus(base: readonly DocumentInput[], k: number): DocumentInput[] {
  const out: DocumentInput[] = [];
  for (let j = 0; j < k; j++) {
    for (const d of base) {
      const [title = '', ...rest] = d.text.split('\n');
      const shift = rest.length > 0 ? j % rest.length : 0;
      const body = [...rest.slice(shift), ...rest.slice(0, shift)];
      out.push({ ...d, id: `${d.id ?? d.source}#${j}`, text: [title, ...body].join('\n') });
    }
  }
  return out;
}
