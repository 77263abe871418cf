import { describe, expect, it } from 'vitest';
import type { ErrorPlace } from '../../src/core/errors.js';
import { CorpusError } from '../../src/core/errors.js';
import { assignIds, createIdAssigner, slugify } from '../../src/corpus/assign-ids.js';

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

  it('names the first place of a repeated id whatever file or kind of place it came from', () => {
    const clash = (first: ErrorPlace, second: ErrorPlace) => {
      const ids = createIdAssigner(false);
      ids.assign({ id: 'first', source: 'S', place: { file: 'a.jsonl', line: 1 } });
      ids.assign({ id: 'x', source: 'S', place: first });
      return () => ids.assign({ id: 'x', source: 'S', place: second });
    };
    expect(clash({ file: 'a.jsonl', line: 7 }, { file: 'b.jsonl', line: 2 })).toThrow(
      'id "x" is used by a.jsonl:7 and b.jsonl:2',
    );
    expect(clash({ file: 'b.jsonl', line: 7 }, { file: 'a.jsonl', line: 9 })).toThrow(
      'id "x" is used by b.jsonl:7 and a.jsonl:9',
    );
    expect(clash({ file: 'articles/x.html' }, { file: 'a.jsonl', line: 9 })).toThrow(
      'id "x" is used by articles/x.html and a.jsonl:9',
    );
    expect(clash({ line: 4 }, { file: 'a.jsonl', line: 9 })).toThrow(
      'id "x" is used by an earlier document and a.jsonl:9',
    );
    const generated = createIdAssigner(false);
    generated.assign({ source: 'RT', place: { file: 'c.jsonl', line: 12 } });
    expect(() =>
      generated.assign({ id: 'rt-1', source: 'RT', place: { file: 'c.jsonl', line: 13 } }),
    ).toThrow('id "rt-1" was already given to c.jsonl:12');
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
