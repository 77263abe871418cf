/**
 * A trimmed line in the forms the boilerplate matchers read. Folding is for matching only: regions
 * are always cut from the raw text by offsets.
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
  /** Words of `folded`: runs of letters, digits, `'` and `-`. */
  words: string[];
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
  return { raw, folded, core, key, words: splitWords(folded) };
}

/**
 * Folds a string: lowercase, NFD with combining marks removed, `œ`/`æ` expanded, `’ʼ‘′` → `'`,
 * every whitespace run (no-break spaces included) → one space, trimmed.
 * @example
 * foldText('Rejoignez\u00a0l’Équipe'); //=> "rejoignez l'equipe"
 */
export function foldText(s: string): string {
  const decomposed = s.toLowerCase().normalize('NFD');
  let out = '';
  let pendingSpace = false;
  for (const ch of decomposed) {
    const code = ch.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    if (/\s/u.test(ch)) {
      pendingSpace = out.length > 0;
      continue;
    }
    if (pendingSpace) {
      out += ' ';
      pendingSpace = false;
    }
    if (ch === '’' || ch === 'ʼ' || ch === '‘' || ch === '′') out += "'";
    else if (ch === 'œ') out += 'oe';
    else if (ch === 'æ') out += 'ae';
    else out += ch;
  }
  return out;
}

/**
 * The words of a folded string: maximal runs of letters, digits, apostrophes and hyphens.
 * @example
 * splitWords("icon bookmark | icon chevron_down"); //=> ['icon', 'bookmark', 'icon', 'chevron', 'down']
 */
export function splitWords(folded: string): string[] {
  const words: string[] = [];
  let current = '';
  for (const ch of folded) {
    if (/[\p{L}\p{N}'-]/u.test(ch)) current += ch;
    else if (current) {
      words.push(current);
      current = '';
    }
  }
  if (current) words.push(current);
  return words.map(trimHyphensAndQuotes).filter((w) => w.length > 0);
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
