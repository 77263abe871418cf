/**
 * Inputs built to find superlinear paths: long runs of quotation marks, elisions, brackets,
 * exclamation marks, and one sentence with no end.
 * @module
 */
import type { Lang } from '../src/core/types.js';

/** One adversarial input family: `make(n)` gives a text of about `n` characters. */
export interface AdversarialCase {
  name: string;
  lang: Lang;
  /** Characters at 1× (100× is `unit * 100`). */
  unit: number;
  make(n: number): string;
}

function cycle(pattern: string, n: number): string {
  return pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
}

const WORDS = [
  'le',
  'mot',
  'des',
  'forces',
  'armées',
  'et',
  'la',
  'paix',
  'selon',
  'lui',
  'pas',
  'terroristes',
];

/** A sentence of about `n` characters with commas but no full stop. */
function longSentence(n: number): string {
  const parts: string[] = [];
  let len = 0;
  for (let i = 0; len < n; i++) {
    const w = WORDS[(i * 7) % WORDS.length]! + (i % 9 === 8 ? ',' : '');
    parts.push(w);
    len += w.length + 1;
  }
  return parts.join(' ').slice(0, n);
}

/**
 * The adversarial families: runs of 5,000 characters at 1× (50,000 at 10×, 500,000 at 100×) and a
 * sentence of 1,000 characters at 1× (100,000 at 100×).
 * @example
 * adversarialCases()[0].make(5); //=> '«««««'
 */
export function adversarialCases(): AdversarialCase[] {
  return [
    { name: '« repeated', lang: 'fr', unit: 5000, make: (n) => '«'.repeat(n) },
    { name: '" repeated', lang: 'en', unit: 5000, make: (n) => '"'.repeat(n) },
    { name: 'mixed quote marks', lang: 'fr', unit: 5000, make: (n) => cycle('«"“‘\'’”»', n) },
    { name: '« mot » repeated', lang: 'fr', unit: 5000, make: (n) => cycle('« mot » ', n) },
    { name: "elisions l'l'l'", lang: 'fr', unit: 5000, make: (n) => cycle("l'", n) },
    { name: 'elisions qu’l’', lang: 'fr', unit: 5000, make: (n) => cycle('qu’l’', n) },
    { name: 'brackets ([{', lang: 'en', unit: 5000, make: (n) => cycle('([{', n) },
    { name: 'exclamation marks', lang: 'fr', unit: 5000, make: (n) => '!'.repeat(n) },
    { name: 'one sentence (fr)', lang: 'fr', unit: 1000, make: longSentence },
    { name: 'one sentence (en)', lang: 'en', unit: 1000, make: (n) => longSentence(n).replace(/é/g, 'e') },
  ];
}
