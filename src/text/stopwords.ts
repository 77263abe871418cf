/**
 * Stopword sets per language: the `stopword` package's `fra`/`eng` lists, folded, plus
 * `data/stopwords.json` and (French) the elided forms `l'`, `d'`, `qu'`…
 * @module
 */
import { eng, fra } from 'stopword';
import type { Lang } from '../core/types.js';
import extra from './data/stopwords.json' with { type: 'json' };
import { elidedForms } from './elision.js';
import { foldText } from './fold-text.js';

let french: ReadonlySet<string> | undefined;
let english: ReadonlySet<string> | undefined;
const none: ReadonlySet<string> = new Set();

/**
 * The stopwords of a language, folded like `Token.norm` (empty for `'other'`). Built once.
 * @example
 * stopwordSet('fr').has('ete');  //=> true ('été')
 * stopwordSet('fr').has("l'");   //=> true
 * stopwordSet('en').has('the');  //=> true
 * stopwordSet('other').size;     //=> 0
 */
export function stopwordSet(lang: Lang): ReadonlySet<string> {
  if (lang === 'fr') {
    french ??= new Set([...fra, ...extra.fr, ...elidedForms()].map(foldText));
    return french;
  }
  if (lang === 'en') {
    english ??= new Set([...eng, ...extra.en].map(foldText));
    return english;
  }
  return none;
}
