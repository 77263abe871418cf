import { describe, expect, it } from 'vitest';
import { processText } from '../../src/text/index.js';

const sentences = (text: string, lang: 'fr' | 'en' = 'fr'): string[] =>
  processText({ text, lang }).sentences.map((s) => s.text);

describe('French sentence splitting', () => {
  it('does not split after titles: M., Mme, MM., Dr, Pr', () => {
    expect(
      sentences('M. Dupont et Mme Durand sont venus. MM. Martin et Dr Lee aussi. Le Pr Roux a parlé.'),
    ).toEqual(['M. Dupont et Mme Durand sont venus.', 'MM. Martin et Dr Lee aussi.', 'Le Pr Roux a parlé.']);
  });

  it('does not split after an initial before a name: S. Tikhanovskaïa', () => {
    expect(sentences('Le bureau de S. Tikhanovskaïa a répondu. Il attend.')).toEqual([
      'Le bureau de S. Tikhanovskaïa a répondu.',
      'Il attend.',
    ]);
  });

  it('does not split after av. J.-C., p. ex., env., janv., art.', () => {
    expect(
      sentences(
        'En 52 av. J.-C. la ville tombe. Il y a eu, p. ex. des morts. Ils sont env. 300 le 12 janv. 2022. Voir l’art. 3 du traité.',
      ),
    ).toEqual([
      'En 52 av. J.-C. la ville tombe.',
      'Il y a eu, p. ex. des morts.',
      'Ils sont env. 300 le 12 janv. 2022.',
      'Voir l’art. 3 du traité.',
    ]);
  });

  it('still splits after etc. when a capitalised word follows', () => {
    expect(sentences('Des chars, des camions, etc. Tout est prêt.')).toEqual([
      'Des chars, des camions, etc.',
      'Tout est prêt.',
    ]);
  });

  it('does not split inside numbers with spaces or decimal commas', () => {
    for (const space of [' ', '\u00a0', '\u202f']) {
      const text = `Il y a 2${space}500 soldats. Le taux est de 8,5${space}%. Fin.`;
      expect(sentences(text)).toEqual([
        `Il y a 2${space}500 soldats.`,
        `Le taux est de 8,5${space}%.`,
        'Fin.',
      ]);
    }
  });

  it('ends a sentence after a closing quotation mark: « … ». and « ….  »', () => {
    expect(sentences('Il a dit « oui ». Elle a ri. Il a crié : « Non. » Puis il est parti.')).toEqual([
      'Il a dit « oui ».',
      'Elle a ri.',
      'Il a crié : « Non. »',
      'Puis il est parti.',
    ]);
    expect(sentences('« C’est fini… » Il part.')).toEqual(['« C’est fini… »', 'Il part.']);
  });

  it('keeps a quotation followed by a lowercase word in its sentence: « Non ! » dit-il.', () => {
    expect(sentences('« Non ! » dit-il. Puis il sort.')).toEqual(['« Non ! » dit-il.', 'Puis il sort.']);
  });

  it('never lets a sentence cross a line break (LF, CRLF, CR, U+2028, U+2029)', () => {
    for (const nl of ['\n', '\r\n', '\r', '\u2028', '\u2029', '\n\n']) {
      expect(sentences(`Un titre sans point${nl}Le corps commence ici. Il continue`)).toEqual([
        'Un titre sans point',
        'Le corps commence ici.',
        'Il continue',
      ]);
    }
  });

  it('cuts at a line break even after a title abbreviation', () => {
    expect(sentences('Signé M.\nDupont')).toEqual(['Signé M.', 'Dupont']);
  });

  it('does not start a sentence with a lowercase word after an ellipsis or ?', () => {
    expect(sentences('Il hésite... puis repart. Pourquoi ? parce que.')).toEqual([
      'Il hésite... puis repart.',
      'Pourquoi ? parce que.',
    ]);
  });
});

describe('English sentence splitting', () => {
  it('does not split after Mr., Mrs., Dr., U.S., e.g., i.e., Jan.', () => {
    expect(
      sentences(
        'Mr. Smith and Mrs. Jones met Dr. Brown in the U.S. on Jan. 5, e.g. at noon, i.e. early. They left.',
        'en',
      ),
    ).toEqual([
      'Mr. Smith and Mrs. Jones met Dr. Brown in the U.S. on Jan. 5, e.g. at noon, i.e. early.',
      'They left.',
    ]);
  });

  it('ends a sentence after a quotation that ends with a period: "No." Then…', () => {
    expect(sentences('He said "No." Then he left.', 'en')).toEqual(['He said "No."', 'Then he left.']);
    expect(sentences('He said "no," and left.', 'en')).toEqual(['He said "no," and left.']);
  });

  it('splits ordinary sentences', () => {
    expect(sentences('Troops arrived. Protests ended! Did they? Yes.', 'en')).toEqual([
      'Troops arrived.',
      'Protests ended!',
      'Did they?',
      'Yes.',
    ]);
  });
});

describe('sentences and tokens', () => {
  it('gives each token its sentence and each sentence its token range', () => {
    const pt = processText({ text: 'Il pleut. Il vente.', lang: 'fr' });
    expect(pt.sentences).toEqual([
      { start: 0, end: 9, text: 'Il pleut.', firstToken: 0, lastToken: 2 },
      { start: 10, end: 19, text: 'Il vente.', firstToken: 3, lastToken: 5 },
    ]);
    expect(pt.tokens.map((t) => t.sentence)).toEqual([0, 0, 0, 1, 1, 1]);
  });

  it('gives no sentence to an empty or blank text', () => {
    expect(processText({ text: '', lang: 'fr' }).sentences).toEqual([]);
    expect(processText({ text: ' \n\t\u00a0 ', lang: 'fr' }).sentences).toEqual([]);
  });
});
