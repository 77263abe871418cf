/**
 * Generated JSONL for the scale benchmarks: an endless, deterministic stream of news-like records built
 * from the articles written for the benchmark (`benchArticles`), never stored on disk.
 * @module
 */
import type { DocumentInput } from '../src/corpus/types.js';
import { benchArticles } from './bench-articles.js';

/**
 * Record `k` of the generated corpus: the title of benchmark article `k mod n`, then the paragraphs of
 * that article and the next one, rotated by `⌊k / n⌋` (so records differ but share a vocabulary), with
 * the first article's source and language and the id `gen-k` (about 3.3 KB of text per record).
 * @example
 * generatedRecord(0).id; //=> 'gen-0'
 */
export function generatedRecord(k: number): DocumentInput {
  const base = articles();
  const a = base[k % base.length]!;
  const b = base[(k + 1) % base.length]!;
  const [title = '', ...restA] = a.text.split('\n');
  const [, ...restB] = b.text.split('\n');
  const paragraphs = [...restA, ...restB].filter((p) => p.trim() !== '');
  const shift = Math.floor(k / base.length) % Math.max(paragraphs.length, 1);
  const body = [...paragraphs.slice(shift), ...paragraphs.slice(0, shift)];
  return {
    id: `gen-${k}`,
    source: a.source,
    ...(a.lang !== undefined ? { lang: a.lang } : {}),
    text: `${title}\n\n${body.join('\n\n')}`,
  };
}

/**
 * JSONL lines of the generated corpus until `bytes` bytes (UTF-8) have been produced.
 * @example
 * for (const line of generatedJsonl(1e6)) out.write(line);
 */
export function* generatedJsonl(bytes: number): Generator<string> {
  let written = 0;
  for (let k = 0; written < bytes; k++) {
    const line = `${JSON.stringify(generatedRecord(k))}\n`;
    written += Buffer.byteLength(line);
    yield line;
  }
}

let cache: DocumentInput[] | undefined;
function articles(): DocumentInput[] {
  cache ??= benchArticles();
  return cache;
}
