import cliProgress from 'cli-progress';
import type { CliIO } from './io.js';

/**
 * A progress bar for the documents of a run, or nothing: it draws only when stderr is a terminal,
 * and only once a run is long (it has waited `delayMs` and documents remain), so short runs and
 * pipes see no bar. `onDocument` fits `analyzeCorpus`'s option of the same name.
 * @example
 * const progress = documentProgress(io);
 * try { analyzeCorpus(corpus, { topic, onDocument: progress.onDocument }); } finally { progress.stop(); }
 */
export interface DocumentProgress {
  onDocument(done: number, total: number): void;
  /** Clears the bar (if one was drawn). Safe to call more than once. */
  stop(): void;
}

/** Options of {@link documentProgress}. */
export interface DocumentProgressOptions {
  /**
   * How long a run must last before the bar appears, in milliseconds.
   * @default 1000
   */
  delayMs?: number;
  /** The clock (tests pass a fake one). @default Date.now */
  now?: () => number;
}

/**
 * A progress bar on the CLI's stderr (see {@link DocumentProgress}). Uses cli-progress, drawn through
 * `io.stderr` so that tests can read it.
 * @example
 * const progress = documentProgress({ ...io, stderrIsTTY: true }, { delayMs: 0 });
 * progress.onDocument(1, 10); // draws "analysing [███…] 10% | 1/10 documents"
 * progress.stop();
 */
export function documentProgress(io: CliIO, options: DocumentProgressOptions = {}): DocumentProgress {
  if (!io.stderrIsTTY) return { onDocument: () => {}, stop: () => {} };
  const now = options.now ?? Date.now;
  const delay = options.delayMs ?? 1000;
  const started = now();
  let bar: cliProgress.SingleBar | null = null;
  const stream = {
    isTTY: true,
    columns: 80,
    write(chunk: string): boolean {
      io.stderr(chunk);
      return true;
    },
  };
  return {
    onDocument(done, total) {
      if (bar === null) {
        if (done >= total || now() - started < delay) return;
        bar = new cliProgress.SingleBar(
          {
            stream: stream as unknown as NodeJS.WritableStream,
            format: 'analysing [{bar}] {percentage}% | {value}/{total} documents | ETA {eta_formatted}',
            barsize: 30,
            clearOnComplete: true,
            hideCursor: false,
            fps: 10,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, done);
      } else bar.update(done);
    },
    stop() {
      if (bar === null) return;
      bar.stop();
      bar = null;
    },
  };
}
