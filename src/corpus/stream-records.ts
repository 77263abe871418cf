import { CorpusError } from '../core/errors.js';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import { isSkippable, skippedFromError } from './skipped-from-error.js';
import type { DraftItem } from './stream-jsonl.js';
import type { DocumentInput } from './types.js';
import { validateRecord } from './validate-record.js';

/**
 * Checks in-memory records one at a time, from an array, an iterable or an async iterable: the
 * streaming twin of `readRecords` (same checks, `record N` in messages and origins). A bad record
 * throws, or with `skipInvalid` is yielded as `{ skipped }`.
 * @example
 * for await (const item of streamRecords([{ source: 'S', text: 'T' }])) item; //=> { draft: { origin: 'record 1', … } }
 */
export async function* streamRecords(
  records: AsyncIterable<DocumentInput> | Iterable<DocumentInput>,
  options: Pick<LoadCorpusOptions, 'skipInvalid' | 'defaultSource'> = {},
): AsyncGenerator<DraftItem> {
  let n = 0;
  for await (const value of records as AsyncIterable<unknown>) {
    n++;
    const place = { file: `record ${n}` };
    let item: DraftItem;
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
      item = { draft };
    } catch (error) {
      if (!(options.skipInvalid && error instanceof CorpusError && isSkippable(error))) throw error;
      item = { skipped: skippedFromError(error) };
    }
    yield item;
  }
}
