import { z } from 'zod';
import { CorpusError, type ErrorPlace } from '../core/errors.js';
import type { DocumentInput } from './types.js';

/**
 * The schema of one input record (a JSONL line or an array item). `text` and `source` are checked
 * before it, to give their own codes. Optional fields may be `null` (read as absent); `id` may be a
 * number (read as its decimal string); unknown fields are ignored.
 * @example
 * DocumentRecordSchema.safeParse({ source: 'Le Monde', text: 'Corps', lang: 'fr' }).success; //=> true
 */
export const DocumentRecordSchema = z.object({
  id: z
    .union([z.string().trim().min(1, 'must not be empty'), z.number()])
    .nullish()
    .transform((v) => (v === null || v === undefined ? undefined : String(v))),
  source: z.string(),
  text: z.string(),
  title: z.string().nullish(),
  lang: z.string().nullish(),
  date: z.string().nullish(),
  url: z.string().nullish(),
  kind: z.string().nullish(),
});

/**
 * Checks one record and returns it as a clean `DocumentInput` (absent/null optional fields dropped,
 * `id`, `source` trimmed). Errors name the place (`file:line` or `record N`) and the field:
 * - not a JSON object → `E_INVALID_RECORD`;
 * - `text` missing, null, empty or blank → `E_MISSING_TEXT`; not a string → `E_INVALID_RECORD`;
 * - `source` missing, null or blank, and no `defaultSource` → `E_MISSING_SOURCE`; not a string →
 *   `E_INVALID_RECORD`;
 * - any other field of the wrong type → `E_INVALID_RECORD` naming the field.
 * @example
 * validateRecord({ text: 'Corps' }, { file: 'a.jsonl', line: 2 }, 'Le Monde').source; //=> 'Le Monde'
 */
export function validateRecord(value: unknown, place: ErrorPlace, defaultSource?: string): DocumentInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : `a ${typeof value}`;
    throw new CorpusError(
      'E_INVALID_RECORD',
      `expected a JSON object with "source" and "text", got ${got}`,
      place,
    );
  }
  const record = value as Record<string, unknown>;
  const text = record['text'];
  if (text === undefined || text === null)
    throw new CorpusError('E_MISSING_TEXT', 'record has no "text" field', place);
  if (typeof text !== 'string') throw wrongType('text', text, place);
  if (text.trim() === '') throw new CorpusError('E_MISSING_TEXT', 'record has an empty "text"', place);
  let source = record['source'];
  if (source !== undefined && source !== null && typeof source !== 'string')
    throw wrongType('source', source, place);
  if (typeof source !== 'string' || source.trim() === '') {
    if (defaultSource === undefined) {
      throw new CorpusError('E_MISSING_SOURCE', 'record has no "source" (or pass a default source)', place);
    }
    source = defaultSource;
  }
  const parsed = DocumentRecordSchema.safeParse({ ...record, source: (source as string).trim() });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join('.');
    throw new CorpusError('E_INVALID_RECORD', issue.message, { ...place, path: field }, parsed.error.issues);
  }
  const out: DocumentInput = { source: parsed.data.source, text: parsed.data.text };
  for (const key of ['id', 'title', 'lang', 'date', 'url', 'kind'] as const) {
    const v = parsed.data[key];
    if (v !== null && v !== undefined) out[key] = v;
  }
  return out;
}

function wrongType(field: string, value: unknown, place: ErrorPlace): CorpusError {
  const got = Array.isArray(value) ? 'array' : typeof value;
  return new CorpusError('E_INVALID_RECORD', `expected a string, got ${got}`, { ...place, path: field });
}
