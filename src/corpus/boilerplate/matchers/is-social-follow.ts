import type { FoldedLine } from '../fold-line.js';
import { FOLLOW_VERBS, NETWORKS, STRICT_NETWORKS } from '../vocabulary.js';

const VERBS = new Set(FOLLOW_VERBS);
const STRICT = new Set(STRICT_NETWORKS);
const ANY_NETWORK = new Set(NETWORKS);

/**
 * A call to follow or join the outlet on social networks: the line opens with an imperative
 * (`Suivez-nous`, `Rejoignez`, `Follow us`, `Join`…) and names a social network
 * (`Rejoignez X sur Facebook, Telegram…`). A sentence that merely mentions a network is kept.
 * @example
 * isSocialFollow(foldLine('Suivez-nous sur Telegram')); //=> true
 * isSocialFollow(foldLine('Le ministre a publié sa réponse sur Telegram.')); //=> false
 */
export function isSocialFollow(line: FoldedLine): boolean {
  if (line.raw.length > 220) return false;
  const first = line.firstWord;
  if (first === undefined || !(VERBS.has(first) || first === 'find')) return false;
  const opensWithCall = VERBS.has(first) || line.words[1] === 'us';
  if (!opensWithCall) return false;
  return line.words.some((w) => STRICT.has(w)) || line.words.filter((w) => ANY_NETWORK.has(w)).length >= 2;
}
