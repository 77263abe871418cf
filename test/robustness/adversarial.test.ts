/**
 * Adversarial input through analyzeCorpus: tens of thousands of repeated quotation marks, elisions,
 * brackets, exclamation marks, tags. Correctness only (exact offsets, sane counts, no crash); speed
 * is measured by the benchmarks in bench/, never asserted here.
 */
import { describe, expect, it } from 'vitest';
import { analyzeCorpus, type DocumentAnalysis, loadCorpus } from '../../src/index.js';
import { brokenCorpusLaw } from './harness.js';

/** How many times each unit repeats: tens of thousands of marks. */
const N = 20_000;

/** Analyses one French document through analyzeCorpus and checks every law; returns its analysis. */
function analyseOne(text: string): DocumentAnalysis {
  const corpus = loadCorpus([{ id: 'x', source: 'S', text, lang: 'fr' }]);
  const analysis = analyzeCorpus(corpus, { replicates: 20 });
  expect(brokenCorpusLaw(analysis, corpus.documents)).toBeNull();
  expect(analysis.sources).toHaveLength(1);
  return analysis.documents[0]!;
}

describe('repeated quotation marks', () => {
  const marks: [string, string][] = [
    ['opening guillemets', '«'],
    ['closing guillemets', '»'],
    ['straight double quotes', '"'],
    ['English opening quotes', '“'],
    ['English closing quotes', '”'],
    ['single curly quotes', '‘'],
    ['low quotes', '„'],
    ['angle quotes', '‹'],
  ];
  for (const [name, mark] of marks) {
    it(`${N.toLocaleString('en')} ${name} in a row: no word, no evidence, every quotation lawful`, () => {
      const d = analyseOne(mark.repeat(N));
      expect(d.tokens).toBe(0);
      expect(d.loaded).toEqual([]);
      for (const q of d.quotes) expect(q.words).toBe(0);
    });
  }

  it('empty pairs « » repeated: no word, no quotation (an empty pair is not one)', () => {
    const d = analyseOne('« » '.repeat(N / 2));
    expect(d.tokens).toBe(0);
    expect(d.quotes).toEqual([]);
  });

  it('a mix of every mark repeated: lawful, no word', () => {
    expect(analyseOne('«“"‘\'»”„‹›'.repeat(N / 10)).tokens).toBe(0);
  });

  it('thousands of real quotations: each found, with its words; the scare-quoted name counted each time', () => {
    const n = 2_000;
    const d = analyseOne('Les « soldats de la paix » arrivent. '.repeat(n));
    expect(d.quotes.filter((q) => q.text === 'soldats de la paix')).toHaveLength(n);
    const names = d.naming.filter((m) => m.term === 'soldat de la paix');
    expect(names).toHaveLength(n);
    expect(names.every((m) => m.scare)).toBe(true);
  });

  it('thousands of attributed quotations: each has its speaker', () => {
    const n = 2_000;
    const d = analyseOne('« Nous ne céderons pas aux pressions », a déclaré Tokaïev. '.repeat(n));
    const quotes = d.quotes.filter((q) => q.kind === 'direct');
    expect(quotes).toHaveLength(n);
    expect(quotes.every((q) => q.speaker?.text === 'Tokaïev' && q.speakerGroup !== null)).toBe(true);
  });

  it('quotations nested thousands deep: the cue at the bottom is in quoted voice', () => {
    const k = 2_500;
    const text = `${'« “ '.repeat(k)}les terroristes${' ” »'.repeat(k)}`;
    const d = analyseOne(text);
    const cue = d.loaded.find((c) => c.text === 'terroristes');
    expect(cue?.voice).toBe('quoted');
  });

  it('a quotation opened and never closed, followed by thousands of words: it stops at the end of its paragraph', () => {
    const text = `Il a dit « les terroristes ${'partent '.repeat(N / 4)}\n\nLes soldats de la paix sont arrivés.`;
    const d = analyseOne(text);
    const name = d.naming.find((m) => m.term === 'soldat de la paix');
    expect(name?.voice).toBe('authorial');
  });
});

describe('repeated elisions, brackets, exclamation marks, tags', () => {
  it(`${N.toLocaleString('en')} elisions glued together (l'l'l'…): lawful`, () => {
    analyseOne("l'".repeat(N));
    analyseOne('l’qu’d’'.repeat(N / 3));
  });

  it("elided words repeated (l'OTSC l'OTSC …): every name found", () => {
    const n = N / 2;
    const d = analyseOne("l'OTSC ".repeat(n));
    expect(d.tokens).toBe(2 * n);
    expect(d.naming.filter((m) => m.term === 'otsc' || m.text === 'OTSC')).toHaveLength(n);
  });

  it('tens of thousands of brackets, open then closed, or all open: no word, lawful', () => {
    expect(analyseOne(`${'('.repeat(N)}${')'.repeat(N)}`).tokens).toBe(0);
    expect(analyseOne('[('.repeat(N / 2)).tokens).toBe(0);
    expect(analyseOne('{'.repeat(N)).tokens).toBe(0);
  });

  it('tens of thousands of exclamation and question marks, alone or after words', () => {
    expect(analyseOne('!'.repeat(N)).tokens).toBe(0);
    expect(analyseOne('?!'.repeat(N / 2)).tokens).toBe(0);
    const d = analyseOne('Non ! '.repeat(N / 2));
    expect(d.tokens).toBe(N / 2);
    expect(d.sentences).toBeGreaterThan(1);
  });

  it('tens of thousands of < and unfinished tags: not markup, lawful', () => {
    const a = loadCorpus([{ source: 'S', text: '<'.repeat(N) }]).documents[0]!;
    expect(a.removed).toEqual([]);
    analyseOne('<'.repeat(N));
    analyseOne('<p'.repeat(N / 2));
    analyseOne('<!--'.repeat(N / 4));
  });

  it('tens of thousands of tags: all set aside as markup, the words between them kept', () => {
    const d = analyseOne('<b>soldats</b> '.repeat(N / 4));
    expect(d.removed.filter((r) => r.reason === 'markup')).toHaveLength(N / 2);
    expect(d.tokens).toBe(N / 4);
  });

  it('long runs of dots, hyphens, spaces and blank lines', () => {
    expect(analyseOne('.'.repeat(N)).tokens).toBe(0);
    expect(analyseOne(`${'-'.repeat(N)}soldats`).tokens).toBe(1);
    expect(analyseOne(`${' '.repeat(N)}soldats${'\n'.repeat(N)}paix`).tokens).toBe(2);
  });
});
