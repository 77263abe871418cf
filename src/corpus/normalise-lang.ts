import type { Lang } from '../core/types.js';

const FRENCH = new Set(['fr', 'fra', 'fre', 'french', 'francais', 'français']);
const ENGLISH = new Set(['en', 'eng', 'english', 'anglais']);

/**
 * Maps a user's language label to a `Lang`, case-insensitively:
 * - `fr`, `fra`, `fre`, `french`, `français` and regional tags (`fr-FR`, `fr_CA`) → `'fr'`;
 * - `en`, `eng`, `english`, `anglais` and regional tags (`en-GB`) → `'en'`;
 * - any other non-empty label (`other`, `de`, `russian`…) → `'other'` (the pipeline reads only French
 *   and English; an unknown label is not silently replaced by a guess);
 * - missing, null or blank → `undefined`: the text pipeline detects the language.
 * @example
 * normaliseLang('French'); //=> 'fr'
 * normaliseLang('en-GB'); //=> 'en'
 * normaliseLang('de'); //=> 'other'
 * normaliseLang(''); //=> undefined
 */
export function normaliseLang(value: string | null | undefined): Lang | undefined {
  if (value === null || value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  const base = v.split(/[-_]/)[0]!;
  if (FRENCH.has(v) || FRENCH.has(base)) return 'fr';
  if (ENGLISH.has(v) || ENGLISH.has(base)) return 'en';
  return 'other';
}
