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

/**
 * Each matcher owns one bit (matcher `m`: bit `m % 32` of word `m >> 5`); `keyBits[w][id]` has the bits
 * of the matchers of word `w` that index key `id` as a first token. A token whose three keys carry no
 * bit of a matcher is skipped by it without a look at the token. Bumped on every compile.
 */
const keyBits: Int32Array[] = [];
let matcherCount = 0;
let bitsVersion = 0;

function setKeyBit(matcher: number, id: number): void {
  const w = matcher >> 5;
  while (keyBits.length <= w) keyBits.push(new Int32Array(0));
  let table = keyBits[w]!;
  if (table.length <= id) {
    const grown = new Int32Array(Math.max(id + 1, table.length * 2, 1024));
    grown.set(table);
    table = grown;
    keyBits[w] = table;
  }
  table[id]! |= 1 << (matcher & 31);
}

/**
 * The key ids of a document's tokens (-1: no matcher has the key) and, per word of matcher bits, the
 * bits of the matchers each token may start a match for. Computed once per token array: tokens are
 * read as `processText` made them (a matcher does not see a token changed in place afterwards; match
 * a new array, e.g. `[...tokens]`, after changing tokens).
 */
interface TokenKeys {
  /** `keyIds.size` when computed: keys added later make the ids stale. */
  version: number;
  stem: Int32Array;
  norm: Int32Array;
  prefix: Int32Array;
  /** Per word of matcher bits, computed on first use. */
  bits: (Int32Array | undefined)[];
  bitsVersion: number;
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
    bits: [],
    bitsVersion,
  };
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    const { stem, norm } = tok;
    keys.stem[i] = keyIds.get(stem) ?? -1;
    keys.norm[i] = norm === stem ? keys.stem[i]! : (keyIds.get(norm) ?? -1);
    keys.prefix[i] = keyIds.get(norm.length <= PREFIX_KEY ? norm : norm.slice(0, PREFIX_KEY)) ?? -1;
    // Quotation marks and punctuation never start a match: no key.
    if (tok.kind === 'quote' || tok.kind === 'punctuation') keys.prefix[i] = -2;
  }
  return keys;
}

function keysOf(tokens: readonly Token[]): TokenKeys {
  let keys = keysByTokens.get(tokens);
  if (keys === undefined || keys.version !== keyIds.size || keys.stem.length !== tokens.length) {
    keys = computeKeys(tokens);
    keysByTokens.set(tokens, keys);
  }
  return keys;
}

/** The matcher bits of word `w` of each token (see {@link keyBits}). */
function bitsOf(keys: TokenKeys, w: number): Int32Array {
  if (keys.bitsVersion !== bitsVersion) {
    keys.bits = [];
    keys.bitsVersion = bitsVersion;
  }
  let bits = keys.bits[w];
  if (bits === undefined) {
    const table = keyBits[w] ?? new Int32Array(0);
    const size = table.length;
    const n = keys.stem.length;
    bits = new Int32Array(n);
    for (let i = 0; i < n; i++) {
      const p = keys.prefix[i]!;
      if (p === -2) continue;
      const s = keys.stem[i]!;
      const m = keys.norm[i]!;
      bits[i] =
        (s >= 0 && s < size ? table[s]! : 0) |
        (m >= 0 && m < size ? table[m]! : 0) |
        (p >= 0 && p < size ? table[p]! : 0);
    }
    keys.bits[w] = bits;
  }
  return bits;
}

/** A candidate entry with what the match loop needs at hand. */
interface Candidate {
  entry: LexiconEntry;
  pattern: PatternToken[];
  length: number;
  /**
   * Position in the order the entries are tried in (stem-indexed first, then norm, then prefix; each
   * list in entry order): on equal extent and equal pattern length, the lower rank wins.
   */
  rank: number;
}

/**
 * The entries that share a first-token key, split by what their second token needs, so that a token
 * only tries the entries its next token can continue.
 */
interface Bucket {
  /** One-token patterns. */
  single: Candidate[];
  /** Patterns whose second token is a stem (matched by the next token's stem or norm), by its id. */
  byStem: Map<number, Candidate[]>;
  /** Patterns whose second token is a folded form, by its id. */
  byNorm: Map<number, Candidate[]>;
  /** Patterns whose second token is a gap or a prefix: always tried. */
  rest: Candidate[];
}

type Index = (Bucket | undefined)[];

function bucketAt(index: Index, id: number): Bucket | undefined {
  return id >= 0 && id < index.length ? index[id] : undefined;
}

function addTo(map: Map<number, Candidate[]>, id: number, c: Candidate): void {
  const list = map.get(id);
  if (list) list.push(c);
  else map.set(id, [c]);
}

/**
 * Compiles entries into one matcher: patterns are indexed by their first token (stem, folded form,
 * or the first three letters of a prefix), then by their second token, so one pass over the tokens
 * tries only candidates. Quotation-mark tokens inside a phrase are transparent (« maintien de la
 * paix » still matches `maintien de la paix`); a match never crosses a sentence. Overlaps are resolved
 * leftmost-longest; on a tie the longer pattern, then the first entry (stem-indexed entries first, then
 * folded-form, then prefix ones). A token's index keys are looked up once per token array and shared
 * by all matchers: tokens are read as `processText` made them (after changing tokens in place, match a
 * new array, e.g. `[...tokens]`).
 * @example
 * const m = compileMatcher([{ entry, pattern: [{ kind: 'stem', value: 'soldat' }] }]);
 * m.match(tokens).map((x) => x.entry.term); //=> ['soldat', …]
 */
