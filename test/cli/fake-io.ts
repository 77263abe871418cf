import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';

/** What a CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** A fresh empty working directory for one test. */
export function tempDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'mf-cli-'));
}

/** Runs the CLI with buffers for its streams, in `cwd`, with `stdin` as standard input. */
export async function run(
  argv: readonly string[],
  options: { cwd: string; stdin?: string; tty?: boolean },
): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd,
    stderrIsTTY: options.tty ?? false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
