import type { FoldedLine } from '../fold-line.js';

const CREDIT_WORDS = new Set(['photo', 'photos', 'credit', 'credits', 'copyright']);

/**
 * A credit line that does not open with a credit keyword: a short line with `©`
 * (`© Reuters`, `Vladimir Poutine, le 5 janvier. © AFP`), or a parenthesised credit (`(Photo AFP)`).
 * Keyword-led credits (`Photo : AFP`, `Crédit photo : …`) are phrase rules in the table.
 * @example
 * isPhotoCredit(foldLine('© Reuters')); //=> true
 * isPhotoCredit(foldLine('(Photo AFP / Jean Dupont)')); //=> true
 * isPhotoCredit(foldLine('La photo a fait le tour du monde.')); //=> false
 */
export function isPhotoCredit(line: FoldedLine): boolean {
  const f = line.folded;
  if (f.includes('©') && line.raw.length <= 160) return true;
  if (line.raw.length > 100) return false;
  const raw = line.raw;
  const parenthesised =
    (raw.startsWith('(') && raw.endsWith(')')) || (raw.startsWith('[') && raw.endsWith(']'));
  return parenthesised && line.words.some((w) => CREDIT_WORDS.has(w));
}
