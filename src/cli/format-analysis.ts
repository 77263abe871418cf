import { type CorpusAnalysis, toCSV, toRows } from '../compare/index.js';
import { comparisonLine, documentLine, sourceLine } from '../compare/jsonl-lines.js';
import type { SkippedInput } from '../corpus/types.js';
import { renderTerminal } from '../report/render-terminal.js';

/**
 * How `analyze` (and `queue collect`) write an analysis.
 * @example
 * const f: AnalysisFormat = { format: 'csv', table: 'evidence' };
 */
export interface AnalysisFormat {
  format: 'json' | 'jsonl' | 'csv' | 'table';
  /** With `csv`: which tidy table. @default 'document-targets' */
  table?: string;
}

/**
 * The whole output of `media-framing analyze` for an analysis: JSON (one object, two-space indent),
 * JSONL (`documentLine`, `sourceLine`, `comparisonLine`), one CSV table, or the
 * terminal table. Every path that writes an analysis (one pass, workers, stream, queue) goes through
 * these functions, so their outputs are byte-identical.
 * @example
 * formatAnalysis(analyzeCorpus(corpus), { format: 'json' }).startsWith('{\n  "documents": ['); //=> true
 */
export function formatAnalysis(analysis: CorpusAnalysis, opts: AnalysisFormat): string {
  switch (opts.format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl':
      return [
        ...analysis.documents.map(documentLine),
        ...analysis.sources.map(sourceLine),
        comparisonLine(analysis.comparison, analysis.skipped),
      ].join('');
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

/**
 * The stderr line reporting a skipped input (with its newline).
 * @example
 * skippedLine({ file: 'c.jsonl', line: 3, reason: 'invalid-json', message: 'c.jsonl:3: invalid JSON' });
 * //=> 'media-framing: skipped c.jsonl:3: invalid JSON\n'
 */
export function skippedLine(s: SkippedInput): string {
  const place = `${s.file}${s.line !== undefined ? `:${s.line}` : ''}`;
  // Corpus errors already begin with their place: print it once.
  const message = s.message.startsWith(`${place}: `) ? s.message.slice(place.length + 2) : s.message;
  return `media-framing: skipped ${place}: ${message}\n`;
}
