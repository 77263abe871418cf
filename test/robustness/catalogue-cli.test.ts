/**
 * The catalogue of bad and odd input, through the CLI (`runCli` with captured streams, files in the
 * OS temporary folder). Each test's name states the expected behaviour; the error cases are in
 * cli-errors.test.ts, the API side in catalogue-api.test.ts.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CorpusAnalysis, DocumentAnalysis } from '../../src/index.js';
import { EN, FR, FR_ARTICLE, line, RECORDS } from './fixtures.js';
import { brokenLaw, cli, expectCliError, findingsOf, tempFolder } from './harness.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

/** Runs `analyze` and returns the parsed JSON output (exit 0 and valid JSON asserted). */
async function analyzeJson(
  argv: readonly string[],
  options: { cwd?: string; stdin?: string | Uint8Array } = {},
): Promise<{ analysis: CorpusAnalysis; stderr: string }> {
  const run = await cli(['analyze', ...argv, '--format', 'json'], options);
  expect(run.code, run.stderr).toBe(0);
  return { analysis: JSON.parse(run.stdout) as CorpusAnalysis, stderr: run.stderr };
}

/** The one document of a stdin analysis, checked against the text it was given. */
async function stdinDocument(text: string): Promise<DocumentAnalysis> {
  const { analysis } = await analyzeJson(['-'], { stdin: utf8(text) });
  expect(analysis.documents).toHaveLength(1);
  const doc = analysis.documents[0]!;
  expect(brokenLaw(doc, text)).toBeNull();
  return doc;
}

describe('analyze: empty, blank, punctuation, title only', () => {
  it('an empty or blank standard input is E_EMPTY_CORPUS naming <stdin> (exit 1)', async () => {
    for (const stdin of ['', ' \n\t\r\n ', '\ufeff']) {
      const message = expectCliError(
        await cli(['analyze', '-'], { stdin: utf8(stdin) }),
        'E_EMPTY_CORPUS',
        1,
      );
      expect(message).toBe('<stdin>: standard input is empty');
    }
  });

  it('an empty or blank .txt file is E_EMPTY_FILE naming it (exit 1)', async () => {
    const cwd = tempFolder({ 'a.txt': '', 'b.txt': '  \n\n ' });
    expect(expectCliError(await cli(['analyze', 'a.txt'], { cwd }), 'E_EMPTY_FILE', 1)).toBe(
      'a.txt: file is empty',
    );
    expect(expectCliError(await cli(['analyze', 'b.txt'], { cwd }), 'E_EMPTY_FILE', 1)).toBe(
      'b.txt: file is empty',
    );
  });

  it('punctuation only: analysed, exit 0, a document without words and a source with rates 0', async () => {
    const doc = await stdinDocument('!!! … ??? — ; , . (…) -- **');
    expect(doc).toMatchObject({ tokens: 0, lang: 'other', loaded: [], naming: [] });
  });

  it('a headline alone is analysed as the body (no title)', async () => {
    const doc = await stdinDocument('Les soldats de la paix de l’OTSC arrivent à Almaty');
    expect(doc.title).toBeNull();
    expect(doc.naming.map((n) => n.term)).toContain('soldat de la paix');
  });
});

