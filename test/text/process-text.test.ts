import { describe, expect, it } from 'vitest';
import { UsageError } from '../../src/core/errors.js';
import type { Article } from '../../src/corpus/types.js';
import { processText } from '../../src/text/index.js';

describe('processText regions', () => {
  const text = 'Titre du jour\n\nPublicité : achetez ici\n\nLes soldats sont arrivés. Ils repartent.';
  const title = { start: 0, end: 13 };
  const body = { start: text.indexOf('Les'), end: text.length };

  it('reads only the regions: text outside gets no token and no sentence', () => {
    const pt = processText({ text, regions: [title, body], lang: 'fr' });
    expect(pt.tokens.some((t) => t.text === 'Publicité' || t.text === 'achetez')).toBe(false);
    expect(pt.sentences.map((s) => s.text)).toEqual([
      'Titre du jour',
      'Les soldats sont arrivés.',
      'Ils repartent.',
    ]);
    expect(pt.text).toBe(text);
  });

  it('reads an Article: its title span, then its body', () => {
    const article: Article = {
      id: 'a1',
      source: 'Exemple',
      text,
      title: 'Titre du jour',
      titleSpan: title,
      body: [body],
      removed: [{ ...{ start: 15, end: 38 }, text: text.slice(15, 38), reason: 'advertising' }],
      lang: 'fr',
    };
    const pt = processText(article);
    expect(pt.tokens[0]!.text).toBe('Titre');
    expect(pt.tokens.some((t) => t.text === 'achetez')).toBe(false);
    expect(pt).toMatchObject({ lang: 'fr', langDetected: false });
  });

  it('never lets a sentence or a token cross a region boundary, even mid-word', () => {
    const t = 'Bonjourlemonde. Suite';
    const pt = processText({
      text: t,
      regions: [
        { start: 0, end: 7 },
        { start: 7, end: 21 },
      ],
      lang: 'fr',
    });
    expect(pt.tokens.map((x) => x.text)).toEqual(['Bonjour', 'lemonde', '.', 'Suite']);
    expect(pt.sentences.map((s) => s.text)).toEqual(['Bonjour', 'lemonde.', 'Suite']);
  });

  it('sorts regions and merges overlapping ones', () => {
    const t = 'un deux trois';
    const pt = processText({
      text: t,
      regions: [
        { start: 8, end: 13 },
        { start: 0, end: 5 },
        { start: 2, end: 7 },
      ],
      lang: 'fr',
    });
    expect(pt.tokens.map((x) => x.text)).toEqual(['un', 'deux', 'trois']);
  });

  it('rejects a region outside the text with E_USAGE', () => {
    expect(() => processText({ text: 'court', regions: [{ start: 0, end: 99 }], lang: 'fr' })).toThrow(
      UsageError,
    );
    expect(() => processText({ text: 'court', regions: [{ start: 3, end: 1 }], lang: 'fr' })).toThrow(
      /invalid region/,
    );
  });

  it('reads nothing with no region', () => {
    const pt = processText({ text: 'Du texte.', regions: [], lang: 'fr' });
    expect(pt).toMatchObject({ tokens: [], sentences: [], quotes: [], wordCount: 0 });
  });
});

describe('processText output', () => {
  it('is plain JSON and deterministic', () => {
    const input = { text: 'L’OTSC a envoyé des « soldats de la paix » à Almaty.', lang: 'fr' };
    const pt = processText(input);
    expect(JSON.parse(JSON.stringify(pt))).toEqual(pt);
    expect(processText(input)).toEqual(pt);
  });

  it('counts word tokens only', () => {
    const pt = processText({ text: 'Il y a 1 000 soldats, « ici » !', lang: 'fr' });
    expect(pt.wordCount).toBe(5);
    expect(pt.tokens.length).toBe(11);
  });

  it('works on CRLF text and keeps the original untouched', () => {
    const text = 'Première ligne.\r\nSeconde ligne.\r\n';
    const pt = processText({ text, lang: 'fr' });
    expect(pt.text).toBe(text);
    expect(pt.sentences.map((s) => [s.start, s.end])).toEqual([
      [0, 15],
      [17, 31],
    ]);
  });
});

describe('text module surface', () => {
  it('exports exactly the text pipeline functions', async () => {
    const mod = await import('../../src/text/index.js');
    expect(Object.keys(mod).sort()).toEqual([
      'detectLanguage',
      'findQuoteSpans',
      'foldText',
      'normalizeTerm',
      'parseLang',
      'processText',
    ]);
  });

  it('tokenizes a text detected as another language, without stems or stopwords', () => {
    const pt = processText({ text: 'Войска ОДКБ прибыли в Алматы. Протесты закончились.' });
    expect(pt).toMatchObject({ lang: 'other', langDetected: true });
    expect(pt.tokens.map((t) => t.text)).toEqual([
      'Войска',
      'ОДКБ',
      'прибыли',
      'в',
      'Алматы',
      '.',
      'Протесты',
      'закончились',
      '.',
    ]);
    expect(pt.sentences.length).toBe(2);
    expect(pt.tokens.every((t) => t.stem === t.norm && !t.stop)).toBe(true);
  });
});
