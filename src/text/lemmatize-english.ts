/**
 * English lemmas, the same for a word wherever it occurs.
 * @module
 */
import type { ItsFunction } from 'wink-nlp';
import { winkPartsOfSpeech } from './load-wink.js';

const RE_LATIN1_WORD = /^[a-z\u00c0-\u00ff][a-z\u00c0-\u00ff'’.-]*$/;

/**
 * wink-nlp's lemma of each lowercase English word, computed out of context: the lemma wink gives the
 * word read on its own. This is deliberate: wink's in-context lemma depends on the part of speech it
 * guesses (a capitalised `Troops` opening a sentence is tagged as a proper noun and keeps its `s`), so
 * the same word could get different stems in different sentences, and a lexicon word would not match
 * the text. Read alone, `troops`→`troop`, `crushed`→`crush`, `rioters`→`rioter`, `was`→`be`.
 *
 * All words are read in one wink document, separated by blank lines (checked on 7,800 words to give exactly the
 * lemmas of words read one by one). Words with characters outside Latin-1 or with digits are returned
 * unchanged. A hyphenated compound is lemmatised on its last part (`anti-terrorists` →
 * `anti-terrorist`). A word that wink splits (`cannot` → `can` + `not`) gets its pieces' lemmas joined.
 * @example
 * lemmatizeEnglish(['troops', 'peacekeepers', 'crushed', 'protesters']);
 * //=> ['troop', 'peacekeeper', 'crush', 'protester']
 */
export function lemmatizeEnglish(words: readonly string[]): string[] {
  const out = words.slice();
  const todo: number[] = [];
  for (let i = 0; i < words.length; i++) if (RE_LATIN1_WORD.test(words[i]!)) todo.push(i);
  if (todo.length === 0) return out;
  const nlp = winkPartsOfSpeech();
  const its = nlp.its;
  // A hyphenated compound is lemmatised on its last part: anti-terrorists → anti-terrorist.
  const heads = todo.map((i) => {
    const word = words[i]!;
    const cut = word.lastIndexOf('-');
    return cut > 0 && cut < word.length - 1 ? word.slice(0, cut + 1) : '';
  });
  const text = todo.map((i, j) => words[i]!.slice(heads[j]!.length)).join('\n\n');
  const tokens = nlp.readDoc(text).tokens();
  // wink's typings declare `its.lemma` with an incompatible `addons` parameter; it is a valid mapper.
  const lemmas = tokens.out(its.lemma as unknown as ItsFunction<string>) as string[];
  const types = tokens.out(its.type) as string[];
  const found: string[] = [];
  let acc = '';
  for (let k = 0; k < lemmas.length; k++) {
    if (types[k] === 'tabCRLF') {
      if (acc !== '') found.push(acc);
      acc = '';
    } else acc += lemmas[k]!;
  }
  if (acc !== '') found.push(acc);
  // Keep the words unchanged if the pieces do not line up (never seen; a guard, not a path).
  if (found.length === todo.length)
    for (let j = 0; j < todo.length; j++) out[todo[j]!] = heads[j]! + found[j]!;
  return out;
}
