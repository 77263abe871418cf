import { describe, expect, it } from 'vitest';
import { countTerms } from '../../src/analysis/distinctive/count-terms.js';
import { processed } from './fixtures.js';

describe('countTerms', () => {
  it('counts 1- to 3-grams over stems, keeping a stopword only inside a gram (fr)', () => {
    const text = 'Les forces de sécurité arrivent. Les Forces repartent.';
    const terms = countTerms(processed(text));
    expect(Object.keys(terms)).toEqual([
      'arrivent',
      'force',
      'force de sécurité',
      'force repartent',
      'repartent',
      'sécurité',
      'sécurité arrivent',
    ]);
    expect(terms.force).toMatchObject({ count: 2, surface: 'forces', surfaces: { Forces: 1, forces: 1 } });
    expect(terms['force de sécurité']!.occurrences).toEqual([{ start: 4, end: 22 }]);
    for (const [, t] of Object.entries(terms)) {
      for (const o of t.occurrences) expect(t.surfaces[text.slice(o.start, o.end)]).toBeGreaterThan(0);
    }
  });

  it('never crosses a sentence, a punctuation or quotation mark, or a number (en)', () => {
    const text = 'Troops arrived. Troops, "peacekeepers" left 2022 troops';
    const terms = countTerms(processed(text, 'en'));
    expect(terms['troop arrived']).toBeDefined();
    expect(terms['arrived troop']).toBeUndefined(); // across the sentence end
    expect(terms['troop peacekeeper']).toBeUndefined(); // across a comma and a quotation mark
    expect(terms['peacekeeper left']).toBeUndefined(); // across the closing quotation mark
    expect(terms['left troop']).toBeUndefined(); // across a number
    expect(terms['2022']).toBeUndefined();
    expect(terms.troop!.count).toBe(3);
  });

  it('drops grams made of stopwords or starting/ending with one', () => {
    const terms = countTerms(processed('the end of the road and the sea'));
    expect(Object.keys(terms)).toEqual(['end', 'road', 'sea']);
  });

  it('picks the most frequent surface, the first on a tie, and keeps at most 5 occurrences', () => {
    const text = 'Bandits. bandits. Bandits. bandits. bandits. Bandits. Otages. otage.';
    const terms = countTerms(processed(text));
    expect(terms.bandit).toMatchObject({ count: 6, surfaces: { Bandits: 3, bandits: 3 } });
    expect(terms.bandit!.surface).toBe('Bandits');
    expect(terms.bandit!.occurrences).toHaveLength(5);
    expect(terms.bandit!.occurrences[0]).toEqual({ start: 0, end: 7 });
    expect(terms.otage!.surface).toBe('Otages');
    expect(countTerms(processed(text), { maxOccurrences: 2 }).bandit!.occurrences).toHaveLength(2);
  });

  it('honours maxN and returns plain JSON with sorted keys', () => {
    const pt = processed('Le président Tokaïev demande une aide militaire.');
    const unigrams = countTerms(pt, { maxN: 1 });
    expect(Object.keys(unigrams)).toEqual(['aide', 'demande', 'militaire', 'président', 'tokaïev']);
    const all = countTerms(pt);
    expect(Object.keys(all)).toEqual([...Object.keys(all)].sort());
    expect(JSON.parse(JSON.stringify(all))).toEqual(all);
    expect(all['président tokaïev demande']!.count).toBe(1);
  });
});
