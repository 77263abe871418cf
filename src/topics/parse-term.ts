import type { LexiconLangCode, PatternToken } from './types.js';

/**
 * Turns a token-level normaliser into a term parser. The normaliser must read a phrase exactly as
 * the text pipeline reads text, so that a lexicon word and a text word get the same stem.
 */
export type TermNormalizer = (term: string, lang: LexiconLangCode) => { norm: string; stem: string }[];

/**
 * Parses a lexicon term into pattern tokens (see the term syntax in `schema.ts`).
 * Returns `null` when the term yields no token (e.g. punctuation only).
 * @example
 * parseTerm('tirer * sans sommation', 'fr', normalizeTerm)
 * //=> [{ kind: 'stem', value: 'tir' }, { kind: 'gap', max: 2 }, { kind: 'stem', value: 'san' }, …]
 * parseTerm('=otsc', 'fr', normalizeTerm) //=> [{ kind: 'norm', value: 'otsc' }]
 * parseTerm('terroris*', 'fr', normalizeTerm) //=> [{ kind: 'prefix', value: 'terroris' }]
 */
export function parseTerm(
  term: string,
  lang: LexiconLangCode,
  normalize: TermNormalizer,
): PatternToken[] | null {
  const out: PatternToken[] = [];
  for (const chunk of term.trim().split(/\s+/)) {
    if (chunk === '') continue;
    if (chunk === '*') {
      out.push({ kind: 'gap', max: 2 });
    } else if (chunk.startsWith('=') && chunk.length > 1) {
      for (const t of normalize(chunk.slice(1), lang)) out.push({ kind: 'norm', value: t.norm });
    } else if (chunk.endsWith('*') && chunk.length > 1) {
      const pieces = normalize(chunk.slice(0, -1), lang);
      pieces.forEach((t, i) => {
        out.push(
          i === pieces.length - 1 ? { kind: 'prefix', value: t.norm } : { kind: 'stem', value: t.stem },
        );
      });
    } else {
      for (const t of normalize(chunk, lang)) out.push({ kind: 'stem', value: t.stem });
    }
  }
  while (out.length > 0 && out[0]?.kind === 'gap') out.shift();
  while (out.length > 0 && out[out.length - 1]?.kind === 'gap') out.pop();
  return out.length > 0 ? out : null;
}
