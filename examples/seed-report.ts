/**
 * What `npm run demo` runs: analyses the bundled seed corpus (five articles from four sources about
 * the CSTO intervention in Kazakhstan, January 2022), prints a compact comparison to the terminal,
 * and writes the HTML and Markdown reports to examples/output/.
 *
 *   npx tsx examples/seed-report.ts
 *
 * In your own code, import from 'media-framing' instead of '../src/…'.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeCorpus, loadSeedCorpus } from '../src/index.js';
import { renderHtml, renderMarkdown, renderTerminal } from '../src/report/index.js';

const corpus = loadSeedCorpus();
const analysis = analyzeCorpus(corpus);

const sources = analysis.comparison.sources.length;
process.stdout.write(
  `media-framing: ${analysis.documents.length} articles from ${sources} sources (the bundled seed corpus)\n\n`,
);
process.stdout.write(
  renderTerminal(analysis, {
    width: 110,
    sections: ['documents', 'ranking', 'naming', 'voices', 'distinctive'],
  }),
);

const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'output');
mkdirSync(outDir, { recursive: true });
const htmlFile = path.join(outDir, 'report.html');
const mdFile = path.join(outDir, 'report.md');
writeFileSync(htmlFile, await renderHtml(analysis, { articles: corpus }));
writeFileSync(mdFile, renderMarkdown(analysis));

const shown = (file: string) => path.relative(process.cwd(), file) || file;
process.stdout.write(
  `\nWrote ${shown(htmlFile)} (open it in any browser; it works offline) and ${shown(mdFile)}.\n`,
);
