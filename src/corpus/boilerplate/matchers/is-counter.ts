import type { FoldedLine } from '../fold-line.js';
import { COUNTER_WORDS } from '../vocabulary.js';

const COUNTER = new Set(COUNTER_WORDS);

/**
 * A counter left by a scraped page: a number alone (`62`, `1,2k`, `0`), or a number with counter words
 * (`0 commentaire`, `12 Comments`, `Partager 0`, `Commentaires (3)`, `4 min de lecture`).
 * @example
 * isCounter(foldLine('12 Comments')); //=> true
 * isCounter(foldLine('12 soldats blessés')); //=> false
 */
export function isCounter(line: FoldedLine): boolean {
  if (line.raw.length > 40) return false;
  const words = line.words;
  if (words.length === 0 || words.length > 5) return false;
  // Consecutive numeric words are one number (`1 234 vues`, `1,2k`).
  let numbers = 0;
  let previousWasNumber = false;
  for (const w of words) {
    const count = isCount(w);
    if (count && !previousWasNumber) numbers++;
    else if (!count && !COUNTER.has(w)) return false;
    previousWasNumber = count;
  }
  if (numbers !== 1) return false;
  // Besides the words, only digits, spaces, separators and brackets may appear.
  return /^[\p{L}\p{N}\s'().,:|•·-]*$/u.test(line.folded);
}

/** `62`, `1234`, `1,2k`, `3k`: a count. */
function isCount(w: string): boolean {
  let digits = 0;
  for (let i = 0; i < w.length; i++) {
    const c = w[i]!;
    if (c >= '0' && c <= '9') digits++;
    else if (!((c === 'k' || c === 'm') && i === w.length - 1)) return false;
  }
  return digits > 0 && digits <= 7;
}
