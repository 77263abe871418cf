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
 * Each matcher owns one bit (matcher `m`: bit `m % 32` of word `m >> 5`). Three tables per word, by key
 * id, say where a matcher may start a match: `solo` — the key starts an entry that needs no second
 * token read by its key (one-token entries, entries whose second token is a gap or a prefix, prefix
 * entries); `pair` — the key starts an entry whose second token is a stem or a folded form; `second` —
 * the key is such a second token. A token is tried by a matcher only when its keys carry the matcher's
 * `solo` bit, or its `pair` bit with the `second` bit on the next token's keys. Bumped on every compile.
 */
interface KeyBitTables {
  solo: Int32Array;
  pair: Int32Array;
  second: Int32Array;
}
const keyBits: KeyBitTables[] = [];
let matcherCount = 0;
let bitsVersion = 0;

type KeyTable = 'solo' | 'pair' | 'second';

function emptyTables(): KeyBitTables {
  return { solo: new Int32Array(0), pair: new Int32Array(0), second: new Int32Array(0) };
}

function setKeyBit(matcher: number, table: KeyTable, id: number): void {
  const w = matcher >> 5;
  while (keyBits.length <= w) keyBits.push(emptyTables());
  const tables = keyBits[w]!;
  let bits = tables[table];
  if (bits.length <= id) {
    const grown = new Int32Array(Math.max(id + 1, bits.length * 2, 1024));
    grown.set(bits);
    bits = grown;
    tables[table] = bits;
  }
  bits[id]! |= 1 << (matcher & 31);
}

/**
 * The key ids of a document's tokens (-1: no matcher has the key) and, per word of matcher bits, the
 * tokens each matcher may start a match at. Computed once per token array: tokens are
 * read as `processText` made them (a matcher does not see a token changed in place afterwards; match
 * a new array, e.g. `[...tokens]`, after changing tokens).
 */
interface TokenKeys {
  /** `keyIds.size` when computed: keys added later make the ids stale. */
  version: number;
  stem: Int32Array;
  norm: Int32Array;
  prefix: Int32Array;
  /** Per word of matcher bits: the candidate tokens of each bit (in order), computed on first use. */
  starts: (StartLists | undefined)[];
  bitsVersion: number;
}

/** The candidate tokens of the 32 matchers of a word, in one array: bit `b`'s are `at[b]` to `at[b + 1]`. */
interface StartLists {
  at: Int32Array;
  tokens: Int32Array;
}

const keysByTokens = new WeakMap<readonly Token[], TokenKeys>();
/** Arrays shorter than this are looked up directly, not cached (lexicon terms, one-token probes). */
const MIN_CACHED = 16;

/**
 * The key ids of each token form (see `Token.form`): three per form (stem, norm, prefix), with the
 * norm and stem they were computed from, so a form is looked up by its strings once, and a token whose
 * norm or stem is not its form's (changed in place, or a reused form number) is looked up directly.
 * Emptied when keys are added.
 */
const formNorms: (string | undefined)[] = [];
const formStems: (string | undefined)[] = [];
let formIds = new Int32Array(0);
let formIdsVersion = -1;
/** Form numbers from this one on are not remembered (the text pipeline keeps them far lower). */
const MAX_FORM = 1 << 20;

/** Writes the stem, norm and prefix key ids of a stem and norm at `out[at]`, `out[at + 1]`, `out[at + 2]`. */
function lookUpKeys(stem: string, norm: string, out: Int32Array, at: number): void {
  const stemId = keyIds.get(stem) ?? -1;
  out[at] = stemId;
  out[at + 1] = norm === stem ? stemId : (keyIds.get(norm) ?? -1);
  out[at + 2] = keyIds.get(norm.length <= PREFIX_KEY ? norm : norm.slice(0, PREFIX_KEY)) ?? -1;
}

