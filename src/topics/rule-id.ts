import { foldText } from '../text/index.js';

/**
 * A stable rule id for a lexicon entry: `<layer>/<lang>/<slug>`, the slug being the folded term with
 * anything but letters and digits turned into dashes.
 * @example
 * ruleId('topic', 'fr', 'soldats de la paix') //=> 'topic/fr/soldats-de-la-paix'
 * ruleId('generic', 'en', 'terroris*') //=> 'generic/en/terroris'
 */
export function ruleId(layer: string, lang: string, term: string): string {
  const slug = foldText(term)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${layer}/${lang}/${slug || 'term'}`;
}
