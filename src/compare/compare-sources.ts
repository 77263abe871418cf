import type { StanceLabel } from '../analysis/types.js';
import { cstoKazakhstan2022 } from '../topics/csto-kazakhstan-2022/index.js';
import type { Topic } from '../topics/types.js';
import type { StanceInterval } from './bootstrap-interval.js';
import { dirichletPrior } from './dirichlet-prior.js';
import { type LogOddsScore, logOddsScore } from './log-odds.js';
import { mergeBySource } from './merge-by-source.js';
import {
  type FrameShare,
  type SourceResult,
  type SourceResultOptions,
  sourceResult,
  surfaceOf,
} from './source-result.js';
import { compareStrings, type SourceStats, type TermOccurrence } from './source-stats.js';
import { summarizeSource } from './summarize-source.js';

/**
 * A source's place in the ranking toward one target (highest score first).
 * @example
 * const r: RankingEntry = { rank: 1, source: 'RT', score: 0.5, label: 'favor', confidence: 0.7,
 *   interval: { low: 0.2, high: 0.7, level: 0.9 }, evidenceCount: 9, documents: 1 };
 */
export interface RankingEntry {
  rank: number;
  source: string;
  score: number;
  label: StanceLabel;
  confidence: number;
  interval: StanceInterval;
  evidenceCount: number;
  documents: number;
}

/**
 * One cell of the naming table: how a source named an actor group with one term, by voice.
 * @example
 * const r: NamingRow = { actor: 'protesters', term: 'terroriste', surface: 'terroristes', source: 'RT',
 *   authorial: 2, quoted: 3, attributed: 0, scare: 0, total: 5 };
 */
export interface NamingRow {
  actor: string;
  /** The lexicon term (what rows group by). */
  term: string;
  /** The source's most frequent written form of it. */
  surface: string;
  source: string;
  authorial: number;
  quoted: number;
  attributed: number;
  /** Scare-quoted uses (in any voice), included in the voice counts. */
  scare: number;
  total: number;
}

/**
 * One cell of the voice table: a source's quotations of one speaker group.
 * @example
 * const r: VoiceRow = { source: 'RT', speakerGroup: 'kazakh-officials', quotations: 3, words: 61 };
 */
export interface VoiceRow {
  source: string;
  speakerGroup: string;
  quotations: number;
  words: number;
}

/**
 * A term that sets a source apart from the rest of the corpus (log-odds with informative prior).
 * @example
 * const t: DistinctiveTerm = { term: 'bandit', surface: 'bandits', count: 6, rest: 0, delta: 1.9, z: 2.4,
 *   occurrences: [{ docId: 'rt-1', start: 120, end: 127 }] };
 */
export interface DistinctiveTerm {
  /** The gram key (space-joined stems). */
  term: string;
  /** Its most frequent surface form in the source. */
  surface: string;
  /** Count in the source. */
  count: number;
  /** Count in the rest of the corpus. */
  rest: number;
  delta: number;
  z: number;
  /** First occurrences in the source (offsets into each document's original text). */
  occurrences: TermOccurrence[];
}

/**
 * The side-by-side comparison of the sources. Plain JSON, sorted keys and rows: the same statistics
 * give byte-identical JSON.
 * @example
 * const c = compareSources(stats);
 * c.ranking.intervention[0]; //=> { rank: 1, source: 'News-Front', score: 0.82, label: 'favor', interval: { low: 0.04, high: 0.99, level: 0.9 }, … }
 */
export interface Comparison {
  topic: string;
  mainTarget: string;
  /** Source names, sorted. */
  sources: string[];
  /** target → sources by score, highest first (ties by name). */
  ranking: Record<string, RankingEntry[]>;
  /** Non-empty naming cells, sorted by actor, term, source. */
  naming: NamingRow[];
  /** Sorted by source, speaker group. */
  voices: VoiceRow[];
  /** source → its most distinctive terms, highest z first. */
  distinctive: Record<string, DistinctiveTerm[]>;
  /** source → frame → share of its sentences. */
  frames: Record<string, Record<string, FrameShare>>;
  /** source → one plain-English sentence. */
  summaries: Record<string, string>;
}

/** Options of {@link compareSources}. */
export interface CompareOptions extends SourceResultOptions {
  /**
   * The topic the documents were analysed against.
   * @default cstoKazakhstan2022
   */
  topic?: Topic;
  /**
   * How many distinctive terms per source.
   * @default 15
   */
  distinctive?: number;
  /**
   * Minimum count in the source of a distinctive term.
   * @default 2
   */
  minCount?: number;
  /**
   * Size α0 of the informative prior, in pseudo-counts; `null` uses the plain corpus counts
   * (α0 = corpus size, see `dirichletPrior`).
   * @default null
   */
  priorTotal?: number | null;
}

/**
 * Compares sources from their statistics: the ranking by stance toward each target with intervals,
 * the naming table, the voice table, the distinctive terms per source (log-odds ratio with an
 * informative Dirichlet prior, the prior being the whole corpus's counts (scaled to `priorTotal`
 * pseudo-counts when given), each source against the rest of the corpus), the frame shares and a one-sentence
 * summary per source.
 *
 * Takes the per-source statistics (several entries of one source are merged), optionally with their
 * already computed results (`analyzeCorpus` passes them to avoid bootstrapping twice). Distinctive terms
 * need the full term counts, which only the statistics hold.
 * @example
 * const c = compareSources(analyzeCorpusStats(loadSeedCorpus()).stats);
 * c.summaries.EVZ; //=> 'EVZ (1 document, 611 words) calls the foreign forces … and is unclear on the CSTO intervention (…).'
 * c.distinctive['News-Front'][0]; //=> { term: 'bieloruss', surface: 'biélorusse', count: 7, rest: 0, z: 2.06, … }
 */
