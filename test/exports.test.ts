import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('the public surface', () => {
  it('exports exactly these values (types are checked by tsc and attw)', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CorpusError',
        'FramingError',
        'QueueError',
        'TopicError',
        'UsageError',
        'WorkerError',
        'analyzeCorpus',
        'analyzeCorpusParallel',
        'analyzeCorpusStats',
        'analyzeStream',
        'analyzeDocument',
        'bootstrapInterval',
        'bundledTopics',
        'compareSources',
        'corpusAnalysisOf',
        'cstoKazakhstan2022',
        'cstoKazakhstan2022Spec',
        'defaultStanceParams',
        'defineTopic',
        'detectLanguage',
        'evaluate',
        'foldText',
        'frameScores',
        'getTopic',
        'loadCorpus',
        'loadJsonlText',
        'loadSeedCorpus',
        'logOddsRatio',
        'mergeCorpusStats',
        'paragraphScores',
        'parseArticle',
        'processText',
        'renderChartSvg',
        'renderHtml',
        'renderMarkdown',
        'renderTerminal',
        'spanScores',
        'stanceScores',
        'streamCorpus',
        'toCSV',
        'toRows',
      ].sort(),
    );
  });

  it('error classes keep their names and codes', () => {
    const e = new api.CorpusError('E_MISSING_TEXT', 'record has no "text" field', {
      file: 'a.jsonl',
      line: 3,
    });
    expect(e).toBeInstanceOf(api.FramingError);
    expect(e.name).toBe('CorpusError');
    expect(e.message).toBe('a.jsonl:3: record has no "text" field');
    expect(e.toJSON()).toEqual({
      name: 'CorpusError',
      code: 'E_MISSING_TEXT',
      message: 'a.jsonl:3: record has no "text" field',
      file: 'a.jsonl',
      line: 3,
    });
  });
});
