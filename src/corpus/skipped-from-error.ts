import type { CorpusError, FramingErrorCode } from '../core/errors.js';
import type { SkippedInput } from './types.js';

/** The `SkippedInput.reason` for each error `skipInvalid` turns into a skip. */
const REASON_BY_CODE: Partial<Record<FramingErrorCode, string>> = {
  E_EMPTY_FILE: 'empty-file',
  E_INVALID_UTF8: 'invalid-utf8',
  E_UNSUPPORTED_FILE: 'binary-file',
  E_UNREADABLE: 'unreadable',
  E_PATH_NOT_FOUND: 'unreadable',
  E_NOT_A_FILE: 'unreadable',
  E_INVALID_JSON: 'invalid-json',
  E_INVALID_RECORD: 'invalid-record',
  E_MISSING_TEXT: 'missing-text',
  E_MISSING_SOURCE: 'missing-source',
};

/**
 * True when `skipInvalid` may turn this error into a skip (bad content of one file or line); false for
 * errors about the whole input (bad manifest, duplicate id, empty corpus…).
 * @example
 * isSkippable(new CorpusError('E_INVALID_JSON', 'x')); //=> true
 */
export function isSkippable(error: CorpusError): boolean {
  return REASON_BY_CODE[error.code] !== undefined;
}

/**
 * The skipped-input report for an error: its file, line, kebab-case reason and full message.
 * @example
 * skippedFromError(new CorpusError('E_INVALID_JSON', 'bad', { file: 'a.jsonl', line: 3 }));
 * //=> { file: 'a.jsonl', line: 3, reason: 'invalid-json', message: 'a.jsonl:3: bad' }
 */
export function skippedFromError(error: CorpusError): SkippedInput {
  const out: SkippedInput = {
    file: error.file ?? '',
    reason: REASON_BY_CODE[error.code] ?? error.code.toLowerCase(),
    message: error.message,
  };
  if (error.line !== undefined) out.line = error.line;
  return out;
}
