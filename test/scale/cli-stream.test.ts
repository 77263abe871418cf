import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatAnalysis } from '../../src/cli/format-analysis.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { analyzeCorpus } from '../../src/compare/analyze-corpus.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { corpusOf, recordOf, toJsonl } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mf-cli-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const records = corpusOf(10);
const input = join(dir, 'c.jsonl');
writeFileSync(input, toJsonl(records));

/** Runs the CLI in-process; standard input comes in chunks of `chunk` bytes through `stdinChunks`. */
async function cli(argv: string[], stdin?: string, chunk = 100, boundHeap?: () => void) {
  let stdout = '';
  let stderr = '';
  const bytes = new TextEncoder().encode(stdin ?? '');
  const io: CliIO = {
    stdout: (s) => {
      stdout += s;
    },
    stderr: (s) => {
      stderr += s;
    },
    readStdin: async () => bytes,
    async *stdinChunks() {
      for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
    },
    cwd: dir,
    stderrIsTTY: false,
    ...(boundHeap ? { boundHeap } : {}),
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

describe('analyze streams JSONL with bounded memory, writing the one-pass bytes', () => {
  const onePass = (format: 'json' | 'jsonl') => formatAnalysis(analyzeCorpus(loadCorpus(input)), { format });

  it('a .jsonl file and standard input give the one-pass JSONL, line for line', async () => {
    const expected = onePass('jsonl');
    expect(expected.split('\n')).toHaveLength(records.length + 4 + 2); // documents, 4 sources, comparison, ''
    const file = await cli(['analyze', 'c.jsonl', '--format', 'jsonl']);
    expect(file).toEqual({ code: 0, stdout: expected, stderr: '' });
    const stdin = await cli(['analyze', '-', '--format', 'jsonl'], readFileSync(input, 'utf8'), 37);
    // Standard input loads as loadJsonlText(…, '<stdin>') does: the same ids, so the same bytes.
    expect(stdin).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  it('asks the process to bound its heap when it streams JSONL, and only then', async () => {
    const calls: string[] = [];
    const bound = (format: string) => () => calls.push(format);
    await cli(['analyze', 'c.jsonl', '--format', 'jsonl'], undefined, 100, bound('jsonl'));
    await cli(['analyze', 'c.jsonl', '--format', 'json'], undefined, 100, bound('json'));
    expect(calls).toEqual(['jsonl']);
  });

  it('plain text on standard input falls back to the one-pass reading', async () => {
    const text = 'Dépêche\n\nLes casseurs ont pillé des magasins. Les soldats de la paix sont arrivés.';
    const streamed = await cli(['analyze', '-', '--format', 'jsonl'], text);
    const whole = await cli(['analyze', '-', '--format', 'json'], text);
    expect(streamed.code).toBe(0);
    const analysis = JSON.parse(whole.stdout);
    expect(streamed.stdout).toBe(formatAnalysis(analysis, { format: 'jsonl' }));
    expect(analysis.documents[0].id).toBe('stdin');
  });

  it('--out is written whole or not at all; an existing file needs --force', async () => {
    const ok = await cli(['analyze', 'c.jsonl', '--format', 'jsonl', '--out', 'out.jsonl']);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'out.jsonl'), 'utf8')).toBe(onePass('jsonl'));
    const again = await cli(['analyze', 'c.jsonl', '--format', 'jsonl', '--out', 'out.jsonl']);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('E_OUTPUT_EXISTS');
    // A bad line after good ones on standard input (read once): the error names it, no file is left.
    const bad = `${toJsonl(records.slice(0, 3))}{"source": "RT"\n`;
    const failed = await cli(['analyze', '-', '--format', 'jsonl', '--out', 'partial.jsonl'], bad);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/^media-framing: error E_INVALID_JSON: <stdin>:4: invalid JSON: [^\n]+\n$/);
    expect(existsSync(join(dir, 'partial.jsonl'))).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('partial'))).toEqual([]);
  });

  it('--skip-invalid reports skipped lines on stderr and in the last line, as the one-pass path does', async () => {
    const path = join(dir, 'skip.jsonl');
    writeFileSync(
      path,
      `${toJsonl(records.slice(0, 2))}not json\n${JSON.stringify(recordOf('RT', 'en', [1]))}\n`,
    );
    const streamed = await cli(['analyze', 'skip.jsonl', '--format', 'jsonl', '--skip-invalid']);
    const whole = await cli(['analyze', 'skip.jsonl', '--format', 'json', '--skip-invalid']);
    expect(streamed.code).toBe(0);
    expect(streamed.stderr).toBe(whole.stderr);
    expect(streamed.stderr).toMatch(/^media-framing: skipped .*skip\.jsonl:3: .*invalid JSON/);
    expect(streamed.stdout).toBe(formatAnalysis(JSON.parse(whole.stdout), { format: 'jsonl' }));
  });

  it('--lang forces every streamed document’s language, as in the one-pass path', async () => {
    const streamed = await cli(['analyze', 'c.jsonl', '--format', 'jsonl', '--lang', 'en']);
    const whole = await cli(['analyze', 'c.jsonl', '--format', 'json', '--lang', 'en']);
    expect(streamed.stdout).toBe(formatAnalysis(JSON.parse(whole.stdout), { format: 'jsonl' }));
    expect(JSON.parse(streamed.stdout.split('\n')[1]!).lang).toBe('en');
  });

  it('--workers must be a whole number ≥ 1', async () => {
    for (const bad of ['0', '-1', '1.5', 'two']) {
      const r = await cli(['analyze', 'c.jsonl', '--workers', bad]);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`E_USAGE: --workers must be a whole number ≥ 1, got "${bad}"`);
    }
  });
});
