import type { FoldedLine } from '../fold-line.js';
import { SHARE_WORDS, STRICT_NETWORKS } from '../vocabulary.js';

const SHARE = new Set([...SHARE_WORDS, ...STRICT_NETWORKS]);
const NETWORK = new Set(STRICT_NETWORKS);

/**
 * A row of share buttons flattened to one line: two or more words, all share words or network names,
 * at least one of them a network (`Facebook Twitter WhatsApp Email`, `Partager Facebook Twitter`).
 * @example
 * isShareRun(foldLine('Facebook Twitter Email')); //=> true
 * isShareRun(foldLine('Partager le lien')); //=> false
 */
export function isShareRun(line: FoldedLine): boolean {
  return (
    line.raw.length <= 200 &&
    SHARE.has(line.firstWord ?? '') &&
    line.words.length >= 2 &&
    line.words.every((w) => SHARE.has(w)) &&
    line.words.some((w) => NETWORK.has(w))
  );
}
