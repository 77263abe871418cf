import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CorpusError } from '../core/errors.js';

/**
 * Reads a file's bytes, mapping file-system failures to corpus errors naming the file as given:
 * `ENOENT` → `E_PATH_NOT_FOUND`, `EISDIR` → `E_NOT_A_FILE`, anything else (`EACCES`, `EPERM`, `ELOOP`,
 * `EIO`…) → `E_UNREADABLE` (the system code is in the message). A relative `path` is read from `cwd`
 * when given (else from the process's working folder); messages keep `path` as it is.
 * @example
 * readFileBytes('corpus/a.txt').length; //=> 1234
 * readFileBytes('a.txt', '/data/corpus').length; // reads /data/corpus/a.txt, errors name 'a.txt'
 */
export function readFileBytes(path: string, cwd?: string): Uint8Array {
  try {
    return readFileSync(onDisk(path, cwd));
  } catch (error) {
    throw fsError(error, path);
  }
}

/**
 * Where a path the user gave is on disk: resolved against `cwd` when one is given, else as it is
 * (Node resolves it against the process's working folder). Used for file-system calls only; messages
 * and origins keep the path as given.
 * @example
 * onDisk('a.txt', '/data'); //=> '/data/a.txt'
 * onDisk('/srv/corpus/a.txt', '/data'); //=> '/srv/corpus/a.txt' (absolute paths stay as they are)
 */
export function onDisk(path: string, cwd?: string): string {
  return cwd === undefined ? path : resolve(cwd, path);
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
