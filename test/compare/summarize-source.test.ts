import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SourceResult } from '../../src/compare/source-result.js';
import { summarizeSource } from '../../src/compare/summarize-source.js';
import { stubTopic } from './fixtures.js';

function result(
  over: Partial<SourceResult> & { score?: number; low?: number; high?: number; evidence?: number },
): SourceResult {
  const score = over.score ?? -0.45;
  return {
    source: over.source ?? 'Le Monde',
    documents: over.documents ?? ['lm-1'],
    tokens: over.tokens ?? 1234,
    sentences: 40,
    languages: { fr: 1 },
    stance: over.stance ?? {
      intervention: {
        score,
        label: score <= -0.15 ? 'against' : score >= 0.15 ? 'favor' : 'neutral',
        confidence: 0.5,
        interval: { low: over.low ?? -0.7, high: over.high ?? -0.12, level: 0.9 },
        sum: -2,
        evidenceCount: over.evidence ?? 4,
        evidence: [],
      },
    },
    loadedCounts: { total: 0, byCategory: {}, byPolarity: {}, byVoice: {}, byLayer: {} },
    loadedRates: { total: 0, byCategory: {}, byPolarity: {}, byVoice: {} },
    naming: over.naming ?? {
      'foreign-forces': {
        'soldat de la paix': {
          authorial: 1,
          quoted: 4,
          attributed: 0,
          scare: 0,
          surfaces: { 'soldats de la paix': 5 },
        },
        troupe: { authorial: 3, quoted: 0, attributed: 0, scare: 0, surfaces: { troupe: 1, troupes: 2 } },
      },
      protesters: {
        manifestant: { authorial: 2, quoted: 0, attributed: 0, scare: 0, surfaces: { manifestants: 2 } },
      },
    },
    voices: over.voices ?? {
      'kazakh-officials': { quotations: 4, words: 57 },
      unidentified: { quotations: 4, words: 90 },
    },
    frames: {},
    topTerms: [],
  };
}

describe('summarizeSource', () => {
  it('says which terms the source uses in its own voice, whom it quotes, and where its stance sits', () => {
    expect(summarizeSource(result({}), stubTopic)).toBe(
      'Le Monde (1 document, 1,234 words) calls the foreign forces "troupes" most often in its own voice (3 times) ' +
        'and the protesters "manifestants" (twice), quotes unidentified speakers most (4 quotations, 90 words), ' +
        'and leans against the CSTO intervention (score \u22120.45, 90% interval \u22120.70 to \u22120.12).',
    );
  });

  it('says "unclear" when the interval straddles 0, and reports missing naming, quotes and evidence', () => {
    const unclear = summarizeSource(
      result({ score: 0.1, low: -0.2, high: 0.4, naming: {}, voices: {} }),
      stubTopic,
    );
    expect(unclear).toBe(
      'Le Monde (1 document, 1,234 words) does not name the foreign forces or the protesters in its own voice, ' +
        'quotes no one, and is unclear on the CSTO intervention (score 0.10, 90% interval \u22120.20 to 0.40).',
    );
    const none = summarizeSource(
      result({ score: 0, low: 0, high: 0, evidence: 0, documents: ['a', 'b'] }),
      stubTopic,
    );
    expect(none).toContain('(2 documents, 1,234 words)');
    expect(none).toContain('shows no stance evidence on the CSTO intervention.');
    const favour = summarizeSource(result({ score: 0.52, low: 0.21, high: 0.77 }), stubTopic);
    expect(favour).toContain(
      'leans in favour of the CSTO intervention (score 0.52, 90% interval 0.21 to 0.77).',
    );
  });

  it('gives every name tied at the top (up to three), never "most often" for a tie', () => {
    const cell = (authorial: number, quoted: number, surface: string) => ({
      authorial,
      quoted,
      attributed: 0,
      scare: 0,
      surfaces: { [surface]: authorial + quoted },
    });
    const text = summarizeSource(
      result({
        naming: {
          'foreign-forces': {
            otsc: cell(1, 2, 'OTSC'),
            troupe: cell(1, 0, 'troupes'),
            occupant: cell(0, 4, 'occupants'),
          },
          protesters: {
            a: cell(2, 0, 'émeutiers'),
            b: cell(2, 0, 'bandits'),
            c: cell(2, 0, 'casseurs'),
            d: cell(2, 0, 'pillards'),
            e: cell(2, 0, 'terroristes'),
          },
        },
      }),
      stubTopic,
    );
    expect(text).toContain(
      'calls the foreign forces "OTSC" or "troupes" in its own voice (once each) and the protesters ' +
        '"bandits", "casseurs", "pillards" or 2 other names (twice each),',
    );
  });

  it('never contradicts its numbers (property)', () => {
    const value = fc.integer({ min: -10000, max: 10000 }).map((x) => x / 10000);
    fc.assert(
      fc.property(fc.tuple(value, value, value), fc.integer({ min: 1, max: 9 }), ([a, b, c], evidence) => {
        const [low, score, high] = [a, b, c].sort((x, y) => x - y) as [number, number, number];
        const text = summarizeSource(result({ score, low, high, evidence }), stubTopic);
        const m =
          /(leans against|leans in favour of|is unclear on) the CSTO intervention \(score (\S+), 90% interval (\S+) to (\S+)\)\.$/.exec(
            text,
          );
        expect(m).not.toBeNull();
        const num = (s: string) => Number(s.replace('\u2212', '-'));
        const [shownScore, shownLow, shownHigh] = [num(m![2]!), num(m![3]!), num(m![4]!)];
        // The printed figures are the result's, rounded to 2 decimals.
        for (const [shown, real] of [
          [shownScore, score],
          [shownLow, low],
          [shownHigh, high],
        ] as const) {
          expect(Math.abs(shown - real)).toBeLessThanOrEqual(0.005 + 1e-9);
        }
        expect(shownLow).toBeLessThanOrEqual(shownScore);
        expect(shownScore).toBeLessThanOrEqual(shownHigh);
        // The wording follows the printed interval.
        if (m![1] === 'leans against') expect(shownHigh).toBeLessThan(0);
        else if (m![1] === 'leans in favour of') expect(shownLow).toBeGreaterThan(0);
        else {
          expect(shownLow).toBeLessThanOrEqual(0);
          expect(shownHigh).toBeGreaterThanOrEqual(0);
        }
        expect(text).not.toContain('-0.00');
        expect(text).not.toContain('\u22120.00');
      }),
      { numRuns: 500 },
    );
  });
});
