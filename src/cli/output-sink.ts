import { closeSync, existsSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../core/errors.js';
import type { CliIO } from './io.js';

/**
 * Where a streaming command writes, piece by piece: standard output, or the `--out` file.
 * @example
 * const sink: OutputSink = openOutput('out.jsonl', io, false);
 * sink.write('{"type":"document"}\n'); sink.finish();
 */
export interface OutputSink {
  write(text: string): void;
  /** Completes the output (the file appears under its name only now). */
  finish(): void;
  /** Drops an unfinished output file (after an error); nothing for standard output. */
  abandon(): void;
}

/**
 * Opens the output of a streaming command. Without `file`: `io.stdout`. With `file` (resolved
 * against `io.cwd`): the same checks as `writeOutput` before anything is read (an existing file
 * without `force` is `E_OUTPUT_EXISTS`, a folder or a missing parent folder `E_USAGE`); the text
 * goes to a hidden sibling file, renamed to `file` by `finish`, so that a failed run never leaves a
 * partial output under the name the user gave.
 * @example
 * const sink = openOutput(opts.out, io, opts.force);
 * try { for (const line of lines) sink.write(line); sink.finish(); } catch (e) { sink.abandon(); throw e; }
 */
export function openOutput(file: string | undefined, io: CliIO, force: boolean): OutputSink {
  if (file === undefined) return { write: (text) => io.stdout(text), finish: () => {}, abandon: () => {} };
  const target = path.resolve(io.cwd, file);
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      throw new UsageError('E_USAGE', 'is a directory, not a file', { file });
    if (!force)
      throw new UsageError('E_OUTPUT_EXISTS', 'file exists; pass --force to overwrite it', { file });
  }
  const parent = path.dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError('E_USAGE', `folder ${path.dirname(file) || '.'} does not exist`, { file });
  }
  const partial = path.join(parent, `.${path.basename(target)}.partial-${process.pid}`);
  const fd = openSync(partial, 'w');
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
  };
  return {
    write: (text) => {
      writeSync(fd, text);
    },
    finish: () => {
      close();
      renameSync(partial, target);
    },
    abandon: () => {
      close();
      rmSync(partial, { force: true });
    },
  };
}
