import type { DocumentAnalysis } from '../analysis/types.js';
import type { SkippedInput } from '../corpus/types.js';
import type { Comparison } from './compare-sources.js';
import type { SourceResult } from './source-result.js';

/**
 * The JSONL line of a document (with its newline): `{"type":"document", …the analysis}`. The JSONL
 * form of an analysis is a line per document, then a line per source, then the comparison line.
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
