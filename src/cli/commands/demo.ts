import { analyzeDocument } from '../../analysis/analyze-document.js';
import { loadSeedCorpus } from '../../corpus/index.js';
import { processText } from '../../text/index.js';
import type { CliIO } from '../io.js';

/**
 * `media-framing demo`: reads the bundled seed corpus and prints, per document, its source,
 * language, size, what cleaning removed and why, and its stance toward the intervention with the
 * strongest evidence.
 * @example
 * runDemo(io);
 */
export function runDemo(io: CliIO): void {
  const corpus = loadSeedCorpus();
  const sources = new Set(corpus.documents.map((d) => d.source));
  io.stdout(`Bundled seed corpus: ${corpus.documents.length} documents from ${sources.size} sources\n\n`);
  for (const doc of corpus.documents) {
    const pt = processText(doc);
    const analysis = analyzeDocument(doc);
    const s = analysis.stance.intervention;
    io.stdout(`${doc.id}  ${doc.source}\n`);
    io.stdout(`  title: ${doc.title ?? '(none)'}\n`);
    io.stdout(
      `  lang: ${pt.lang}${pt.langDetected ? ` (detected, confidence ${pt.langConfidence.toFixed(2)})` : ''}; ` +
        `${pt.wordCount} words, ${pt.sentences.length} sentences, ${pt.quotes.length} quotation spans\n`,
    );
    const removed = doc.removed.map((r) => r.reason);
    io.stdout(`  removed: ${removed.length === 0 ? 'nothing' : summarize(removed)}\n`);
    if (s) {
      io.stdout(`  stance toward the intervention: ${s.label} (score ${s.score.toFixed(2)}, confidence ${s.confidence.toFixed(2)})\n`);
      const top = [...s.evidence].sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight)).slice(0, 4);
      for (const e of top) {
        const mods = e.modifiers?.length ? ` [${e.modifiers.join(', ')}]` : '';
        io.stdout(`    ${e.weight >= 0 ? '+' : ''}${e.weight.toFixed(2)}  «${e.text}»  ${e.category}, ${e.voice}${mods}\n`);
      }
    }
    io.stdout('\n');
  }
}

function summarize(reasons: string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
}
