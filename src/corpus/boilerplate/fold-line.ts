/**
 * A trimmed line in the forms the boilerplate matchers read. Folding is for matching only: regions
 * are always cut from the raw text by offsets.
 * @example
 * foldLine(' Lire aussi : Où ').key; //=> 'lire'
 */
export interface FoldedLine {
  /** The trimmed raw line (case and accents kept, for rules that read capitals). */
  raw: string;
  /** Lowercased, accent-free, `’`→`'`, `œ`→`oe`, whitespace runs → one space, leading decoration removed. */
  folded: string;
  /** `folded` without trailing decoration or punctuation (`.`, `:`, `!`, `»`, arrows…): compared by `equals`. */
  core: string;
  /** The first space-separated word of `folded`, trailing punctuation removed: the rule index key. */
  key: string;
  /** Words of `folded`: runs of letters, digits, `'` and `-` (computed on first read). */
  readonly words: string[];
  /** `words[0]`, found without splitting the whole line when `words` was not read yet. */
  readonly firstWord: string | undefined;
}

class LazyFoldedLine implements FoldedLine {
  #words: string[] | undefined;
  constructor(
    readonly raw: string,
    readonly folded: string,
    readonly core: string,
    readonly key: string,
  ) {}
  get words(): string[] {
    this.#words ??= splitWords(this.folded);
    return this.#words;
  }
  get firstWord(): string | undefined {
    return (this.#words ?? splitWords(this.folded, 1))[0];
  }
}

const LEADING_DECORATION = new Set([...'•·-–—*>›»|#:↑^▶►→✓✔☰≡+']);
const TRAILING_DECORATION = new Set([...' .:!?…-–—*>›»|→↑▲▼⇧+']);
const KEY_TRAILING = new Set([...':.,;!?»›)…']);

/**
 * Folds one line for matching: lowercase, accents removed, typographic apostrophes and spaces unified.
 * Linear in the line's length.
 * @example
 * foldLine('  À LIRE AUSSI :  Où…').folded; //=> "a lire aussi : ou…"
 * foldLine('Bouton retour en haut !').core; //=> 'bouton retour en haut'
 */
export function foldLine(line: string): FoldedLine {
  const raw = line.trim();
  const folded = stripLeading(foldText(raw));
  const core = stripTrailing(folded);
  const space = folded.indexOf(' ');
  let key = space === -1 ? folded : folded.slice(0, space);
  let k = key.length;
  while (k > 0 && KEY_TRAILING.has(key[k - 1]!)) k--;
  key = key.slice(0, k);
  return new LazyFoldedLine(raw, folded, core, key);
}

/**
 * Folds a string: lowercase, NFD with combining marks removed, `œ`/`æ` expanded, `’ʼ‘′` → `'`,
 * every whitespace run (no-break spaces included) → one space, trimmed.
 * @example
 * foldText('Rejoignez\u00a0l’Équipe'); //=> "rejoignez l'equipe"
 */
export function foldText(s: string): string {
  return foldByTable(s) ?? foldByRegex(s);
}

/** The definition of `foldText`, applied to the whole string (used when the table cannot be). */
function foldByRegex(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(APOSTROPHES, "'")
    .replace(LIGATURE_OE, 'oe')
    .replace(LIGATURE_AE, 'ae')
    .replace(SPACES, ' ')
    .trim();
}

// Single character classes with a `+` at most: linear, no backtracking.
const COMBINING_MARKS = /[\u0300-\u036f]/g;
const APOSTROPHES = /[’ʼ‘′]/g;
const LIGATURE_OE = /œ/g;
const LIGATURE_AE = /æ/g;
const SPACES = /[\s\ufeff]+/g;
const RE_SPACE = /^[\s\ufeff]$/;
const HAS_SPACE = /[\s\ufeff]/;
const RE_MARK_START = /^\p{M}/u;

/*
 * `foldText` one code unit at a time: most characters fold on their own, the same way wherever they
 * stand, so each one's fold is computed once (by `foldByRegex` on the character alone) and kept in a
 * table. A string holding a character whose fold may depend on its neighbours (a combining mark, which
 * NFD may reorder; Σ, lowercased by context; a surrogate) is folded by `foldByRegex` instead.
 */
const UNSEEN = 0;
/** Folds to itself. */
const KEEP = 1;
/** Folds to one or two other code units (`FOLD_FIRST`, `FOLD_SECOND`; 0 when there is one). */
const MAP = 2;
const SPACE = 3;
/** Folds differently in context: the string is folded by `foldByRegex`. */
const CONTEXT = 4;
const foldClass = new Uint8Array(65536);
const FOLD_FIRST = new Uint16Array(65536);
const FOLD_SECOND = new Uint16Array(65536);
/** Code units passed to one `String.fromCharCode` call at most. */
const CHUNK = 8192;

function classify(code: number): number {
  if (code >= 0xd800 && code <= 0xdfff) return CONTEXT;
  const ch = String.fromCharCode(code);
  if (RE_SPACE.test(ch)) return SPACE;
  const lower = ch.toLowerCase();
  if (code === 0x3a3 || RE_MARK_START.test(ch) || RE_MARK_START.test(lower.normalize('NFD'))) return CONTEXT;
  const folded = foldByRegex(ch);
  if (folded === ch) return KEEP;
  if (folded.length === 0 || folded.length > 2 || HAS_SPACE.test(folded)) return CONTEXT;
  FOLD_FIRST[code] = folded.charCodeAt(0);
  FOLD_SECOND[code] = folded.length === 2 ? folded.charCodeAt(1) : 0;
  return MAP;
}

/** `foldText` through the per-character table, or null when some character folds in context. */
function foldByTable(s: string): string | null {
  const n = s.length;
  const out: number[] = [];
  let len = 0;
  let pendingSpace = false;
  for (let i = 0; i < n; i++) {
    const code = s.charCodeAt(i);
    let cls = foldClass[code]!;
    if (cls === UNSEEN) {
      cls = classify(code);
      foldClass[code] = cls;
    }
    if (cls === SPACE) {
      pendingSpace = len > 0;
      continue;
    }
    if (cls === CONTEXT) return null;
    if (pendingSpace) {
      out[len++] = 0x20;
      pendingSpace = false;
    }
    if (cls === KEEP) out[len++] = code;
    else {
      out[len++] = FOLD_FIRST[code]!;
      const second = FOLD_SECOND[code]!;
      if (second !== 0) out[len++] = second;
    }
  }
  if (len <= CHUNK) return String.fromCharCode.apply(null, out);
  let folded = '';
  for (let from = 0; from < len; from += CHUNK)
    folded += String.fromCharCode.apply(null, out.slice(from, from + CHUNK));
  return folded;
}

/**
 * The words of a folded string: maximal runs of letters, digits, apostrophes and hyphens, with their
 * leading and trailing `-` and `'` removed; the first `limit` words only when a limit is given.
 * @example
 * splitWords("icon bookmark | icon chevron_down"); //=> ['icon', 'bookmark', 'icon', 'chevron', 'down']
 * splitWords("icon bookmark | icon chevron_down", 1); //=> ['icon']
 */
export function splitWords(folded: string, limit = Number.POSITIVE_INFINITY): string[] {
  const words: string[] = [];
  const n = folded.length;
  let start = -1;
  for (let i = 0; i <= n && words.length < limit; i++) {
    let inWord = false;
    let width = 1;
    if (i < n) {
      const code = folded.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < n) {
        const low = folded.charCodeAt(i + 1);
        if (low >= 0xdc00 && low <= 0xdfff) {
          width = 2;
          inWord = WORD_CHAR.test(folded.slice(i, i + 2));
        }
      } else inWord = isWordCode(code);
    }
    if (inWord) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      const w = trimHyphensAndQuotes(folded.slice(start, i));
      if (w.length > 0) words.push(w);
      start = -1;
    }
    i += width - 1;
  }
  return words;
}

const WORD_CHAR = /^[\p{L}\p{N}'-]$/u;
/** Per code unit: 0 not seen, 1 part of a word, 2 not (lone surrogates are not). */
const wordCode = new Uint8Array(65536);

function isWordCode(code: number): boolean {
  let c = wordCode[code]!;
  if (c === 0) {
    c = code < 0xd800 || code > 0xdfff ? (WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2) : 2;
    wordCode[code] = c;
  }
  return c === 1;
}

function trimHyphensAndQuotes(w: string): string {
  let a = 0;
  let b = w.length;
  while (a < b && (w[a] === '-' || w[a] === "'")) a++;
  while (b > a && (w[b - 1] === '-' || w[b - 1] === "'")) b--;
  return w.slice(a, b);
}

function stripLeading(s: string): string {
  let i = 0;
  while (i < s.length && (LEADING_DECORATION.has(s[i]!) || s[i] === ' ')) i++;
  return s.slice(i);
}

function stripTrailing(s: string): string {
  let i = s.length;
  while (i > 0 && TRAILING_DECORATION.has(s[i - 1]!)) i--;
  return s.slice(0, i);
}
