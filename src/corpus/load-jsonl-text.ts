import { buildCorpus } from './build-corpus.js';
import type { LoadCorpusOptions } from './load-options.js';
import { readJsonl } from './read-jsonl.js';
import type { Corpus } from './types.js';

/**
 * Loads a corpus from JSONL content already in memory (standard input, a download…), exactly as a
 * `.jsonl` file would load; `name` stands for the file in messages (`<stdin>:3: invalid JSON…`).
 * A leading BOM is dropped.
 * @example
 * loadJsonlText('{"source":"S","text":"Titre\\n\\nCorps."}\n', '<stdin>').documents[0]?.origin; //=> '<stdin>:1'
 */
export function loadJsonlText(content: string, name: string, options: LoadCorpusOptions = {}): Corpus {
  const text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  const { drafts, skipped } = readJsonl(text, name, options);
  return buildCorpus(drafts, skipped, options.skipInvalid ?? false, name);
}
