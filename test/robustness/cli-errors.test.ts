/**
 * Every error path of the catalogue through the CLI: one stderr line
 * `media-framing: error CODE: file:line: message`, nothing on stdout, exit 1 for bad data and 2 for
 * bad usage, a stack trace only under --debug.
 */
import { describe, expect, it } from 'vitest';
import type { FramingErrorCode } from '../../src/index.js';
import { FR, FR_ARTICLE, line } from './fixtures.js';
import { cli, ERROR_LINE, expectCliError, tempFolder } from './harness.js';

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
const latin1 = new Uint8Array([...utf8('Titre\n\nLes soldats sont arriv'), 0xe9, 0x73, 0x2e, 0x0a]);

/** The files every case may refer to, relative to the working folder. */
const FILES: Record<string, string | Uint8Array> = {
  'a.txt': FR_ARTICLE,
  'empty.txt': '',
  'bin.txt': new Uint8Array([0x47, 0x49, 0x46, 0x00, 0x01]),
  'latin1.txt': latin1,
  'x.pdf': '%PDF-1.4',
  'empty.jsonl': '',
  'bad-line.jsonl': `${line({ source: 'S', text: FR })}\n{"source": "S",\n${line({ source: 'T', text: FR })}\n`,
  'no-text.jsonl': `${line({ source: 'S', text: FR })}\n${line({ source: 'S', title: 'T' })}\n`,
  'no-source.jsonl': `${line({ source: 'S', text: FR })}\n${line({ text: FR })}\n`,
  'wrong-type.jsonl': `${line({ source: 'S', text: ['a'] })}\n`,
  'dup.jsonl': `${line({ id: 'a', source: 'S', text: FR })}\n${line({ id: 'a', source: 'T', text: FR })}\n`,
  'all-bad.jsonl': 'x\ny\n',
  'latin1.jsonl': new Uint8Array([
    ...utf8(`${line({ source: 'S', text: FR })}\n{"source":"S","text":"`),
    0xe9,
    0x22,
    0x7d,
    0x0a,
  ]),
  'junk/a.pdf': 'x',
  'bad-manifest/a.txt': FR_ARTICLE,
  'bad-manifest/manifest.json': '{"documents": [{"file": "a.txt", "source": 3}]}',
  'topics/not-json.json': '{ "id": ',
  'topics/wrong.json': '{ "id": "t", "name": 3 }',
  'topics/latin1.json': new Uint8Array([0x7b, 0x22, 0xe9, 0x22, 0x7d]),
  'out/existing.json': '{}',
  'labels/missing-label.jsonl': `${line({ id: 'a' })}\n`,
};

interface ErrorCase {
  argv: string[];
  stdin?: string | Uint8Array;
  /** Offer the bytes as a stream too (the streaming JSONL path of `analyze --format jsonl`). */
  chunked?: boolean;
  code: FramingErrorCode;
  exit: 1 | 2;
  /** The message after the code: file and line first. */
  message: RegExp;
}

