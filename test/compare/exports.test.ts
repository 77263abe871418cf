import { describe, expect, it } from 'vitest';
import * as compare from '../../src/compare/index.js';

describe('src/compare/index.ts', () => {
  it('exports exactly this list of values', () => {
    expect(Object.keys(compare).sort()).toEqual([
      'MICRO',
      'TERM_OCCURRENCES',
      'TOP_EVIDENCE',
      'analyzeArticleLines',
      'analyzeArticleStream',
      'analyzeBatch',
      'analyzeCorpus',
      'analyzeCorpusParallel',
      'analyzeCorpusStats',
      'analyzeStream',
      'bootstrapInterval',
      'compareEvidence',
      'compareSources',
      'compareStrings',
      'comparisonLine',
      'corpusAnalysisOf',
      'createAnalyzePool',
      'createStatsMerger',
      'dirichletPrior',
      'documentLine',
      'emptySourceStats',
      'logOddsRatio',
      'mergeBySource',
      'mergeCorpusStats',
      'mergeSourceStats',
      'mulberry32',
      'seedOf',
      'setupOf',
      'sourceLine',
      'sourceResult',
      'sourceStatsOf',
      'summarizeSource',
      'surfaceOf',
      'toCSV',
      'toRows',
      'topicOfRef',
    ]);
  });
});
