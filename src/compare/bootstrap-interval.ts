import { squash } from '../analysis/stance/score-stance.js';
import { defaultStanceParams, type StanceParams } from '../analysis/stance/stance-params.js';
import { MICRO, type SourceStats } from './source-stats.js';

/**
 * A percentile bootstrap interval of a stance score.
 * @example
 * const i: StanceInterval = { low: -0.7, high: -0.12, level: 0.9 };
 */
export interface StanceInterval {
  low: number;
  high: number;
  /** Coverage of the interval (0.9: from the 5th to the 95th percentile). */
  level: number;
}

/** Options of {@link bootstrapInterval}. */
export interface BootstrapOptions {
  /**
   * Number of bootstrap replicates.
   * @default 1000
   */
  replicates?: number;
  /**
   * Coverage of the interval.
   * @default 0.9
   */
  level?: number;
  /** Stance parameters (the `squash` scale and length damping). */
  params?: StanceParams;
}

/**
 * A seeded two-stage bootstrap of a source's stance toward one target.
 *
 * The source's score is the score of its average document: `squash(sum / D, sentences / D)` with D
 * its number of documents, `sum` the signed sum of all its evidence weights and `sentences` all its
 * sentences (the same arithmetic as a document's score, and equal to it for a one-document source).
 * Summing a whole outlet's evidence into one document would saturate at ±1 as soon as it has a few
 * articles; the average keeps sources of different sizes comparable.
 *
 * Each replicate draws D documents with replacement, then, inside each drawn document, draws as many
 * sentences as it has with replacement, and scores the draw the same way. Sentences without evidence
 * count: they add 0 to the sum but count in the length damping, so evidence diluted in a long text
 * weighs less. The interval is the percentile interval (linear interpolation between order
 * statistics), widened if needed to contain the point estimate.
 *
 * Why two stages: a source with one article is resampled by sentence, so a short article gets a wide
 * interval; a source with many articles also varies from article to article, which resampling
 * documents captures (sentences of one article are not independent). With one document the first
 * stage is a no-op. More documents, or longer documents with evidence at the same rate, narrow it.
 * From `DOCUMENT_LEVEL_FROM` (50) documents on, the statistics keep one sum per document and the
 * bootstrap is the first stage alone (resampling clusters only, the usual choice once they are many:
 * the spread between articles then dominates).
 *
 * Deterministic: the PRNG (mulberry32) is seeded with the FNV-1a hash of the source name, the target
 * and the source's sorted data (documents with their sentence counts and the per-sentence sums), so
 * the interval depends on the data only, never on the order documents arrived in or were merged.
 * Draws inside a document use a binomial shortcut (how many draws land on an evidence sentence, then
 * which ones), so a replicate costs O(documents + evidence sentences), not O(sentences).
 * @example
 * bootstrapInterval(stats, 'intervention');
 * //=> { low: -0.71, high: -0.12, level: 0.9 }
 */
export function bootstrapInterval(
  stats: SourceStats,
  target: string,
  options: BootstrapOptions = {},
): StanceInterval {
  const replicates = Math.max(1, Math.floor(options.replicates ?? 1000));
  const level = options.level ?? 0.9;
  const params = options.params ?? defaultStanceParams;
  const sentenceSums = stats.stance[target]?.sentences ?? [];
  const documentSums = stats.stance[target]?.documentSums;
  if (documentSums !== undefined)
    return documentLevelInterval(stats, target, documentSums, replicates, level, params);

  // Per document (sorted by id): its sentence count and the sums of its evidence sentences, the
  // latter in one flat array (document d's sums at [offsets[d], offsets[d + 1])).
  const index = new Map<string, number>();
  const documents = stats.documents.length;
  const sizes = new Float64Array(documents);
  for (let d = 0; d < documents; d++) {
    const doc = stats.documents[d]!;
    index.set(doc.id, d);
    sizes[d] = doc.sentences;
  }
  const owner = new Int32Array(sentenceSums.length);
  const offsets = new Int32Array(documents + 1);
  let total = 0;
  for (let i = 0; i < sentenceSums.length; i++) {
    const s = sentenceSums[i]!;
    const d = index.get(s.docId);
    owner[i] = d ?? -1;
    if (d === undefined) continue;
    offsets[d + 1]!++;
    total += s.sum;
  }
  if (documents === 0) return { low: 0, high: 0, level };
  for (let d = 0; d < documents; d++) offsets[d + 1]! += offsets[d]!;
  const values = new Float64Array(offsets[documents]!);
  const filled = offsets.slice(0, documents);
  for (let i = 0; i < sentenceSums.length; i++) {
    const d = owner[i]!;
    if (d >= 0) values[filled[d]!++] = sentenceSums[i]!.sum;
  }
  // No evidence: every replicate's sum is 0, so every score, the point and the interval round to 0.
  if (values.length === 0) return { low: 0, high: 0, level };
  const point = squash(total / MICRO / documents, stats.sentences / documents, params);

  const sums = new Float64Array(replicates);
  const drawn = new Float64Array(replicates);
  drawReplicates(binomialDraws(sizes, offsets), values, seedOf(stats, target), sums, drawn);
  const scores = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    scores[r] = squash(sums[r]! / MICRO / documents, drawn[r]! / documents, params);
  }
  return percentileInterval(scores, point, level);
}