const CASES: Record<string, ErrorCase> = {
  // inputs: paths
  'a missing path': {
    argv: ['analyze', 'nope.jsonl'],
    code: 'E_PATH_NOT_FOUND',
    exit: 1,
    message: /^nope\.jsonl: no such file or folder$/,
  },
  'a path through a file': {
    argv: ['analyze', 'a.txt/b.txt'],
    code: 'E_NOT_A_DIRECTORY',
    exit: 1,
    message: /^a\.txt\/b\.txt: /,
  },
  'a device instead of a file': {
    argv: ['analyze', '/dev/null'],
    code: 'E_NOT_A_FILE',
    exit: 1,
    message: /^\/dev\/null: /,
  },
  'a file of another type': {
    argv: ['analyze', 'x.pdf'],
    code: 'E_UNSUPPORTED_FILE',
    exit: 1,
    message: /^x\.pdf: unsupported file type "\.pdf"/,
  },
  // inputs: bytes
  'a binary file': {
    argv: ['analyze', 'bin.txt'],
    code: 'E_UNSUPPORTED_FILE',
    exit: 1,
    message: /^bin\.txt: looks like a binary file/,
  },
  'an invalid UTF-8 file': {
    argv: ['analyze', 'latin1.txt'],
    code: 'E_INVALID_UTF8',
    exit: 1,
    message: /^latin1\.txt:3: is not valid UTF-8/,
  },
  'an invalid UTF-8 JSONL line': {
    argv: ['analyze', 'latin1.jsonl'],
    code: 'E_INVALID_UTF8',
    exit: 1,
    message: /^latin1\.jsonl:2: /,
  },
  'an invalid UTF-8 JSONL line, streamed': {
    argv: ['analyze', 'latin1.jsonl', '--format', 'jsonl'],
    code: 'E_INVALID_UTF8',
    exit: 1,
    message: /^latin1\.jsonl:2: /,
  },
  'invalid UTF-8 on standard input': {
    argv: ['analyze', '-'],
    stdin: latin1,
    code: 'E_INVALID_UTF8',
    exit: 1,
    message: /^<stdin>:3: is not valid UTF-8/,
  },
  'binary bytes on standard input': {
    argv: ['analyze', '-'],
    stdin: new Uint8Array([0x00, 0x01, 0x02, 0xff]),
    code: 'E_UNSUPPORTED_FILE',
    exit: 1,
    message: /^<stdin>: looks like a binary file/,
  },
  // inputs: empty
  'an empty file': {
    argv: ['analyze', 'empty.txt'],
    code: 'E_EMPTY_FILE',
    exit: 1,
    message: /^empty\.txt: file is empty$/,
  },
  'an empty JSONL file': {
    argv: ['analyze', 'empty.jsonl'],
    code: 'E_EMPTY_CORPUS',
    exit: 1,
    message: /^empty\.jsonl: /,
  },
  'an empty standard input': {
    argv: ['analyze', '-'],
    stdin: '',
    code: 'E_EMPTY_CORPUS',
    exit: 1,
    message: /^<stdin>: standard input is empty$/,
  },
  'a folder with nothing usable': {
    argv: ['analyze', 'junk', '--skip-invalid'],
    code: 'E_EMPTY_CORPUS',
    exit: 1,
    message: /^junk: no document to load: all 1 input\(s\) were skipped$/,
  },
  'a JSONL whose every line is bad, with --skip-invalid': {
    argv: ['analyze', 'all-bad.jsonl', '--skip-invalid'],
    code: 'E_EMPTY_CORPUS',
    exit: 1,
    message: /^all-bad\.jsonl: /,
  },
  // inputs: records
  'a bad JSONL line in the middle': {
    argv: ['analyze', 'bad-line.jsonl'],
    code: 'E_INVALID_JSON',
    exit: 1,
    message: /^bad-line\.jsonl:2: invalid JSON: /,
  },
  'a bad JSONL line in the middle, streamed': {
    argv: ['analyze', 'bad-line.jsonl', '--format', 'jsonl'],
    code: 'E_INVALID_JSON',
    exit: 1,
    message: /^bad-line\.jsonl:2: invalid JSON: /,
  },
  'a record without text': {
    argv: ['analyze', 'no-text.jsonl'],
    code: 'E_MISSING_TEXT',
    exit: 1,
    message: /^no-text\.jsonl:2: record has no "text" field$/,
  },
  'a record without source': {
    argv: ['analyze', 'no-source.jsonl'],
    code: 'E_MISSING_SOURCE',
    exit: 1,
    message: /^no-source\.jsonl:2: record has no "source"/,
  },
  'a field of the wrong type': {
    argv: ['analyze', 'wrong-type.jsonl'],
    code: 'E_INVALID_RECORD',
    exit: 1,
    message: /^wrong-type\.jsonl:1 at text: expected a string, got array$/,
  },
  'duplicate ids': {
    argv: ['analyze', 'dup.jsonl'],
    code: 'E_DUPLICATE_ID',
    exit: 1,
    message: /^dup\.jsonl:2: id "a" is used by dup\.jsonl:1 and dup\.jsonl:2$/,
  },
  'a bad manifest': {
    argv: ['analyze', 'bad-manifest'],
    code: 'E_INVALID_MANIFEST',
    exit: 1,
    message: /^bad-manifest\/manifest\.json at documents\[0\]\.source: /,
  },
  // topics
  'a missing topic file': {
    argv: ['analyze', 'a.txt', '--topic', 'nope.json'],
    code: 'E_PATH_NOT_FOUND',
    exit: 1,
    message: /^nope\.json: /,
  },
  'a folder as topic file': {
    argv: ['analyze', 'a.txt', '--topic', 'topics'],
    code: 'E_NOT_A_FILE',
    exit: 1,
    message: /^topics: is a folder, not a file$/,
  },
  'a topic file that is not JSON': {
    argv: ['analyze', 'a.txt', '--topic', 'topics/not-json.json'],
    code: 'E_TOPIC_INVALID',
    exit: 1,
    message: /^topics\/not-json\.json: invalid JSON: /,
  },
  'a topic file with wrong fields': {
    argv: ['analyze', 'a.txt', '--topic', 'topics/wrong.json'],
    code: 'E_TOPIC_INVALID',
    exit: 1,
    message: /^topics\/wrong\.json: topic t at name: /,
  },
  'a topic file that is not UTF-8': {
    argv: ['analyze', 'a.txt', '--topic', 'topics/latin1.json'],
    code: 'E_INVALID_UTF8',
    exit: 1,
    message: /^topics\/latin1\.json:1: /,
  },
  'an unknown bundled topic': {
    argv: ['analyze', 'a.txt', '--topic', 'ukraine-2014'],
    code: 'E_TOPIC_NOT_FOUND',
    exit: 1,
    message: /no bundled topic "ukraine-2014"/,
  },
  // other commands' files
  'report: a missing input': {
    argv: ['report', 'nope.jsonl', '--out', 'r.html'],
    code: 'E_PATH_NOT_FOUND',
    exit: 1,
    message: /^nope\.jsonl: /,
  },
  'eval: a missing labels file': {
    argv: ['eval', 'a.txt', '--labels', 'labels/nope.jsonl'],
    code: 'E_PATH_NOT_FOUND',
    exit: 1,
    message: /^labels\/nope\.jsonl: /,
  },
  // output
  'a folder as --out': {
    argv: ['analyze', 'a.txt', '--out', 'out'],
    code: 'E_USAGE',
    exit: 2,
    message: /^out: is a directory, not a file$/,
  },
  'an existing --out without --force': {
    argv: ['analyze', 'a.txt', '--out', 'out/existing.json'],
    code: 'E_OUTPUT_EXISTS',
    exit: 2,
    message: /^out\/existing\.json: file exists; pass --force to overwrite it$/,
  },
  'an --out in a missing folder': {
    argv: ['analyze', 'a.txt', '--out', 'nowhere/x.json'],
    code: 'E_USAGE',
    exit: 2,
    message: /folder nowhere does not exist/,
  },
  // usage
  'an unknown option': {
    argv: ['analyze', 'a.txt', '--bogus'],
    code: 'E_USAGE',
    exit: 2,
    message: /^unknown option '--bogus' \(run with --help for usage\)$/,
  },
  'an unknown option before the command': {
    argv: ['--verbose', 'analyze'],
    code: 'E_USAGE',
    exit: 2,
    message: /^unknown option '--verbose'/,
  },
  'an unknown command': {
    argv: ['analyse-all'],
    code: 'E_USAGE',
    exit: 2,
    message: /^unknown command 'analyse-all': the commands are analyze, /,
  },
  'no command': { argv: [], code: 'E_USAGE', exit: 2, message: /a command is required/ },
  'an invalid choice': {
    argv: ['analyze', 'a.txt', '--format', 'xml'],
    code: 'E_USAGE',
    exit: 2,
    message: /'xml' is invalid/,
  },
  'an unsupported language': {
    argv: ['analyze', 'a.txt', '--lang', 'kk'],
    code: 'E_USAGE',
    exit: 2,
    message: /'kk' is invalid/,
  },
  'an option without its value': {
    argv: ['analyze', 'a.txt', '--topic'],
    code: 'E_USAGE',
    exit: 2,
    message: /argument missing/,
  },
};

