import { analyzeCorpus } from '../../compare/index.js';
import { loadSeedCorpus } from '../../corpus/index.js';
import { renderTerminal } from '../../report/index.js';
import type { CliIO } from '../io.js';

/**
 * `media-framing demo`: analyses the bundled seed corpus and prints every document (source,
 * language, size, what cleaning set aside and why, stance with its strongest cues), then the sources
 * ranked by stance, the naming table, whom each source quotes and its most distinctive terms.
 * @example
 * runDemo(io);
 */
export function runDemo(io: CliIO): void {
  const corpus = loadSeedCorpus();
  const analysis = analyzeCorpus(corpus);
  io.stdout(
    `media-framing: ${corpus.documents.length} articles from ${analysis.sources.length} sources (the bundled seed corpus)\n\n`,
  );
  io.stdout(
    renderTerminal(analysis, { sections: ['documents', 'ranking', 'naming', 'voices', 'distinctive'] }),
  );
}