/**
 * The bootstrap of a source at document level (see `DOCUMENT_LEVEL_FROM`): each replicate draws D
 * documents with replacement and scores their summed evidence and sentences, as the first stage of
 * the two-stage bootstrap does.
 */
function documentLevelInterval(
  stats: SourceStats,
  target: string,
  documentSums: readonly number[],
  replicates: number,
  level: number,
  params: StanceParams,
): StanceInterval {
  const documents = stats.documents.length;
  let total = 0;
  for (const sum of documentSums) total += sum;
  if (documents === 0 || !documentSums.some((sum) => sum !== 0)) return { low: 0, high: 0, level };
  const sizes = new Float64Array(documents);
  for (let d = 0; d < documents; d++) sizes[d] = stats.documents[d]!.sentences;
  const values = Float64Array.from(documentSums);
  const point = squash(total / MICRO / documents, stats.sentences / documents, params);
  const random = mulberry32(seedOf(stats, target));
  const scores = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    let sum = 0;
    let sentences = 0;
    for (let k = 0; k < documents; k++) {
      const d = Math.floor(random() * documents);
      sum += values[d]!;
      sentences += sizes[d]!;
    }
    scores[r] = squash(sum / MICRO / documents, sentences / documents, params);
  }
  return percentileInterval(scores, point, level);
}

/**
 * The seed of a source's bootstrap: FNV-1a (32-bit) over the source name, the target and the sorted
 * data. Identical for identical data, whatever the order it was gathered in.
 * @example
 * seedOf(stats, 'intervention') === seedOf(mergeSourceStats(b, a), 'intervention'); //=> true
 */
export function seedOf(stats: SourceStats, target: string): number {
  let h = fnv1a(0x811c9dc5, stats.source);
  h = fnv1a(h, '\u0000');
  h = fnv1a(h, target);
  for (const d of stats.documents) h = fnv1a(h, `\u0000${d.id}\u0001${d.sentences}`);
  for (const s of stats.stance[target]?.sentences ?? [])
    h = fnv1a(h, `\u0000${s.docId}\u0001${s.sentence}\u0001${s.sum}`);
  const documentSums = stats.stance[target]?.documentSums ?? [];
  for (let d = 0; d < documentSums.length; d++) {
    if (documentSums[d] !== 0) h = fnv1a(h, `\u0000${d}\u0001${documentSums[d]}`);
  }
  return h >>> 0;
}

/**
 * mulberry32: a tiny 32-bit PRNG returning floats in [0, 1).
 * @example
 * const random = mulberry32(42);
 * random(); //=> 0.6011037519201636
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function fnv1a(hash: number, text: string): number {
  let h = hash;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/**
 * Per document, its Binomial(n, k/n) draw (how many of its n redrawn sentences land on one of its k
 * evidence sentences) prepared once: by inversion (O(n·p) steps) on the smaller of p and 1 − p, or n
 * Bernoulli draws if (1 − p)^n underflows. Parallel arrays indexed by document; documents with the
 * same n and k share their inversion tables.
 */
