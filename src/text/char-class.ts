/**
 * Character classes used by the text pipeline, computed once per UTF-16 code unit and cached in a table
 * (no regex on the hot path).
 * @module
 */

/** Not classified yet (internal). */
const UNKNOWN = 0;
/** Whitespace of any kind (JS `\s`), including line breaks. */
export const CC_SPACE = 1;
/** A Latin-1 letter (A–Z, a–z, À–ÿ except × ÷, ª µ º). */
export const CC_LATIN_LETTER = 2;
/** A letter outside Latin-1, uppercase or titlecase. */
export const CC_OTHER_UPPER = 3;
/** A letter outside Latin-1, not uppercase. */
export const CC_OTHER_LETTER = 4;
/** A combining mark (`\p{M}`). */
export const CC_MARK = 5;
/** An invisible format character (`\p{Cf}`), except the emoji joiners. */
export const CC_FORMAT = 6;
/** A control character that is not whitespace. */
export const CC_CONTROL = 7;
/** A UTF-16 surrogate (half of an astral character, or a lone surrogate). */
export const CC_SURROGATE = 8;
/** Emoji glue: zero-width joiner, variation selectors, keycap. */
export const CC_EMOJI_GLUE = 9;
/** A decimal digit 0–9. */
export const CC_DIGIT = 10;
/** Anything else (punctuation, symbols, other digits…). */
export const CC_OTHER = 11;

const table = new Uint8Array(65536);

const RE_SPACE = /^\s$/u;
const RE_UPPER = /^[\p{Lu}\p{Lt}]$/u;
const RE_LETTER = /^\p{L}$/u;
const RE_MARK = /^\p{M}$/u;
const RE_FORMAT = /^\p{Cf}$/u;
const RE_CONTROL = /^\p{Cc}$/u;

function computeClass(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return CC_SURROGATE;
  if (code >= 0x30 && code <= 0x39) return CC_DIGIT;
  if (code === 0x200d || code === 0xfe0e || code === 0xfe0f || code === 0x20e3) return CC_EMOJI_GLUE;
  const ch = String.fromCharCode(code);
  if (RE_SPACE.test(ch)) return CC_SPACE;
  if (RE_LETTER.test(ch)) {
    if (code <= 0xff) return CC_LATIN_LETTER;
    return RE_UPPER.test(ch) ? CC_OTHER_UPPER : CC_OTHER_LETTER;
  }
  if (RE_MARK.test(ch)) return CC_MARK;
  if (RE_FORMAT.test(ch)) return CC_FORMAT;
  if (RE_CONTROL.test(ch)) return CC_CONTROL;
  return CC_OTHER;
}

/**
 * The class of one UTF-16 code unit (one of the `CC_*` constants).
 * @example
 * charClass('é'.charCodeAt(0)); //=> CC_LATIN_LETTER
 * charClass('ğ'.charCodeAt(0)); //=> CC_OTHER_LETTER
 * charClass(0x202f);            //=> CC_SPACE (narrow no-break space)
 */
export function charClass(code: number): number {
  let c = table[code]!;
  if (c === UNKNOWN) {
    c = computeClass(code);
    table[code] = c;
  }
  return c;
}

const RE_ASTRAL_LETTER = /^\p{L}$/u;
const RE_ASTRAL_MARK = /^\p{M}$/u;

/**
 * The class of an astral code point (given as its surrogate pair): a letter (`CC_OTHER_LETTER` or
 * `CC_OTHER_UPPER`), a mark, or `CC_OTHER` (emoji and symbols).
 * @example
 * astralClass(0xd835, 0xdc00); //=> CC_OTHER_UPPER ('𝐀', mathematical bold capital A)
 * astralClass(0xd83d, 0xde00); //=> CC_OTHER ('😀')
 */
export function astralClass(high: number, low: number): number {
  const ch = String.fromCharCode(high, low);
  if (RE_ASTRAL_LETTER.test(ch)) return RE_UPPER.test(ch) ? CC_OTHER_UPPER : CC_OTHER_LETTER;
  if (RE_ASTRAL_MARK.test(ch)) return CC_MARK;
  return CC_OTHER;
}

/**
 * True for a letter of any script (BMP), tested on one code unit.
 * @example
 * isLetterCode('ş'.charCodeAt(0)); //=> true
 * isLetterCode('-'.charCodeAt(0)); //=> false
 */
export function isLetterCode(code: number): boolean {
  const c = charClass(code);
  return c === CC_LATIN_LETTER || c === CC_OTHER_UPPER || c === CC_OTHER_LETTER;
}

/**
 * True for a line break: LF, CR, U+2028, U+2029 (and U+000B, U+000C, U+0085, which also end a line).
 * @example
 * isLineBreakCode(10); //=> true
 * isLineBreakCode(32); //=> false
 */
export function isLineBreakCode(code: number): boolean {
  return (
    code === 10 ||
    code === 13 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 11 ||
    code === 12 ||
    code === 0x85
  );
}
