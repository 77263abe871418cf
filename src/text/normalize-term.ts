/**
 * Normalising a lexicon phrase exactly like a document's text.
 * @module
 */
import { processText } from './process-text.js';

/** The matching forms of one token of a lexicon phrase. */
export interface TermToken {
  norm: string;
  stem: string;
}

/**
 * Tokenizes a lexicon phrase like a document of language `lang` (same elisions, hyphenated words,
 * folding) and returns each token's `norm` and `stem`, so that a lexicon word and a text word get the
 * same stem. English stems are wink's context-free lemmas (see `lemmatizeEnglish`): the lemma of a word
 * does not depend on the sentence it stands in, so `troops` in a lexicon and `Troops` opening a
 * sentence both give `troop`.
 * @example
 * normalizeTerm('l’armée', 'fr');
 * //=> [{ norm: "l'", stem: 'le' }, { norm: 'armee', stem: 'arme' }]
 * normalizeTerm('peacekeepers', 'en'); //=> [{ norm: 'peacekeepers', stem: 'peacekeeper' }]
 */
export function normalizeTerm(term: string, lang: 'fr' | 'en'): TermToken[] {
  return processText({ text: term, lang }).tokens.map((t) => ({ norm: t.norm, stem: t.stem }));
}
