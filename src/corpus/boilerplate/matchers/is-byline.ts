import { type FoldedLine, foldLine, foldText } from '../fold-line.js';
import { NAME_PARTICLES, NOT_NAMES_AFTER_BY } from '../vocabulary.js';
import { isTimestamp } from './is-timestamp.js';

const NOT_NAME = new Set(NOT_NAMES_AFTER_BY);
const PARTICLE = new Set(NAME_PARTICLES);
const SEPARATOR_START = new Set([...',|•·(–—-/;:']);

/**
 * A byline on its own line: `Par` / `By` alone (a scraped byline whose name was a link), or followed by
 * one to six capitalised name words (particles allowed inside: `de`, `von der`…), then nothing, a
 * separator (`, | – (`) or a date. Sentences that start with these words (`Par ailleurs, …`,
 * `By then the army…`) are kept: the next word must be a capitalised name, not a common opener.
 * @example
 * isByline(foldLine('Par Marie Dupont, à Moscou')); //=> true
 * isByline(foldLine('By John Smith')); //=> true
 * isByline(foldLine('Par ailleurs, la Russie a démenti.')); //=> false
 */
export function isByline(line: FoldedLine): boolean {
  if (line.raw.length > 120) return false;
  const first = line.firstWord;
  if (first !== 'par' && first !== 'by') return false;
  const at = line.raw.toLowerCase().indexOf(first);
  if (at < 0 || at > 3) return false;
  const rest = line.raw.slice(at + first.length).trim();
  if (rest === '' || rest === ':') return true;
  const words = rest.split(/\s+/);
  let names = 0;
  let i = 0;
  let closed = false;
  while (i < words.length) {
    const word = words[i]!;
    const separated = word.length > 1 && SEPARATOR_START.has(word[word.length - 1]!);
    const w = separated ? word.slice(0, -1) : word;
    if (isNameWord(w) && !(names === 0 && NOT_NAME.has(foldText(w)))) names++;
    else if (!(names > 0 && !separated && i + 1 < words.length && PARTICLE.has(w.toLowerCase()))) break;
    i++;
    if (separated) {
      closed = true;
      break;
    }
  }
  if (names === 0 || names > 6) return false;
  if (closed) return true;
  const remainder = words.slice(i).join(' ');
  return remainder === '' || SEPARATOR_START.has(remainder[0]!) || isTimestamp(foldLine(remainder));
}

/** A capitalised word of letters, with inner `-`, `'`, `’` or `.` (`Jean-Pierre`, `O’Neill`, `J.`). */
function isNameWord(w: string): boolean {
  if (w.length === 0 || w.length > 30) return false;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*$/u.test(w);
}
