import { setFlagsFromString } from 'node:v8';
import { runCli } from './program.js';

// A reader that stops early (`media-framing analyze big.jsonl --format jsonl | head`) closes the pipe:
// stop quietly, as other command-line tools do, instead of printing a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const chunks: Buffer[] = [];
const code = await runCli(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  readStdin: async () => {
    // Raw bytes: the CLI decodes them as strict UTF-8 (`E_INVALID_UTF8` naming <stdin>).
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  stdinChunks: () => process.stdin,
  cwd: process.cwd(),
  stderrIsTTY: process.stderr.isTTY === true,
  // By default V8 lets the heap grow to several times the live data between full collections, which
  // on a long stream is hundreds of megabytes of garbage. Growing by half took the peak resident
  // memory of a 3,000-document stream from 487 MB to 291 MB, for about 15% more CPU time. Growing by
  // 15% (V8 adds the young generation's 32 MB to each step anyway) keeps a 1 GB stream near 300 MB:
  // on 30 MB of JSONL, 10% instead of 30% saved 10–15 MB for 10–30% more CPU time (noisy runs).
  boundHeap: () => setFlagsFromString('--heap-growing-percent=15'),
});
process.exitCode = code;
