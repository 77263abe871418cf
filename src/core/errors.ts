/**
 * Typed errors with stable codes. Callers branch on `code`, never on the message.
 * @module
 */

/** Every error code the library can raise. Codes are stable across versions. */
export type FramingErrorCode =
  // corpus
  | 'E_PATH_NOT_FOUND'
  | 'E_NOT_A_FILE'
  | 'E_NOT_A_DIRECTORY'
  | 'E_UNREADABLE'
  | 'E_EMPTY_FILE'
  | 'E_EMPTY_CORPUS'
  | 'E_INVALID_UTF8'
  | 'E_INVALID_JSON'
  | 'E_INVALID_RECORD'
  | 'E_MISSING_TEXT'
  | 'E_MISSING_SOURCE'
  | 'E_DUPLICATE_ID'
  | 'E_UNSUPPORTED_FILE'
  | 'E_INVALID_MANIFEST'
  // topics
  | 'E_TOPIC_INVALID'
  | 'E_TOPIC_NOT_FOUND'
  // text
  | 'E_LANG_UNSUPPORTED'
  // evaluation
  | 'E_LABELS_INVALID'
  // usage
  | 'E_USAGE'
  | 'E_OUTPUT_EXISTS'
  | 'E_OUTPUT_OUTSIDE'
  // queue (BullMQ on Redis)
  | 'E_QUEUE_UNAVAILABLE'
  | 'E_REDIS'
  | 'E_RUN_EXISTS'
  | 'E_RUN_NOT_FOUND'
  | 'E_RUN_INCOMPLETE'
  | 'E_SHARD_FAILED'
  // worker threads
  | 'E_WORKER_LOST';

/** Where an error happened, as precisely as known. */
export interface ErrorPlace {
  /** File path as the user gave it (or a record id for in-memory input). */
  file?: string;
  /** 1-based line number (JSONL line, text line). */
  line?: number;
  /** Entry or field path inside structured data (`lexicons.fr[12].term`). */
  path?: string;
}

/**
 * The plain JSON form of a {@link FramingError}.
 * @example
 * const j: FramingErrorJSON = { name: 'CorpusError', code: 'E_INVALID_JSON', message: 'a.jsonl:3: invalid JSON', file: 'a.jsonl', line: 3 };
 */
export interface FramingErrorJSON extends ErrorPlace {
  name: string;
  code: FramingErrorCode;
  message: string;
}

/**
 * Base class of every error the library throws on purpose.
 * @example
 * try { loadCorpus('missing/') } catch (e) {
 *   if (e instanceof FramingError && e.code === 'E_PATH_NOT_FOUND') console.error(e.message);
 * }
 */
export class FramingError extends Error {
  override name = 'FramingError';
  readonly code: FramingErrorCode;
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly path: string | undefined;
  readonly details: unknown;

  constructor(code: FramingErrorCode, message: string, place: ErrorPlace = {}, details?: unknown) {
    super(formatMessage(message, place));
    this.code = code;
    this.file = place.file;
    this.line = place.line;
    this.path = place.path;
    this.details = details;
  }

  /** A plain JSON view of the error, for logs and machine-readable output. */
  toJSON(): FramingErrorJSON {
    const out: FramingErrorJSON = { name: this.name, code: this.code, message: this.message };
    if (this.file !== undefined) out.file = this.file;
    if (this.line !== undefined) out.line = this.line;
    if (this.path !== undefined) out.path = this.path;
    return out;
  }
}

function formatMessage(message: string, place: ErrorPlace): string {
  let where = place.file ?? '';
  if (place.line !== undefined) where += `${where ? ':' : 'line '}${place.line}`;
  if (place.path !== undefined) where += `${where ? ' ' : ''}at ${place.path}`;
  return where ? `${where}: ${message}` : message;
}

/**
 * Bad corpus input: a missing path, an invalid JSONL line, a record without text…
 * @example
 * throw new CorpusError('E_MISSING_TEXT', 'record has no "text" field', { file: 'a.jsonl', line: 3 });
 * // message: 'a.jsonl:3: record has no "text" field'
 */
export class CorpusError extends FramingError {
  override name = 'CorpusError';
}

/**
 * A malformed topic pack or lexicon; names the entry and the field.
 * @example
 * throw new TopicError('E_TOPIC_INVALID', 'weight must be between -2 and 2', { path: 'lexicon.fr[3].weight' });
 */
export class TopicError extends FramingError {
  override name = 'TopicError';
}

/**
 * Bad usage of the CLI or API options (unknown flag, output file exists…). The CLI exits 2 on it.
 * @example
 * throw new UsageError('E_OUTPUT_EXISTS', 'report.html exists; pass --force to overwrite', { file: 'report.html' });
 */
export class UsageError extends FramingError {
  override name = 'UsageError';
}

/**
 * A queued run that cannot be collected or processed: Redis unreachable (`E_REDIS`), shards not done
 * yet (`E_RUN_INCOMPLETE`), shards that failed every attempt (`E_SHARD_FAILED`, their errors in
 * `details`). The CLI exits 1 on it.
 * @example
 * throw new QueueError('E_SHARD_FAILED', 'shard 3 failed after 3 attempts: …', {}, [{ shard: 3, error: '…' }]);
 */
export class QueueError extends FramingError {
  override name = 'QueueError';
}

/**
 * The worker threads of a parallel run lost work: a worker thread stopped (killed, out of memory)
 * and the statistics it kept for the run are gone (`E_WORKER_LOST`). Nothing is returned rather than
 * an incomplete result. The CLI exits 1 on it.
 * @example
 * throw new WorkerError('E_WORKER_LOST', 'the workers kept 80 documents\' statistics, expected 96');
 */
export class WorkerError extends FramingError {
  override name = 'WorkerError';
}
