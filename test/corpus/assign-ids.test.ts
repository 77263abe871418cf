import { describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/core/errors.js';
import { assignIds, slugify } from '../../src/corpus/assign-ids.js';

describe('assignIds', () => {
  it('keeps given ids, numbers the others per source slug, skipping taken ids', () => {
    const { ids, skipped } = assignIds(
      [
        { source: 'BBC News', place: {} },
        { id: 'bbc-news-2', source: 'BBC News', place: {} },
        { source: 'BBC News', place: {} },
        { source: 'Le Monde', place: {} },
      ],
      false,
    );
    expect(ids).toEqual(['bbc-news-1', 'bbc-news-2', 'bbc-news-3', 'le-monde-1']);
    expect(skipped).toEqual([]);
  });

  it('renames repeated ids to the first free id#k with skipInvalid, else throws naming both places', () => {
    const requests = [
      { id: 'a', source: 'S', place: { file: 'f.jsonl', line: 1 } },
      { id: 'a#2', source: 'S', place: { file: 'f.jsonl', line: 2 } },
      { id: 'a', source: 'S', place: { file: 'f.jsonl', line: 3 } },
      { id: 'a', source: 'S', place: { file: 'f.jsonl', line: 4 } },
    ];
    const { ids, skipped } = assignIds(requests, true);
    expect(ids).toEqual(['a', 'a#2', 'a#3', 'a#4']);
    expect(skipped.map((s) => [s.line, s.reason])).toEqual([
      [3, 'duplicate-id-renamed'],
      [4, 'duplicate-id-renamed'],
    ]);
    expect(() => assignIds(requests, false)).toThrow(CorpusError);
    expect(() => assignIds(requests, false)).toThrow('f.jsonl:1 and f.jsonl:3');
  });
});

describe('slugify', () => {
  it('folds accents and punctuation into a bounded ASCII slug', () => {
    expect(slugify('Le Monde (édition abonnés)')).toBe('le-monde-edition-abonnes');
    expect(slugify('Express.co.uk')).toBe('express-co-uk');
    expect(slugify('Новости')).toBe('doc');
    expect(slugify('a'.repeat(39) + ' bcd').length).toBeLessThanOrEqual(40);
    expect(slugify('a'.repeat(39) + ' bcd').endsWith('-')).toBe(false);
  });
});
