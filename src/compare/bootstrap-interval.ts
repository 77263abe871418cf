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

  // Per document (sorted by id): its sentence count and the sums of its evidence sentences.
  const index = new Map<string, number>();
  const sizes: number[] = [];
  const sums: number[][] = [];
  for (const d of stats.documents) {
    index.set(d.id, sizes.length);
    sizes.push(d.sentences);
    sums.push([]);
  }
  let total = 0;
  for (const s of sentenceSums) {
    const d = index.get(s.docId);
    if (d === undefined) continue;
    sums[d]!.push(s.sum);
    total += s.sum;
  }
  const documents = sizes.length;
  if (documents === 0) return { low: 0, high: 0, level };
  const point = squash(total / MICRO / documents, stats.sentences / documents, params);

  // Per document, what its binomial draw needs (the same arithmetic as `binomial`, done once).
  const draws = sizes.map((size, d) => binomialDraw(Math.max(size, sums[d]!.length), sums[d]!.length));
  const random = randomStream(seedOf(stats, target));
  const scores = new Float64Array(replicates);
  for (let r = 0; r < replicates; r++) {
    let sum = 0;
    let sentences = 0;
    for (let k = 0; k < documents; k++) {
      const d = Math.floor(nextRandom(random) * documents);
      const draw = draws[d]!;
      const evidence = sums[d]!;
      sentences += draw.n;
      if (evidence.length === 0) continue;
      const hits = drawBinomial(draw, random);
      for (let h = 0; h < hits; h++) sum += evidence[Math.floor(nextRandom(random) * evidence.length)]!;
    }
    scores[r] = squash(sum / MICRO / documents, sentences / documents, params);
  }
  scores.sort();
  const tail = (1 - level) / 2;
  const low = Math.min(quantile(scores, tail), point);
  const high = Math.max(quantile(scores, 1 - tail), point);
  return { low: round(low), high: round(high), level };
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

/** The numbers of {@link mulberry32} generated in blocks (no call per number). */
interface RandomStream {
  state: number;
  block: Float64Array;
  next: number;
}

function randomStream(seed: number): RandomStream {
  const block = new Float64Array(1024);
  return { state: seed >>> 0, block, next: block.length };
}

function nextRandom(s: RandomStream): number {
  if (s.next === s.block.length) {
    // mulberry32, exactly as above.
    let a = s.state;
    const block = s.block;
    for (let i = 0; i < block.length; i++) {
      a = (a + 0x6d2b79f5) >>> 0;
      let t = a;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      block[i] = ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    s.state = a;
    s.next = 0;
  }
  return s.block[s.next++]!;
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
 * A Binomial(n, k/n) draw prepared once per document: by inversion (O(n·p) steps) on the smaller of p
 * and 1 − p, or n Bernoulli draws if (1−p)^n underflows.
 */
interface BinomialDraw {
  n: number;
  /** 0: no hit, 1: all hits, 2: inversion, 3: Bernoulli draws. */
  mode: 0 | 1 | 2 | 3;
  /** True when p > 0.5: the draw counts misses (n minus a draw with 1 − p). */
  flip: boolean;
  /** The probability drawn with (p, or 1 − p when flipped). */
  p: number;
  /** p / (1 − p). */
  ratio: number;
  /**
   * The probabilities of 0, 1, 2… hits as the inversion computes them: f[0] = (1 − p)^n and
   * f[x + 1] = f[x] · (ratio · (n − x)) / (x + 1), extended as draws need them.
   */
  f: number[];
}

function binomialDraw(n: number, k: number): BinomialDraw {
  const p0 = k / n;
  const draw: BinomialDraw = { n, mode: 0, flip: false, p: p0, ratio: 0, f: [] };
  if (p0 <= 0 || n <= 0) return draw;
  if (p0 >= 1) {
    draw.mode = 1;
    return draw;
  }
  const p = p0 > 0.5 ? 1 - p0 : p0;
  draw.flip = p0 > 0.5;
  draw.p = p;
  const q = 1 - p;
  const f0 = q ** n;
  draw.f.push(f0);
  draw.mode = f0 < 1e-280 ? 3 : 2;
  draw.ratio = p / q;
  return draw;
}

/** One draw; consumes the random numbers in the same order as the textbook inversion. */
function drawBinomial(draw: BinomialDraw, random: RandomStream): number {
  if (draw.mode === 0) return 0;
  const n = draw.n;
  if (draw.mode === 1) return n;
  let x = 0;
  if (draw.mode === 3) {
    const p = draw.p;
    for (let i = 0; i < n; i++) if (nextRandom(random) < p) x++;
  } else {
    const f = draw.f;
    let u = nextRandom(random);
    while (x < n) {
      if (x === f.length) f.push(f[x - 1]! * ((draw.ratio * (n - (x - 1))) / x));
      const fx = f[x]!;
      if (!(u > fx)) break;
      u -= fx;
      x++;
    }
  }
  return draw.flip ? n - x : x;
}

/** Quantile of sorted values, linear interpolation between order statistics (R type 7). */
function quantile(sorted: Float64Array, q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.min(sorted.length - 1, lo + 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}
