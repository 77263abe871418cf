import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldText, normalizeTerm, processText } from '../../src/text/index.js';

describe('normalizeTerm', () => {
  it('tokenizes a French phrase like a text: elisions, hyphens, folding', () => {
    expect(normalizeTerm('l’armée', 'fr')).toEqual([
      { norm: "l'", stem: 'le' },
      { norm: 'armee', stem: 'arme' },
    ]);
    expect(normalizeTerm('Soldats de la paix', 'fr').map((t) => t.stem)).toEqual([
      'soldat',
      'de',
      'la',
      'pai',
    ]);
    expect(normalizeTerm('anti-terroristes', 'fr')).toEqual([
      { norm: 'anti-terroristes', stem: 'anti-terror' },
    ]);
  });

  it('gives a lexicon word the stem of the same word in a text', () => {
    const text = processText({ text: 'Les terroristes et les soldats ont fui.', lang: 'fr' }).tokens;
    expect(normalizeTerm('terroriste', 'fr')[0]!.stem).toBe(text.find((t) => t.text === 'terroristes')!.stem);
    expect(normalizeTerm('soldat', 'fr')[0]!.stem).toBe(text.find((t) => t.text === 'soldats')!.stem);
  });

  it('lemmatises single English words consistently with text', () => {
    expect(normalizeTerm('troops', 'en')).toEqual([{ norm: 'troops', stem: 'troop' }]);
    expect(normalizeTerm('peacekeepers', 'en')).toEqual([{ norm: 'peacekeepers', stem: 'peacekeeper' }]);
    expect(normalizeTerm('rioters', 'en')).toEqual([{ norm: 'rioters', stem: 'rioter' }]);
    expect(normalizeTerm('crushed', 'en')).toEqual([{ norm: 'crushed', stem: 'crush' }]);
    const text = processText({ text: 'Troops crushed them. The crushed rioters fled.', lang: 'en' }).tokens;
    for (const word of ['Troops', 'crushed', 'rioters']) {
      const lexicon = normalizeTerm(word.toLowerCase(), 'en')[0]!.stem;
      for (const t of text.filter((x) => x.text === word)) expect(t.stem).toBe(lexicon);
    }
  });

  it('lemmatises the last part of an English compound', () => {
    expect(normalizeTerm('anti-terrorists', 'en')).toEqual([
      { norm: 'anti-terrorists', stem: 'anti-terrorist' },
    ]);
  });
});

describe('foldText', () => {
  it('lowercases, strips accents, expands ligatures, unifies apostrophes and dashes', () => {
    expect(foldText('L’Œuvre')).toBe("l'oeuvre");
    expect(foldText('Erdoğan ÆSIR Straße')).toBe('erdogan aesir strasse');
    expect(foldText('vice–président‑élu')).toBe('vice-president-elu');
    expect(foldText('ʼ‘’')).toBe("'''");
    expect(foldText('ABC')).toBe('abc');
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => foldText(foldText(s)) === foldText(s)),
      { numRuns: 500 },
    );
    const anyCodePoints = fc
      .array(fc.nat({ max: 0x10ffff }), { maxLength: 24 })
      .map((cps) =>
        cps
          .map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c)))
          .join(''),
      );
    fc.assert(
      fc.property(anyCodePoints, (s) => foldText(foldText(s)) === foldText(s)),
      { numRuns: 1000 },
    );
  });
});
