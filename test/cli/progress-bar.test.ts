import { describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { documentProgress } from '../../src/cli/progress-bar.js';

function io(tty: boolean): CliIO & { err: string[] } {
  const err: string[] = [];
  return {
    err,
    stdout: () => {},
    stderr: (s) => err.push(s),
    readStdin: async () => '',
    cwd: '.',
    stderrIsTTY: tty,
  };
}

describe('documentProgress', () => {
  it('draws nothing when stderr is not a terminal', () => {
    const target = io(false);
    const p = documentProgress(target, { delayMs: 0 });
    for (let i = 1; i <= 10; i++) p.onDocument(i, 10);
    p.stop();
    expect(target.err).toEqual([]);
  });

  it('draws nothing for a short run', () => {
    const target = io(true);
    let t = 0;
    const p = documentProgress(target, { delayMs: 1000, now: () => t });
    for (let i = 1; i <= 10; i++) {
      t += 50;
      p.onDocument(i, 10);
    }
    p.stop();
    expect(target.err).toEqual([]);
  });

  it('draws a bar on stderr once a run is long, and clears it at the end', () => {
    const target = io(true);
    let t = 0;
    const p = documentProgress(target, { delayMs: 1000, now: () => t });
    p.onDocument(1, 4);
    t = 1500;
    p.onDocument(2, 4);
    p.onDocument(4, 4);
    p.stop();
    p.stop();
    const text = target.err.join('');
    expect(text).toMatch(/analysing \[[█░]+\] 50% \| 2\/4 documents/);
    expect(text.endsWith('\u001b[2K')).toBe(true);
  });
});
