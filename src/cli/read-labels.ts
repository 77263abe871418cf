import { FramingError } from '../core/errors.js';
import { parseStanceLabels, type StanceLabel } from '../evaluate/index.js';
import { readUserFile } from './io.js';

/**
 * Reads a labels file for `media-framing eval`: a JSON array of `{ id, label, strength? }` (or an
 * object with such a `labels` array), or JSONL with one such object per line (blank lines allowed).
 * Labels are `favor`/`against`/`neutral` or `pro`/`contra`; `strength` is a signed number.
 * @throws {UsageError} `E_USAGE` when the file is missing or is a directory.
 * @throws {FramingError} `E_LABELS_INVALID` naming the file, and the line (JSONL) or entry at fault.
 * @example
 * readLabels('labels.jsonl', process.cwd());
 * //=> [{ id: 'rt-1', label: 'favor', strength: 2 }, …]
 */
export function readLabels(file: string, cwd: string): StanceLabel[] {
  const raw = readUserFile(file, cwd).replace(/^\uFEFF/, '');
  if (raw.trim() === '') throw new FramingError('E_LABELS_INVALID', 'the labels file is empty', { file });
  let entries: unknown;
  try {
    const whole: unknown = JSON.parse(raw);
    entries =
      whole !== null && typeof whole === 'object' && !Array.isArray(whole) && 'labels' in whole
        ? (whole as { labels: unknown }).labels
        : whole;
    if (!Array.isArray(entries) && whole !== null && typeof whole === 'object') entries = [whole];
  } catch {
    entries = jsonLines(raw, file);
  }
  try {
    return parseStanceLabels(entries);
  } catch (error) {
    if (error instanceof FramingError) {
      const where = error.path !== undefined ? `at ${error.path}: ` : '';
      const bare =
        where && error.message.startsWith(where) ? error.message.slice(where.length) : error.message;
      const place = error.path !== undefined ? { file, path: error.path } : { file };
      throw new FramingError(error.code, bare, place, error.details);
    }
    throw error;
  }
}

function jsonLines(raw: string, file: string): unknown[] {
  const out: unknown[] = [];
  const lines = raw.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (line === '') continue;
    try {
      out.push(JSON.parse(line));
    } catch (error) {
      throw new FramingError('E_LABELS_INVALID', `invalid JSON: ${(error as Error).message}`, {
        file,
        line: i + 1,
      });
    }
  }
  return out;
}
