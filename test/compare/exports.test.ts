import { describe, expect, it } from 'vitest';
import * as compare from '../../src/compare/index.js';

describe('src/compare/index.ts', () => {
  it('exports exactly this list of values', () => {
    expect(Object.keys(compare).sort()).toEqual([
      'MICRO',
      'TERM_OCCURRENCES',
      'TOP_EVIDENCE',
      'analyzeCorpus',
      'analyzeCorpusStats',
      'bootstrapInterval',
      'compareEvidence',
      'compareSources',
      'compareStrings',
      'corpusAnalysisOf',
      'dirichletPrior',
      'emptySourceStats',
      'logOddsRatio',
      'mergeBySource',
      'mergeCorpusStats',
      'mergeSourceStats',
      'mulberry32',
      'seedOf',
      'sourceResult',
      'sourceStatsOf',
      'summarizeSource',
      'surfaceOf',
      'toCSV',
      'toRows',
    ]);
  });
});
