import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/compare/analyze-corpus.js';
import { analyzeStream, type StreamEvent } from '../../src/compare/analyze-stream.js';
import { CorpusError } from '../../src/core/errors.js';
import { assignIds, createIdAssigner } from '../../src/corpus/assign-ids.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import type { ArticleItem } from '../../src/corpus/stream-articles.js';
import { streamCorpus } from '../../src/corpus/stream-corpus.js';
import type { DocumentInput } from '../../src/corpus/types.js';
import { corpusOf, recordOf, toJsonl } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'mf-stream-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of items) out.push(x);
  return out;
}

/** The one-pass analysis rebuilt from stream events (same shape, same key order). */
function fromEvents(events: StreamEvent[]) {
  const last = events[events.length - 1]!;
  if (last.type !== 'comparison') throw new Error('the stream must end with the comparison');
  return {
    documents: events.flatMap((e) => (e.type === 'document' ? [e.document] : [])),
    sources: events.flatMap((e) => (e.type === 'source' ? [e.source] : [])),
    comparison: last.comparison,
    skipped: last.skipped,
  };
}

async function* bytesOf(text: string, chunk: number): AsyncGenerator<Uint8Array> {
  const bytes = new TextEncoder().encode(text);
  for (let i = 0; i < bytes.length; i += chunk) yield bytes.subarray(i, i + chunk);
}

describe('analyzeStream', () => {
  const records = corpusOf(14);

  it('yields documents in order, then sources, then the comparison: byte-identical to analyzeCorpus', async () => {
    const events = await collect(analyzeStream(records));
    expect(events.map((e) => e.type)).toEqual([
      ...records.map(() => 'document'),
      ...[...new Set(records.map((r) => r.source))].map(() => 'source'),
      'comparison',
    ]);
    expect(JSON.stringify(fromEvents(events))).toBe(JSON.stringify(analyzeCorpus(records)));
  });

  it('reads an async iterable once and a JSONL path line by line, with the same result', async () => {
    async function* gen(): AsyncGenerator<DocumentInput> {
      for (const r of records) yield r;
    }
    const expected = JSON.stringify(analyzeCorpus(records));
    expect(JSON.stringify(fromEvents(await collect(analyzeStream(gen()))))).toBe(expected);
    const path = file('c.jsonl', toJsonl(records));
    expect(JSON.stringify(fromEvents(await collect(analyzeStream(path))))).toBe(
      JSON.stringify(analyzeCorpus(loadCorpus(path))),
    );
  });

  it('reports invalid records at the end with skipInvalid, as loadCorpus does', async () => {
    const bad = [records[0]!, { source: 'RT' } as DocumentInput, records[1]!];
    const events = await collect(analyzeStream(bad, { skipInvalid: true }));
    const last = events[events.length - 1]!;
    expect(last.type === 'comparison' && last.skipped).toEqual(
      loadCorpus(bad, { skipInvalid: true }).skipped,
    );
    expect(last.type === 'comparison' && last.skipped.map((s) => s.reason)).toEqual(['missing-text']);
    await expect(collect(analyzeStream(bad))).rejects.toMatchObject({ code: 'E_MISSING_TEXT' });
  });

  it('an iterator read once yields the documents before a bad record, then throws its error', async () => {
    async function* gen(): AsyncGenerator<DocumentInput> {
      yield records[0]!;
      yield records[1]!;
      yield { source: 'RT' } as DocumentInput;
      yield records[2]!;
    }
    for (const workers of [0, 1]) {
      const seen: string[] = [];
      let error: unknown;
      try {
        for await (const e of analyzeStream(gen(), { workers })) {
          if (e.type === 'document') seen.push(e.document.id);
          else seen.push(e.type);
        }
      } catch (e) {
        error = e;
      }
      expect(error, `workers ${workers}`).toMatchObject({ code: 'E_MISSING_TEXT' });
      const expected = analyzeCorpus(records.slice(0, 2)).documents.map((d) => d.id);
      expect(seen, `workers ${workers}`).toEqual(expected);
    }
  });
});

