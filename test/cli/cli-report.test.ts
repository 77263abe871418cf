import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tempDir } from './fake-io.js';

const records = [
  {
    id: 'a1',
    source: 'Journal A',
    lang: 'fr',
    text: 'Les soldats de la paix sont arrivés à Almaty. Les terroristes ont attaqué la mairie.',
  },
  {
    id: 'b1',
    source: 'Paper B',
    lang: 'en',
    text: 'Critics called the deployment an occupation. Peaceful protesters were arrested.',
  },
];

function corpusIn(dir: string, lines = records.map((r) => JSON.stringify(r))): string {
  writeFileSync(path.join(dir, 'corpus.jsonl'), `${lines.join('\n')}\n`);
  return 'corpus.jsonl';
}

describe('media-framing report', () => {
  it('with no input, reports on the bundled seeds into report.html in the working directory', async () => {
    const cwd = tempDir();
    const { code, stdout, stderr } = await run(['report'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/wrote report\.html \(HTML, 5 documents, 4 sources\)/);
    expect(readdirSync(cwd)).toEqual(['report.html']);
    const html = readFileSync(path.join(cwd, 'report.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('News-Front');
  });

  it('refuses to overwrite without --force (exit 2, file untouched), overwrites with it', async () => {
    const cwd = tempDir();
    const input = corpusIn(cwd);
    writeFileSync(path.join(cwd, 'out.html'), 'mine');
    const refused = await run(['report', input, '--out', 'out.html'], { cwd });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(
      'media-framing: error E_OUTPUT_EXISTS: out.html: file exists; pass --force to overwrite it\n',
    );
    expect(readFileSync(path.join(cwd, 'out.html'), 'utf8')).toBe('mine');
    const forced = await run(['report', input, '--out', 'out.html', '--force'], { cwd });
    expect(forced.code).toBe(0);
    expect(readFileSync(path.join(cwd, 'out.html'), 'utf8')).toContain('Journal A');
  });

  it('writes Markdown for .md, exactly where it was told and nowhere else', async () => {
    const cwd = tempDir();
    const input = corpusIn(cwd);
    mkdirSync(path.join(cwd, 'out'));
    const { code } = await run(['report', input, '--out', 'out/framing.md'], { cwd });
    expect(code).toBe(0);
    expect(readdirSync(cwd).sort()).toEqual(['corpus.jsonl', 'out']);
    expect(readdirSync(path.join(cwd, 'out'))).toEqual(['framing.md']);
    const md = readFileSync(path.join(cwd, 'out/framing.md'), 'utf8');
    expect(md).toMatch(/^# The CSTO intervention/);
    expect(md).toContain('| rank | source |');
  });

  it('writes to standard output with --out -', async () => {
    const cwd = tempDir();
    const { code, stdout } = await run(['report', corpusIn(cwd), '--out', '-', '--format', 'md'], { cwd });
    expect(code).toBe(0);
    expect(stdout).toContain('## Who calls whom what');
    expect(readdirSync(cwd)).toEqual(['corpus.jsonl']);
  });

  it('is bad usage when the format cannot be told or the folder does not exist', async () => {
    const cwd = tempDir();
    const input = corpusIn(cwd);
    const txt = await run(['report', input, '--out', 'report.txt'], { cwd });
    expect(txt.code).toBe(2);
    expect(txt.stderr).toMatch(
      /^media-framing: error E_USAGE: cannot tell the report format from "report\.txt"/,
    );
    const missing = await run(['report', input, '--out', 'nope/report.html'], { cwd });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/folder nope does not exist/);
    expect(existsSync(path.join(cwd, 'nope'))).toBe(false);
  });

  it('is bad data (exit 1) on a bad JSONL line, naming the line; --skip-invalid skips it and says so', async () => {
    const cwd = tempDir();
    const input = corpusIn(cwd, [JSON.stringify(records[0]), '{ not json', JSON.stringify(records[1])]);
    const bad = await run(['report', input, '--out', 'r.html'], { cwd });
    expect(bad.code).toBe(1);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(bad.stderr).toMatch(/corpus\.jsonl:2/);
    expect(existsSync(path.join(cwd, 'r.html'))).toBe(false);
    const skipped = await run(['report', input, '--out', 'r.html', '--skip-invalid'], { cwd });
    expect(skipped.code).toBe(0);
    expect(skipped.stderr).toMatch(/skipped corpus\.jsonl:2/);
    expect(readFileSync(path.join(cwd, 'r.html'), 'utf8')).toContain('Skipped input');
  });

  it('is bad data on a missing input path, with a stack trace only under --debug', async () => {
    const cwd = tempDir();
    const plain = await run(['report', 'missing.jsonl'], { cwd });
    expect(plain.code).toBe(1);
    expect(plain.stderr).toMatch(/^media-framing: error E_PATH_NOT_FOUND: missing\.jsonl/);
    expect(plain.stderr.trimEnd().split('\n')).toHaveLength(1);
    const debug = await run(['report', 'missing.jsonl', '--debug'], { cwd });
    expect(debug.code).toBe(1);
    expect(debug.stderr.split('\n').length).toBeGreaterThan(3);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