interface BinomialDraws {
  /** Sentences drawn: max(sentences, evidence sentences). */
  n: Float64Array;
  /** Document d's evidence sums are `values[offsets[d]]` to `values[offsets[d + 1] - 1]`. */
  offsets: Int32Array;
  /** 0: no hit, 1: all hits, 2: inversion, 3: Bernoulli draws. */
  mode: Uint8Array;
  /** 1 when p > 0.5: the draw counts misses (n minus a draw with 1 − p). */
  flip: Uint8Array;
  /** The probability drawn with (p, or 1 − p when flipped). */
  p: Float64Array;
  /**
   * Inversion: the probabilities of 0, 1, 2… hits of document d are `f[fStart[d]]`,
   * `f[fStart[d] + 1]`… (`known[d]` of them), and 0 beyond (they underflowed): f[0] = (1 − p)^n and
   * f[x + 1] = f[x] · (ratio · (n − x)) / (x + 1), ratio = p / (1 − p), as the textbook inversion.
   */
  fStart: Int32Array;
  known: Int32Array;
  f: Float64Array;
  /**
   * Inversion: `buckets[bStart[d] + b]` is the inversion's result for the random number b / BUCKETS
   * (b = 0 … BUCKETS). The result grows with the number drawn, so a number in bucket b whose two ends
   * give the same result gives that result without walking.
   */
  bStart: Int32Array;
  buckets: Float64Array;
}

/** 2^−32: a 32-bit integer times UNIT is the float mulberry32 returns (exactly: a power of 2). */
const UNIT = 1 / 4294967296;

/** The top bits of a random number that pick its bucket in `BinomialDraws.buckets`. */
const BUCKET_BITS = 8;
const BUCKETS = 1 << BUCKET_BITS;

function binomialDraws(sizes: Float64Array, offsets: Int32Array): BinomialDraws {
  const documents = sizes.length;
  const draws: BinomialDraws = {
    n: new Float64Array(documents),
    offsets,
    mode: new Uint8Array(documents),
    flip: new Uint8Array(documents),
    p: new Float64Array(documents),
    fStart: new Int32Array(documents),
    known: new Int32Array(documents),
    f: new Float64Array(0),
    bStart: new Int32Array(documents),
    buckets: new Float64Array(0),
  };
  const f: number[] = [];
  const buckets: number[] = [];
  // n and k → the first document with them (its draw is prepared once and shared).
  const seen = new Map<string, number>();
  for (let d = 0; d < documents; d++) {
    const k = offsets[d + 1]! - offsets[d]!;
    const n = Math.max(sizes[d]!, k);
    draws.n[d] = n;
    const p0 = k / n;
    if (p0 <= 0 || n <= 0) continue;
    if (p0 >= 1) {
      draws.mode[d] = 1;
      continue;
    }
    const p = p0 > 0.5 ? 1 - p0 : p0;
    draws.flip[d] = p0 > 0.5 ? 1 : 0;
    draws.p[d] = p;
    const q = 1 - p;
    const f0 = q ** n;
    if (f0 < 1e-280) {
      draws.mode[d] = 3;
      continue;
    }
    draws.mode[d] = 2;
    const key = `${n} ${k}`;
    const same = seen.get(key);
    if (same !== undefined) {
      draws.fStart[d] = draws.fStart[same]!;
      draws.known[d] = draws.known[same]!;
      draws.bStart[d] = draws.bStart[same]!;
      continue;
    }
    seen.set(key, d);
    const from = f.length;
    const ratio = p / q;
    let fx = f0;
    f.push(fx);
    for (let x = 1; x < n; x++) {
      fx *= (ratio * (n - (x - 1))) / x;
      if (fx === 0) break;
      f.push(fx);
    }
    draws.fStart[d] = from;
    draws.known[d] = f.length - from;
    draws.bStart[d] = buckets.length;
    for (let b = 0; b <= BUCKETS; b++) buckets.push(inversion(f, from, f.length - from, n, b / BUCKETS));
  }
  draws.f = Float64Array.from(f);
  draws.buckets = Float64Array.from(buckets);
  return draws;
}

/**
 * The textbook inversion from the random number u: walk x = 0, 1, 2… subtracting f[x] from u while u
 * exceeds it (at most to n). Probabilities past the `known` ones are 0.
 */
