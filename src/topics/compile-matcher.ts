import type { Token } from '../text/types.js';
import type { LexiconEntry, LexiconMatch, Matcher, PatternToken } from './types.js';

/** An entry with its parsed pattern. */
export interface CompiledEntry {
  entry: LexiconEntry;
  pattern: PatternToken[];
}

const PREFIX_KEY = 3;

/**
 * Every index key of every compiled matcher gets a small integer id, shared by all matchers: a
 * document's tokens are then looked up once (three map lookups per token) and each matcher reads its
 * candidates from arrays indexed by id. The table only grows; it is a cache, results do not depend on it.
 */
const keyIds = new Map<string, number>();

function keyId(key: string): number {
  let id = keyIds.get(key);
  if (id === undefined) {
    id = keyIds.size;
    keyIds.set(key, id);
  }
  return id;
}

/** The key ids of a document's tokens (-1: no matcher has the key), computed once per token array. */
interface TokenKeys {
  /** `keyIds.size` when computed: keys added later make the ids stale. */
  version: number;
  stem: Int32Array;
  norm: Int32Array;
  prefix: Int32Array;
  /** The `stem` and `norm` strings the ids were computed from (a token changed since is looked up again). */
  stemOf: string[];
  normOf: string[];
}

const keysByTokens = new WeakMap<readonly Token[], TokenKeys>();
/** Arrays shorter than this are looked up directly, not cached (lexicon terms, one-token probes). */
const MIN_CACHED = 16;

function computeKeys(tokens: readonly Token[]): TokenKeys {
  const n = tokens.length;
  const keys: TokenKeys = {
    version: keyIds.size,
    stem: new Int32Array(n),
    norm: new Int32Array(n),
    prefix: new Int32Array(n),
    stemOf: new Array(n),
    normOf: new Array(n),
  };
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    const { stem, norm } = tok;
    keys.stemOf[i] = stem;
    keys.normOf[i] = norm;
    keys.stem[i] = keyIds.get(stem) ?? -1;
    keys.norm[i] = norm === stem ? keys.stem[i]! : (keyIds.get(norm) ?? -1);
    keys.prefix[i] = keyIds.get(norm.length <= PREFIX_KEY ? norm : norm.slice(0, PREFIX_KEY)) ?? -1;
  }
  return keys;
}

function keysOf(tokens: readonly Token[]): TokenKeys {
  let keys = keysByTokens.get(tokens);
  if (keys === undefined || keys.version !== keyIds.size || keys.stem.length !== tokens.length) {
    keys = computeKeys(tokens);
    if (tokens.length >= MIN_CACHED) keysByTokens.set(tokens, keys);
  }
  return keys;
}

type Index = (CompiledEntry[] | undefined)[];

function listAt(index: Index, id: number): CompiledEntry[] | undefined {
  return id >= 0 && id < index.length ? index[id] : undefined;
}

/**
 * Compiles entries into one matcher: patterns are indexed by their first token (stem, folded form,
 * or the first three letters of a prefix), so one pass over the tokens checks only candidates.
 * Quotation-mark tokens inside a phrase are transparent (« maintien de la paix » still matches
 * `maintien de la paix`); a match never crosses a sentence. Overlaps are resolved leftmost-longest.
 * A token's index keys are looked up once per token array and shared by all matchers (a token whose
 * `stem` or `norm` changed since is looked up again).
 * @example
 * const m = compileMatcher([{ entry, pattern: [{ kind: 'stem', value: 'soldat' }] }]);
 * m.match(tokens).map((x) => x.entry.term); //=> ['soldat', …]
 */
export function compileMatcher(compiled: readonly CompiledEntry[]): Matcher {
  const byStem: Index = [];
  const byNorm: Index = [];
  const byPrefix: Index = [];
  const add = (index: Index, key: string, c: CompiledEntry) => {
    const id = keyId(key);
    while (index.length <= id) index.push(undefined);
    const list = index[id];
    if (list) list.push(c);
    else index[id] = [c];
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
    const keys = keysOf(tokens);
    for (let i = 0; i < tokens.length; i++) {
      const tok = tokens[i]!;
      if (tok.kind === 'quote' || tok.kind === 'punctuation') continue;
      let stemId: number;
      let normId: number;
      let prefixId: number;
      if (tok.stem === keys.stemOf[i] && tok.norm === keys.normOf[i]) {
        stemId = keys.stem[i]!;
        normId = keys.norm[i]!;
        prefixId = keys.prefix[i]!;
      } else {
        stemId = keyIds.get(tok.stem) ?? -1;
        normId = keyIds.get(tok.norm) ?? -1;
        prefixId = keyIds.get(tok.norm.slice(0, PREFIX_KEY)) ?? -1;
      }
      const l1 = listAt(byStem, stemId);
      const l2 = listAt(byNorm, normId);
      const l3 = listAt(byPrefix, prefixId);
      if (l1 === undefined && l2 === undefined && l3 === undefined) continue;
      let best: CompiledEntry | null = null;
      let bestLast = -1;
      for (let l = 0; l < 3; l++) {
        const list = l === 0 ? l1 : l === 1 ? l2 : l3;
        if (list === undefined) continue;
        for (const c of list) {
          // The first token of a stem or norm entry found by its key matches by construction.
          const last = c.pattern.length === 1 && l < 2 ? i : matchAt(c.pattern, tokens, i);
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
  return step(pattern, tokens, tokens[i]!.sentence, 0, i);
}

function step(
  pattern: readonly PatternToken[],
  tokens: readonly Token[],
  sentence: number,
  pi: number,
  ti: number,
): number {
  if (pi === pattern.length) return ti - 1;
  const p = pattern[pi]!;
  if (p.kind === 'gap') {
    for (let skip = 0; skip <= p.max; skip++) {
      const t = ti + skip;
      if (t > tokens.length || (t < tokens.length && tokens[t]!.sentence !== sentence)) break;
      const r = step(pattern, tokens, sentence, pi + 1, t);
      if (r >= 0) return r;
    }
    return -1;
  }
  let t = ti;
  // Quotation marks inside a phrase are transparent.
  while (pi > 0 && t < tokens.length && tokens[t]!.kind === 'quote' && tokens[t]!.sentence === sentence) t++;
  const tok = tokens[t];
  if (!tok || tok.sentence !== sentence || !tokenMatches(p, tok)) return -1;
  return step(pattern, tokens, sentence, pi + 1, t + 1);
}