describe('analyze: long, binary and odd characters', () => {
  it('one sentence of 100,000 characters on standard input: one sentence, exact offsets', async () => {
    const text = 'les soldats de la paix sont arrivés puis '.repeat(2440).trimEnd();
    expect(text.length).toBeGreaterThanOrEqual(100_000);
    const doc = await stdinDocument(text);
    expect(doc.sentences).toBe(1);
    expect(doc.naming).toHaveLength(2440);
  });

  it('a folder with a binary and an invalid UTF-8 file: --skip-invalid reports each on stderr and analyses the rest', async () => {
    const cwd = tempFolder({
      'corpus/a.txt': FR_ARTICLE,
      'corpus/b.txt': new Uint8Array([0x00, 0x01, 0x02]),
      'corpus/c.txt': new Uint8Array([...utf8('Titre\n\n'), 0xe9, 0x0a]),
      'corpus/d.png': new Uint8Array([0x89, 0x50]),
    });
    const { analysis, stderr } = await analyzeJson(['corpus', '--skip-invalid'], { cwd });
    expect(analysis.documents.map((d) => d.id)).toEqual(['a']);
    expect(analysis.skipped.map((s) => [s.file, s.line, s.reason])).toEqual([
      ['corpus/b.txt', undefined, 'binary-file'],
      ['corpus/c.txt', 3, 'invalid-utf8'],
      ['corpus/d.png', undefined, 'unsupported-file-type'],
    ]);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^media-framing: skipped corpus\/b\.txt: /);
    expect(lines[1]).toMatch(/^media-framing: skipped corpus\/c\.txt:3: /);
  });

  it('NUL and control characters escaped in a JSONL record are kept and analysed; raw control bytes in text are fine', async () => {
    const text = FR.replace('jeudi', 'jeudi\u0000\u0007\u001b');
    const { analysis } = await analyzeJson(['-'], {
      stdin: utf8(`${line({ id: 'x', source: 'S', text })}\n`),
    });
    expect(brokenLaw(analysis.documents[0]!, text)).toBeNull();
    expect(findingsOf(analysis.documents[0]!)).toEqual(findingsOf(await stdinDocument(FR)));
    const raw = FR.replace('jeudi', 'jeudi\u0007\u001f');
    expect(findingsOf(await stdinDocument(raw))).toEqual(findingsOf(await stdinDocument(FR)));
  });

  it('NFD and NFC accents give the same findings', async () => {
    expect(findingsOf(await stdinDocument(FR_ARTICLE.normalize('NFD')))).toEqual(
      findingsOf(await stdinDocument(FR_ARTICLE)),
    );
  });

  it('curly and straight apostrophes and quotation marks give the same findings', async () => {
    const straight = FR.replace(/’/g, "'").replace(/« /g, '"').replace(/ »/g, '"');
    expect(findingsOf(await stdinDocument(straight))).toEqual(findingsOf(await stdinDocument(FR)));
  });

  it('unbalanced and nested quotation marks: analysed, exit 0, offsets exact', async () => {
    for (const text of [
      'Un témoin a dit « les terroristes ont attaqué.\n\nLes soldats sont arrivés ».',
      '« Ils disent “ maintien de l’ordre ” mais ce sont des terroristes », a dit un opposant.',
      '» » « « “ ” ” „ Les soldats de la paix « « «',
    ]) {
      await stdinDocument(text);
    }
  });

  it('emoji, Cyrillic, Kazakh and right-to-left text inside French: still French, same stance labels', async () => {
    const base = await stdinDocument(FR);
    const text = FR.replace(
      'jeudi.',
      'jeudi 🇰🇿👍🏽, « Шал кет! », « Қазақстан біздің үйіміз », \u200fالحكومة\u200f שלום.',
    );
    const doc = await stdinDocument(text);
    expect(doc.lang).toBe('fr');
    for (const [t, s] of Object.entries(base.stance)) expect(doc.stance[t]!.label).toBe(s.label);
    expect(doc.naming.map((n) => n.rule)).toEqual(base.naming.map((n) => n.rule));
  });

  it('HTML in a .txt file: the markup is reported as removed "markup" regions and never read', async () => {
    const text = `<h1>Titre</h1>\n<p>${FR}</p>\n<script>var x = "terroristes bandits";</script>\n`;
    const cwd = tempFolder({ 'page.txt': text });
    const { analysis } = await analyzeJson(['page.txt'], { cwd });
    const doc = analysis.documents[0]!;
    expect(brokenLaw(doc, text)).toBeNull();
    expect(doc.title).toBe('Titre');
    expect(doc.removed.filter((r) => r.reason === 'markup').map((r) => r.text)).toContain(
      '<script>var x = "terroristes bandits";</script>',
    );
    expect(doc.loaded.filter((c) => c.text === 'terroristes')).toHaveLength(1);
  });

  it('CRLF line ends in a file: same title and findings as LF', async () => {
    const cwd = tempFolder({ 'lf.txt': FR_ARTICLE, 'crlf.txt': FR_ARTICLE.replace(/\n/g, '\r\n') });
    const lf = (await analyzeJson(['lf.txt'], { cwd })).analysis.documents[0]!;
    const crlf = (await analyzeJson(['crlf.txt'], { cwd })).analysis.documents[0]!;
    expect(crlf.title).toBe('Des troupes de l’OTSC arrivent à Almaty');
    expect(findingsOf(crlf)).toEqual(findingsOf(lf));
  });

  it('lone surrogates in JSON strings: analysed; the output is valid JSON with the surrogates escaped', async () => {
    const stdin =
      '{"id":"x","source":"S","text":"Un témoin a crié « les terroristes \\ud800 sont là » jeudi. \\udc00"}\n';
    const run = await cli(['analyze', '-', '--format', 'json'], { stdin: utf8(stdin) });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('\\ud800');
    expect(run.stdout).not.toMatch(/[\ud800-\udfff]/);
    const doc = (JSON.parse(run.stdout) as CorpusAnalysis).documents[0]!;
    expect(brokenLaw(doc, 'Un témoin a crié « les terroristes \ud800 sont là » jeudi. \udc00')).toBeNull();
    expect(doc.quotes.map((q) => q.text)).toEqual(['les terroristes \ud800 sont là']);
  });
});

