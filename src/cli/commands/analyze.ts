import { analyzeCorpus } from '../../compare/index.js';
import { formatAnalysis, skippedLine } from '../format-analysis.js';
import { type CliIO, writeOutput } from '../io.js';
import { readInput } from '../read-input.js';
import { runAnalyzeStream, streamsAnalysis } from './analyze-stream.js';
import { resolveTopic } from './resolve-topic.js';

/** The options of `media-framing analyze`, as commander parses them. */
export interface AnalyzeCommandOptions {
  format: 'json' | 'jsonl' | 'csv' | 'table';
  topic: string;
  out?: string;
  force: boolean;
  lang: 'auto' | 'fr' | 'en';
  skipInvalid: boolean;
  table?: string;
  /** Worker threads (`--workers N`): analyse on N cores; the output is byte-identical. */
  workers?: number;
}

/** The tidy tables `--format csv` can write. */
export const CSV_TABLES = [
  'document-targets',
  'source-metrics',
  'evidence',
  'naming',
  'distinctive',
] as const;

/**
 * `media-framing analyze`: reads the input, analyses it and writes JSON (one object
 * `{ documents, sources, comparison, skipped }`), JSONL (a line per document, per source, then the
 * comparison), CSV (one tidy table) or a terminal table. What was skipped is reported on stderr.
 * With `--workers N`, or `--format jsonl` on a `.jsonl` file or standard input, it streams
 * (`runAnalyzeStream`): same bytes out, bounded memory.
 * @example
 * await runAnalyze('corpus.jsonl', { format: 'json', topic: 'csto-kazakhstan-2022', force: false, lang: 'auto', skipInvalid: false }, io);
 */
export async function runAnalyze(
  input: string | undefined,
  opts: AnalyzeCommandOptions,
  io: CliIO,
): Promise<void> {
  if (streamsAnalysis(input, opts)) return runAnalyzeStream(input, opts, io);
  const topic = resolveTopic(opts.topic, io.cwd);
  const corpus = await readInput(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
  for (const s of corpus.skipped) io.stderr(skippedLine(s));
  const analysis = analyzeCorpus(corpus, { topic });
  const content = formatAnalysis(analysis, opts);
  if (opts.out) writeOutput(opts.out, content, { cwd: io.cwd, force: opts.force });
  else io.stdout(content);
}
