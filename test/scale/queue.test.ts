import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatAnalysis } from '../../src/cli/format-analysis.js';
import type { CliIO } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/program.js';
import { QUEUE_PREFIX } from '../../src/queue/run-keys.js';
import { finished, requireBuiltCli, runBuiltCli, startBuiltCli, until } from './cli-process.js';
import { corpusOf, toJsonl } from './fixtures.js';
import { redisServerBinary, startRedis, type TestRedis } from './redis-server.js';

const binary = redisServerBinary();
if (!binary) {
  console.warn(
    'test/scale/queue.test.ts: skipped, redis-server is not installed (apt-get install redis-server)',
  );
}

describe.skipIf(!binary)('queue: BullMQ workers on a real Redis server', () => {
  let redis: TestRedis;
  let dir: string;
  let expected: { json: string; jsonl: string };
  const input = 'corpus.jsonl';

  beforeAll(async () => {
    requireBuiltCli();
    redis = await startRedis(binary!);
    dir = mkdtempSync(join(tmpdir(), 'mf-queue-'));
    writeFileSync(join(dir, input), toJsonl(corpusOf(16)));
    const json = await runBuiltCli(['analyze', input, '--format', 'json'], dir);
    expect(json.code).toBe(0);
    // analyze's JSONL is the same analysis, line by line (see test/scale/cli-stream.test.ts).
    expected = { json: json.stdout, jsonl: formatAnalysis(JSON.parse(json.stdout), { format: 'jsonl' }) };
  });

  afterAll(() => {
    redis?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** submit, collect, status and remove run in this process (they analyse nothing); workers are processes. */
  const q = async (...args: string[]) => {
    let stdout = '';
    let stderr = '';
    const io: CliIO = {
      stdout: (t) => {
        stdout += t;
      },
      stderr: (t) => {
        stderr += t;
      },
      readStdin: async () => '',
      cwd: dir,
      stderrIsTTY: false,
    };
    const code = await runCli(args.includes('--redis') ? args : [...args, '--redis', redis.url], io);
    return { code, stdout, stderr };
  };
  const worker = (...args: string[]) => runBuiltCli(['worker', '--redis', redis.url, ...args], dir);

  it('submit, two worker processes, collect: byte-identical to analyze (json and jsonl)', async () => {
    const submit = await q('queue', 'submit', input, '--run', 'two', '--shard-size', '4');
    expect(submit.code).toBe(0);
    expect(submit.stdout).toContain('submitted run two: 16 documents in 4 shards');
    const status = await q('queue', 'status', '--run', 'two', '--format', 'json');
    expect(JSON.parse(status.stdout)[0]).toMatchObject({ shards: 4, waiting: 4, completed: 0, stored: 0 });

    const workers = [1, 2].map(() =>
      startBuiltCli(['worker', '--redis', redis.url, '--run', 'two', '--exit-when-drained'], dir),
    );
    const runs = await Promise.all(workers.map(finished));
    expect(runs.map((r) => r.code)).toEqual([0, 0]);
    const stored = runs.map((r) => Number(/stored (\d+) shards/.exec(r.stderr)?.[1]));
    expect(stored[0]! + stored[1]!).toBe(4);

    const [json, jsonl, done] = await Promise.all([
      q('queue', 'collect', '--run', 'two', '--format', 'json'),
      q('queue', 'collect', '--run', 'two', '--format', 'jsonl'),
      q('queue', 'status', '--run', 'two'),
    ]);
    expect(json.code).toBe(0);
    expect(json.stdout).toBe(expected.json);
    expect(jsonl.stdout).toBe(expected.jsonl);
    expect(done.stdout).toContain('4 done, 0 active, 0 waiting, 0 retrying, 0 failed; 4 results stored');
  });

  it('a worker killed mid-run loses nothing: its shard goes back to the queue, collect equals analyze', async () => {
    expect((await q('queue', 'submit', input, '--run', 'kill', '--shard-size', '2')).code).toBe(0);
    const args = [
      'worker',
      '--redis',
      redis.url,
      '--run',
      'kill',
      '--exit-when-drained',
      '--lock-duration',
      '2000',
    ];
    // The first worker starts alone; once it has stored a shard it has already taken the next one
    // (shards are left waiting: only it consumes them). The second starts, and the first is killed.
    const doomed = startBuiltCli(args, dir);
    await until(() => /shard \d+ done/.test(doomed.out.stderr), 60_000, 'the first worker to store a shard');
    const survivor = startBuiltCli(args, dir);
    doomed.kill('SIGKILL');
    const killed = await finished(doomed);
    expect(killed.code).toBeNull();
    const after = await finished(survivor);
    expect(after.code).toBe(0);
    const [collect, status] = await Promise.all([
      q('queue', 'collect', '--run', 'kill', '--format', 'json'),
      q('queue', 'status', '--run', 'kill', '--format', 'json'),
    ]);
    expect(collect.code).toBe(0);
    expect(collect.stdout).toBe(expected.json);
    expect(JSON.parse(status.stdout)[0]).toMatchObject({ shards: 8, completed: 8, failed: 0, stored: 8 });
    // The killed worker held a shard: it came back through BullMQ's stalled-job check.
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const queue = new Queue('kill', { connection, prefix: QUEUE_PREFIX });
    try {
      const jobs = await queue.getJobs(['completed']);
      expect(jobs).toHaveLength(8);
      expect(jobs.some((j) => j.stalledCounter >= 1)).toBe(true);
    } finally {
      await queue.close();
      await connection.quit();
    }
  });

  it('a shard run again replaces its result; a shard failing every attempt is reported by collect, never dropped', async () => {
    expect(
      (await q('queue', 'submit', input, '--run', 'bad', '--shard-size', '6', '--attempts', '2')).code,
    ).toBe(0);
    const connection = new Redis(redis.url, { maxRetriesPerRequest: null });
    const two = new Queue('two', { connection, prefix: QUEUE_PREFIX });
    try {
      // Run shard 0 of the finished run "two" again (as after a worker died having stored it).
      await (await two.getJob('shard-0'))!.retry('completed');
      // Corrupt shard 1 of run "bad", as a bug or a bad deployment might.
      await connection.hset(`${QUEUE_PREFIX}:bad:shard-1`, 'data', JSON.stringify({ run: 'bad', shard: 1 }));
    } finally {
      await two.close();
      await connection.quit();
    }
    // One worker for every run.
    const all = await worker('--exit-when-drained');
    expect(all.code).toBe(0);
    expect(all.stderr).toContain('run two: shard 0 done');
    expect(all.stderr).toContain('run bad: shard 1 attempt 2 failed: malformed shard job');
    const [again, collect, status] = await Promise.all([
      q('queue', 'collect', '--run', 'two', '--format', 'json'),
      q('queue', 'collect', '--run', 'bad', '--format', 'json'),
      q('queue', 'status', '--run', 'bad'),
    ]);
    expect(again.stdout).toBe(expected.json);
    expect(collect.code).toBe(1);
    expect(collect.stdout).toBe('');
    expect(collect.stderr).toContain('run bad: shard 1 failed after 2 attempts: malformed shard job');
    expect(collect.stderr).toContain('error E_SHARD_FAILED');
    expect(status.stdout).toContain('2 done, 0 active, 0 waiting, 0 retrying, 1 failed; 2 results stored');
  });

  it('a run name is used once; remove deletes it; errors exit 1 or 2 with one line', async () => {
    const [again, badName, down] = await Promise.all([
      q('queue', 'submit', input, '--run', 'two'),
      q('queue', 'submit', input, '--run', 'bad name'),
      q('queue', 'status', '--redis', 'redis://127.0.0.1:1'),
    ]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^media-framing: error E_RUN_EXISTS: run "two" exists already/);
    expect(badName.code).toBe(2);
    expect(down.code).toBe(1);
    expect(down.stderr).toMatch(
      /^media-framing: error E_REDIS: cannot reach Redis at redis:\/\/127\.0\.0\.1:1/,
    );
    const unfinished = await q('queue', 'submit', input, '--run', 'later', '--shard-size', '50');
    expect(unfinished.code).toBe(0);
    const early = await q('queue', 'collect', '--run', 'later');
    expect(early.code).toBe(1);
    expect(early.stderr).toContain(
      'error E_RUN_INCOMPLETE: run "later": 1 of 1 shards not done yet (1 waiting)',
    );
    expect((await q('queue', 'remove', '--run', 'later')).stdout).toBe('removed run later\n');
    expect((await q('queue', 'collect', '--run', 'later')).stderr).toContain('error E_RUN_NOT_FOUND');
  });
});
