/**
 * A 20 MB article, generated at run time: it loads and is analysed through the API, and every
 * offset is exact. The CLI reads the same kind of article at 2 MB (the CLI path adds only I/O and
 * serialisation; a 20 MB run there costs minutes of bootstrap, which the benchmark's 1×/10×/100×
 * growth figures cover instead). No timing is asserted; the generous timeouts only keep a slow
 * machine from failing the suite.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusAnalysis, loadCorpus } from '../../src/index.js';
import { EN, FR } from './fixtures.js';
import { brokenCorpusLaw, brokenLaw, cli, tempFolder } from './harness.js';

const SIZE = 20 * 1024 * 1024;
const CLI_SIZE = 2 * 1024 * 1024;

/** A 20 MB article: a title, then paragraphs (French, a French paragraph with reported speech, English) repeated. */
function hugeArticle(size: number): { text: string; paragraphs: number } {
  const paragraphs = [
    FR,
    'Les manifestants réclament la baisse du prix du gaz, rapportent les journalistes sur place.',
    EN,
  ];
  const parts = ['Des troupes de l’OTSC arrivent à Almaty\n\n'];
  let length = parts[0]!.length;
  let n = 0;
  while (length < size) {
    const p = paragraphs[n++ % paragraphs.length]!;
    parts.push(p, '\n\n');
    length += p.length + 2;
  }
  return { text: parts.join(''), paragraphs: n };
}

describe('a 20 MB article', () => {
  const { text, paragraphs } = hugeArticle(SIZE);
  const dir = tempFolder();
  writeFileSync(join(dir, 'huge.txt'), text);
  const small = hugeArticle(CLI_SIZE);
  writeFileSync(join(dir, 'large.txt'), small.text);

  it('through the API: loaded whole (title, one body span to the end, nothing removed), analysed, every offset exact', () => {
    const corpus = loadCorpus('huge.txt', { cwd: dir });
    const [article] = corpus.documents;
    expect(article!.text).toBe(text);
    expect(article!.title).toBe('Des troupes de l’OTSC arrivent à Almaty');
    expect(article!.body).toEqual([{ start: text.indexOf('\n\n') + 2, end: text.length - 2 }]);
    expect(article!.removed).toEqual([]);
    const analysis = analyzeCorpus(corpus, { replicates: 20 });
    expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
    const doc = analysis.documents[0]!;
    expect(doc.lang).toBe('fr');
    // Every French paragraph names the peacekeepers once; the count grows with the text, nothing is cut.
    const frParagraphs = Math.ceil(paragraphs / 3);
    expect(doc.naming.filter((n) => n.term === 'soldat de la paix')).toHaveLength(frParagraphs);
    const last = doc.naming[doc.naming.length - 1]!;
    expect(last.end).toBeGreaterThan(text.length - 1000);
  }, 600_000);

  it('through the CLI (2 MB): analysed whole; stdout is valid JSONL', async () => {
    const run = await cli(['analyze', 'large.txt', '--format', 'jsonl'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const doc = JSON.parse(lines[0]!) as CorpusAnalysis['documents'][number] & { type: string };
    expect(doc.type).toBe('document');
    expect(brokenLaw(doc, small.text)).toBeNull();
    expect(doc.naming.filter((n) => n.term === 'soldat de la paix')).toHaveLength(
      Math.ceil(small.paragraphs / 3),
    );
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'document',
      'source',
      'comparison',
    ]);
  }, 600_000);
});
