import { stanceFromEvidence } from '../analysis/stance/score-stance.js';
import { defaultStanceParams, type StanceParams } from '../analysis/stance/stance-params.js';
import type { LoadedCounts, StanceLabel } from '../analysis/types.js';
import type { Evidence } from '../core/types.js';
import type { Topic } from '../topics/types.js';
import { type BootstrapOptions, bootstrapInterval, type StanceInterval } from './bootstrap-interval.js';
import {
  compareStrings,
  MICRO,
  type NamingCell,
  type SourceEvidence,
  type SourceStats,
  type VoiceCell,
} from './source-stats.js';

/**
 * A source's stance toward one target, with its bootstrap interval and strongest evidence.
 * @example
 * const s: SourceStance = { score: -0.45, label: 'against', confidence: 0.6, sum: -2.1, evidenceCount: 5,
 *   interval: { low: -0.7, high: -0.12, level: 0.9 }, evidence: [] };
 */
export interface SourceStance {
  /** Score of the source's average document, in [-1, 1]. */
  score: number;
  label: StanceLabel;
  confidence: number;
  interval: StanceInterval;
  /** Signed sum of all the source's evidence weights toward the target. */
  sum: number;
  /** How many evidence items there are in all. */
  evidenceCount: number;
  /** The strongest evidence items (|weight| descending), at most 10, each with its document id. */
  evidence: SourceEvidence[];
}

/**
 * Loaded-vocabulary rates of a source, per 1,000 word tokens.
 * @example
 * const r: LoadedRates = { total: 6.2, byCategory: { emotive: 2.1 }, byPolarity: { negative: 3 }, byVoice: { authorial: 4 } };
 */
export interface LoadedRates {
  total: number;
  byCategory: Record<string, number>;
  byPolarity: Record<string, number>;
  byVoice: Record<string, number>;
}

/**
 * A frame in a source: the sentences carrying it and their share of the source's sentences.
 * @example
 * const f: FrameShare = { sentences: 4, share: 0.125 };
 */
export interface FrameShare {
  sentences: number;
  share: number;
}

/**
 * One of a source's most frequent terms.
 * @example
 * const t: TopTerm = { term: 'soldat paix', surface: 'soldats de la paix', count: 3 };
 */
export interface TopTerm {
  /** The gram key (space-joined stems). */
  term: string;
  /** Its most frequent surface form. */
  surface: string;
  count: number;
}

/**
 * The results of one source: size, stance per target with intervals, loaded-vocabulary rates, naming,
 * voices, frames and most frequent terms. Plain JSON with sorted keys.
 * @example
 * const r = sourceResult(stats, topic);
 * r.stance.intervention.interval; //=> { low: -0.7, high: -0.12, level: 0.9 }
 */
export interface SourceResult {
  source: string;
  /** Document ids, sorted. */
  documents: string[];
  tokens: number;
  sentences: number;
  /** Number of documents per language. */
  languages: Record<string, number>;
  stance: Record<string, SourceStance>;
  loadedCounts: LoadedCounts;
  loadedRates: LoadedRates;
  /** actor → term → uses by voice (`scare`: scare-quoted uses in any voice). */
  naming: Record<string, Record<string, NamingCell>>;
  /** speaker group → quotations and words. */
  voices: Record<string, VoiceCell>;
  frames: Record<string, FrameShare>;
  topTerms: TopTerm[];
}

/** Options of {@link sourceResult}. */
export interface SourceResultOptions extends BootstrapOptions {
  /**
   * How many of the most frequent terms `topTerms` lists.
   * @default 20
   */
  topTerms?: number;
}

/**
 * The results of a source from its merged statistics. The score, label and confidence are those of
 * the source's average document: `stanceFromEvidence` (the same arithmetic as a document's) over the
 * source's positive and negative weight masses and sentences, each divided by its number of documents
 * (a one-document source gets exactly its document's figures; a many-document source does not
 * saturate at ±1). The interval comes from {@link bootstrapInterval}; `sum` is the undivided total. Every target of the topic is present, with a
 * neutral stance when the source has no evidence on it.
 * @example
 * const r = sourceResult(stats, cstoKazakhstan2022);
 * r.stance.intervention.label; //=> 'against'
 * r.loadedRates.byVoice.authorial; //=> 4.8 (per 1,000 tokens)
 */
