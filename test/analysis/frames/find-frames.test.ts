import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findFrames } from '../../../src/analysis/frames/find-frames.js';
import type { Voice } from '../../../src/core/types.js';
import { processText } from '../../../src/text/index.js';
import { frameMatcher } from '../../../src/topics/compile-frames.js';

const frames = (text: string, lang: 'fr' | 'en') =>
  findFrames(processText({ text, lang }), frameMatcher(lang)).map((f) => f.frame);

/** One hit and one near miss per frame and language: sentences written for these tests. */
const CASES: { frame: string; lang: 'fr' | 'en'; hit: string; miss: string }[] = [
  {
    frame: 'security-defence',
    lang: 'fr',
    hit: 'Les troupes ont bombardé la ville toute la nuit.',
    miss: 'Les oiseaux ont trouvé la paix au-dessus de la ville.',
  },
  {
    frame: 'legality',
    lang: 'fr',
    hit: 'Le Conseil constitutionnel a censuré la loi.',
    miss: 'La cour de la ferme était vide au petit matin.',
  },
  {
    frame: 'political',
    lang: 'fr',
    hit: 'Les électeurs votent dimanche au second tour de la présidentielle.',
    miss: 'Il est parti tôt, sans un mot.',
  },
  {
    frame: 'external-reputation',
    lang: 'fr',
    hit: "Le chef de la diplomatie a reçu l'ambassadeur.",
    miss: 'Les randonneurs ont atteint le sommet avant midi.',
  },
  {
    frame: 'crime-punishment',
    lang: 'fr',
    hit: 'Le suspect a été placé en garde à vue par la police.',
    miss: 'Le vol pour Lyon partira avec du retard.',
  },
  {
    frame: 'economic',
    lang: 'fr',
    hit: "L'inflation pèse sur le pouvoir d'achat des ménages.",
    miss: 'Elle veut gagner ce prix Nobel à tout prix.',
  },
  {
    frame: 'morality-human-rights',
    lang: 'fr',
    hit: 'La torture est une atteinte à la dignité humaine.',
    miss: 'Il a tenu sa promesse en vertu de son caractère.',
  },
  {
    frame: 'public-opinion',
    lang: 'fr',
    hit: 'Selon un sondage Ifop, la popularité du maire recule.',
    miss: 'Ce petit village est calme en hiver.',
  },
  {
    frame: 'security-defence',
    lang: 'en',
    hit: 'Russian troops shelled the town overnight.',
    miss: 'The birds found peace above the town.',
  },
  {
    frame: 'legality',
    lang: 'en',
    hit: 'The Supreme Court struck down the law.',
    miss: 'The tennis court was empty in the morning.',
  },
  {
    frame: 'political',
    lang: 'en',
    hit: 'Voters go to the polls in the presidential election on Sunday.',
    miss: 'They threw a party for her birthday.',
  },
  {
    frame: 'external-reputation',
    lang: 'en',
    hit: 'The foreign minister met the ambassador in Geneva.',
    miss: 'The climbers reached the summit before noon.',
  },
  {
    frame: 'crime-punishment',
    lang: 'en',
    hit: 'The suspect was arrested and taken into police custody.',
    miss: 'Her flight to Lyon was delayed by an hour.',
  },
  {
    frame: 'economic',
    lang: 'en',
    hit: 'Inflation is eating into wages and purchasing power.',
    miss: 'She wants to win the Nobel Prize at all costs.',
  },
  {
    frame: 'morality-human-rights',
    lang: 'en',
    hit: 'Torture is an attack on human dignity.',
    miss: 'The ship had a church bell by virtue of an old custom.',
  },
  {
    frame: 'public-opinion',
    lang: 'en',
    hit: "A new poll shows the mayor's popularity falling.",
    miss: 'The village is quiet in the winter.',
  },
];

describe('findFrames: a hit and a near miss per frame', () => {
  for (const c of CASES) {
    it(`${c.lang} ${c.frame}: hit`, () => {
      expect(frames(c.hit, c.lang)).toContain(c.frame);
    });
    it(`${c.lang} ${c.frame}: near miss`, () => {
      expect(frames(c.miss, c.lang)).not.toContain(c.frame);
    });
  }
});

