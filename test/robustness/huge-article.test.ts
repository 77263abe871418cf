/**
 * A 20 MB article, generated at run time: it loads, is analysed through the API and the CLI, and
 * every offset is exact. No timing is asserted (bench/ measures speed); the generous timeouts only
 * keep a slow machine from failing the suite.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusAnalysis, loadCorpus } from '../../src/index.js';
import { EN, FR } from './fixtures.js';
import { brokenCorpusLaw, brokenLaw, cli, tempFolder } from './harness.js';

const SIZE = 20 * 1024 * 1024;

/** A 20 MB article: a title, then paragraphs (French, a French paragraph with reported speech, English) repeated. */
function hugeArticle(): { text: string; paragraphs: number } {
  const paragraphs = [
    FR,
    'Les manifestants réclament la baisse du prix du gaz, rapportent les journalistes sur place.',
    EN,
  ];
  const parts = ['Des troupes de l’OTSC arrivent à Almaty\n\n'];
  let length = parts[0]!.length;
  let n = 0;
  while (length < SIZE) {
    const p = paragraphs[n++ % paragraphs.length]!;
    parts.push(p, '\n\n');
    length += p.length + 2;
  }
  return { text: parts.join(''), paragraphs: n };
}

describe('a 20 MB article', () => {
  const { text, paragraphs } = hugeArticle();
  const dir = tempFolder();
  const file = join(dir, 'huge.txt');
  writeFileSync(file, text);

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

  it('through the CLI: the same document, analysed; stdout is valid JSONL', async () => {
    const run = await cli(['analyze', 'huge.txt', '--format', 'jsonl'], { cwd: dir });
    expect(run.code, run.stderr).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    const doc = JSON.parse(lines[0]!) as CorpusAnalysis['documents'][number] & { type: string };
    expect(doc.type).toBe('document');
    expect(brokenLaw(doc, text)).toBeNull();
    expect(doc.naming.filter((n) => n.term === 'soldat de la paix')).toHaveLength(Math.ceil(paragraphs / 3));
    expect(lines.map((l) => (JSON.parse(l) as { type: string }).type)).toEqual([
      'document',
      'source',
      'comparison',
    ]);
  }, 600_000);
});
