/**
 * Scale benchmarks (issue 8), run by `npm run bench` through `runScaleBench()` or alone with
 * `npm run build && tsx bench/scale.ts`: peak resident memory while streaming generated JSONL through
 * `media-framing analyze - --format jsonl`, 1 vs 2 worker threads, and the queue path (BullMQ on a
 * local redis-server) with 1 and 2 worker processes against the in-process run. Wall-clock times: a
 * busy machine slows them (the load average is printed). Prints figures; asserts nothing.
 *
 * Sizes: `MF_BENCH_STREAM_MB` (default 200; the issue's figure is 1024, about 300 000 documents and
 * a few hours on 2 cores), `MF_BENCH_DOCS` (documents for the worker and queue measures, default 600).
 * @module
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { redisServerBinary, startRedis } from '../test/scale/redis-server.js';
import { generatedJsonl, generatedRecord } from './scale-jsonl.js';
import { printTable } from './timing.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(root, 'dist', 'cli.js');

/** Options of {@link runScaleBench}. */
export interface ScaleBenchOptions {
  /** Megabytes of JSONL to stream for the memory measure. */
  streamMB: number;
  /** Documents for the worker and queue measures. */
  docs: number;
}

/**
 * Runs the scale measures and prints them (see the module comment).
 * @example
 * await runScaleBench({ streamMB: 1024, docs: 600 });
 */