/** The index in `formIds` of a token's key ids, looked up if needed; -1 when the token has no usable form. */
function formKeysAt(tok: Token): number {
  const f = tok.form;
  if (f === undefined || f < 0 || f >= MAX_FORM) return -1;
  const { norm, stem } = tok;
  if (f < formNorms.length && formNorms[f] === norm && formStems[f] === stem) return 3 * f;
  while (formNorms.length <= f) {
    formNorms.push(undefined);
    formStems.push(undefined);
  }
  if (formIds.length < 3 * (f + 1)) {
    const grown = new Int32Array(Math.max(3 * (f + 1), 2 * formIds.length, 3072));
    grown.set(formIds);
    formIds = grown;
  }
  formNorms[f] = norm;
  formStems[f] = stem;
  lookUpKeys(stem, norm, formIds, 3 * f);
  return 3 * f;
}

function computeKeys(tokens: readonly Token[]): TokenKeys {
  const n = tokens.length;
  if (formIdsVersion !== keyIds.size) {
    formNorms.length = 0;
    formStems.length = 0;
    formIdsVersion = keyIds.size;
  }
  const keys: TokenKeys = {
    version: keyIds.size,
    stem: new Int32Array(n),
    norm: new Int32Array(n),
    prefix: new Int32Array(n),
    starts: [],
    bitsVersion,
  };
  const direct = new Int32Array(3);
  for (let i = 0; i < n; i++) {
    const tok = tokens[i]!;
    let at = formKeysAt(tok);
    let ids = formIds;
    if (at < 0) {
      lookUpKeys(tok.stem, tok.norm, direct, 0);
      ids = direct;
      at = 0;
    }
    keys.stem[i] = ids[at]!;
    keys.norm[i] = ids[at + 1]!;
    // Quotation marks and punctuation never start a match: no key.
    keys.prefix[i] = tok.kind === 'quote' || tok.kind === 'punctuation' ? -2 : ids[at + 2]!;
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

/** The bits of key `id` in `table` (0 when out of range). */
function bitAt(table: Int32Array, id: number): number {
  return id >= 0 && id < table.length ? table[id]! : 0;
}

/**
 * The matcher bits of word `w` of each token (see {@link keyBits}). The next token is the one a
 * second pattern token reads: quotation marks of the same sentence are skipped.
 */
function tokenBits(keys: TokenKeys, tokens: readonly Token[], w: number): Int32Array {
  const { solo, pair, second } = keyBits[w] ?? emptyTables();
  const n = keys.stem.length;
  const bits = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const p = keys.prefix[i]!;
    if (p === -2) continue;
    const s = keys.stem[i]!;
    const m = keys.norm[i]!;
    let b = bitAt(solo, s) | bitAt(solo, m) | bitAt(solo, p);
    const pairs = bitAt(pair, s) | bitAt(pair, m);
    if ((pairs & ~b) !== 0) {
      const sentence = tokens[i]!.sentence;
      let next = i + 1;
      while (next < n && tokens[next]!.kind === 'quote' && tokens[next]!.sentence === sentence) next++;
      if (next < n && tokens[next]!.sentence === sentence)
        b |= pairs & (bitAt(second, keys.stem[next]!) | bitAt(second, keys.norm[next]!));
    }
    bits[i] = b;
  }
  return bits;
}

/**
 * The tokens matcher bit `bit` of word `w` may start a match at, in order: one pass over the tokens
 * serves the 32 matchers of a word, each then visits its own candidates only.
 */
function startsOf(keys: TokenKeys, tokens: readonly Token[], w: number): StartLists {
  if (keys.bitsVersion !== bitsVersion) {
    keys.starts = [];
    keys.bitsVersion = bitsVersion;
  }
  let starts = keys.starts[w];
  if (starts === undefined) {
    const bits = tokenBits(keys, tokens, w);
    // Count each bit's tokens, turn the counts into offsets, then place the tokens.
    const at = new Int32Array(33);
    let total = 0;
    for (let i = 0; i < bits.length; i++) {
      for (let b = bits[i]!; b !== 0; b &= b - 1) {
        at[32 - Math.clz32(b & -b)]!++;
        total++;
      }
    }
    for (let j = 1; j <= 32; j++) at[j]! += at[j - 1]!;
    const list = new Int32Array(total);
    const filled = at.slice(0, 32);
    for (let i = 0; i < bits.length; i++) {
      for (let b = bits[i]!; b !== 0; b &= b - 1) list[filled[31 - Math.clz32(b & -b)]!++] = i;
    }
    starts = { at, tokens: list };
    keys.starts[w] = starts;
  }
  return starts;
}

const K_STEM = 0;
const K_NORM = 1;
const K_PREFIX = 2;
const K_GAP = 3;

/** A candidate entry with its pattern compiled for the match loop. */
interface Candidate {
  entry: LexiconEntry;
  length: number;
  /** Per pattern token: `K_STEM`, `K_NORM`, `K_PREFIX` or `K_GAP`. */
  kinds: number[];
  /** Key id of a stem or folded-form value (equal ids: equal strings). */
  ids: number[];
  /** The values (stem, folded form or prefix; '' for a gap). */
  values: string[];
  /** Longest gap, for gaps. */
  maxes: number[];
  /**
   * Position in the order the entries were tried in (stem-indexed first, then folded-form, then
   * prefix; each list in entry order): on equal extent and equal pattern length, the lower rank wins.
   */
  rank: number;
}

/** Entries whose first two tokens are found by their keys. */
interface PairList {
  /** The first two-token entry (the only one of them that can win). */
  pair: Candidate | null;
  /** Entries of three tokens or more, tried from their third token. */
  longer: Candidate[];
}

/**
 * The stem- or folded-form-indexed entries that share a first-token key, split by what their second
 * token needs, so that a token only tries the entries its next token can continue.
 */
interface Bucket {
  /** The first one-token entry (all match alike: the only one that can win). */
  single: Candidate | null;
  /**
   * Entries whose second token is a stem (matched by the next token's stem or norm): the stems' ids,
   * sorted, and each one's list (what the match loop searches).
   */
  stemIds: Int32Array;
  stemLists: PairList[];
  /** Entries whose second token is a folded form: the forms' ids, sorted, and each one's list. */
  normIds: Int32Array;
  normLists: PairList[];
  /** Entries whose second token is a gap or a prefix: tried from their second token. */
  rest: Candidate[];
}

/**
 * The prefix-indexed entries that share a three-letter key, in a trie over the letters of the prefix
 * after the key: walking a token's folded form down the trie meets exactly the prefixes it starts with.
 */
interface PrefixNode {
  candidates: Candidate[];
  /** Next letters (UTF-16 code units) and their nodes, searched in order (a node has few). */
  codes: number[];
  children: PrefixNode[];
}

function childAt(node: PrefixNode, code: number): PrefixNode | undefined {
  const codes = node.codes;
  for (let c = 0; c < codes.length; c++) if (codes[c] === code) return node.children[c];
  return undefined;
}

/** What an empty bucket list holds (shared: a lexicon has thousands of buckets). */
const NO_IDS = new Int32Array(0);

function compileCandidate(c: CompiledEntry, rank: number): Candidate {
  const n = c.pattern.length;
  // Small plain arrays, not typed arrays: a lexicon has thousands of candidates, and a typed array
  // costs about 200 bytes of objects and buffer however short it is.
  const cand: Candidate = {
    entry: c.entry,
    length: n,
    kinds: filled(n, 0),
    ids: filled(n, -1),
    values: filled(n, ''),
    maxes: filled(n, 0),
    rank,
  };
  c.pattern.forEach((p, i) => {
    if (p.kind === 'gap') {
      cand.kinds[i] = K_GAP;
      cand.maxes[i] = p.max;
      return;
    }
    cand.kinds[i] = p.kind === 'stem' ? K_STEM : p.kind === 'norm' ? K_NORM : K_PREFIX;
    cand.values[i] = p.value;
    if (p.kind !== 'prefix') cand.ids[i] = keyId(p.value);
  });
  return cand;
}

/** `n` copies of `value`, in an array of exactly `n` slots (`push` would reserve 16). */
function filled<T>(n: number, value: T): T[] {
  return new Array<T>(n).fill(value);
}

/** The list of second-token id `id` (-1: none) in sorted `ids`, by binary search. */
function pairFor(ids: Int32Array, lists: readonly PairList[], id: number): PairList | undefined {
  if (id < 0) return undefined;
  let lo = 0;
  let hi = ids.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const v = ids[mid]!;
    if (v === id) return lists[mid];
    if (v < id) lo = mid + 1;
    else hi = mid;
  }
  return undefined;
}

