import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built CLI (`npm test` builds before vitest). */
export const CLI = fileURLToPath(new URL('../../dist/cli.js', import.meta.url));

/** Fails with a clear message when the package is not built. */
export function requireBuiltCli(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`npm run build\` first (npm test does)`);
}

/** What a CLI process printed and its exit code. */
export interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node dist/cli.js …args` in `cwd` to its end, with `stdin` piped in when given. */
export function runBuiltCli(args: readonly string[], cwd: string, stdin?: string): Promise<ProcessRun> {
  return finished(startBuiltCli(args, cwd, stdin));
}

/** Starts `node dist/cli.js …args`; its output is gathered on the returned process (see {@link finished}). */
export function startBuiltCli(
  args: readonly string[],
  cwd: string,
  stdin?: string,
): ChildProcess & { out: ProcessRun } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd,
    stdio: ['pipe', 'pipe', 'pipe'],
  }) as ChildProcess & {
    out: ProcessRun;
  };
  child.out = { code: null, stdout: '', stderr: '' };
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    child.out.stdout += d;
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    child.out.stderr += d;
  });
  child.stdin!.end(stdin ?? '');
  return child;
}

/** Waits for a started CLI process to exit. */
export function finished(child: ChildProcess & { out: ProcessRun }): Promise<ProcessRun> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolve({ ...child.out, code: child.exitCode });
      return;
    }
    child.on('close', (code) => resolve({ ...child.out, code }));
  });
}

/** Waits until `predicate` holds (polled every 50 ms), or fails after `ms`. */
export async function until(
  predicate: () => boolean | Promise<boolean>,
  ms: number,
  what: string,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await predicate())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