describe('analyze: JSONL records', () => {
  const good = RECORDS.slice(0, 3).map(line);

  it('--skip-invalid skips a bad line in the middle, reports its line on stderr and in "skipped", analyses the rest', async () => {
    const cwd = tempFolder({ 'c.jsonl': `${good[0]}\n{"source": "S", "text": \n${good[1]}\n${good[2]}\n` });
    const { analysis, stderr } = await analyzeJson(['c.jsonl', '--skip-invalid'], { cwd });
    expect(analysis.documents.map((d) => d.id)).toEqual(['fr-a-1', 'fr-b-1', 'en-c-1']);
    expect(analysis.skipped).toEqual([
      {
        file: 'c.jsonl',
        line: 2,
        reason: 'invalid-json',
        message: expect.stringMatching(/^c\.jsonl:2: invalid JSON/),
      },
    ]);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^media-framing: skipped c\.jsonl:2: invalid JSON/),
    ]);
  });

  it('--skip-invalid with JSONL output (streamed): the same skip, the rest analysed', async () => {
    const cwd = tempFolder({ 'c.jsonl': `${good[0]}\nnot json\n${good[2]}\n` });
    const run = await cli(['analyze', 'c.jsonl', '--skip-invalid', '--format', 'jsonl'], { cwd });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; id?: string });
    expect(lines.filter((l) => l.type === 'document').map((l) => l.id)).toEqual(['fr-a-1', 'en-c-1']);
    expect(run.stderr).toMatch(/^media-framing: skipped c\.jsonl:2: invalid JSON/);
  });

  it('records without text or source are skipped with --skip-invalid, each reported with its line', async () => {
    const cwd = tempFolder({
      'c.jsonl': `${line({ source: 'S' })}\n${good[0]}\n${line({ text: FR })}\n`,
    });
    const { analysis } = await analyzeJson(['c.jsonl', '--skip-invalid'], { cwd });
    expect(analysis.documents.map((d) => d.id)).toEqual(['fr-a-1']);
    expect(analysis.skipped.map((s) => [s.line, s.reason])).toEqual([
      [1, 'missing-text'],
      [3, 'missing-source'],
    ]);
  });

  it('duplicate ids with --skip-invalid: both documents analysed (the second as id#2), the renaming reported', async () => {
    const stdin = `${line({ id: 'a', source: 'S', text: FR })}\n${line({ id: 'a', source: 'T', text: EN })}\n`;
    const { analysis, stderr } = await analyzeJson(['-', '--skip-invalid'], { stdin: utf8(stdin) });
    expect(analysis.documents.map((d) => [d.id, d.source])).toEqual([
      ['a', 'S'],
      ['a#2', 'T'],
    ]);
    expect(analysis.sources.map((s) => s.documents)).toEqual([['a'], ['a#2']]);
    expect(stderr).toContain('a#2');
  });
});

describe('analyze: folders', () => {
  it('hidden files, other file types, subfolders and broken links are reported on stderr, never silently dropped', async () => {
    const cwd = tempFolder({
      'corpus/a.txt': FR_ARTICLE,
      'corpus/b.html': `<html><body><h1>Titre</h1><p>${FR}</p></body></html>`,
      'corpus/.cache': 'x',
      'corpus/notes.docx': 'PK',
      'corpus/old/c.txt': FR,
    });
    symlinkSync(join(cwd, 'corpus', 'gone.txt'), join(cwd, 'corpus', 'link.txt'));
    expectCliError(await cli(['analyze', 'corpus'], { cwd }), 'E_UNREADABLE', 1);
    const { analysis, stderr } = await analyzeJson(['corpus', '--skip-invalid'], { cwd });
    expect(analysis.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(analysis.skipped.map((s) => [s.file, s.reason])).toEqual([
      ['corpus/.cache', 'hidden-file'],
      ['corpus/link.txt', 'unreadable'],
      ['corpus/notes.docx', 'unsupported-file-type'],
      ['corpus/old', 'subfolder'],
    ]);
    expect(stderr.trimEnd().split('\n')).toHaveLength(4);
  });
});
