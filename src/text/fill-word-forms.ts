/**
 * `norm`, `stem`, `stop` and `form` of tokens, computed once per distinct surface form and language.
 * @module
 */
import type { Lang } from '../core/types.js';
import { elidedWord, isApostropheCode } from './elision.js';
import { foldText } from './fold-text.js';
import { lemmatizeEnglish } from './lemmatize-english.js';
import { stemFrench } from './stem-french.js';
import { stopwordSet } from './stopwords.js';
import type { Token } from './types.js';

interface Forms {
  norm: string;
  stem: string;
  stop: boolean;
  /** The token's `form` number: distinct for each cached `Forms` (see `nextFormId`). */
  id: number;
}

/** Bound on each cache; a full cache is cleared (simple, and rare: news vocabularies are small). */
const MAX_ENTRIES = 200_000;
const wordCaches: Record<Lang, Map<string, Forms>> = { fr: new Map(), en: new Map(), other: new Map() };
/** Forms of tokens that are not words, by text (the same in every language). */
const otherCache = new Map<string, Forms>();
/** The number of the next `Forms` made; back to 0 when the caches are cleared, so numbers stay small. */
let nextFormId = 0;
const englishLemmas = new Map<string, string>();
const RE_CURLY_APOSTROPHES = /[’ʼ]/g;

function normOf(text: string): string {
  const norm = foldText(text);
  return norm === '' ? text.toLowerCase() : norm;
}

/** The lowercase, precomposed (NFC) form an English word is lemmatised from. */
function englishLower(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(RE_CURLY_APOSTROPHES, "'");
}

function formsFor(norm: string, stem: string, stop: boolean): Forms {
  return { norm, stem, stop, id: nextFormId++ };
}

function frenchForms(text: string, stops: ReadonlySet<string>): Forms {
  const norm = normOf(text);
  const n = text.length;
  if (n >= 2 && isApostropheCode(text.charCodeAt(n - 1))) {
    const full = elidedWord(text.slice(0, n - 1));
    if (full !== undefined) return formsFor(norm, foldText(full), true);
  }
  // Snowball reads precomposed letters: a decomposed (NFD) 'é' would stem differently from 'é'.
  const lower = text.normalize('NFC').toLowerCase().replace(RE_CURLY_APOSTROPHES, "'");
  return formsFor(norm, stemFrench(lower), stops.has(norm));
}

/**
 * Forms per wink entry (see `winkEntries`) and language: a token that is exactly one wink token is
 * looked up by its entry number instead of its text. Tokens of one entry have the same text and are
 * all words or all not words, so they share their forms.
 */
const entryForms: Record<Lang, (Forms | undefined)[]> = { fr: [], en: [], other: [] };

/** The forms of a token, from the caches keyed by text (English lemmas must be ready). */
function formsOf(t: Token, lang: Lang, cache: Map<string, Forms>, stops: ReadonlySet<string>): Forms {
  if (t.kind === 'word') {
    let forms = cache.get(t.text);
    if (forms === undefined) {
      if (lang === 'fr') forms = frenchForms(t.text, stops);
      else if (lang === 'en') {
        const norm = normOf(t.text);
        forms = formsFor(norm, englishLemmas.get(englishLower(t.text)) ?? norm, stops.has(norm));
      } else {
        const norm = normOf(t.text);
        forms = formsFor(norm, norm, false);
      }
      cache.set(t.text, forms);
    }
    return forms;
  }
  let forms = otherCache.get(t.text);
  if (forms === undefined) {
    const norm = normOf(t.text);
    forms = formsFor(norm, norm, false);
    otherCache.set(t.text, forms);
  }
  return forms;
}

/** Empties every cache of forms (all languages), so form numbers start again from 0. */
function clearForms(): void {
  for (const lang of ['fr', 'en', 'other'] as const) {
    wordCaches[lang].clear();
    entryForms[lang].length = 0;
  }
  otherCache.clear();
  nextFormId = 0;
}

/**
 * Fills `norm`, `stem`, `stop` and `form` of every token, in place, for a document of language `lang`:
 * - `norm`: `foldText(text)`;
 * - words in French: folded Snowball stem (see `stemFrench`); an elided form (`l’`, `qu’`) has the full
 *   word as stem (`le`, `que`) and is a stopword;
 * - words in English: folded context-free wink lemma (see `lemmatizeEnglish`);
 * - other languages and other kinds: `stem = norm`; only words can be stopwords.
 * Results are cached per surface form (bounded), so each distinct word is stemmed once; `entry` (from
 * `tokenizeText`) lets tokens that are exactly one wink token skip the lookup by text. Each token's
 * `form` is set to the number of its cached forms (see `Token.form`).
 * @example
 * const { tokens, entry } = tokenizeText('Les soldats', [{ start: 0, end: 11 }], 'fr');
 * fillWordForms(tokens, 'fr', entry);
 * tokens.map((t) => [t.norm, t.stem, t.stop]); //=> [['les', 'le', true], ['soldats', 'soldat', false]]
 */
export function fillWordForms(tokens: Token[], lang: Lang, entry?: Int32Array): void {
  const cache = wordCaches[lang];
  const byEntry = entryForms[lang];
  if (cache.size > MAX_ENTRIES || otherCache.size > MAX_ENTRIES || byEntry.length > MAX_ENTRIES) clearForms();
  const stops = stopwordSet(lang);
  const n = tokens.length;
  if (lang === 'en') {
    // Lemmas are cached by lowercase word, so 'Troops' and 'troops' are lemmatised once.
    if (englishLemmas.size > MAX_ENTRIES) englishLemmas.clear();
    const missing = new Set<string>();
    for (let i = 0; i < n; i++) {
      const t = tokens[i]!;
      if (t.kind !== 'word') continue;
      const e = entry === undefined ? -1 : entry[i]!;
      if ((e < 0 || byEntry[e] === undefined) && !cache.has(t.text)) {
        const lower = englishLower(t.text);
        if (!englishLemmas.has(lower)) missing.add(lower);
      }
    }
    if (missing.size > 0) {
      const lowers = [...missing];
      const lemmas = lemmatizeEnglish(lowers);
      for (let i = 0; i < lowers.length; i++) englishLemmas.set(lowers[i]!, normOf(lemmas[i]!));
    }
  }
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    const e = entry === undefined ? -1 : entry[i]!;
    let forms = e >= 0 ? byEntry[e] : undefined;
    if (forms === undefined) {
      forms = formsOf(t, lang, cache, stops);
      if (e >= 0) {
        while (byEntry.length < e) byEntry.push(undefined);
        byEntry[e] = forms;
      }
    }
    t.norm = forms.norm;
    t.stem = forms.stem;
    t.stop = forms.stop;
    t.form = forms.id;
  }
}