describe('every error is one line with its code, the file and the line; exit 1 bad data, 2 bad usage', () => {
  const cwd = tempFolder(FILES);
  for (const [name, c] of Object.entries(CASES)) {
    it(`${name}: ${c.code}, exit ${c.exit}`, async () => {
      const run = await cli(c.argv, {
        cwd,
        ...(c.stdin !== undefined ? { stdin: c.stdin } : {}),
        chunked: c.chunked ?? false,
      });
      const message = expectCliError(run, c.code, c.exit);
      expect(message).toMatch(c.message);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('the working folder is left as it was: no output file written on error', async () => {
    const { readdirSync } = await import('node:fs');
    expect(readdirSync(cwd).sort()).toEqual(
      [...new Set(Object.keys(FILES).map((f) => f.split('/')[0]!))].sort(),
    );
  });
});

describe('streamed standard input', () => {
  it('JSONL on standard input is read once: the documents before a bad line are written, then the error line, exit 1', async () => {
    const stdin = new Uint8Array([
      ...utf8(`${line({ id: 'ok', source: 'S', text: FR })}\n{"source":"S","text":"`),
      0xc3,
      0x28,
      0x22,
      0x7d,
      0x0a,
    ]);
    const run = await cli(['analyze', '-', '--format', 'jsonl'], { stdin, chunked: true });
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd()).toMatch(
      /^media-framing: error E_INVALID_UTF8: <stdin>:2: is not valid UTF-8/,
    );
    // The documents read before the bad line are analysed and written before the error stops the run.
    const written = run.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { type: string; id: string });
    expect(written.map((l) => [l.type, l.id])).toEqual([['document', 'ok']]);
  });
});

describe('--debug', () => {
  it('adds the stack trace after the one error line (bad data)', async () => {
    const cwd = tempFolder({ 'c.jsonl': 'oops\n' });
    const run = await cli(['analyze', 'c.jsonl', '--debug'], { cwd });
    expect(run.code).toBe(1);
    const [first, ...rest] = run.stderr.trimEnd().split('\n');
    expect(first).toMatch(ERROR_LINE);
    expect(first).toMatch(/^media-framing: error E_INVALID_JSON: c\.jsonl:1: /);
    expect(rest[0]).toMatch(/^CorpusError: c\.jsonl:1: invalid JSON/);
    expect(rest.some((l) => /^\s+at /.test(l))).toBe(true);
  });

  it('a usage error under --debug is still one line, exit 2', async () => {
    const run = await cli(['analyze', '--debug', '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^media-framing: error E_USAGE: unknown option '--bogus'/);
  });

  it('without --debug, a data error is one line and no stack trace', async () => {
    const cwd = tempFolder({ 'topic.json': JSON.stringify({ id: 'x' }) });
    const run = await cli(['analyze', '-', '--topic', 'topic.json'], { cwd, stdin: utf8(FR) });
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr.trimEnd()).toMatch(ERROR_LINE);
  });
});
