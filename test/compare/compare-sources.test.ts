import { describe, expect, it, vi } from 'vitest';
import type { CorpusAnalysis } from '../../src/compare/analyze-corpus.js';
import { compareSources } from '../../src/compare/compare-sources.js';
import { mergeBySource } from '../../src/compare/merge-by-source.js';
import { sourceResult } from '../../src/compare/source-result.js';
import { sourceStatsOf } from '../../src/compare/source-stats.js';
import { toCSV } from '../../src/compare/to-csv.js';
import { toRows } from '../../src/compare/to-rows.js';
import { doc, ev, stubTopic, terms } from './fixtures.js';

// The unit tests run on a hand-built topic header; the bundled topic is exercised end to end elsewhere.
vi.mock('../../src/topics/csto-kazakhstan-2022/index.js', async () => ({
  cstoKazakhstan2022: (await import('./fixtures.js')).stubTopic,
}));

const common = { otsc: [6, 'OTSC'], kazakhstan: [10, 'Kazakhstan'], almaty: [3, 'Almaty'] } as const;

function corpus() {
  const docs = [
    {
      doc: doc({
        id: 'rt-1',
        source: 'RT',
        sentences: 8,
        stance: {
          intervention: [
            ev({ weight: 1.2, sentence: 0, text: 'soldats de la paix' }),
            ev({ weight: 0.8, sentence: 3 }),
          ],
          protesters: [ev({ weight: -1.5, sentence: 2, text: 'bandits' })],
        },
        naming: [
          { actor: 'foreign-forces', term: 'soldat de la paix' },
          { actor: 'foreign-forces', term: 'soldat de la paix' },
          { actor: 'protesters', term: 'bandit' },
          { actor: 'protesters', term: 'terroriste', voice: 'quoted' },
        ],
        quotes: [
          { group: 'kazakh-officials', words: 20 },
          { group: 'kazakh-officials', words: 9 },
        ],
        frames: { 'security-defence': 3 },
        loaded: [{ category: 'name-calling', polarity: 'positive', voice: 'authorial' }],
      }),
      terms: { ...common, bandit: [7, 'bandits'], 'soldat paix': [3, 'soldats de la paix'] },
    },
    {
      doc: doc({
        id: 'rt-2',
        source: 'RT',
        sentences: 6,
        stance: { intervention: [ev({ weight: 0.9, sentence: 1 })] },
        naming: [{ actor: 'protesters', term: 'bandit' }],
      }),
      terms: { ...common, bandit: [4, 'Bandits'] },
    },
    {
      doc: doc({
        id: 'lm-1',
        source: 'Le Monde',
        sentences: 10,
        stance: { intervention: [ev({ weight: -1.1, sentence: 1 }), ev({ weight: -0.9, sentence: 4 })] },
        naming: [
          { actor: 'foreign-forces', term: 'troupe' },
          { actor: 'foreign-forces', term: 'soldat de la paix', scare: true },
          { actor: 'protesters', term: 'manifestant' },
        ],
        quotes: [
          { group: 'kazakh-officials', words: 12 },
          { group: null, words: 30 },
          { group: null, words: 4 },
        ],
        frames: { 'security-defence': 1, political: 4 },
      }),
      terms: { ...common, manifestant: [8, 'manifestants'], troupe: [5, 'troupes'] },
    },
    {
      doc: doc({ id: 'md-1', source: 'Meduza', sentences: 7 }),
      terms: { ...common, protest: [4, 'protestations'] },
    },
  ];
  return docs.map((d) => ({
    doc: d.doc,
    terms: terms(d.terms as unknown as Record<string, [number, string]>),
  }));
}

function analysis(): CorpusAnalysis {
  const docs = corpus();
  const stats = mergeBySource(docs.map((d) => sourceStatsOf(d.doc, d.terms)));
  const sources = stats.map((s) => sourceResult(s, stubTopic));
  return {
    documents: docs.map((d) => d.doc),
    sources,
    comparison: compareSources({ stats, sources }, { topic: stubTopic }),
    skipped: [],
  };
}