export function compareSources(
  input: readonly SourceStats[] | { stats: readonly SourceStats[]; sources?: readonly SourceResult[] },
  options: CompareOptions = {},
): Comparison {
  const topic = options.topic ?? cstoKazakhstan2022;
  const stats = mergeBySource(isList(input) ? input : input.stats);
  const given = new Map((isList(input) ? [] : (input.sources ?? [])).map((r) => [r.source, r]));
  const results = stats.map((s) => given.get(s.source) ?? sourceResult(s, topic, options));

  const targets = [
    ...new Set([...topic.targets.map((t) => t.id), ...results.flatMap((r) => Object.keys(r.stance))]),
  ];
  const ranking: Record<string, RankingEntry[]> = {};
  for (const target of targets.sort()) {
    const entries = results
      .filter((r) => r.stance[target] !== undefined)
      .map((r) => ({ r, s: r.stance[target]! }))
      .sort((a, b) => b.s.score - a.s.score || compareStrings(a.r.source, b.r.source));
    ranking[target] = entries.map(({ r, s }, i) => ({
      rank: i + 1,
      source: r.source,
      score: s.score,
      label: s.label,
      confidence: s.confidence,
      interval: s.interval,
      evidenceCount: s.evidenceCount,
      documents: r.documents.length,
    }));
  }

  const naming: NamingRow[] = [];
  const voices: VoiceRow[] = [];
  const frames: Record<string, Record<string, FrameShare>> = {};
  const summaries: Record<string, string> = {};
  for (const r of results) {
    for (const [actor, terms] of Object.entries(r.naming)) {
      for (const [term, c] of Object.entries(terms)) {
        const total = c.authorial + c.quoted + c.attributed;
        if (total === 0 && c.scare === 0) continue;
        naming.push({
          actor,
          term,
          surface: surfaceOf(c.surfaces),
          source: r.source,
          authorial: c.authorial,
          quoted: c.quoted,
          attributed: c.attributed,
          scare: c.scare,
          total,
        });
      }
    }
    for (const [speakerGroup, v] of Object.entries(r.voices))
      voices.push({ source: r.source, speakerGroup, ...v });
    frames[r.source] = r.frames;
    summaries[r.source] = summarizeSource(r, topic);
  }
  naming.sort(
    (a, b) =>
      compareStrings(a.actor, b.actor) ||
      compareStrings(a.term, b.term) ||
      compareStrings(a.source, b.source),
  );
  voices.sort((a, b) => compareStrings(a.source, b.source) || compareStrings(a.speakerGroup, b.speakerGroup));

  return {
    topic: topic.id,
    mainTarget: topic.mainTarget,
    sources: results.map((r) => r.source),
    ranking,
    naming,
    voices,
    distinctive: distinctiveTerms(stats, options),
    frames,
    summaries,
  };
}

function distinctiveTerms(
  stats: readonly SourceStats[],
  options: CompareOptions,
): Record<string, DistinctiveTerm[]> {
  const limit = options.distinctive ?? 15;
  const minCount = options.minCount ?? 2;
  const corpus = new Map<string, number>();
  const sizes = new Map<string, number>();
  for (const s of stats) {
    let size = 0;
    for (const term of Object.keys(s.terms)) {
      const count = s.terms[term]!.count;
      corpus.set(term, (corpus.get(term) ?? 0) + count);
      size += count;
    }
    sizes.set(s.source, size);
  }
  let corpusSize = 0;
  for (const size of sizes.values()) corpusSize += size;
  const sortedCorpus: Record<string, number> = {};
  for (const term of [...corpus.keys()].sort()) sortedCorpus[term] = corpus.get(term)!;
  const prior = dirichletPrior(sortedCorpus, options.priorTotal ?? null);
  let priorTotal = 0;
  for (const v of Object.values(prior)) priorTotal += v;

  // Each source against the rest of the corpus: `logOddsRatio(own, rest, prior, …)` over the source's
  // terms counted at least `minCount` times, term by term (in sorted order, as it scores them).
  const out: Record<string, DistinctiveTerm[]> = {};
  for (const s of stats) {
    const size = sizes.get(s.source)!;
    const positive: { term: string; z: LogOddsScore }[] = [];
    for (const term of Object.keys(s.terms).sort()) {
      const count = s.terms[term]!.count;
      if (count < minCount) continue;
      const rest = corpus.get(term)! - count;
      const z = logOddsScore(term, count, rest, prior[term] ?? 0, size, corpusSize - size, priorTotal);
      if (z !== null && z.z > 0) positive.push({ term, z });
    }
    out[s.source] = positive
      .sort((a, b) => b.z.z - a.z.z || compareStrings(a.term, b.term))
      .slice(0, limit)
      .map(({ term, z }) => ({
        term,
        surface: surfaceOf(s.terms[term]!.surfaces),
        count: z.countA,
        rest: z.countB,
        delta: round(z.delta),
        z: round(z.z),
        occurrences: s.terms[term]!.occurrences,
      }));
  }
  return out;
}

function isList(
  input: readonly SourceStats[] | { stats: readonly SourceStats[]; sources?: readonly SourceResult[] },
): input is readonly SourceStats[] {
  return Array.isArray(input);
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}