export function sourceResult(
  stats: SourceStats,
  topic: Topic,
  options: SourceResultOptions = {},
): SourceResult {
  const params: StanceParams = options.params ?? defaultStanceParams;
  const targets = [...new Set([...topic.targets.map((t) => t.id), ...Object.keys(stats.stance)])].sort();
  const stance: Record<string, SourceStance> = {};
  for (const target of targets) {
    const t = stats.stance[target];
    // The source's average document: its weights and sentences divided by its number of documents.
    const documents = Math.max(1, stats.documents.length);
    const positive = (t?.positive ?? 0) / MICRO / documents;
    const negative = (t?.negative ?? 0) / MICRO / documents;
    const base = stanceFromEvidence(
      [massOf(positive), massOf(-negative)],
      stats.sentences / documents,
      params,
    );
    stance[target] = {
      score: base.score,
      label: base.label,
      confidence: base.confidence,
      interval: bootstrapInterval(stats, target, options),
      sum: ((t?.positive ?? 0) - (t?.negative ?? 0)) / MICRO || 0,
      evidenceCount: t?.evidence ?? 0,
      evidence: t?.top ?? [],
    };
  }
  const per1000 = (count: number) => (stats.tokens === 0 ? 0 : round((count * 1000) / stats.tokens));
  const rates = (record: Readonly<Record<string, number>>) => {
    const out: Record<string, number> = {};
    for (const key of Object.keys(record).sort()) out[key] = per1000(record[key]!);
    return out;
  };
  const frames: Record<string, FrameShare> = {};
  for (const frame of Object.keys(stats.frames).sort()) {
    const sentences = stats.frames[frame]!;
    frames[frame] = { sentences, share: stats.sentences === 0 ? 0 : round(sentences / stats.sentences) };
  }
  return {
    source: stats.source,
    documents: stats.documents.map((d) => d.id),
    tokens: stats.tokens,
    sentences: stats.sentences,
    languages: stats.languages,
    stance,
    loadedCounts: stats.loaded,
    loadedRates: {
      total: per1000(stats.loaded.total),
      byCategory: rates(stats.loaded.byCategory),
      byPolarity: rates(stats.loaded.byPolarity),
      byVoice: rates(stats.loaded.byVoice),
    },
    naming: stats.naming,
    voices: stats.voices,
    frames,
    topTerms: topTermsOf(stats, options.topTerms ?? 20),
  };
}

/**
 * The most frequent surface form of a term: highest count, then code-unit order on a tie.
 * @example
 * surfaceOf({ Russie: 2, russie: 2, RUSSIE: 1 }); //=> 'Russie'
 */
export function surfaceOf(surfaces: Readonly<Record<string, number>>): string {
  let best = '';
  let bestCount = -1;
  for (const form of Object.keys(surfaces).sort()) {
    const count = surfaces[form]!;
    if (count > bestCount) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function topTermsOf(stats: SourceStats, limit: number): TopTerm[] {
  return Object.entries(stats.terms)
    .sort((a, b) => b[1].count - a[1].count || compareStrings(a[0], b[0]))
    .slice(0, limit)
    .map(([term, t]) => ({ term, surface: surfaceOf(t.surfaces), count: t.count }));
}

/**
 * A stand-in evidence item carrying a total weight: the source's positive and negative masses are fed
 * to `stanceFromEvidence`, which needs only the weights (sum and sum of absolute values).
 */
function massOf(weight: number): Evidence {
  return {
    text: '',
    start: 0,
    end: 0,
    sentence: 0,
    weight,
    category: 'total',
    rule: 'total',
    voice: 'authorial',
  };
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}