describe('compareSources', () => {
  const c = analysis().comparison;

  it('ranks the sources by stance toward each target, with intervals', () => {
    expect(c.sources).toEqual(['Le Monde', 'Meduza', 'RT']);
    expect(c.ranking.intervention!.map((r) => [r.rank, r.source, r.label])).toEqual([
      [1, 'RT', 'favor'],
      [2, 'Meduza', 'neutral'],
      [3, 'Le Monde', 'against'],
    ]);
    const rt = c.ranking.intervention![0]!;
    expect(rt.documents).toBe(2);
    expect(rt.evidenceCount).toBe(3);
    expect(rt.interval.low).toBeLessThanOrEqual(rt.score);
    expect(rt.interval.high).toBeGreaterThanOrEqual(rt.score);
    expect(Object.keys(c.ranking)).toEqual(['intervention', 'protesters']);
  });

  it('builds the naming table split by voice, scare-quoted uses marked, rows sorted', () => {
    expect(c.naming.map((r) => [r.actor, r.term, r.source])).toEqual([
      ['foreign-forces', 'soldat de la paix', 'Le Monde'],
      ['foreign-forces', 'soldat de la paix', 'RT'],
      ['foreign-forces', 'troupe', 'Le Monde'],
      ['protesters', 'bandit', 'RT'],
      ['protesters', 'manifestant', 'Le Monde'],
      ['protesters', 'terroriste', 'RT'],
    ]);
    expect(c.naming[0]).toEqual({
      actor: 'foreign-forces',
      term: 'soldat de la paix',
      surface: 'soldat de la paix',
      source: 'Le Monde',
      authorial: 1,
      quoted: 0,
      attributed: 0,
      scare: 1,
      total: 1,
    });
    expect(c.naming.find((r) => r.term === 'bandit')).toMatchObject({ authorial: 2, total: 2 });
    expect(c.naming.find((r) => r.term === 'terroriste')).toMatchObject({ authorial: 0, quoted: 1 });
  });

  it('builds the voice table and the frame shares', () => {
    expect(c.voices).toEqual([
      { source: 'Le Monde', speakerGroup: 'kazakh-officials', quotations: 1, words: 12 },
      { source: 'Le Monde', speakerGroup: 'unidentified', quotations: 2, words: 34 },
      { source: 'RT', speakerGroup: 'kazakh-officials', quotations: 2, words: 29 },
    ]);
    expect(c.frames['Le Monde']).toEqual({
      political: { sentences: 4, share: 0.4 },
      'security-defence': { sentences: 1, share: 0.1 },
    });
    expect(c.frames.RT).toEqual({ 'security-defence': { sentences: 3, share: 0.214286 } });
    expect(c.frames.Meduza).toEqual({});
  });

  it('finds the distinctive terms of each source, linked to their occurrences', () => {
    expect(c.distinctive.RT![0]).toMatchObject({ term: 'bandit', surface: 'bandits', count: 11, rest: 0 });
    expect(c.distinctive.RT![0]!.occurrences[0]).toEqual({ docId: 'rt-1', start: 0, end: 7 });
    expect(c.distinctive['Le Monde']!.map((t) => t.term).slice(0, 2)).toEqual(['manifestant', 'troupe']);
    expect(c.distinctive.Meduza![0]!.term).toBe('protest');
    expect(c.distinctive.RT!.map((t) => t.term).slice(0, 2)).toEqual(['bandit', 'soldat paix']);
    for (const list of Object.values(c.distinctive)) {
      for (const t of list) expect(t.z).toBeGreaterThan(0);
      // Terms every source uses (at somewhat different rates) trail far behind the source's own terms.
      for (const t of list.filter((x) => x.term in common)) expect(t.z).toBeLessThan(0.5);
      expect(list[0]!.z).toBeGreaterThan(1.5);
    }
  });

  it('writes one summary per source from the figures', () => {
    expect(c.summaries.RT).toBe(
      'RT (2 documents, 168 words) calls the foreign forces "soldat de la paix" most often in its own voice ' +
        '(twice) and the protesters "bandit" (twice), quotes Kazakh officials most (2 quotations, 29 words), ' +
        `and leans in favour of the CSTO intervention (score ${c.ranking.intervention![0]!.score.toFixed(2)}, ` +
        `90% interval ${c.ranking.intervention![0]!.interval.low.toFixed(2)} to ${c.ranking.intervention![0]!.interval.high.toFixed(2)}).`,
    );
    expect(c.summaries.Meduza).toContain('shows no stance evidence on the CSTO intervention');
  });

  it('gives the same JSON whatever the order and grouping of the statistics', () => {
    const docs = corpus();
    const perDocument = docs.map((d) => sourceStatsOf(d.doc, d.terms));
    const a = compareSources(perDocument, { topic: stubTopic });
    const b = compareSources([...perDocument].reverse(), { topic: stubTopic });
    const merged = compareSources(mergeBySource(perDocument), { topic: stubTopic });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.stringify(a)).toBe(JSON.stringify(merged));
    expect(JSON.stringify(a)).toBe(JSON.stringify(c));
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
  });
});

describe('toRows', () => {
  const result = analysis();
  const rows = toRows(result);

  it('gives flat rows only', () => {
    for (const table of Object.values(rows)) {
      for (const row of table as object[]) {
        for (const v of Object.values(row))
          expect(['string', 'number', 'boolean'].includes(typeof v) || v === null).toBe(true);
      }
    }
  });

  it('has one row per source × metric, document × target, evidence item, naming cell, distinctive term', () => {
    expect(
      rows.sourceMetrics.filter((r) => r.metric === 'documents').map((r) => [r.source, r.value]),
    ).toEqual([
      ['Le Monde', 1],
      ['Meduza', 1],
      ['RT', 2],
    ]);
    expect(
      rows.sourceMetrics.find(
        (r) => r.source === 'RT' && r.metric === 'stance.low' && r.key === 'intervention',
      )!.value,
    ).toBe(result.sources[2]!.stance.intervention!.interval.low);
    expect(rows.documentTargets).toHaveLength(4 * 2);
    expect(rows.documentTargets[0]).toMatchObject({
      docId: 'rt-1',
      source: 'RT',
      target: 'intervention',
      evidence: 2,
    });
    expect(rows.evidence).toHaveLength(6);
    expect(rows.evidence[0]).toMatchObject({
      docId: 'rt-1',
      target: 'intervention',
      text: 'soldats de la paix',
      modifiers: null,
    });
    expect(rows.naming).toEqual(result.comparison.naming);
    const rt = rows.distinctive.filter((r) => r.source === 'RT');
    expect(rt[0]).toMatchObject({ rank: 1, term: 'bandit', docId: 'rt-1', start: 0, end: 7 });
    expect(rt).toHaveLength(result.comparison.distinctive.RT!.length);
  });

  it('writes deterministic CSV with a fixed header', () => {
    const csv = toCSV(rows.sourceMetrics);
    expect(csv.split('\r\n')[0]).toBe('source,metric,key,value');
    expect(toCSV(rows.naming).split('\r\n')[0]).toBe(
      'actor,term,surface,source,authorial,quoted,attributed,scare,total',
    );
    expect(toCSV(toRows(analysis()).evidence)).toBe(toCSV(rows.evidence));
  });
});
