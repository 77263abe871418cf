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
  const cache = caches[lang];
  let forms = cache.get(term);
  if (forms === undefined) {
    forms = processText({ text: term, lang }).tokens.map((t) => ({ norm: t.norm, stem: t.stem }));
    if (cache.size >= MAX_CACHED) cache.clear();
    cache.set(term, forms);
  }
  return forms.map((t) => ({ norm: t.norm, stem: t.stem }));
}

/** Terms already read, per language (reading one runs the whole text pipeline); bounded. */
const caches: Record<'fr' | 'en', Map<string, TermToken[]>> = { fr: new Map(), en: new Map() };
const MAX_CACHED = 20_000;