describe('streamCorpus: a JSONL file line by line gives what loadCorpus gives', () => {
  const lines = [
    JSON.stringify(recordOf('RT', 'fr', [0, 1])),
    '',
    JSON.stringify(recordOf('RT', 'en', [2], 'rt-1')),
    '{"source": "RT", "text": ', // invalid JSON
    JSON.stringify(recordOf('RT', 'fr', [3], 'dup')),
    JSON.stringify(recordOf('RT', 'fr', [4], 'dup')), // renamed dup#2 with skipInvalid
    JSON.stringify({ text: 'Sans source\n\nUn texte.' }), // missing source
    JSON.stringify(recordOf('Le Journal', 'fr', [5, 6])),
  ];

  it('same articles, ids (a later given id reserved), order and skipped, with CRLF, BOM and a final line without newline', async () => {
    const path = file('mixed.jsonl', `\uFEFF${lines.join('\r\n')}`);
    const items = await collect(streamCorpus(path, { skipInvalid: true }));
    const expected = loadCorpus(path, { skipInvalid: true });
    expect(items.slice(0, -1)).toEqual(expected.documents.map((article) => ({ article })));
    expect(items[items.length - 1]).toEqual({ skipped: expected.skipped });
    expect(expected.documents.map((d) => d.id)).toEqual(['rt-2', 'rt-1', 'dup', 'dup#2', 'le-journal-1']);
    expect(expected.skipped.map((s) => [s.line, s.reason])).toEqual([
      [4, 'invalid-json'],
      [7, 'missing-source'],
      [6, 'duplicate-id-renamed'],
    ]);
  });

  it('a bad line fails before any article (the ids pass reads every line first), naming the line', async () => {
    const path = file('bad.jsonl', lines.join('\n'));
    const items: ArticleItem[] = [];
    const error = await (async () => {
      try {
        for await (const item of streamCorpus(path)) items.push(item);
      } catch (e) {
        return e;
      }
    })();
    expect(items).toEqual([]);
    expect(error).toBeInstanceOf(CorpusError);
    expect(error).toMatchObject({ code: 'E_INVALID_JSON', line: 4 });
  });

  it('invalid UTF-8 names its line; a NUL byte is a binary file; no record is an empty corpus', async () => {
    const good = new TextEncoder().encode(`${lines[0]}\n${lines[2]}\n`);
    const broken = new Uint8Array([...good, 0x7b, 0xc3, 0x28, 0x7d, 0x0a]);
    const bad = file('utf8.jsonl', broken);
    await expect(collect(streamCorpus(bad, { skipInvalid: true }))).rejects.toMatchObject({
      code: 'E_INVALID_UTF8',
      line: 3,
    });
    expect(() => loadCorpus(bad)).toThrow(expect.objectContaining({ code: 'E_INVALID_UTF8', line: 3 }));
    const nul = file('nul.jsonl', new Uint8Array([...good, 0]));
    await expect(collect(streamCorpus(nul))).rejects.toMatchObject({ code: 'E_UNSUPPORTED_FILE' });
    const blank = file('blank.jsonl', '\n  \n');
    await expect(collect(streamCorpus(blank))).rejects.toMatchObject({ code: 'E_EMPTY_CORPUS' });
    await expect(collect(streamCorpus(join(dir, 'missing.jsonl')))).rejects.toMatchObject({
      code: 'E_PATH_NOT_FOUND',
    });
  });

  it('a byte stream (standard input) is split into lines across any chunk boundary', async () => {
    const text = `${lines.filter((_, i) => i !== 2 && i !== 3 && i !== 5 && i !== 6).join('\n')}\n`;
    const expected = await collect(streamCorpus(file('s.jsonl', text)));
    for (const chunk of [1, 7, 64, 1 << 16]) {
      const items = await collect(streamCorpus(bytesOf(text, chunk), { name: 's.jsonl' }));
      // Same articles except the origin's file name, which is the stream's name.
      expect(JSON.stringify(items)).toBe(
        JSON.stringify(expected).replaceAll(join(dir, 's.jsonl'), 's.jsonl'),
      );
    }
  });

  it('a stream read once cannot renumber: a later record giving a generated id is a duplicate, even with skipInvalid', async () => {
    const text = `${JSON.stringify(recordOf('RT', 'fr', [0]))}\n${JSON.stringify(recordOf('RT', 'fr', [1], 'rt-1'))}\n`;
    await expect(collect(streamCorpus(bytesOf(text, 16), { skipInvalid: true }))).rejects.toMatchObject({
      code: 'E_DUPLICATE_ID',
      line: 2,
    });
    // A file is read twice: the given id is reserved first, as loadCorpus does.
    const items = await collect(streamCorpus(file('twice.jsonl', text)));
    expect(items.flatMap((i) => ('article' in i ? [i.article.id] : []))).toEqual(['rt-2', 'rt-1']);
  });
});

describe('createIdAssigner', () => {
  it('with the input’s given ids reserved, assigns exactly what assignIds assigns', () => {
    const requests = [
      { source: 'RT', place: { file: 'f', line: 1 } },
      { id: 'a', source: 'RT', place: { file: 'f', line: 2 } },
      { id: 'rt-1', source: 'RT', place: { file: 'f', line: 3 } },
      { id: 'a', source: 'RT', place: { file: 'f', line: 4 } },
      { source: 'RT', place: { file: 'f', line: 5 } },
      { id: 'a#2', source: 'RT', place: { file: 'f', line: 6 } },
      { source: 'RT France', place: { file: 'f', line: 7 } },
    ];
    const reserved = new Set(requests.flatMap((r) => (r.id === undefined ? [] : [r.id])));
    const online = createIdAssigner(true, reserved);
    const ids = requests.map((r) => online.assign(r));
    expect(ids).toEqual(['rt-2', 'a', 'rt-1', 'a#3', 'rt-3', 'a#2', 'rt-france-1']);
    expect({ ids, skipped: online.skipped }).toEqual(assignIds(requests, true));
  });
});
