import { type CorpusAnalysis, analyzeCorpus, toCSV, toRows } from '../../compare/index.js';
import { renderTerminal } from '../../report/render-terminal.js';
import { type CliIO, writeOutput } from '../io.js';
import { readInput } from '../read-input.js';
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
}

/** The tidy tables `--format csv` can write. */
export const CSV_TABLES = ['document-targets', 'source-metrics', 'evidence', 'naming', 'distinctive'] as const;

/**
 * `media-framing analyze`: reads the input, analyses it and writes JSON (one object
 * `{ documents, sources, comparison, skipped }`), JSONL (a line per document, per source, then the
 * comparison), CSV (one tidy table) or a terminal table. What was skipped is reported on stderr.
 * @example
 * await runAnalyze('corpus.jsonl', { format: 'json', topic: 'csto-kazakhstan-2022', force: false, lang: 'auto', skipInvalid: false }, io);
 */
export async function runAnalyze(input: string | undefined, opts: AnalyzeCommandOptions, io: CliIO): Promise<void> {
  const topic = resolveTopic(opts.topic, io.cwd);
  const corpus = await readInput(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
  for (const s of corpus.skipped) {
    io.stderr(`media-framing: skipped ${s.file}${s.line !== undefined ? `:${s.line}` : ''}: ${s.message}\n`);
  }
  const analysis = analyzeCorpus(corpus, { topic });
  const content = format(analysis, opts);
  if (opts.out) writeOutput(opts.out, content, { cwd: io.cwd, force: opts.force });
  else io.stdout(content);
}

function format(analysis: CorpusAnalysis, opts: AnalyzeCommandOptions): string {
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl': {
      const lines = [
        ...analysis.documents.map((d) => JSON.stringify({ type: 'document', ...d })),
        ...analysis.sources.map((s) => JSON.stringify({ type: 'source', ...s })),
        JSON.stringify({ type: 'comparison', ...analysis.comparison, skipped: analysis.skipped }),
      ];
      return `${lines.join('\n')}\n`;
    }
    case 'csv': {
      const rows = toRows(analysis);
      switch (opts.table ?? 'document-targets') {
        case 'source-metrics':
          return toCSV(rows.sourceMetrics);
        case 'evidence':
          return toCSV(rows.evidence);
        case 'naming':
          return toCSV(rows.naming);
        case 'distinctive':
          return toCSV(rows.distinctive);
        default:
          return toCSV(rows.documentTargets);
      }
    }
    case 'table':
      return renderTerminal(analysis);
  }
}
