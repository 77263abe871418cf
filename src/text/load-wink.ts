/**
 * The wink-nlp instances, loaded once, lazily (module-level singletons).
 * @module
 */

import model from 'wink-eng-lite-web-model';
import winkNLP, { type WinkMethods } from 'wink-nlp';

let sbdInstance: WinkMethods | undefined;
let posInstance: WinkMethods | undefined;

/**
 * wink-nlp with the `sbd` pipe only (tokens and sentence boundaries): what `processText` reads with.
 * Loaded on first use (≈ 0.1 s), then shared.
 * @example
 * const nlp = winkSentences();
 * nlp.readDoc('Il pleut. Il vente.').sentences().length(); //=> 2
 */
export function winkSentences(): WinkMethods {
  sbdInstance ??= winkNLP(model, ['sbd']);
  return sbdInstance;
}

/**
 * wink-nlp with the `pos` pipe only: used to lemmatise English word types (see `lemmatizeEnglish`).
 * Loaded on first use, then shared.
 * @example
 * const nlp = winkPartsOfSpeech();
 * nlp.readDoc('troops').tokens().out(nlp.its.lemma); //=> ['troop']
 */
export function winkPartsOfSpeech(): WinkMethods {
  posInstance ??= winkNLP(model, ['pos']);
  return posInstance;
}
