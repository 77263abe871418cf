import type { FoldedLine } from '../fold-line.js';

const SIGNUP_OPENERS = new Set([
  'inscrivez-vous',
  'inscrivez',
  'abonnez-vous',
  'abonnez',
  'recevez',
  'recevoir',
  "s'inscrire",
  'inscription',
  'sign',
  'subscribe',
  'get',
  'join',
  'je',
  'ne',
  'votre',
  'your',
  'notre',
  'our',
  'la',
  'the',
  'newsletter',
  'newsletters',
  'infolettre',
]);

/**
 * A newsletter sign-up prompt: a short line that names a newsletter (`newsletter`, `infolettre`,
 * `lettre d'information`) and opens like a prompt (`Inscrivez-vous…`, `Recevez…`, `Sign up…`,
 * `Our newsletter…`), or is just a few words.
 * @example
 * isNewsletterSignup(foldLine('Inscrivez-vous à notre newsletter')); //=> true
 * isNewsletterSignup(foldLine('Le ministre a cité la newsletter du Kremlin dans son discours.')); //=> false
 */
export function isNewsletterSignup(line: FoldedLine): boolean {
  if (line.raw.length > 200) return false;
  const f = line.folded;
  // A word can be one of the names only if the line holds it.
  if (!f.includes('newsletter') && !f.includes('infolettre') && !f.includes("lettre d'information"))
    return false;
  const names =
    line.words.some((w) => w === 'newsletter' || w === 'newsletters' || w === 'infolettre') ||
    line.folded.includes("lettre d'information");
  if (!names) return false;
  return line.words.length <= 4 || SIGNUP_OPENERS.has(line.firstWord ?? '');
}