function pairList(map: Map<number, PairList>, id: number): PairList {
  let list = map.get(id);
  if (list === undefined) {
    list = { pair: null, longer: [] };
    map.set(id, list);
  }
  return list;
}

/**
 * Compiles entries into one matcher: patterns are indexed by their first token (stem, folded form, or
 * the first three letters of a prefix, then the prefix's other letters), then by their second token,
 * so one pass over the tokens tries only entries that can match there. Quotation-mark tokens inside a
 * phrase are transparent (« maintien de la paix » still matches `maintien de la paix`); a match never
 * crosses a sentence. Overlaps are resolved leftmost-longest; on a tie the longer pattern, then the
 * first entry (stem-indexed entries first, then folded-form, then prefix ones). A token's index keys
 * are looked up once per token array and shared by all matchers: tokens are read as `processText`
 * made them (after changing tokens in place, match a new array, e.g. `[...tokens]`).
 * @example
 * const m = compileMatcher([{ entry, pattern: [{ kind: 'stem', value: 'soldat' }] }]);
 * m.match(tokens).map((x) => x.entry.term); //=> ['soldat', …]
 */
export function compileMatcher(compiled: readonly CompiledEntry[]): Matcher {
  const byStem: (Bucket | undefined)[] = [];
  const byNorm: (Bucket | undefined)[] = [];
  const byPrefix: (PrefixNode | undefined)[] = [];
  // While compiling: each bucket's entries by the id of their second token (stem, folded form).
  const seconds = new Map<Bucket, { byStem: Map<number, PairList>; byNorm: Map<number, PairList> }>();
  const counts = [0, 0, 0];
  const groups: CompiledEntry[][] = [[], [], []];
  for (const c of compiled) {
    const first = c.pattern[0];
    if (!first || first.kind === 'gap') continue;
    groups[first.kind === 'stem' ? 0 : first.kind === 'norm' ? 1 : 2]!.push(c);
  }
  // Ranks follow the order the entries were tried in: by group, then by entry order.
  groups.forEach((list, group) => {
    for (const c of list) {
      const cand = compileCandidate(c, group * 0x4000000 + counts[group]!++);
      const first = c.pattern[0] as { value: string };
      if (group === 2) {
        const id = keyId(first.value.slice(0, PREFIX_KEY));
        while (byPrefix.length <= id) byPrefix.push(undefined);
        let node = byPrefix[id];
        if (node === undefined) {
          node = { candidates: [], codes: [], children: [] };
          byPrefix[id] = node;
        }
        for (let k = PREFIX_KEY; k < first.value.length; k++) {
          const code = first.value.charCodeAt(k);
          const at = node.codes.indexOf(code);
          let child: PrefixNode;
          if (at >= 0) child = node.children[at]!;
          else {
            child = { candidates: [], codes: [], children: [] };
            node.codes.push(code);
            node.children.push(child);
          }
          node = child;
        }
        node.candidates.push(cand);
        continue;
      }
      const index = group === 0 ? byStem : byNorm;
      const id = keyId(first.value);
      while (index.length <= id) index.push(undefined);
      let bucket = index[id];
      if (bucket === undefined) {
        bucket = { single: null, stemIds: NO_IDS, stemLists: [], normIds: NO_IDS, normLists: [], rest: [] };
        index[id] = bucket;
        seconds.set(bucket, { byStem: new Map(), byNorm: new Map() });
      }
      const second = c.pattern[1];
      if (second === undefined) bucket.single ??= cand;
      else if (second.kind === 'stem' || second.kind === 'norm') {
        const maps = seconds.get(bucket)!;
        const list = pairList(second.kind === 'stem' ? maps.byStem : maps.byNorm, keyId(second.value));
        if (cand.length > 2) list.longer.push(cand);
        else list.pair ??= cand;
      } else bucket.rest.push(cand);
    }
  });
  for (const [bucket, maps] of seconds) {
    const stemIds = [...maps.byStem.keys()].sort((a, b) => a - b);
    if (stemIds.length > 0) bucket.stemIds = Int32Array.from(stemIds);
    bucket.stemLists = stemIds.map((id) => maps.byStem.get(id)!);
    const normIds = [...maps.byNorm.keys()].sort((a, b) => a - b);
    if (normIds.length > 0) bucket.normIds = Int32Array.from(normIds);
    bucket.normLists = normIds.map((id) => maps.byNorm.get(id)!);
  }
  // The match closure below shares this function's scope: drop the compile-time maps.
  seconds.clear();
  const me = matcherCount++;
  const word = me >> 5;
  const bit = me & 31;
  for (const index of [byStem, byNorm]) {
    index.forEach((bucket, id) => {
      if (bucket === undefined) return;
      if (bucket.single !== null || bucket.rest.length > 0) setKeyBit(me, 'solo', id);
      if (bucket.stemIds.length > 0 || bucket.normIds.length > 0) setKeyBit(me, 'pair', id);
      for (const second of bucket.stemIds) setKeyBit(me, 'second', second);
      for (const second of bucket.normIds) setKeyBit(me, 'second', second);
    });
  }
  byPrefix.forEach((root, id) => {
    if (root !== undefined) setKeyBit(me, 'solo', id);
  });
  bitsVersion++;

  function match(tokens: readonly Token[]): LexiconMatch[] {
    const hits: LexiconMatch[] = [];
    const n = tokens.length;
    const keys = n >= MIN_CACHED ? keysOf(tokens) : null;
    // The tokens to try: those whose keys start an entry of this matcher, or all of a short array.
    const starts = keys !== null ? startsOf(keys, tokens, word) : null;
    const list = starts !== null ? starts.tokens : null;
    const first = starts !== null ? starts.at[bit]! : 0;
    const end = starts !== null ? starts.at[bit + 1]! : n;
    const best: Best = { c: null, last: -1 };
    let from = 0;
    for (let c = first; c < end; c++) {
      const i = list !== null ? list[c]! : c;
      if (i < from) continue;
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
      const b1 = stemId >= 0 && stemId < byStem.length ? byStem[stemId] : undefined;
      const b2 = normId >= 0 && normId < byNorm.length ? byNorm[normId] : undefined;
      const root = prefixId >= 0 && prefixId < byPrefix.length ? byPrefix[prefixId] : undefined;
      if (b1 === undefined && b2 === undefined && root === undefined) continue;

      const sentence = tok.sentence;
      best.c = null;
      best.last = -1;

      if (b1 !== undefined || b2 !== undefined) {
        // The next token a second pattern token reads (quotation marks are transparent).
        let next = i + 1;
        while (next < n && tokens[next]!.kind === 'quote' && tokens[next]!.sentence === sentence) next++;
        let nextStem = -1;
        let nextNorm = -1;
        if (next < n && tokens[next]!.sentence === sentence) {
          if (keys !== null) {
            nextStem = keys.stem[next]!;
            nextNorm = keys.norm[next]!;
          } else {
            nextStem = keyIds.get(tokens[next]!.stem) ?? -1;
            nextNorm = keyIds.get(tokens[next]!.norm) ?? -1;
          }
        }
        for (let g = 0; g < 2; g++) {
          const bucket = g === 0 ? b1 : b2;
          if (bucket === undefined) continue;
          // The first token matches by construction (found by its key).
          consider(best, bucket.single, i);
          for (const c of bucket.rest) consider(best, c, step(c, tokens, keys, sentence, 1, i + 1));
          if (nextStem < 0 && nextNorm < 0) continue;
          for (let l = 0; l < 3; l++) {
            const list =
              l === 0
                ? pairFor(bucket.stemIds, bucket.stemLists, nextStem)
                : l === 1
                  ? nextNorm !== nextStem
                    ? pairFor(bucket.stemIds, bucket.stemLists, nextNorm)
                    : undefined
                  : pairFor(bucket.normIds, bucket.normLists, nextNorm);
            if (list === undefined) continue;
            // The first two tokens match by construction.
            consider(best, list.pair, next);
            for (const c of list.longer) consider(best, c, step(c, tokens, keys, sentence, 2, next + 1));
          }
        }
      }
      if (root !== undefined) {
        // Down the trie along the folded form: the prefixes it starts with, shortest first.
        const norm = tok.norm;
        let node: PrefixNode | undefined = root;
        for (let k = PREFIX_KEY; node !== undefined; k++) {
          for (const c of node.candidates)
            consider(best, c, c.length === 1 ? i : step(c, tokens, keys, sentence, 1, i + 1));
          node = k < norm.length ? childAt(node, norm.charCodeAt(k)) : undefined;
        }
      }
      const won = best.c as Candidate | null;
      if (won !== null) {
        const last = best.last;
        hits.push({ entry: won.entry, first: i, last, start: tok.start, end: tokens[last]!.end });
        from = last + 1;
      }
    }
    return hits;
  }

  return { size: compiled.length, match };
}