export async function runScaleBench(options: ScaleBenchOptions = defaultOptions()): Promise<void> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: npm run build first`);
  console.log(
    `\nscale — node ${process.version}, load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}, wall-clock time`,
  );
  await streamingMemory(options.streamMB);
  const dir = mkdtempSync(join(tmpdir(), 'mf-bench-scale-'));
  try {
    const input = join(dir, 'corpus.jsonl');
    writeFileSync(
      input,
      Array.from({ length: options.docs }, (_, k) => `${JSON.stringify(generatedRecord(k))}\n`).join(''),
    );
    const base = await workerThreads(input, dir, options.docs);
    await queuePath(input, dir, options.docs, base);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function defaultOptions(): ScaleBenchOptions {
  return {
    streamMB: Number(process.env['MF_BENCH_STREAM_MB'] ?? 200),
    docs: Number(process.env['MF_BENCH_DOCS'] ?? 600),
  };
}

/** Peak resident memory (VmHWM) of the streaming CLI fed `mb` megabytes of generated JSONL. */
async function streamingMemory(mb: number): Promise<void> {
  for (const workers of [0, 2]) {
    const args = [
      'analyze',
      '-',
      '--format',
      'jsonl',
      ...(workers > 0 ? ['--workers', String(workers)] : []),
    ];
    const child = spawn(process.execPath, [CLI, ...args], {
      stdio: ['pipe', openSync('/dev/null', 'w'), 'inherit'],
    });
    const peaks: string[] = [];
    let peak = 0;
    const timer = setInterval(() => {
      peak = Math.max(peak, peakKB(child));
    }, 100);
    const t0 = performance.now();
    let sent = 0;
    let docs = 0;
    const bytes = mb * 1024 * 1024;
    let nextMark = bytes / 4;
    for (const line of generatedJsonl(bytes)) {
      sent += Buffer.byteLength(line);
      docs++;
      if (!child.stdin!.write(line)) await new Promise((r) => child.stdin!.once('drain', r));
      if (sent >= nextMark) {
        peak = Math.max(peak, peakKB(child));
        peaks.push(`${Math.round(sent / 1048576)} MB: ${Math.round(peak / 1024)} MB`);
        nextMark += bytes / 4;
      }
    }
    child.stdin!.end();
    await exited(child);
    clearInterval(timer);
    const s = (performance.now() - t0) / 1000;
    console.log(
      `streaming ${(sent / 1048576).toFixed(0)} MB of JSONL (${docs} documents of ~3.3 KB) through analyze - --format jsonl` +
        `${workers > 0 ? ` --workers ${workers}` : ''}: peak RSS ${Math.round(peak / 1024)} MB ` +
        `(after ${peaks.join(', ')}), ${(sent / 1048576 / s).toFixed(2)} MB/s, ${s.toFixed(0)} s` +
        `${mb >= 1024 ? '' : ' — set MF_BENCH_STREAM_MB=1024 for the 1 GB figure (target: < 300 MB)'}`,
    );
  }
}

/** In-process single thread vs 1 and 2 worker threads, through the CLI (`--workers`). */
async function workerThreads(input: string, dir: string, docs: number): Promise<number> {
  const rows: string[][] = [];
  let base = 0;
  let expected = '';
  for (const workers of [0, 1, 2]) {
    const args = [
      'analyze',
      input,
      '--format',
      'json',
      ...(workers > 0 ? ['--workers', String(workers)] : []),
    ];
    const { ms, stdout } = await timedRun(args, dir);
    if (workers === 0) {
      base = ms;
      expected = stdout;
    }
    rows.push([
      workers === 0 ? 'one thread (no pool)' : `${workers} worker thread${workers > 1 ? 's' : ''}`,
      `${(ms / 1000).toFixed(1)} s`,
      `${((docs / ms) * 1000).toFixed(1)}`,
      `${(base / ms).toFixed(2)}×`,
      stdout === expected ? 'yes' : 'NO',
    ]);
  }
  const [, one, two] = rows;
  console.log(`\nworker threads: analyze ${docs} generated documents (--format json), whole process`);
  printTable(['run', 'wall time', 'docs/s', 'speed vs one thread', 'same bytes'], rows);
  console.log(
    `2 workers vs 1 worker: ${(Number.parseFloat(one![1]!) / Number.parseFloat(two![1]!)).toFixed(2)}× (target ≥ 1.7× on 2 idle cores)`,
  );
  return base;
}

/** The queue path with 1 and 2 local worker processes against the in-process run. */
async function queuePath(input: string, dir: string, docs: number, inProcessMs: number): Promise<void> {
  const binary = redisServerBinary();
  if (!binary) {
    console.log('\nqueue: skipped (redis-server is not installed: apt-get install redis-server)');
    return;
  }
  const redis = await startRedis(binary);
  const expected = (await timedRun(['analyze', input, '--format', 'json'], dir)).stdout;
  const rows: string[][] = [];
  try {
    for (const workers of [1, 2]) {
      const run = `bench-${workers}`;
      const t0 = performance.now();
      await timedRun(
        ['queue', 'submit', input, '--redis', redis.url, '--run', run, '--shard-size', '25'],
        dir,
      );
      await Promise.all(
        Array.from({ length: workers }, () =>
          timedRun(['worker', '--redis', redis.url, '--run', run, '--exit-when-drained'], dir),
        ),
      );
      const collect = await timedRun(
        ['queue', 'collect', '--redis', redis.url, '--run', run, '--format', 'json'],
        dir,
      );
      const ms = performance.now() - t0;
      rows.push([
        `submit + ${workers} worker process${workers > 1 ? 'es' : ''} + collect`,
        `${(ms / 1000).toFixed(1)} s`,
        `${((docs / ms) * 1000).toFixed(1)}`,
        `${(inProcessMs / ms).toFixed(2)}×`,
        collect.stdout === expected ? 'yes' : 'NO',
      ]);
    }
  } finally {
    redis.stop();
  }
  console.log(`\nqueue (BullMQ on a local redis-server, shards of 25): ${docs} documents`);
  printTable(['run', 'wall time', 'docs/s', 'speed vs in-process analyze', 'same bytes as analyze'], rows);
}

async function timedRun(args: readonly string[], cwd: string): Promise<{ ms: number; stdout: string }> {
  const t0 = performance.now();
  const child = spawn(process.execPath, [CLI, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (d: string) => {
    stdout += d;
  });
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    stderr += d;
  });
  const code = await exited(child);
  if (code !== 0) throw new Error(`media-framing ${args.join(' ')} exited ${code}: ${stderr}`);
  return { ms: performance.now() - t0, stdout };
}

function exited(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => child.on('close', (code) => resolve(code)));
}

/** The peak resident set (VmHWM, kB) of a running process, 0 once it is gone. */
function peakKB(child: ChildProcess): number {
  try {
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await runScaleBench();
