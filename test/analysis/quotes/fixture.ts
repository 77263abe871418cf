import { z } from 'zod';
import { fallbackQuoteRules, findQuotations, type Quotation } from '../../../src/analysis/quotes/index.js';
import { processText } from '../../../src/text/index.js';
import type { ProcessedText } from '../../../src/text/types.js';
import rawSpeakers from '../../../src/topics/csto-kazakhstan-2022/speakers.json';
import { SpeakerGroupSpec } from '../../../src/topics/schema.js';

/** The bundled speaker groups, validated. */
export const speakers = z.array(SpeakerGroupSpec).parse(rawSpeakers);

/** Processes a short fixture text in a given language. */
export function prep(text: string, lang: 'fr' | 'en'): ProcessedText {
  return processText({ text, lang });
}

/** The quotations of a fixture text, with the fallback rules and the bundled speaker groups. */
export function quotesOf(text: string, lang: 'fr' | 'en'): { pt: ProcessedText; quotes: Quotation[] } {
  const pt = prep(text, lang);
  return { pt, quotes: findQuotations(pt, fallbackQuoteRules(lang), speakers) };
}

/** The one quotation of a text (fails the test when there is not exactly one). */
export function onlyQuote(text: string, lang: 'fr' | 'en'): Quotation {
  const { quotes } = quotesOf(text, lang);
  if (quotes.length !== 1) {
    throw new Error(
      `expected one quotation in ${JSON.stringify(text)}, got ${JSON.stringify(quotes, null, 1)}`,
    );
  }
  return quotes[0]!;
}
