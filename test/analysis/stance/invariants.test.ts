import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../../src/analysis/analyze-document.js';

const FR = [
  'Les « soldats de la paix » russes sont arrivés à Almaty.',
  'Selon Moscou, les manifestants seraient entraînés à l’étranger.',
  'Il n’y a aucune preuve d’une ingérence extérieure.',
  'Les soldats de la paix ont rétabli l’ordre, a déclaré le ministère.',
  'Des "manifestants" ont incendié la mairie et la police a arrêté des centaines de personnes.',
  '« Les terroristes seront détruits », a déclaré Tokaïev.',
];
const EN = [
  'The so-called peacekeepers arrived in Almaty.',
  'Tokayev claimed that foreign terrorists had attacked the country.',
  'According to officials, 164 people were killed and thousands were detained.',
  'By now it seems there were no terrorists at all.',
  '“We have completed our mission,” Putin said.',
  'Russian-led peacekeepers guard the airport, the ministry said on Thursday.',
];

describe('stance invariants', () => {
  it('every evidence item slices the original text exactly; scores and confidences stay in range', () => {
    fc.assert(
      fc.property(
        fc.constantFrom<'fr' | 'en'>('fr', 'en'),
        fc.array(fc.nat(5), { minLength: 1, maxLength: 5 }),
        fc.constantFrom(' ', '\n\n', '  '),
        (lang, picks, sep) => {
          const text = picks.map((i) => (lang === 'fr' ? FR : EN)[i]!).join(sep);
          const d = analyzeDocument({ source: 's', text, lang });
          for (const s of Object.values(d.stance)) {
            expect(s.score).toBeGreaterThanOrEqual(-1);
            expect(s.score).toBeLessThanOrEqual(1);
            expect(s.confidence).toBeGreaterThanOrEqual(0);
            expect(s.confidence).toBeLessThanOrEqual(1);
            for (const e of s.evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is deterministic and plain JSON', () => {
    const text = EN.join(' ');
    const a = analyzeDocument({ source: 's', text, lang: 'en' });
    const b = analyzeDocument({ source: 's', text, lang: 'en' });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(JSON.parse(JSON.stringify(a.stance))).toEqual(a.stance);
  });

  it('confidence grows with agreeing evidence and falls when evidence disagrees', () => {
    const one = analyzeDocument({ source: 's', text: 'The peacekeepers restored order.', lang: 'en' });
    const mixed = analyzeDocument({
      source: 's',
      text: 'The peacekeepers restored order. The occupiers crushed the uprising.',
      lang: 'en',
    });
    const more = analyzeDocument({
      source: 's',
      text: 'The peacekeepers restored order. The brotherly help of the allies saved the country from a coup attempt.',
      lang: 'en',
    });
    const c = (d: typeof one) => d.stance.intervention!.confidence;
    expect(c(more)).toBeGreaterThan(c(one));
    expect(c(mixed)).toBeLessThan(c(one));
  });
});