function inversion(f: ArrayLike<number>, from: number, known: number, n: number, random: number): number {
  let u = random;
  let x = 0;
  while (x < n) {
    // Every further probability is 0: the walk stops here or runs to n.
    if (x === known) return u > 0 ? Math.ceil(n) : x;
    const fx = f[from + x]!;
    if (!(u > fx)) break;
    u -= fx;
    x++;
  }
  return x;
}

/**
 * Draws the replicates: for each, the sum of the redrawn evidence sums (`sums[r]`) and the number of
 * redrawn sentences (`drawn[r]`). Consumes the numbers of {@link mulberry32} in the textbook order:
 * per drawn document its index, then its binomial draw, then which evidence sentences its hits land on.
 */
function drawReplicates(
  draws: BinomialDraws,
  values: Float64Array,
  seed: number,
  sums: Float64Array,
  drawn: Float64Array,
): void {
  const { n, offsets, mode, flip, p, fStart, known, f, bStart, buckets } = draws;
  const documents = n.length;
  // mulberry32's state: a counter advanced by a constant before each number (see `bitsOf`).
  let state = seed | 0;
  for (let r = 0; r < sums.length; r++) {
    let sum = 0;
    let sentences = 0;
    for (let k = 0; k < documents; k++) {
      state = (state + 0x6d2b79f5) | 0;
      const d = below(bitsOf(state), documents);
      const size = n[d]!;
      sentences += size;
      const kind = mode[d]!;
      if (kind === 0) continue;
      let hits = size;
      if (kind !== 1) {
        let x = 0;
        if (kind === 2) {
          state = (state + 0x6d2b79f5) | 0;
          const bits = bitsOf(state);
          const at = bStart[d]! + (bits >>> (32 - BUCKET_BITS));
          x = buckets[at]!;
          if (x !== buckets[at + 1]) x = inversion(f, fStart[d]!, known[d]!, size, bits * UNIT);
        } else {
          const pd = p[d]!;
          for (let i = 0; i < size; i++) {
            state = (state + 0x6d2b79f5) | 0;
            if (bitsOf(state) * UNIT < pd) x++;
          }
        }
        hits = flip[d] === 1 ? size - x : x;
      }
      const from = offsets[d]!;
      const count = offsets[d + 1]! - from;
      if (count === 1 && hits > 0) {
        // Every pick lands on the one evidence sentence: skip its numbers (the sum is of integers,
        // so one product equals the repeated additions).
        const picks = Math.ceil(hits);
        sum += picks * values[from]!;
        state = (state + Math.imul(picks, 0x6d2b79f5)) | 0;
        continue;
      }
      for (let h = 0; h < hits; h++) {
        state = (state + 0x6d2b79f5) | 0;
        sum += values[from + below(bitsOf(state), count)]!;
      }
    }
    sums[r] = sum;
    drawn[r] = sentences;
  }
}

/**
 * mulberry32's output for an already advanced state, as a 32-bit unsigned integer: divided by 2^32
 * it is the number {@link mulberry32} returns.
 */
function bitsOf(state: number): number {
  let t = Math.imul(state ^ (state >>> 15), state | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/**
 * ⌊bits / 2^32 · n⌋ (the index `Math.floor(random() * n)` picks), in integer arithmetic when n is below
 * 2^16: with bits = hi · 2^16 + lo, it is ⌊(hi · n + ⌊lo · n / 2^16⌋) / 2^16⌋, every term below 2^32.
 */
function below(bits: number, n: number): number {
  if (n >= 0x10000) return Math.floor(bits * UNIT * n);
  return ((bits >>> 16) * n + (((bits & 0xffff) * n) >>> 16)) >>> 16;
}

/** Quantile of sorted values, linear interpolation between order statistics (R type 7). */
/** The percentile interval of replicate scores, widened if needed to contain the point estimate. */
function percentileInterval(scores: Float64Array, point: number, level: number): StanceInterval {
  scores.sort();
  const tail = (1 - level) / 2;
  const low = Math.min(quantile(scores, tail), point);
  const high = Math.max(quantile(scores, 1 - tail), point);
  return { low: round(low), high: round(high), level };
}

function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}