export function compileMatcher(compiled: readonly CompiledEntry[]): Matcher {
  const lists: [Index, Index, Index] = [[], [], []];
  const counts = [0, 0, 0];
  const pending: { group: number; id: number; c: CompiledEntry }[] = [];
  for (const c of compiled) {
    const first = c.pattern[0];
    if (!first || first.kind === 'gap') continue;
    const group = first.kind === 'stem' ? 0 : first.kind === 'norm' ? 1 : 2;
    const id = keyId(group === 2 ? first.value.slice(0, PREFIX_KEY) : first.value);
    pending.push({ group, id, c });
  }
  // Ranks follow the order the entries were tried in before: by group, then by entry order.
  for (const { group, id, c } of pending) {
    const index = lists[group]!;
    while (index.length <= id) index.push(undefined);
    let bucket = index[id];
    if (bucket === undefined) {
      bucket = { single: [], byStem: new Map(), byNorm: new Map(), rest: [] };
      index[id] = bucket;
    }
    const cand: Candidate = {
      entry: c.entry,
      pattern: c.pattern,
      length: c.pattern.length,
      rank: group * 0x4000000 + counts[group]!++,
    };
    const second = c.pattern[1];
    if (second === undefined) bucket.single.push(cand);
    else if (second.kind === 'stem') addTo(bucket.byStem, keyId(second.value), cand);
    else if (second.kind === 'norm') addTo(bucket.byNorm, keyId(second.value), cand);
    else bucket.rest.push(cand);
  }
  const [byStem, byNorm, byPrefix] = lists;
  const me = matcherCount++;
  const word = me >> 5;
  const bit = 1 << (me & 31);
  for (const index of lists) index.forEach((bucket, id) => bucket !== undefined && setKeyBit(me, id));
  bitsVersion++;

  function match(tokens: readonly Token[]): LexiconMatch[] {
    const hits: LexiconMatch[] = [];
    const n = tokens.length;
    const keys = n >= MIN_CACHED ? keysOf(tokens) : null;
    const bits = keys !== null ? bitsOf(keys, word) : null;
    for (let i = 0; i < n; i++) {
      if (bits !== null && (bits[i]! & bit) === 0) continue;
      const tok = tokens[i]!;
      if (tok.kind === 'quote' || tok.kind === 'punctuation') continue;
      let stemId: number;
      let normId: number;
      let prefixId: number;
      if (keys !== null) {
        stemId = keys.stem[i]!;
        normId = keys.norm[i]!;
        prefixId = keys.prefix[i]!;
      } else {
        stemId = keyIds.get(tok.stem) ?? -1;
        normId = keyIds.get(tok.norm) ?? -1;
        prefixId = keyIds.get(tok.norm.slice(0, PREFIX_KEY)) ?? -1;
      }
      const b1 = bucketAt(byStem, stemId);
      const b2 = bucketAt(byNorm, normId);
      const b3 = bucketAt(byPrefix, prefixId);
      if (b1 === undefined && b2 === undefined && b3 === undefined) continue;

      // The next token a second pattern token would read (quotation marks are transparent).
      const sentence = tok.sentence;
      let next = i + 1;
      while (next < n && tokens[next]!.kind === 'quote' && tokens[next]!.sentence === sentence) next++;
      let nextStem = -1;
      let nextNorm = -1;
      if (next < n && tokens[next]!.sentence === sentence) {
        const t2 = tokens[next]!;
        if (keys !== null) {
          nextStem = keys.stem[next]!;
          nextNorm = keys.norm[next]!;
        } else {
          nextStem = keyIds.get(t2.stem) ?? -1;
          nextNorm = keyIds.get(t2.norm) ?? -1;
        }
      }

      let best: Candidate | null = null;
      let bestLast = -1;
      for (let g = 0; g < 3; g++) {
        const bucket = g === 0 ? b1 : g === 1 ? b2 : b3;
        if (bucket === undefined) continue;
        for (let l = 0; l < 5; l++) {
          const list =
            l === 0
              ? bucket.single
              : l === 1
                ? bucket.rest
                : l === 2
                  ? nextStem >= 0
                    ? bucket.byStem.get(nextStem)
                    : undefined
                  : l === 3
                    ? nextNorm >= 0 && nextNorm !== nextStem
                      ? bucket.byStem.get(nextNorm)
                      : undefined
                    : nextNorm >= 0
                      ? bucket.byNorm.get(nextNorm)
                      : undefined;
          if (list === undefined) continue;
          for (const c of list) {
            // The first token of a one-token stem or folded-form entry matches by construction.
            const last = l === 0 && g < 2 ? i : matchAt(c.pattern, tokens, i);
            if (last >= 0 && (best === null || beats(c, last, best, bestLast))) {
              best = c;
              bestLast = last;
            }
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

/** Leftmost-longest: the farther match, then the longer pattern, then the lower rank. */
function beats(c: Candidate, last: number, best: Candidate, bestLast: number): boolean {
  if (last !== bestLast) return last > bestLast;
  return c.length > best.length || (c.length === best.length && c.rank < best.rank);
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
