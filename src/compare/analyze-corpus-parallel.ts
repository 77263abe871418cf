import type { DocumentAnalysis } from '../analysis/types.js';
import { loadCorpus } from '../corpus/load-corpus.js';
import type { ArticleItem } from '../corpus/stream-articles.js';
import type { Corpus, DocumentInput } from '../corpus/types.js';
import type { CorpusAnalysis } from './analyze-corpus.js';
import { type AnalyzeStreamOptions, analyzeArticleStream } from './analyze-stream.js';
import type { SourceResult } from './source-result.js';

/**
 * `analyzeCorpus` on several cores: the documents are analysed in `workers` worker threads
 * (tinypool), in batches, and their statistics merged exactly, so the result is byte-identical (as
 * JSON) to `analyzeCorpus(corpus, options)`. With `workers: 0` it runs in this thread.
 * @example
 * const a = await analyzeCorpusParallel(loadCorpus('big.jsonl'), { workers: 4 });
 * JSON.stringify(a) === JSON.stringify(analyzeCorpus(loadCorpus('big.jsonl'))); //=> true
 */
export async function analyzeCorpusParallel(
  corpus: Corpus | readonly DocumentInput[],
  options: AnalyzeStreamOptions = {},
): Promise<CorpusAnalysis> {
  const loaded = Array.isArray(corpus) ? loadCorpus(corpus as readonly DocumentInput[]) : (corpus as Corpus);
  const items: ArticleItem[] = [
    ...loaded.documents.map((article) => ({ article })),
    { skipped: loaded.skipped },
  ];
  const documents: DocumentAnalysis[] = [];
  const sources: SourceResult[] = [];
  for await (const event of analyzeArticleStream(items, options)) {
    if (event.type === 'document') documents.push(event.document);
    else if (event.type === 'source') sources.push(event.source);
    else return { documents, sources, comparison: event.comparison, skipped: event.skipped };
  }
  throw new Error('unreachable: the stream ends with its comparison');
}
