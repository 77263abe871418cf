import { z } from 'zod';
import { fallbackQuoteRules, findQuotations, type Quotation } from '../../../src/analysis/quotes/index.js';
import { processText } from '../../../src/text/index.js';
import type { ProcessedText } from '../../../src/text/types.js';
import rawSpeakers from '../../../src/topics/csto-kazakhstan-2022/speakers.json';
import rulesEn from '../../../src/topics/rules/en.json';
import rulesFr from '../../../src/topics/rules/fr.json';
import { LanguageRules, SpeakerGroupSpec } from '../../../src/topics/schema.js';

/** The bundled speaker groups, validated. */
export const speakers = z.array(SpeakerGroupSpec).parse(rawSpeakers);

/** Processes a short fixture text in a given language. */
export function prep(text: string, lang: 'fr' | 'en'): ProcessedText {
  return processText({ text, lang });
}

/** The bundled topic rule lists (src/topics/rules/*.json), validated. */
export const topicRules = { fr: LanguageRules.parse(rulesFr), en: LanguageRules.parse(rulesEn) };

/** Which word lists the fixtures use: the fallback lists of the quotes folder, or the topic's rules. */
const useTopicRules = process.env['QUOTES_RULES'] === 'topic';

/** The quotations of a fixture text, with the chosen rules and the bundled speaker groups. */
export function quotesOf(text: string, lang: 'fr' | 'en'): { pt: ProcessedText; quotes: Quotation[] } {
  const pt = prep(text, lang);
  const rules = useTopicRules ? topicRules[lang] : fallbackQuoteRules(lang);
  return { pt, quotes: findQuotations(pt, rules, speakers) };
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
