import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fallbackQuoteRules,
  findQuotations,
  type Quotation,
  scareQuoted,
  voiceAt,
} from '../../../src/analysis/quotes/index.js';
import { trimmedInner } from '../../../src/analysis/quotes/trimmed-inner.js';
import { processText } from '../../../src/text/index.js';
import type { ProcessedText } from '../../../src/text/types.js';
import { speakers } from './fixture.js';

const SEEDS = join(import.meta.dirname, '../../../seeds');

function checkStructure(pt: ProcessedText, quotes: readonly Quotation[]): void {
  const text = pt.text;
  for (const q of quotes) {
    expect(text.slice(q.start, q.end)).toBe(q.text);
    if (q.speaker) expect(text.slice(q.speaker.start, q.speaker.end)).toBe(q.speaker.text);
    if (q.verb) expect(text.slice(q.verb.start, q.verb.end)).toBe(q.verb.text);
    if (q.pronoun) expect(text.slice(q.pronoun.start, q.pronoun.end)).toBe(q.pronoun.text);
    expect(q.start).toBeGreaterThanOrEqual(0);
    expect(q.end).toBeLessThanOrEqual(text.length);
    expect(q.words).toBeGreaterThanOrEqual(0);
    expect(q.sentence).toBeGreaterThanOrEqual(0);
    expect(q.sentence).toBeLessThan(Math.max(1, pt.sentences.length));
    if (q.role === 'scare') expect(q.speaker).toBeNull();
    if (q.kind === 'indirect') expect(q.role).toBe('quotation');
    if (q.speakerGroup !== null) expect(speakers.map((s) => s.id)).toContain(q.speakerGroup);
  }
  for (let i = 1; i < quotes.length; i++)
    expect(quotes[i]!.start).toBeGreaterThanOrEqual(quotes[i - 1]!.start);
  const direct = quotes.filter((q) => q.kind === 'direct');
  // Every pair of marks with something between them is a direct quotation; empty pairs are not.
  const withText = pt.quotes.filter((q) => {
    const [start, end] = trimmedInner(pt.text, q.innerStart, q.innerEnd);
    return end > start;
  });
  expect(direct).toHaveLength(withText.length);
  const voice = voiceAt(pt, quotes);
  const scare = scareQuoted(pt, quotes);
  expect(voice).toHaveLength(pt.tokens.length);
  expect(scare).toHaveLength(pt.tokens.length);
  // Scare marks are the outlet's: never someone's quoted words (they may sit in a reported clause).
  scare.forEach((s, i) => {
    if (s) expect(voice[i]).not.toBe('quoted');
  });
  expect(JSON.parse(JSON.stringify(quotes))).toEqual(quotes);
}

describe('offsets and structure', () => {
  const seeds = readdirSync(SEEDS).filter((f) => f.endsWith('.txt'));

  it('finds the five bundled seeds', () => {
    expect(seeds).toHaveLength(5);
  });

  for (const file of seeds) {
    it(`seed ${file}: every quotation, speaker and verb slices the original text`, () => {
      const text = readFileSync(join(SEEDS, file), 'utf8');
      const pt = processText({ text });
      const lang = pt.lang === 'en' ? 'en' : 'fr';
      const quotes = findQuotations(pt, fallbackQuoteRules(lang), speakers);
      checkStructure(pt, quotes);
      expect(quotes.length).toBeGreaterThan(0);
    });
  }

  it('holds on random compositions of quotation fragments (fr and en)', () => {
    const fragments = {
      fr: [
        '« Nous partirons », a déclaré le ministre.',
        'Selon le Kremlin, ',
        'les « soldats de la paix » sont là',
        ', a-t-il dit.',
        'Il a ajouté que ',
        '« ',
        ' »',
        '\n\n',
        'Le président Tokaïev a affirmé : ',
        'des témoins ',
        'ont raconté que la police tirait. ',
        'Pour Moscou, ',
        ' — ',
        '"',
        'l’OTSC ',
      ],
      en: [
        '"We will leave," he said. ',
        'According to the ministry, ',
        "the so-called 'peacekeepers' arrived",
        ', the Kremlin said.',
        'They added that ',
        '"',
        "'",
        '\n\n',
        'Russian Foreign Minister Sergei Lavrov said: ',
        'witnesses ',
        'told Reuters the police fired. ',
        "the ministry's ",
        ' — ',
        '“',
        '”',
      ],
    };
    for (const lang of ['fr', 'en'] as const) {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...fragments[lang]), { maxLength: 14 }), (parts) => {
          const pt = processText({ text: parts.join(''), lang });
          checkStructure(pt, findQuotations(pt, fallbackQuoteRules(lang), speakers));
        }),
        { numRuns: 60 },
      );
    }
  });

  it('reads direct quotations only, unattributed, in another language', () => {
    const pt = processText({ text: 'Der Minister sagte: „Wir bleiben nicht lange im Land.“', lang: 'other' });
    const quotes = findQuotations(pt, fallbackQuoteRules('en'), speakers);
    expect(quotes.every((q) => q.kind === 'direct' && q.speaker === null && q.pattern === 'none')).toBe(true);
    checkStructure(pt, quotes);
  });
});
