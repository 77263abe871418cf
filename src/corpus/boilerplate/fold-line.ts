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
  let words: string[] | undefined;
  return {
    raw,
    folded,
    core,
    key,
    get words(): string[] {
      words ??= splitWords(folded);
      return words;
    },
  };
}

/**
 * Folds a string: lowercase, NFD with combining marks removed, `œ`/`æ` expanded, `’ʼ‘′` → `'`,
 * every whitespace run (no-break spaces included) → one space, trimmed.
 * @example
 * foldText('Rejoignez\u00a0l’Équipe'); //=> "rejoignez l'equipe"
 */
export function foldText(s: string): string {
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

/**
 * The words of a folded string: maximal runs of letters, digits, apostrophes and hyphens.
 * @example
 * splitWords("icon bookmark | icon chevron_down"); //=> ['icon', 'bookmark', 'icon', 'chevron', 'down']
 */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  for (const piece of folded.split(NOT_WORD)) {
    const w = trimHyphensAndQuotes(piece);
    if (w.length > 0) words.push(w);
  }
  return words;
}

/** A run of characters that are not letters, digits, apostrophes or hyphens (one class: linear). */
const NOT_WORD = /[^\p{L}\p{N}'-]+/u;

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
