import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusAnalysis } from '../../src/compare/analyze-corpus.js';
import { renderTerminal } from '../../src/report/render-terminal.js';
import { hostileCorpus } from './hostile-corpus.js';

describe('renderTerminal', () => {
  let analysis: CorpusAnalysis;
  beforeAll(() => {
    analysis = analyzeCorpus(hostileCorpus);
  });

  it('never exceeds the width and never breaks a line inside the data', () => {
    for (const width of [60, 100]) {
      const text = renderTerminal(analysis, { width });
      for (const line of text.trimEnd().split('\n')) expect([...line].length).toBeLessThanOrEqual(width);
    }
  });

  it('prints the ranking in rank order, then the naming, voice and distinctive tables', () => {
    const text = renderTerminal(analysis, { width: 200 });
    const heads = [
      'Stance toward',
      'Who calls whom what',
      'Who each source quotes',
      'Most distinctive terms',
    ];
    const at = heads.map((h) => text.indexOf(h));
    expect(at.every((x) => x >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    const ranking = analysis.comparison.ranking[analysis.comparison.mainTarget]!;
    const places = ranking.map((r) => text.indexOf(`  ${r.source.slice(0, 20)}`));
    expect(places.every((p) => p >= 0 && p < at[1]!)).toBe(true);
    expect([...places].sort((a, b) => a - b)).toEqual(places);
  });

  it('prints only the sections asked for', () => {
    const text = renderTerminal(analysis, { sections: ['voices'] });
    expect(text.startsWith('Who each source quotes')).toBe(true);
    expect(text).not.toContain('Stance toward');
  });
});
