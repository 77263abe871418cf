import { describe, expect, it } from 'vitest';
import { onlyQuote, quotesOf } from './fixture.js';
import { patternCases as cases } from './pattern-cases.js';

describe('attribution patterns (fr and en)', () => {
  for (const c of cases) {
    it(`${String(c.pattern)}: ${c.text}`, () => {
      const q = onlyQuote(c.text, c.lang);
      expect(q).toMatchObject({ kind: c.kind, text: c.content, speakerGroup: c.group });
      expect(q.pattern).toMatch(c.pattern);
      expect(q.speaker?.text).toBe(c.speaker);
      expect(q.verb?.text ?? null).toBe(c.verb);
    });
  }

  it('positions speaker, verb and content with original offsets', () => {
    const text = '« Nous resterons le temps qu’il faudra », a affirmé Vladimir Poutine.';
    const q = onlyQuote(text, 'fr');
    expect(text.slice(q.start, q.end)).toBe(q.text);
    expect(text.slice(q.speaker!.start, q.speaker!.end)).toBe('Vladimir Poutine');
    expect(text.slice(q.verb!.start, q.verb!.end)).toBe('affirmé');
    expect(q.words).toBe(7);
    expect(q.sentence).toBe(0);
  });

  it('reads the French inversion « a-t-il déclaré » and « déclare-t-elle »', () => {
    const { quotes } = quotesOf(
      'Le président Tokaïev a parlé mardi. « Les bandits ont été chassés », a-t-il déclaré. « Nous gardons le contrôle », ajoute-t-il.',
      'fr',
    );
    expect(quotes.map((q) => q.pattern)).toEqual([
      'fr/quote-then-verb-speaker',
      'fr/quote-then-verb-speaker',
    ]);
    expect(quotes.map((q) => q.pronoun?.text)).toEqual(['il', 'il']);
    expect(quotes.map((q) => q.speakerGroup)).toEqual(['kazakh-officials', 'kazakh-officials']);
    expect(quotes[1]!.verb?.text).toBe('ajoute-t-il');
  });

  it('reads a speaker before an apposition between commas', () => {
    const q = onlyQuote(
      'Dmitri Peskov, porte-parole de la présidence russe, a affirmé que les soldats ne combattraient pas.',
      'fr',
    );
    expect(q.speaker?.text).toBe('Dmitri Peskov');
    expect(q.speakerGroup).toBe('russian-officials');
  });
});

describe('near misses', () => {
  it('does not take « pour » without a speaker-like phrase as attribution', () => {
    expect(quotesOf('Pour autant, la situation reste tendue dans la capitale.', 'fr').quotes).toEqual([]);
    expect(quotesOf('Pour la première fois, des soldats étrangers patrouillent.', 'fr').quotes).toEqual([]);
  });

  it('does not read a noun as a reporting verb', () => {
    expect(quotesOf('La déclaration du ministère que nous avons lue est courte.', 'fr').quotes).toEqual([]);
    expect(quotesOf('The claim that troops fired first was denied.', 'en').quotes).toEqual([]);
  });

  it('ignores reporting verbs inside a quotation', () => {
    const { quotes } = quotesOf('« Le ministre a dit que tout allait bien », raconte un habitant.', 'fr');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ kind: 'direct', pattern: 'fr/quote-then-verb-speaker' });
    expect(quotes[0]!.speaker?.text).toBe('un habitant');
  });
});
