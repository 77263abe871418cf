import type { FoldedLine } from '../fold-line.js';
import { ICON_WORDS } from '../vocabulary.js';

const ICON = new Set(ICON_WORDS);
const ICON_NAMES = new Set(['icon', 'icons', 'icone', 'icones']);

/**
 * A run of icon names left by a scraped page (`icon bookmark icon camera icon check…`,
 * `icon-facebook icon-mail`): three or more words (hyphenated names split), the word "icon" at least twice, and at least 70 % of the words icon or UI names.
 * @example
 * isIconRun(foldLine('icon bookmark icon camera icon check')); //=> true
 * isIconRun(foldLine('The icon of the revolution, a camera in hand')); //=> false
 */
export function isIconRun(line: FoldedLine): boolean {
  if (!line.folded.includes('icon')) return false;
  const words = line.words.flatMap((w) => w.split('-')).filter((w) => w.length > 0);
  if (words.length < 3 || line.raw.length > 600) return false;
  let icons = 0;
  let ui = 0;
  for (const w of words) {
    if (ICON_NAMES.has(w)) icons++;
    if (ICON.has(w)) ui++;
  }
  return icons >= 2 && ui / words.length >= 0.7;
}
