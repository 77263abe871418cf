import type { Token } from '../text/types.js';
import type { LexiconEntry, LexiconMatch, Matcher, PatternToken } from './types.js';

/** An entry with its parsed pattern. */
export interface CompiledEntry {
  entry: LexiconEntry;
  pattern: PatternToken[];
}

const PREFIX_KEY = 3;

/**
 * Compiles entries into one matcher: patterns are indexed by their first token (stem, folded form,
 * or the first three letters of a prefix), so one pass over the tokens checks only candidates.
 * Quotation-mark tokens inside a phrase are transparent (« maintien de la paix » still matches
 * `maintien de la paix`); a match never crosses a sentence. Overlaps are resolved leftmost-longest.
 * @example
 * const m = compileMatcher([{ entry, pattern: [{ kind: 'stem', value: 'soldat' }] }]);
 * m.match(tokens).map((x) => x.entry.term); //=> ['soldat', …]
 */
export function compileMatcher(compiled: readonly CompiledEntry[]): Matcher {
  const byStem = new Map<string, CompiledEntry[]>();
  const byNorm = new Map<string, CompiledEntry[]>();
  const byPrefix = new Map<string, CompiledEntry[]>();
  const add = (index: Map<string, CompiledEntry[]>, key: string, c: CompiledEntry) => {
    const list = index.get(key);
    if (list) list.push(c);
    else index.set(key, [c]);
  };
  for (const c of compiled) {
    const first = c.pattern[0];
    if (!first || first.kind === 'gap') continue;
    if (first.kind === 'stem') add(byStem, first.value, c);
    else if (first.kind === 'norm') add(byNorm, first.value, c);
    else add(byPrefix, first.value.slice(0, PREFIX_KEY), c);
  }

  function match(tokens: readonly Token[]): LexiconMatch[] {
    const hits: LexiconMatch[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === 'quote' || tok.kind === 'punctuation') continue;
      let best: CompiledEntry | null = null;
      let bestLast = -1;
      for (const list of [
        byStem.get(tok.stem),
        byNorm.get(tok.norm),
        byPrefix.get(tok.norm.slice(0, PREFIX_KEY)),
      ]) {
        if (!list) continue;
        for (const c of list) {
          const last = matchAt(c.pattern, tokens, i);
          // Leftmost-longest; on a tie the more specific (longer) pattern, then the earlier entry.
          if (
            last > bestLast ||
            (last === bestLast && last >= 0 && best && c.pattern.length > best.pattern.length)
          ) {
            best = c;
            bestLast = last;
          }
        }
      }
      if (best !== null) {
        hits.push({
          entry: best.entry,
          first: i,
          last: bestLast,
          start: tok.start,
          end: tokens[bestLast]!.end,
        });
        i = bestLast;
      }
    }
    return hits;
  }

  return { size: compiled.length, match };
}

function tokenMatches(p: PatternToken, tok: Token): boolean {
  switch (p.kind) {
    case 'stem':
      return tok.stem === p.value || tok.norm === p.value;
    case 'norm':
      return tok.norm === p.value;
    case 'prefix':
      return tok.norm.startsWith(p.value);
    default:
      return false;
  }
}

/**
 * Tries a pattern at token `i`; returns the index of the last matched token, or -1.
 * Gaps are matched lazily (fewest skipped tokens first).
 */
function matchAt(pattern: readonly PatternToken[], tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]!.sentence;
  const step = (pi: number, ti: number): number => {
    if (pi === pattern.length) return ti - 1;
    const p = pattern[pi]!;
    if (p.kind === 'gap') {
      for (let skip = 0; skip <= p.max; skip++) {
        const t = ti + skip;
        if (t > tokens.length || (t < tokens.length && tokens[t]!.sentence !== sentence)) break;
        const r = step(pi + 1, t);
        if (r >= 0) return r;
      }
      return -1;
    }
    let t = ti;
    // Quotation marks inside a phrase are transparent.
    while (pi > 0 && t < tokens.length && tokens[t]!.kind === 'quote' && tokens[t]!.sentence === sentence)
      t++;
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence || !tokenMatches(p, tok)) return -1;
    return step(pi + 1, t + 1);
  };
  return step(0, i);
}
