import { describe, expect, it } from 'vitest';
import { analyzeCorpus, analyzeCorpusStats, corpusAnalysisOf } from '../../src/compare/analyze-corpus.js';
import { mergeCorpusStats } from '../../src/compare/merge-corpus-stats.js';
import { toCSV } from '../../src/compare/to-csv.js';
import { toRows } from '../../src/compare/to-rows.js';
import { loadSeedCorpus } from '../../src/corpus/index.js';

describe('analyzeCorpus on the seed corpus', () => {
  const corpus = loadSeedCorpus();
  const texts = new Map(corpus.documents.map((d) => [d.id, d.text]));
  const result = analyzeCorpus(corpus);
  const json = JSON.stringify(result);

  it('gives 4 sources, News-Front with its 2 documents', () => {
    expect(result.documents).toHaveLength(5);
    expect(result.sources.map((s) => [s.source, s.documents.length])).toEqual([
      ['EVZ', 1],
      ['Express.co.uk', 1],
      ['News-Front', 2],
      ['Office of Sviatlana Tsikhanouskaya', 1],
    ]);
    const nf = result.sources.find((s) => s.source === 'News-Front')!;
    const docs = result.documents.filter((d) => d.source === 'News-Front');
    expect(nf.tokens).toBe(docs[0]!.tokens + docs[1]!.tokens);
    expect(nf.sentences).toBe(docs[0]!.sentences + docs[1]!.sentences);
    for (const target of Object.keys(nf.stance)) {
      const i = nf.stance[target]!.interval;
      expect(i.low).toBeLessThanOrEqual(nf.stance[target]!.score);
      expect(i.high).toBeGreaterThanOrEqual(nf.stance[target]!.score);
    }
    expect(Object.keys(result.comparison.summaries)).toHaveLength(4);
    // The pro-Kremlin outlet is the one most favourable to the intervention.
    expect(result.comparison.ranking.intervention![0]!.source).toBe('News-Front');
    expect(result.comparison.summaries['News-Front']).toMatch(/^News-Front \(2 documents, [\d,]+ words\) /);
  });

  it('points every evidence item and term occurrence at its text', () => {
    let checked = 0;
    for (const s of result.sources) {
      for (const t of Object.values(s.stance)) {
        for (const e of t.evidence) {
          expect(texts.get(e.docId)!.slice(e.start, e.end)).toBe(e.text);
          checked++;
        }
      }
    }
    for (const d of result.documents) {
      for (const t of Object.values(d.stance))
        for (const e of t.evidence) expect(d.id && texts.get(d.id)!.slice(e.start, e.end)).toBe(e.text);
      for (const n of d.naming) expect(texts.get(d.id)!.slice(n.start, n.end)).toBe(n.text);
    }
    const { stats } = analyzeCorpusStats(corpus);
    for (const s of stats) {
      for (const term of Object.values(s.terms)) {
        for (const o of term.occurrences) {
          expect(term.surfaces[texts.get(o.docId)!.slice(o.start, o.end)]).toBeGreaterThan(0);
          checked++;
        }
      }
    }
    for (const [source, list] of Object.entries(result.comparison.distinctive)) {
      expect(list.length).toBeGreaterThan(0);
      for (const t of list) {
        for (const o of t.occurrences) {
          expect(result.sources.find((s) => s.source === source)!.documents).toContain(o.docId);
          expect(texts.get(o.docId)!.slice(o.start, o.end).length).toBeGreaterThan(0);
        }
      }
    }
    for (const row of toRows(result).evidence)
      expect(texts.get(row.docId)!.slice(row.start, row.end)).toBe(row.text);
    expect(checked).toBeGreaterThan(100);
  });

  it('is deterministic, independent of document order, and equal when computed in shards', () => {
    expect(JSON.stringify(analyzeCorpus(corpus))).toBe(json);
    const reversed = analyzeCorpus({ ...corpus, documents: [...corpus.documents].reverse() });
    expect(JSON.stringify(reversed.sources)).toBe(JSON.stringify(result.sources));
    expect(JSON.stringify(reversed.comparison)).toBe(JSON.stringify(result.comparison));
    const part = (from: number, to: number) =>
      analyzeCorpusStats({
        documents: corpus.documents.slice(from, to),
        skipped: from === 0 ? corpus.skipped : [],
      });
    const sharded = corpusAnalysisOf(mergeCorpusStats(part(0, 3), part(3, 5)));
    expect(JSON.stringify(sharded)).toBe(json);
  });

  it('writes tidy rows and CSV', () => {
    const rows = toRows(result);
    expect(rows.documentTargets).toHaveLength(5 * Object.keys(result.documents[0]!.stance).length);
    expect(rows.sourceMetrics.filter((r) => r.metric === 'documents')).toHaveLength(4);
    const csv = toCSV(rows.evidence);
    expect(csv.split('\r\n')[0]).toBe(
      'docId,source,target,text,start,end,sentence,weight,category,rule,voice,modifiers,note',
    );
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});
