/**
 * Reading a language given by a user.
 * @module
 */
import { FramingError } from '../core/errors.js';
import type { Lang } from '../core/types.js';

const FRENCH = new Set(['fr', 'fra', 'fre', 'french', 'français', 'francais']);
const ENGLISH = new Set(['en', 'eng', 'english', 'anglais']);
const AUTO = new Set(['', 'auto', 'und']);
const RE_CODE = /^[a-z]{2,3}(?:[-_][a-z0-9]{1,8})*$/;
const RE_NAME = /^\p{L}{2,30}$/u;

/**
 * Reads a language as a user may give it: `fr`, `FR`, `fra`, `fre`, `french`, `français`, `fr-CA`,
 * `fr_FR` → `'fr'`; `en`, `eng`, `english`, `en-GB` → `'en'`; `auto`, `und`, `''` or nothing → `'auto'`
 * (detect it); any other language code or name (`de`, `deu`, `german`, `other`) → `'other'`.
 * @throws FramingError `E_LANG_UNSUPPORTED` when the value is not a language code or name.
 * @example
 * parseLang('FR');    //=> 'fr'
 * parseLang('en-US'); //=> 'en'
 * parseLang('de');    //=> 'other'
 * parseLang(undefined); //=> 'auto'
 */
export function parseLang(value: string | null | undefined): Lang | 'auto' {
  if (value === undefined || value === null) return 'auto';
  if (typeof value !== 'string') {
    throw new FramingError('E_LANG_UNSUPPORTED', `language must be a string, got ${typeof value}`);
  }
  const v = value.trim().toLowerCase();
  if (AUTO.has(v)) return 'auto';
  const base = v.split(/[-_]/)[0]!;
  if (FRENCH.has(v) || (RE_CODE.test(v) && FRENCH.has(base))) return 'fr';
  if (ENGLISH.has(v) || (RE_CODE.test(v) && ENGLISH.has(base))) return 'en';
  if (RE_CODE.test(v) || RE_NAME.test(v)) return 'other';
  throw new FramingError('E_LANG_UNSUPPORTED', `not a language: ${JSON.stringify(value)}`);
}
