import { type AnalyzeCorpusOptions, analyzeCorpus, type CorpusAnalysis } from '../compare/analyze-corpus.js';
import type { Corpus } from '../corpus/types.js';
import type { CliIO } from './io.js';
import { documentProgress } from './progress-bar.js';

/**
 * `analyzeCorpus` with a progress bar on stderr for long runs in a terminal (see
 * `documentProgress`), the bar always cleared, even when the analysis throws. What was skipped
 * while loading is reported on stderr, one line per input.
 * @example
 * const analysis = analyzeWithProgress(corpus, { topic }, io);
 */
export function analyzeWithProgress(
  corpus: Corpus,
  options: AnalyzeCorpusOptions,
  io: CliIO,
): CorpusAnalysis {
  for (const s of corpus.skipped) {
    io.stderr(`media-framing: skipped ${s.file}${s.line !== undefined ? `:${s.line}` : ''}: ${s.message}\n`);
  }
  const progress = documentProgress(io);
  try {
    return analyzeCorpus(corpus, { ...options, onDocument: progress.onDocument });
  } finally {
    progress.stop();
  }
}
