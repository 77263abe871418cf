import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnalysis } from '../../src/cli/format-analysis.js';
import { analyzeCorpus } from '../../src/compare/analyze-corpus.js';
import { analyzeCorpusParallel } from '../../src/compare/analyze-corpus-parallel.js';
import { createAnalyzePool } from '../../src/compare/analyze-pool.js';
import { analyzeBatch, setupOf, topicOfRef } from '../../src/compare/analyze-task.js';
import { createStatsMerger } from '../../src/compare/stats-merger.js';
import { WorkerError } from '../../src/core/errors.js';
import { type ArticleRecord, articleOf } from '../../src/corpus/article-record.js';
import { loadCorpus } from '../../src/corpus/load-corpus.js';
import { defineTopic } from '../../src/topics/define-topic.js';
import { cstoKazakhstan2022, cstoKazakhstan2022Spec } from '../../src/topics/index.js';
import { requireBuiltCli, runBuiltCli } from './cli-process.js';
import { corpusOf, toJsonl } from './fixtures.js';

describe('worker pool: byte-identical to the single-thread run', () => {
  it('from the sources (tsx child processes): 40 documents in 3 batches, emitted in input order', async () => {
    const records = corpusOf(40);
    expect(JSON.stringify(await analyzeCorpusParallel(records, { workers: 2 }))).toBe(
      JSON.stringify(analyzeCorpus(records)),
    );
  });

  it('records parsed in the workers, statistics kept there and collected: the one-pass documents and statistics', async () => {
    const corpus = loadCorpus(corpusOf(12));
    const records: ArticleRecord[] = corpus.documents.map((a) => ({
      input: { id: a.id, source: a.source, text: a.text, ...(a.lang ? { lang: a.lang } : {}) },
      origin: a.origin!,
      sourceFrom: a.sourceFrom!,
    }));
    expect(records.map(articleOf)).toEqual(corpus.documents);
    const setup = setupOf({});
    const pool = createAnalyzePool(2);
    try {
      const batches = [records.slice(0, 5), corpus.documents.slice(5, 9), records.slice(9)];
      const results = await Promise.all(batches.map((b) => pool.run(setup, b, { keepStats: true })));
      expect(results.map((r) => r.stats)).toEqual([[], [], []]);
      const merger = createStatsMerger();
      for (const part of await pool.collect(setup, 12)) merger.add(part);
      const onePass = analyzeBatch(corpus.documents, setup);
      expect(JSON.stringify(results.flatMap((r) => r.documents))).toBe(JSON.stringify(onePass.documents));
      expect(JSON.stringify(merger.result())).toBe(JSON.stringify(onePass.stats));
      // Collected once: asking again finds nothing, which the document count reports.
      const again = await pool.collect(setup, 12).catch((error: unknown) => error);
      expect(again).toBeInstanceOf(WorkerError);
      expect(again).toMatchObject({
        code: 'E_WORKER_LOST',
        message: expect.stringContaining('kept 0 documents'),
      });
    } finally {
      await pool.destroy();
    }
  });

  it('a topic travels to a worker as a bundled id, or as its spec, and is rebuilt identically', () => {
    expect(setupOf({})).toEqual({ topic: { bundled: 'csto-kazakhstan-2022' } });
    expect(setupOf({ topic: cstoKazakhstan2022, minLoadedWeight: 1.5 })).toEqual({
      topic: { bundled: 'csto-kazakhstan-2022' },
      minLoadedWeight: 1.5,
    });
    const topic = defineTopic({ ...cstoKazakhstan2022Spec, id: 'csto-copy', name: 'A copy' });
    const setup = structuredClone(setupOf({ topic })); // what crosses to a thread, a process or Redis
    expect('spec' in setup.topic).toBe(true);
    const articles = loadCorpus(corpusOf(4)).documents;
    const there = analyzeBatch(articles, setup, topicOfRef(setup.topic));
    const here = analyzeBatch(articles, setupOf({ topic }), topic);
    expect(JSON.stringify(there)).toBe(JSON.stringify(here));
  });
});

describe('media-framing analyze --workers (the built package: worker threads)', () => {
  let dir: string;
  const records = corpusOf(24);
  beforeAll(() => {
    requireBuiltCli();
    dir = mkdtempSync(join(tmpdir(), 'mf-workers-'));
    writeFileSync(join(dir, 'c.jsonl'), toJsonl(records));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('the same bytes with 2 workers as without, from a file (json) and from standard input (jsonl)', async () => {
    const [one, file, stdin] = await Promise.all([
      runBuiltCli(['analyze', 'c.jsonl', '--format', 'json'], dir),
      runBuiltCli(['analyze', 'c.jsonl', '--format', 'json', '--workers', '2'], dir),
      runBuiltCli(['analyze', '-', '--format', 'jsonl', '--workers', '2'], dir, toJsonl(records)),
    ]);
    expect([one.code, file.code, stdin.code]).toEqual([0, 0, 0]);
    expect(file.stdout).toBe(one.stdout);
    expect(stdin.stdout).toBe(formatAnalysis(JSON.parse(one.stdout), { format: 'jsonl' }));
    expect(stdin.stdout.split('\n')).toHaveLength(24 + 4 + 2);
  });
});

describe('the built package runs workers from ESM and from CommonJS', () => {
  it('require(dist/index.cjs) and import(dist/index.js): analyzeCorpusParallel equals analyzeCorpus', () => {
    requireBuiltCli();
    const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
    const body = `const c = loadSeedCorpus();
      analyzeCorpusParallel(c, { workers: 2 }).then((a) => console.log(JSON.stringify(a) === JSON.stringify(analyzeCorpus(c))));`;
    const cjs = execFileSync(
      process.execPath,
      [
        '-e',
        `const { analyzeCorpusParallel, analyzeCorpus, loadSeedCorpus } = require(${JSON.stringify(`${dist}index.cjs`)});\n${body}`,
      ],
      { encoding: 'utf8' },
    );
    const esm = execFileSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { analyzeCorpusParallel, analyzeCorpus, loadSeedCorpus } from ${JSON.stringify(`${dist}index.js`)};\n${body}`,
      ],
      { encoding: 'utf8' },
    );
    expect([cjs.trim(), esm.trim()]).toEqual(['true', 'true']);
  });
});