/** The best match found so far at a token. */
interface Best {
  c: Candidate | null;
  last: number;
}

/**
 * Keeps candidate `c` ending at `last` (-1: no match) if it beats the best so far: leftmost-longest,
 * the farther match, then the longer pattern, then the lower rank.
 */
function consider(best: Best, c: Candidate | null, last: number): void {
  if (c === null || last < 0) return;
  const b = best.c;
  if (b !== null) {
    if (last < best.last) return;
    if (last === best.last && (c.length < b.length || (c.length === b.length && c.rank > b.rank))) return;
  }
  best.c = c;
  best.last = last;
}

/**
 * Matches pattern token `pi` of a candidate and the rest at token `ti`; returns the index of the last
 * matched token, or -1. Gaps are matched lazily (fewest skipped tokens first).
 */
function step(
  c: Candidate,
  tokens: readonly Token[],
  keys: TokenKeys | null,
  sentence: number,
  pi: number,
  ti: number,
): number {
  if (pi === c.length) return ti - 1;
  const kind = c.kinds[pi]!;
  const n = tokens.length;
  if (kind === K_GAP) {
    const max = c.maxes[pi]!;
    for (let skip = 0; skip <= max; skip++) {
      const t = ti + skip;
      if (t > n || (t < n && tokens[t]!.sentence !== sentence)) break;
      const r = step(c, tokens, keys, sentence, pi + 1, t);
      if (r >= 0) return r;
    }
    return -1;
  }
  let t = ti;
  // Quotation marks inside a phrase are transparent.
  while (pi > 0 && t < n && tokens[t]!.kind === 'quote' && tokens[t]!.sentence === sentence) t++;
  const tok = tokens[t];
  if (tok === undefined || tok.sentence !== sentence) return -1;
  let ok: boolean;
  if (kind === K_PREFIX) ok = tok.norm.startsWith(c.values[pi]!);
  else if (keys !== null) {
    const id = c.ids[pi]!;
    ok = keys.norm[t] === id || (kind === K_STEM && keys.stem[t] === id);
  } else {
    const value = c.values[pi]!;
    ok = tok.norm === value || (kind === K_STEM && tok.stem === value);
  }
  return ok ? step(c, tokens, keys, sentence, pi + 1, t + 1) : -1;
}
