/**
 * French stems: Snowball (`@orama/stemmers/french`) with one consistency rule for plurals.
 * @module
 */
import { stemmer } from '@orama/stemmers/french';
import { foldText } from './fold-text.js';

/**
 * The folded stem of a lowercase French word. Snowball runs on the lowercase, accented word; its output
 * is then folded (accents removed). One rule is added for consistency between singular and plural:
 * when Snowball leaves a word of 4+ letters ending in `-s`/`-x` (not `-ss`) unchanged or only drops
 * that letter, the word without it is stemmed instead, so that `bandit`/`bandits`, `conflit`/`conflits`,
 * `tenu`/`tenus`, `jeu`/`jeux` share a stem (plain Snowball gives `band`/`bandit`, …).
 * @example
 * stemFrench('soldats');     //=> 'soldat'
 * stemFrench('terroristes'); //=> 'terror'
 * stemFrench('bandits') === stemFrench('bandit'); //=> true
 * stemFrench('ingérence');   //=> 'ingerent'
 */
export function stemFrench(word: string): string {
  let stem = stemmer(word);
  const n = word.length;
  if (n > 3) {
    const lastCode = word.charCodeAt(n - 1);
    if (
      (lastCode === 0x73 || lastCode === 0x78) &&
      word.charCodeAt(n - 2) !== 0x73 &&
      (stem.length === n || (stem.length === n - 1 && word.startsWith(stem)))
    ) {
      stem = stemmer(word.slice(0, -1));
    }
  }
  return foldText(stem);
}
