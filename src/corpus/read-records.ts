import { CorpusError } from '../core/errors.js';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import { isSkippable, skippedFromError } from './skipped-from-error.js';
import type { DocumentInput, SkippedInput } from './types.js';
import { validateRecord } from './validate-record.js';

/**
 * Reads in-memory records (an array or any iterable), checked like JSONL lines (`validateRecord`).
 * Errors and skips name `record N`, N counting from 1.
 * @example
 * readRecords([{ source: 'S', text: 'T' }], {}).drafts[0]?.origin; //=> 'record 1'
 */
export function readRecords(
  records: Iterable<DocumentInput>,
  options: LoadCorpusOptions,
): { drafts: DraftDocument[]; skipped: SkippedInput[] } {
  const drafts: DraftDocument[] = [];
  const skipped: SkippedInput[] = [];
  let n = 0;
  for (const value of records as Iterable<unknown>) {
    n++;
    const place = { file: `record ${n}` };
    try {
      const input = validateRecord(value, place, options.defaultSource);
      const source = (value as { source?: unknown }).source;
      const given = typeof source === 'string' && source.trim() !== '';
      const draft: DraftDocument = {
        input,
        place,
        origin: place.file,
        sourceFrom: given ? 'record' : 'default-source',
      };
      if (input.id !== undefined) draft.id = input.id;
      drafts.push(draft);
    } catch (error) {
      if (options.skipInvalid && error instanceof CorpusError && isSkippable(error))
        skipped.push(skippedFromError(error));
      else throw error;
    }
  }
  return { drafts, skipped };
}
