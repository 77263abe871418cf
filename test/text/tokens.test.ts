import { describe, expect, it } from 'vitest';
import { processText } from '../../src/text/index.js';
import type { Token } from '../../src/text/types.js';

const fr = (text: string): Token[] => processText({ text, lang: 'fr' }).tokens;
const en = (text: string): Token[] => processText({ text, lang: 'en' }).tokens;
const texts = (tokens: Token[]): string[] => tokens.map((t) => t.text);
const find = (tokens: Token[], text: string): Token => {
  const t = tokens.find((x) => x.text === text);
  if (!t) throw new Error(`no token ${text} in ${JSON.stringify(texts(tokens))}`);
  return t;
};

describe('French elisions', () => {
  const cases: [string, string, string][] = [
    ['l’armée arrive', 'l’', 'le'],
    ['d’abord', 'd’', 'de'],
    ['qu’il parte', 'qu’', 'que'],
    ['n’importe', 'n’', 'ne'],
    ['s’excuser', 's’', 'se'],
    ['j’accuse', 'j’', 'je'],
    ['c’était', 'c’', 'ce'],
    ['m’a dit', 'm’', 'me'],
    ['t’aime', 't’', 'te'],
    ['jusqu’à Almaty', 'jusqu’', 'jusque'],
    ['lorsqu’elle parle', 'lorsqu’', 'lorsque'],
    ['puisqu’on sait', 'puisqu’', 'puisque'],
    ['quoiqu’il dise', 'quoiqu’', 'quoique'],
  ];
  for (const [text, elided, full] of cases) {
    for (const apostrophe of ['’', "'"]) {
      const input = text.replace('’', apostrophe);
      const form = elided.replace('’', apostrophe);
      it(`splits ${input}`, () => {
        const tokens = fr(input);
        const t = find(tokens, form);
        expect(t).toMatchObject({ kind: 'word', norm: `${elided.slice(0, -1)}'`, stem: full, stop: true });
        expect(tokens[tokens.indexOf(t) + 1]!.start).toBe(t.end);
      });
    }
  }

  it('splits capitalised elisions: L’OTSC, D’autre, QU’IL', () => {
    expect(texts(fr('L’OTSC'))).toEqual(['L’', 'OTSC']);
    expect(texts(fr("D'autre part"))).toEqual(["D'", 'autre', 'part']);
    expect(texts(fr('QU’IL VIENNE'))).toEqual(['QU’', 'IL', 'VIENNE']);
    expect(find(fr('L’OTSC'), 'L’')).toMatchObject({ norm: "l'", stem: 'le', stop: true });
    expect(find(fr('L’OTSC'), 'OTSC')).toMatchObject({ norm: 'otsc', stop: false });
  });

  it('keeps words whose apostrophe is not an elision: aujourd’hui, quelqu’un, presqu’île', () => {
    expect(texts(fr('aujourd’hui quelqu’un presqu’île'))).toEqual(['aujourd’hui', 'quelqu’un', 'presqu’île']);
  });

  it('joins the elision wink cut before a quotation mark: l’« OTSC »', () => {
    expect(texts(fr('l’«OTSC»'))).toEqual(['l’', '«', 'OTSC', '»']);
  });

  it('does not split elisions in English text', () => {
    expect(texts(en("d'Artagnan"))).toEqual(["d'Artagnan"]);
  });
});

describe('hyphens and letters outside Latin-1', () => {
  it('keeps hyphenated names and compounds as one token', () => {
    expect(texts(fr('Alma-Ata, Kassym-Jomart, anti-terroriste, vice-président, pro-russe.'))).toEqual([
      'Alma-Ata',
      ',',
      'Kassym-Jomart',
      ',',
      'anti-terroriste',
      ',',
      'vice-président',
      ',',
      'pro-russe',
      '.',
    ]);
  });

  it('gives c’est-à-dire as c’ + est-à-dire in French', () => {
    expect(texts(fr('c’est-à-dire'))).toEqual(['c’', 'est-à-dire']);
  });

  it('does not join across spaces or dashes, nor letters to digits', () => {
    expect(texts(fr('Alma - Ata'))).toEqual(['Alma', '-', 'Ata']);
    expect(texts(fr('Alma—Ata'))).toEqual(['Alma', '—', 'Ata']);
    expect(texts(en('COVID - 19'))).toEqual(['COVID', '-', '19']);
  });

  it('keeps words with letters outside Latin-1 whole', () => {
    expect(texts(fr('Le cœur des manœuvres de Lukašenka, Erdoğan et Токаев.'))).toEqual([
      'Le',
      'cœur',
      'des',
      'manœuvres',
      'de',
      'Lukašenka',
      ',',
      'Erdoğan',
      'et',
      'Токаев',
      '.',
    ]);
    const t = find(fr('Erdoğan'), 'Erdoğan');
    expect(t).toMatchObject({ kind: 'word', norm: 'erdogan' });
    expect(find(fr('cœur'), 'cœur').norm).toBe('coeur');
  });

  it('keeps a decomposed accent (e + U+0301) inside its word', () => {
    const text = 'e\u0301te\u0301 chaud';
    expect(texts(fr(text))).toEqual(['e\u0301te\u0301', 'chaud']);
    expect(fr(text)[0]!.norm).toBe('ete');
  });
});

