import { CorpusError } from '../core/errors.js';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import { isSkippable, skippedFromError } from './skipped-from-error.js';
import type { SkippedInput } from './types.js';
import { validateRecord } from './validate-record.js';

/**
 * Reads JSONL content (a file's decoded text; `file` names it in messages): one record `{ id?, source, text, title?, lang?, date?, url?, kind? }` per line.
 * Lines end with `\n` or `\r\n`; blank lines are ignored; lines are numbered from 1 over the whole
 * file. Errors name the file and line: `E_INVALID_JSON`, `E_INVALID_RECORD` (not an object, a field of
 * the wrong type, named), `E_MISSING_TEXT`, `E_MISSING_SOURCE` (see `validateRecord`). With
 * `skipInvalid` a bad line is reported in `skipped` and the others load. A file with no record at all
 * is `E_EMPTY_CORPUS`.
 * @example
 * readJsonl('{"source":"S","text":"T"}\n', 'corpus.jsonl', {}).drafts[0]?.origin; //=> 'corpus.jsonl:1'
 */
export function readJsonl(
  content: string,
  path: string,
  options: LoadCorpusOptions,
): { drafts: DraftDocument[]; skipped: SkippedInput[] } {
  const drafts: DraftDocument[] = [];
  const skipped: SkippedInput[] = [];
  const lines = content.split('\n');
  let records = 0;
  lines.forEach((rawLine, i) => {
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (line.trim() === '') return;
    records++;
    const place = { file: path, line: i + 1 };
    try {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new CorpusError('E_INVALID_JSON', `invalid JSON: ${(error as Error).message}`, place);
      }
      const input = validateRecord(value, place, options.defaultSource);
      const given =
        typeof (value as { source?: unknown }).source === 'string' &&
        (value as { source: string }).source.trim() !== '';
      const draft: DraftDocument = {
        input,
        place,
        origin: `${path}:${i + 1}`,
        sourceFrom: given ? 'record' : 'default-source',
      };
      if (input.id !== undefined) draft.id = input.id;
      drafts.push(draft);
    } catch (error) {
      if (options.skipInvalid && error instanceof CorpusError && isSkippable(error))
        skipped.push(skippedFromError(error));
      else throw error;
    }
  });
  if (records === 0) throw new CorpusError('E_EMPTY_CORPUS', 'JSONL file has no record', { file: path });
  return { drafts, skipped };
}
