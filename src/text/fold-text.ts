/**
 * The folding that turns a surface form into a matching key (`Token.norm`).
 * @module
 */

const RE_MARKS = /\p{M}+/gu;
const RE_SPECIAL = /[œæßʼ‘’‛′\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g;
const SPECIAL: Record<string, string> = {
  œ: 'oe',
  æ: 'ae',
  ß: 'ss',
  ʼ: "'",
  '‘': "'",
  '’': "'",
  '‛': "'",
  '′': "'",
};
const RE_NON_ASCII = /[^\x00-\x7f]/;

function replaceSpecial(ch: string): string {
  return SPECIAL[ch] ?? '-';
}

/**
 * Folds a string for matching: lowercase; NFD with combining marks removed (é→e, ğ→g); œ→oe, æ→ae, ß→ss;
 * the apostrophes ’ ‘ ʼ → '; the Unicode hyphens and dashes (‐ ‑ ‒ – — ― −) → -.
 * Idempotent: `foldText(foldText(s)) === foldText(s)`. Lengths may change (œ→oe), so never use folded
 * strings for offsets.
 * @example
 * foldText('L’Œuvre'); //=> "l'oeuvre"
 * foldText('Erdoğan'); //=> 'erdogan'
 * foldText('vice–président'); //=> 'vice-president'
 */
export function foldText(s: string): string {
  if (!RE_NON_ASCII.test(s)) return s.toLowerCase();
  return s.toLowerCase().normalize('NFD').replace(RE_MARKS, '').replace(RE_SPECIAL, replaceSpecial);
}
