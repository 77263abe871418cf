import type { DocumentAnalysis } from '../../analysis/types.js';
import { analyzeArticleLines, analyzeArticleStream, type SourceResult } from '../../compare/index.js';
import type { CorpusItem } from '../../corpus/stream-corpus-records.js';
import type { SkippedInput } from '../../corpus/types.js';
import { formatAnalysis, skippedLine } from '../format-analysis.js';
import type { CliIO } from '../io.js';
import { openOutput } from '../output-sink.js';
import { streamInputRecords } from '../stream-input.js';
import { resolveTopic } from './resolve-topic.js';

/**
 * The options of `media-framing analyze` the streaming path reads (see `AnalyzeCommandOptions`).
 * @example
 * const o: StreamAnalyzeOptions = { format: 'jsonl', topic: 'csto-kazakhstan-2022', force: false, lang: 'auto', skipInvalid: false, workers: 2 };
 */
export interface StreamAnalyzeOptions {
  format: 'json' | 'jsonl' | 'csv' | 'table';
  topic: string;
  out?: string;
  force: boolean;
  lang: 'auto' | 'fr' | 'en';
  skipInvalid: boolean;
  table?: string;
  workers?: number;
}

/**
 * True when `media-framing analyze` streams: with `--workers`, or with `--format jsonl` on a `.jsonl`
 * file or standard input (then memory stays bounded whatever the input's size).
 * @example
 * streamsAnalysis('big.jsonl', { format: 'jsonl' }); //=> true
 * streamsAnalysis('articles/', { format: 'json' }); //=> false
 */
export function streamsAnalysis(
  input: string | undefined,
  opts: Pick<StreamAnalyzeOptions, 'format' | 'workers'>,
): boolean {
  if (opts.workers !== undefined) return true;
  return (
    opts.format === 'jsonl' &&
    input !== undefined &&
    (input === '-' || input.toLowerCase().endsWith('.jsonl'))
  );
}

/**
 * `media-framing analyze` on the streaming path (`analyzeStream`, with `--workers N` worker threads):
 * with `--format jsonl` each document's line is written as soon as it is analysed, then a line per
 * source and the comparison; other formats are written at the end. The output is byte-identical to
 * the one-pass path's. Skipped inputs are reported on stderr at the end.
 * @example
 * await runAnalyzeStream('big.jsonl', { format: 'jsonl', workers: 2, topic: 'csto-kazakhstan-2022', force: false, lang: 'auto', skipInvalid: false }, io);
 */
export async function runAnalyzeStream(
  input: string | undefined,
  opts: StreamAnalyzeOptions,
  io: CliIO,
): Promise<void> {
  const topic = resolveTopic(opts.topic, io.cwd);
  const sink = openOutput(opts.out, io, opts.force);
  try {
    const items = streamInputRecords(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
    const options = { topic, workers: opts.workers ?? 0 };
    if (opts.format === 'jsonl') {
      io.boundHeap?.();
      let skipped: SkippedInput[] = [];
      const report = (list: SkippedInput[]) => {
        skipped = list;
      };
      for await (const line of analyzeArticleLines(tapSkipped(items, report), options)) sink.write(line);
      for (const s of skipped) io.stderr(skippedLine(s));
    } else {
      const documents: DocumentAnalysis[] = [];
      const sources: SourceResult[] = [];
      for await (const event of analyzeArticleStream(items, options)) {
        if (event.type === 'document') documents.push(event.document);
        else if (event.type === 'source') sources.push(event.source);
        else {
          for (const s of event.skipped) io.stderr(skippedLine(s));
          const analysis = { documents, sources, comparison: event.comparison, skipped: event.skipped };
          sink.write(formatAnalysis(analysis, opts));
        }
      }
    }
    sink.finish();
  } catch (error) {
    sink.abandon();
    throw error;
  }
}

/** Passes the items through, handing the final list of skipped inputs to `report`. */
async function* tapSkipped(
  items: AsyncIterable<CorpusItem>,
  report: (skipped: SkippedInput[]) => void,
): AsyncGenerator<CorpusItem> {
  for await (const item of items) {
    if ('skipped' in item) report(item.skipped);
    yield item;
  }
}
