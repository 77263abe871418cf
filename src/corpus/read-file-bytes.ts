import { readFileSync } from 'node:fs';
import { CorpusError } from '../core/errors.js';

/**
 * Reads a file's bytes, mapping file-system failures to corpus errors naming the file:
 * `ENOENT` → `E_PATH_NOT_FOUND`, `EISDIR` → `E_NOT_A_FILE`, anything else (`EACCES`, `EPERM`, `ELOOP`,
 * `EIO`…) → `E_UNREADABLE` (the system code is in the message).
 * @example
 * readFileBytes('corpus/a.txt').length; //=> 1234
 */
export function readFileBytes(path: string): Uint8Array {
  try {
    return readFileSync(path);
  } catch (error) {
    throw fsError(error, path);
  }
}

/**
 * Converts a Node file-system error into a `CorpusError` for `path` (see `readFileBytes`).
 * @example
 * fsError(Object.assign(new Error('x'), { code: 'ENOENT' }), 'a.txt').code; //=> 'E_PATH_NOT_FOUND'
 */
export function fsError(error: unknown, path: string): CorpusError {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT') return new CorpusError('E_PATH_NOT_FOUND', 'no such file or folder', { file: path });
  if (code === 'EISDIR') return new CorpusError('E_NOT_A_FILE', 'is a folder, not a file', { file: path });
  if (code === 'ENOTDIR') return new CorpusError('E_NOT_A_DIRECTORY', 'is not a folder', { file: path });
  const why = error instanceof Error ? error.message : String(error);
  return new CorpusError('E_UNREADABLE', `cannot read (${code ?? 'error'}): ${why}`, { file: path });
}