describe('findFrames: findings', () => {
  it('counts carrying sentences, their share, and reports their cues as evidence', () => {
    const text = "L'inflation pèse sur les salaires. Il pleut. Les prix flambent et le chômage monte.";
    const [f, ...rest] = findFrames(processText({ text, lang: 'fr' }), frameMatcher('fr'));
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ frame: 'economic', sentences: 2 });
    expect(f!.share).toBeCloseTo(2 / 3, 10);
    expect(f!.evidence[0]).toEqual({
      text: 'inflation',
      start: 2,
      end: 11,
      sentence: 0,
      weight: 2,
      category: 'economic',
      rule: 'frames/fr/inflation',
      voice: 'authorial',
    });
    expect(f!.evidence.map((e) => e.sentence)).toEqual([0, 0, 2, 2]);
  });

  it('leaves out a sentence whose cues stay under minWeight, and their cues', () => {
    // "menace" (0.5) alone does not carry security; "missiles" (2) does.
    const pt = processText({ text: 'La menace plane. Des missiles ont frappé.', lang: 'fr' });
    const [f] = findFrames(pt, frameMatcher('fr'));
    expect(f).toMatchObject({ frame: 'security-defence', sentences: 1, share: 0.5 });
    expect(f!.evidence.map((e) => e.text)).toEqual(['missiles', 'frappé']);
    expect(findFrames(pt, frameMatcher('fr'), { minWeight: 0.5 })[0]!.sentences).toBe(2);
    expect(findFrames(pt, frameMatcher('fr'), { minWeight: 2.7 })).toEqual([]);
  });

  it('never reports an idiom listed with weight 0 (it only hides a shorter cue)', () => {
    const pt = processText({ text: "Il faut réussir à tout prix malgré l'inflation.", lang: 'fr' });
    const [f] = findFrames(pt, frameMatcher('fr'));
    expect(f!.evidence.map((e) => e.text)).toEqual(['inflation']);
    const idiomOnly = processText({ text: 'Il faut réussir à tout prix.', lang: 'fr' });
    expect(findFrames(idiomOnly, frameMatcher('fr'), { minWeight: 0 })).toEqual([]);
  });

  it('applies minCues', () => {
    const pt = processText({ text: 'The army advanced. Soldiers and tanks crossed the border.', lang: 'en' });
    expect(findFrames(pt, frameMatcher('en'))[0]!.sentences).toBe(2);
    expect(findFrames(pt, frameMatcher('en'), { minCues: 2 })[0]!.sentences).toBe(1);
  });

  it('sorts findings by frame id and returns plain JSON', () => {
    const text =
      'The Supreme Court struck down the law. Troops shelled the city. Inflation hit wages. A poll shows anger.';
    const found = findFrames(processText({ text, lang: 'en' }), frameMatcher('en'));
    const ids = found.map((f) => f.frame);
    expect(ids).toEqual(['economic', 'legality', 'public-opinion', 'security-defence']);
    expect(JSON.parse(JSON.stringify(found))).toEqual(found);
  });

  it('takes the voice of a cue from its first token when voices are given', () => {
    const pt = processText({ text: 'Il a dit : « La guerre est là. »', lang: 'fr' });
    const voice: Voice[] = pt.tokens.map((t) => (t.quote >= 0 ? 'quoted' : 'authorial'));
    const [f] = findFrames(pt, frameMatcher('fr'), { voice });
    expect(f!.evidence[0]).toMatchObject({ text: 'guerre', voice: 'quoted' });
    expect(findFrames(pt, frameMatcher('fr'))[0]!.evidence[0]!.voice).toBe('authorial');
  });

  it('returns [] for a text with no sentence or no cue', () => {
    expect(findFrames(processText({ text: '', lang: 'en' }), frameMatcher('en'))).toEqual([]);
    expect(findFrames(processText({ text: 'It rains.', lang: 'en' }), frameMatcher('en'))).toEqual([]);
  });
});

describe('findFrames: evidence offsets', () => {
  const pieces = {
    fr: [
      'Les troupes ont bombardé la ville.',
      'L’inflation pèse sur le pouvoir d’achat.',
      '« Le Conseil constitutionnel a censuré la loi », a-t-il dit.',
      'Un sondage Ifop montre la colère des Français.',
      'Il pleut.',
      'La torture viole la dignité humaine.',
    ],
    en: [
      'Russian troops shelled the town.',
      '“The Supreme Court struck down the law,” she said.',
      'Inflation is eating into wages.',
      'A poll shows public anger.',
      'It rains.',
      'The suspect was arrested by police.',
    ],
  };
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: every evidence slices to its text, shares stay in (0, 1]`, () => {
      fc.assert(
        fc.property(
          fc.array(fc.constantFrom(...pieces[lang]), { minLength: 1, maxLength: 6 }),
          fc.constantFrom(' ', '\n', '\r\n', '  \n\n'),
          (chosen, sep) => {
            const text = chosen.join(sep);
            const pt = processText({ text, lang });
            for (const f of findFrames(pt, frameMatcher(lang))) {
              expect(f.share).toBeGreaterThan(0);
              expect(f.share).toBeLessThanOrEqual(1);
              expect(f.sentences).toBeLessThanOrEqual(pt.sentences.length);
              for (const e of f.evidence) {
                expect(text.slice(e.start, e.end)).toBe(e.text);
                expect(e.category).toBe(f.frame);
              }
            }
          },
        ),
        { numRuns: 40 },
      );
    });
  }
});
