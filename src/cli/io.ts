import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';

/**
 * Where the CLI reads and writes: real streams in `main.ts`, buffers in tests.
 * @example
 * const io: CliIO = { stdout: (s) => process.stdout.write(s), stderr: (s) => process.stderr.write(s),
 *   readStdin: async () => '', cwd: process.cwd(), stderrIsTTY: false };
 */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  cwd: string;
  /** True when stderr is a terminal (progress bars are drawn only then). */
  stderrIsTTY: boolean;
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
    if (statSync(target).isDirectory()) throw new UsageError('E_USAGE', 'is a directory, not a file', { file });
    if (!options.force) throw new UsageError('E_OUTPUT_EXISTS', 'file exists; pass --force to overwrite it', { file });
  }
  const parent = path.dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError('E_USAGE', `folder ${path.dirname(file) || '.'} does not exist`, { file });
  }
  writeFileSync(target, content);
  return target;
}

/**
 * Reads a small text file the user named (labels, topic), with a UsageError when it is missing.
 * @example
 * readUserFile('labels.json', process.cwd());
 */
export function readUserFile(file: string, cwd: string): string {
  const target = path.resolve(cwd, file);
  if (!existsSync(target)) throw new UsageError('E_USAGE', 'no such file', { file });
  if (statSync(target).isDirectory()) throw new UsageError('E_USAGE', 'is a directory, not a file', { file });
  return readFileSync(target, 'utf8');
}
