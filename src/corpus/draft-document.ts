import type { ErrorPlace } from '../core/errors.js';
import type { DocumentInput, SourceFrom } from './types.js';

/**
 * A document read but not yet parsed: its input, its id if known (given, or a file's stem), where
 * it came from, and where its source came from.
 * @example
 * const d: DraftDocument = { input: { source: 'S', text: 'T' }, place: { file: 'a.jsonl', line: 2 },
 *   origin: 'a.jsonl:2', sourceFrom: 'record' };
 */
export interface DraftDocument {
  input: DocumentInput;
  id?: string;
  place: ErrorPlace;
  origin: string;
  sourceFrom: SourceFrom;
}
