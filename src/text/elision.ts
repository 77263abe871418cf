/**
 * French elision: `l’`, `d’`, `qu’`… split from the next word, with the full word they stand for.
 * The list is data (`data/elisions.json`).
 * @module
 */
import elisions from './data/elisions.json' with { type: 'json' };

const FULL = new Map<string, string>(Object.entries(elisions.fr));

/** The apostrophes that mark an elision: ’ (U+2019), ' (U+0027) and ʼ (U+02BC). */
export function isApostropheCode(code: number): boolean {
  return code === 0x2019 || code === 0x27 || code === 0x2bc;
}

/**
 * The full word an elided French prefix stands for, or `undefined`. The prefix is the text before the
 * apostrophe, in any case.
 * @example
 * elidedWord('L');      //=> 'le'
 * elidedWord('jusqu');  //=> 'jusque'
 * elidedWord('aujourd'); //=> undefined
 */
export function elidedWord(prefix: string): string | undefined {
  if (prefix.length > 6) return undefined;
  return FULL.get(prefix.toLowerCase());
}

/**
 * Every elided form with its apostrophe folded to `'` (`l'`, `d'`, `qu'`…): stopwords of French.
 * @example
 * elidedForms().includes("qu'"); //=> true
 */
export function elidedForms(): string[] {
  return [...FULL.keys()].map((p) => `${p}'`);
}
