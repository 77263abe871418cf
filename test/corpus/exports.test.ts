import { expect, it } from 'vitest';
import * as corpus from '../../src/corpus/index.js';

it('pins the public exports of the corpus adapter', () => {
  expect(Object.keys(corpus).sort()).toEqual([
    'BOILERPLATE_REASONS',
    'BOILERPLATE_RULES',
    'ManifestEntrySchema',
    'ManifestSchema',
    'StanceLabelSchema',
    'findBoilerplate',
    'htmlToText',
    'loadCorpus',
    'loadJsonlText',
    'loadSeedCorpus',
    'normaliseLang',
    'parseArticle',
    'readManifest',
    'reservedIds',
    'seedsFolder',
    'streamArticles',
    'streamCorpus',
    'streamJsonl',
    'streamRecords',
  ]);
});
