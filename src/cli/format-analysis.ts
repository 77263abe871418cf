import type { DocumentAnalysis } from '../analysis/types.js';
import { type Comparison, type CorpusAnalysis, type SourceResult, toCSV, toRows } from '../compare/index.js';
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
 * JSONL (see {@link documentLine}, {@link sourceLine}, {@link comparisonLine}), one CSV table, or the
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
 * The JSONL line of a document (with its newline): `{"type":"document", …the analysis}`.
 * @example
 * documentLine(doc).startsWith('{"type":"document","id":'); //=> true
 */
export function documentLine(document: DocumentAnalysis): string {
  return `${JSON.stringify({ type: 'document', ...document })}\n`;
}

/**
 * The JSONL line of a source's results (with its newline): `{"type":"source", …}`.
 * @example
 * sourceLine(source).startsWith('{"type":"source","source":'); //=> true
 */
export function sourceLine(source: SourceResult): string {
  return `${JSON.stringify({ type: 'source', ...source })}\n`;
}

/**
 * The last JSONL line (with its newline): the comparison and what was skipped.
 * @example
 * comparisonLine(comparison, []).endsWith(',"skipped":[]}\n'); //=> true
 */
export function comparisonLine(comparison: Comparison, skipped: readonly SkippedInput[]): string {
  return `${JSON.stringify({ type: 'comparison', ...comparison, skipped })}\n`;
}

/**
 * The stderr line reporting a skipped input (with its newline).
 * @example
 * skippedLine({ file: 'c.jsonl', line: 3, reason: 'invalid-json', message: 'c.jsonl:3: invalid JSON' });
 * //=> 'media-framing: skipped c.jsonl:3: c.jsonl:3: invalid JSON\n'
 */
export function skippedLine(s: SkippedInput): string {
  return `media-framing: skipped ${s.file}${s.line !== undefined ? `:${s.line}` : ''}: ${s.message}\n`;
}
