import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CorpusError, UsageError } from '../core/errors.js';
import { decodeTextFile } from '../corpus/decode-text-file.js';
import { fsError, readFileBytes } from '../corpus/read-file-bytes.js';

/**
 * Where the CLI reads and writes: real streams in `main.ts`, buffers in tests.
 * @example
 * const io: CliIO = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 *   readStdin: async () => new Uint8Array(), cwd: process.cwd(), stderrIsTTY: false };
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * All of standard input: its raw bytes (decoded as strict UTF-8 by the CLI, so that invalid bytes
   * are an `E_INVALID_UTF8` error naming `<stdin>`, never replacement characters), or a string
   * already decoded (tests, embedding).
   */
  readStdin(): Promise<Uint8Array | string>;
  /**
   * Standard input as byte chunks, for the commands that read it line by line with bounded memory
   * (`analyze --format jsonl`, `analyze --workers`, `queue submit`); when absent they use `readStdin`.
   */
  stdinChunks?(): AsyncIterable<Uint8Array>;
  cwd: string;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
  /**
   * Called when a command starts streaming a corpus of unknown size (`analyze --format jsonl` on a
   * `.jsonl` file or standard input). The CLI's own process (`main.ts`) makes V8 grow its heap in
   * small steps then, so that resident memory follows the live data instead of running ahead of it;
   * tests and embedders leave it out and keep their process as it is.
   */
  boundHeap?(): void;
}

/**
 * Writes `content` to exactly the path the user gave (resolved against `cwd`), and nowhere else.
 * Refuses to overwrite an existing file unless `force`, and refuses a directory or a missing parent
 * folder, with a `UsageError`.
 * @example
 * writeOutput('report.html', html, { cwd: process.cwd(), force: false });
 */
export function writeOutput(file: string, content: string, options: { cwd: string; force: boolean }): string {
  const target = path.resolve(options.cwd, file);
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      throw new UsageError('E_USAGE', 'is a directory, not a file', { file });
    if (!options.force)
      throw new UsageError('E_OUTPUT_EXISTS', 'file exists; pass --force to overwrite it', { file });
  }
  const parent = path.dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError('E_USAGE', `folder ${path.dirname(file) || '.'} does not exist`, { file });
  }
  writeFileSync(target, content);
  return target;
}

/**
 * Reads a small text file the user named (labels, topic) as strict UTF-8 (a leading BOM dropped).
 * Errors are `CorpusError`s naming the file as given, and bad data (exit 1): `E_PATH_NOT_FOUND` when it is missing,
 * `E_NOT_A_FILE` for a folder, `E_UNREADABLE`, `E_INVALID_UTF8` (with the line), `E_UNSUPPORTED_FILE`
 * for a binary file.
 * @example
 * readUserFile('labels.json', process.cwd());
 */
export function readUserFile(file: string, cwd: string): string {
  try {
    if (statSync(path.resolve(cwd, file)).isDirectory())
      throw new CorpusError('E_NOT_A_FILE', 'is a folder, not a file', { file });
  } catch (error) {
    if (error instanceof CorpusError) throw error;
    throw fsError(error, file);
  }
  return decodeTextFile(readFileBytes(file, cwd), file);
}