describe('token kinds', () => {
  it('marks « » “ ” „ ‹ › and straight quotes as quotation marks', () => {
    const tokens = fr('« a » “b” „c“ ‹d› "e"');
    for (const mark of ['«', '»', '“', '”', '„', '‹', '›', '"'])
      expect(find(tokens, mark).kind).toBe('quote');
  });

  it('treats ’ between letters as an apostrophe inside the word, and a lone ’ as punctuation', () => {
    const tokens = en('The rioters’ demands');
    expect(find(tokens, '’').kind).toBe('punctuation');
    expect(texts(en('It’s over'))).toEqual(['It', '’s', 'over']);
  });

  it('marks ‘ ’ as quotation marks when they quote', () => {
    const tokens = en('They said ‘bandits’ twice.');
    expect(find(tokens, '‘').kind).toBe('quote');
    expect(find(tokens, '’').kind).toBe('quote');
  });

  it('recognises numbers, symbols, emoji, urls, emails, hashtags and mentions', () => {
    const tokens = fr('Il a 1 000 soldats, 8,5 % et 20 € 😀 https://exemple.fr/a a@b.fr #Almaty @otsc');
    expect(find(tokens, '1').kind).toBe('number');
    expect(find(tokens, '000').kind).toBe('number');
    expect(find(tokens, '8,5').kind).toBe('number');
    expect(find(tokens, '%').kind).toBe('symbol');
    expect(find(tokens, '€').kind).toBe('symbol');
    expect(find(tokens, '😀').kind).toBe('emoji');
    expect(find(tokens, 'https://exemple.fr/a').kind).toBe('url');
    expect(find(tokens, 'a@b.fr').kind).toBe('email');
    expect(find(tokens, '#Almaty').kind).toBe('hashtag');
    expect(find(tokens, '@otsc').kind).toBe('mention');
    expect(find(tokens, 'soldats').kind).toBe('word');
    expect(find(tokens, ',').kind).toBe('punctuation');
  });

  it('keeps emoji sequences whole (ZWJ family, skin tone, flag, keycap)', () => {
    expect(texts(fr('👨‍👩‍👧 👍🏽 🇫🇷🇰🇿 1️⃣'))).toEqual(['👨‍👩‍👧', '👍🏽', '🇫🇷', '🇰🇿', '1️⃣']);
    for (const t of fr('👨‍👩‍👧 👍🏽 🇫🇷')) expect(t.kind).toBe('emoji');
  });
});

describe('norm, stem and stopwords', () => {
  it("folds norms: lowercase, no accents, œ→oe, ’→'", () => {
    const tokens = fr('Élections À Œuvre');
    expect(tokens.map((t) => t.norm)).toEqual(['elections', 'a', 'oeuvre']);
  });

  it('gives singular and plural French nouns the same stem', () => {
    const stem = (w: string): string => fr(w)[0]!.stem;
    expect(stem('soldats')).toBe(stem('soldat'));
    expect(stem('terroristes')).toBe(stem('terroriste'));
    expect(stem('bandits')).toBe(stem('bandit'));
    expect(stem('manifestants')).toBe(stem('manifestant'));
    expect(stem('Soldats')).toBe('soldat');
  });

  it('stems French on the accented word, then folds', () => {
    expect(fr('ingérence')[0]!.stem).toBe('ingerent');
    expect(fr('l’ingérence')[1]!.stem).toBe('ingerent');
  });

  it('lemmatises English words the same way wherever they stand', () => {
    const tokens = en('Troops crushed the rioters. The troops were peacekeepers.');
    expect(tokens.filter((t) => t.norm === 'troops').map((t) => t.stem)).toEqual(['troop', 'troop']);
    expect(find(tokens, 'crushed').stem).toBe('crush');
    expect(find(tokens, 'rioters').stem).toBe('rioter');
    expect(find(tokens, 'peacekeepers').stem).toBe('peacekeeper');
    expect(find(tokens, 'were').stem).toBe('be');
  });

  it('flags French and English stopwords, but not content words', () => {
    const f = fr('Les soldats de la paix sont dans la ville');
    expect(f.filter((t) => t.stop).map((t) => t.text)).toEqual(['Les', 'de', 'la', 'sont', 'dans', 'la']);
    const e = en('The troops of the alliance are in the city');
    expect(e.filter((t) => t.stop).map((t) => t.text)).toEqual(['The', 'of', 'the', 'are', 'in', 'the']);
  });

  it('uses stem = norm and no stopwords for other languages', () => {
    const tokens = processText({ text: 'Die Truppen sind da', lang: 'de' }).tokens;
    for (const t of tokens) {
      expect(t.stem).toBe(t.norm);
      expect(t.stop).toBe(false);
    }
  });

  it('uses stem = norm for non-words', () => {
    const t = find(fr('Il a 8,5 % — voilà.'), '—');
    expect(t).toMatchObject({ norm: '-', stem: '-', stop: false, kind: 'punctuation' });
  });
});
