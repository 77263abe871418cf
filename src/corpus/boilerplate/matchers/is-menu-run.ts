import type { FoldedLine } from '../fold-line.js';
import { MENU_WORDS } from '../vocabulary.js';

const MENU = new Set(MENU_WORDS);

/**
 * A navigation menu flattened to one line: three or more words, all of them section or menu words
 * (`Accueil Monde Politique Économie Sport`, `Home | World | Business | Tech`).
 * @example
 * isMenuRun(foldLine('Accueil · Monde · Politique · Sport')); //=> true
 * isMenuRun(foldLine('Monde, Europe et France')); //=> false ('et' is no menu word)
 */
export function isMenuRun(line: FoldedLine): boolean {
  return (
    line.raw.length <= 300 &&
    MENU.has(line.key) &&
    line.words.length >= 3 &&
    line.words.every((w) => MENU.has(w))
  );
}
