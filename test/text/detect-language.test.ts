import { describe, expect, it } from 'vitest';
import { FramingError } from '../../src/core/errors.js';
import { detectLanguage, parseLang, processText } from '../../src/text/index.js';

describe('detectLanguage', () => {
  it('recognises French news text with high confidence', () => {
    const g = detectLanguage(
      'Les troupes de l’alliance sont arrivées à Almaty jeudi. Le président a demandé leur aide contre ce qu’il appelle des bandits, et les manifestants ont quitté la place.',
    );
    expect(g.lang).toBe('fr');
    expect(g.confidence).toBeGreaterThan(0.8);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  it('recognises English news text with high confidence', () => {
    const g = detectLanguage(
      'The troops of the alliance arrived in Almaty on Thursday. The president had asked for their help against what he called bandits, and the protesters left the square.',
    );
    expect(g.lang).toBe('en');
    expect(g.confidence).toBeGreaterThan(0.8);
    expect(g.confidence).toBeLessThanOrEqual(1);
  });

  it('recognises a short sentence, with a middling confidence', () => {
    const fr = detectLanguage('Les soldats sont arrivés hier soir.');
    expect(fr.lang).toBe('fr');
    expect(fr.confidence).toBeGreaterThan(0.2);
    expect(fr.confidence).toBeLessThan(0.9);
    expect(detectLanguage('Troops arrived last night.').lang).toBe('en');
  });

  it('says other for another script', () => {
    expect(detectLanguage('Войска союзников прибыли в Алматы в четверг утром.')).toEqual({
      lang: 'other',
      confidence: 1,
    });
  });

  it('says other for a longer text in another Latin-script language', () => {
    const es = detectLanguage(
      'Las tropas de la alianza llegaron a la ciudad el jueves por la mañana y los manifestantes se retiraron de la plaza principal sin incidentes graves según la policía.',
    );
    expect(es.lang).toBe('other');
    expect(es.confidence).toBeGreaterThan(0.5);
    const de = detectLanguage(
      'Die Truppen des Bündnisses kamen am Donnerstag in die Stadt und die Demonstranten verließen den Hauptplatz ohne größere Zwischenfälle nach Angaben der Polizei.',
    );
    expect(de.lang).toBe('other');
  });

  it('gives other with confidence 0 for empty or letterless text', () => {
    expect(detectLanguage('')).toEqual({ lang: 'other', confidence: 0 });
    expect(detectLanguage('  12 000 — 8,5 % !! ')).toEqual({ lang: 'other', confidence: 0 });
  });

  it('lets function words decide a very short text, with low confidence', () => {
    const g = detectLanguage('Il est là');
    expect(g.lang).toBe('fr');
    expect(g.confidence).toBeGreaterThan(0);
    expect(g.confidence).toBeLessThanOrEqual(0.25);
    expect(detectLanguage('Almaty')).toEqual({ lang: 'other', confidence: 0 });
  });

  it('reads only the given regions', () => {
    const text =
      'The troops arrived in the city on Thursday morning. Les troupes sont arrivées dans la ville jeudi matin et elles sont restées.';
    expect(detectLanguage(text, [{ start: 0, end: 51 }]).lang).toBe('en');
    expect(detectLanguage(text, [{ start: 52, end: text.length }]).lang).toBe('fr');
  });
});

describe('language of processText', () => {
  it('detects the language when none is given', () => {
    const pt = processText({ text: 'Les manifestants ont quitté la place centrale de la ville.' });
    expect(pt).toMatchObject({ lang: 'fr', langDetected: true });
    expect(pt.langConfidence).toBeGreaterThan(0);
    expect(pt.langConfidence).toBeLessThanOrEqual(1);
  });

  it('uses a given language with confidence 1, in any spelling', () => {
    for (const lang of ['fr', 'FR', 'fra', 'french', 'fr-CA']) {
      expect(processText({ text: 'The troops came.', lang })).toMatchObject({
        lang: 'fr',
        langConfidence: 1,
        langDetected: false,
      });
    }
    for (const lang of ['en', 'eng', 'English', 'en-GB']) {
      expect(processText({ text: 'Les troupes.', lang }).lang).toBe('en');
    }
  });

  it('lets options.lang override the input, and auto force detection', () => {
    expect(processText({ text: 'The troops of the alliance came.', lang: 'fr' }, { lang: 'en' }).lang).toBe(
      'en',
    );
    const auto = processText(
      { text: 'The troops of the alliance came to the city.', lang: 'fr' },
      { lang: 'auto' },
    );
    expect(auto).toMatchObject({ lang: 'en', langDetected: true });
  });
});

describe('parseLang', () => {
  it('maps user spellings to fr, en, other or auto', () => {
    expect(parseLang('fr')).toBe('fr');
    expect(parseLang(' Français ')).toBe('fr');
    expect(parseLang('fr_FR')).toBe('fr');
    expect(parseLang('ENG')).toBe('en');
    expect(parseLang('english')).toBe('en');
    expect(parseLang('de')).toBe('other');
    expect(parseLang('german')).toBe('other');
    expect(parseLang('other')).toBe('other');
    expect(parseLang('auto')).toBe('auto');
    expect(parseLang('')).toBe('auto');
    expect(parseLang(undefined)).toBe('auto');
  });

  it('throws E_LANG_UNSUPPORTED on something that is not a language', () => {
    expect(() => parseLang('12 French!')).toThrow(FramingError);
    try {
      parseLang('<fr>');
    } catch (e) {
      expect((e as FramingError).code).toBe('E_LANG_UNSUPPORTED');
    }
    expect.assertions(2);
  });
});
