import { afterEach, describe, expect, it, vi } from 'vitest';

describe('bullmq and ioredis are optional', () => {
  afterEach(() => {
    vi.doUnmock('bullmq');
    vi.resetModules();
  });

  it('without them the queue commands fail with E_QUEUE_UNAVAILABLE telling what to install (exit 2)', async () => {
    vi.resetModules();
    vi.doMock('bullmq', () => {
      throw new Error("Cannot find package 'bullmq'");
    });
    const { runCli } = await import('../../src/cli/program.js');
    let stderr = '';
    const io = {
      stdout: () => {},
      stderr: (s: string) => {
        stderr += s;
      },
      readStdin: async () => '',
      cwd: '.',
      stderrIsTTY: false,
    };
    const code = await runCli(['queue', 'status', '--redis', 'redis://127.0.0.1:6379'], io);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^media-framing: error E_QUEUE_UNAVAILABLE: .*run `npm install bullmq ioredis`/);
  });

  it('the library never loads them: the built index has no reference to bullmq or ioredis', async () => {
    const { readFileSync, existsSync } = await import('node:fs');
    const { fileURLToPath } = await import('node:url');
    for (const file of ['index.js', 'index.cjs', 'analyze-worker.js']) {
      const path = fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));
      if (!existsSync(path))
        throw new Error(`${path} is missing: run \`npm run build\` first (npm test does)`);
      expect(readFileSync(path, 'utf8')).not.toMatch(/bullmq|ioredis/);
    }
  });
});
