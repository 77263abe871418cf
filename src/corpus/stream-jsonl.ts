import { createReadStream } from 'node:fs';
import { CorpusError } from '../core/errors.js';
import { BINARY_SNIFF_BYTES } from './decode-text-file.js';
import type { DraftDocument } from './draft-document.js';
import type { LoadCorpusOptions } from './load-options.js';
import { fsError } from './read-file-bytes.js';
import { isSkippable, skippedFromError } from './skipped-from-error.js';
import type { SkippedInput } from './types.js';
import { validateRecord } from './validate-record.js';

/**
 * One item of a draft stream: a valid record waiting for its id, or a skipped line.
 * @example
 * const item: DraftItem = { skipped: { file: 'c.jsonl', line: 3, reason: 'invalid-json', message: '…' } };
 */
export type DraftItem = { draft: DraftDocument } | { skipped: SkippedInput };

/** Options of {@link streamJsonl}. */
export interface StreamJsonlOptions extends Pick<LoadCorpusOptions, 'skipInvalid' | 'defaultSource'> {
  /**
   * The name of the input in messages and origins (`<stdin>:3`).
   * @default the path, or `<stdin>` for a byte stream
   */
  name?: string;
}

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Reads JSONL line by line from a file path or a byte stream (standard input), with memory bounded by
 * the longest line: the streaming twin of `readJsonl`, with the same rules, messages and origins
 * (`corpus.jsonl:12`). Lines end with `\n` (a trailing `\r` is dropped); blank lines are ignored; a
 * leading BOM is dropped. Each line is strict UTF-8: `E_INVALID_UTF8` names the line; a NUL byte in
 * the first 8 KB is `E_UNSUPPORTED_FILE`. A bad record (`E_INVALID_JSON`, `E_INVALID_RECORD`,
 * `E_MISSING_TEXT`, `E_MISSING_SOURCE`) throws, or with `skipInvalid` is yielded as `{ skipped }` and
 * reading goes on. No record at all is `E_EMPTY_CORPUS`. Being a stream, an error surfaces when its
 * line is reached, after the items before it.
 * @example
 * for await (const item of streamJsonl('corpus.jsonl', { skipInvalid: true })) {
 *   if ('draft' in item) console.log(item.draft.origin); //=> 'corpus.jsonl:1' …
 * }
 */
export async function* streamJsonl(
  input: string | AsyncIterable<Uint8Array>,
  options: StreamJsonlOptions = {},
): AsyncGenerator<DraftItem> {
  const name = options.name ?? (typeof input === 'string' ? input : '<stdin>');
  let records = 0;
  for await (const { line, bytes } of jsonlLines(input, name)) {
    let text: string;
    try {
      text = strict.decode(bytes);
    } catch {
      throw new CorpusError('E_INVALID_UTF8', 'is not valid UTF-8 (re-save the file as UTF-8)', {
        file: name,
        line,
      });
    }
    if (line === 1 && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.endsWith('\r')) text = text.slice(0, -1);
    if (text.trim() === '') continue;
    records++;
    let item: DraftItem;
    try {
      item = { draft: draftOf(text, { file: name, line }, options.defaultSource) };
    } catch (error) {
      if (!(options.skipInvalid && error instanceof CorpusError && isSkippable(error))) throw error;
      item = { skipped: skippedFromError(error) };
    }
    yield item;
  }
  if (records === 0) throw new CorpusError('E_EMPTY_CORPUS', 'JSONL file has no record', { file: name });
}

function draftOf(line: string, place: { file: string; line: number }, defaultSource?: string): DraftDocument {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    throw new CorpusError('E_INVALID_JSON', `invalid JSON: ${(error as Error).message}`, place);
  }
  const input = validateRecord(value, place, defaultSource);
  const source = (value as { source?: unknown }).source;
  const given = typeof source === 'string' && source.trim() !== '';
  const draft: DraftDocument = {
    input,
    place,
    origin: `${place.file}:${place.line}`,
    sourceFrom: given ? 'record' : 'default-source',
  };
  if (input.id !== undefined) draft.id = input.id;
  return draft;
}

/** The raw bytes of each line (without its `\n`), numbered from 1; the last line even without `\n`. */
async function* jsonlLines(
  input: string | AsyncIterable<Uint8Array>,
  name: string,
): AsyncGenerator<{ line: number; bytes: Uint8Array }> {
  const chunks = typeof input === 'string' ? readFile(input, name) : input;
  let parts: Uint8Array[] = [];
  let line = 1;
  let seen = 0;
  for await (const chunk of chunks) {
    if (seen < BINARY_SNIFF_BYTES) {
      const end = Math.min(chunk.length, BINARY_SNIFF_BYTES - seen);
      if (chunk.subarray(0, end).includes(0)) {
        throw new CorpusError('E_UNSUPPORTED_FILE', 'looks like a binary file (NUL byte), not text', {
          file: name,
        });
      }
      seen += end;
    }
    let start = 0;
    for (let nl = chunk.indexOf(10, start); nl !== -1; nl = chunk.indexOf(10, start)) {
      parts.push(chunk.subarray(start, nl));
      yield { line: line++, bytes: concat(parts) };
      parts = [];
      start = nl + 1;
    }
    if (start < chunk.length) parts.push(chunk.slice(start));
  }
  if (parts.length > 0) yield { line, bytes: concat(parts) };
}

async function* readFile(path: string, name: string): AsyncGenerator<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) yield chunk as Buffer;
  } catch (error) {
    throw fsError(error, name);
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
