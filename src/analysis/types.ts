import type { Evidence, Lang, RemovedRegion, Voice } from '../core/types.js';

/** SemEval-2016 stance labels. */
export type StanceLabel = 'favor' | 'against' | 'neutral';

/**
 * Stance toward one target: a score in [-1, 1], its label, a confidence in [0, 1], and every cue
 * that moved it. `sum` is the signed sum of the evidence weights (kept so that results aggregate).
 * @example
 * const s: TargetStance = { score: -0.62, label: 'against', confidence: 0.7, sum: -1.45, evidence: [] };
 */
export interface TargetStance {
  score: number;
  label: StanceLabel;
  confidence: number;
  /** Signed sum of the evidence weights (before squashing into `score`). */
  sum: number;
  evidence: Evidence[];
}

/**
 * One loaded-vocabulary cue.
 * @example
 * const c: LoadedCue = { text: 'terroristes', start: 10, end: 21, sentence: 0, category: 'name-calling',
 *   layer: 'generic', polarity: 'negative', voice: 'quoted', weight: 1.5, rule: 'generic/fr/terroriste' };
 */
export interface LoadedCue {
  text: string;
  start: number;
  end: number;
  sentence: number;
  category: string;
  layer: 'generic' | 'topic';
  /** Polarity toward the topic's main target in the outlet's voice, when the cue has one. */
  polarity: 'positive' | 'negative' | 'none';
  voice: Voice;
  /** How loaded the term is, 0–2 (from the lexicon). */
  weight: number;
  rule: string;
  /** True when the cue stands inside scare quotes or after "so-called". */
  scare: boolean;
}

/**
 * Counts of loaded cues (sums, never averages, so that they merge by addition).
 * @example
 * const c: LoadedCounts = { total: 3, byCategory: { emotive: 2, 'name-calling': 1 },
 *   byPolarity: { negative: 1, none: 2 }, byVoice: { authorial: 2, quoted: 1 }, byLayer: { generic: 3 } };
 */
export interface LoadedCounts {
  total: number;
  byCategory: Record<string, number>;
  byPolarity: Record<string, number>;
  byVoice: Record<string, number>;
  byLayer: Record<string, number>;
}

/**
 * One use of a name for an actor group (who calls whom what).
 * @example
 * const n: NameMention = { actor: 'foreign-forces', term: 'soldat de la paix', text: 'soldats de la paix',
 *   start: 5, end: 23, sentence: 0, voice: 'authorial', scare: true, rule: 'topic/fr/soldat-de-la-paix',
 *   category: 'legitimising-euphemism' };
 */
export interface NameMention {
  actor: string;
  /** The lexicon term (the canonical form the naming table groups by). */
  term: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  voice: Voice;
  scare: boolean;
  category: string;
  rule: string;
}

/**
 * A quotation or reported-speech clause with its speaker.
 * @example
 * const q: QuoteFinding = { kind: 'direct', role: 'quotation', text: '…', start: 3, end: 40, sentence: 1,
 *   words: 7, speaker: { text: 'Tokaïev', start: 45, end: 52 }, speakerGroup: 'kazakh-officials', verb: null };
 */
export interface QuoteFinding {
  kind: 'direct' | 'indirect';
  role: 'quotation' | 'scare' | 'term';
  text: string;
  start: number;
  end: number;
  sentence: number;
  words: number;
  speaker: { text: string; start: number; end: number } | null;
  speakerGroup: string | null;
  verb: { text: string; start: number; end: number; class: 'neutral' | 'distancing' | 'endorsing' } | null;
  pattern: string;
}

/**
 * A frame (Policy Frames Codebook dimension) found in a document: how many sentences carry it,
 * their share, and the cues.
 * @example
 * const f: FrameFinding = { frame: 'security-defence', sentences: 4, share: 0.25, evidence: [] };
 */
export interface FrameFinding {
  frame: string;
  sentences: number;
  share: number;
  evidence: Evidence[];
}

/**
 * The analysis of one document. Plain JSON; every positioned item indexes `text` (the original text).
 * Counts are sums, never averages.
 * @example
 * const d = analyzeDocument(article);
 * d.stance.intervention.label; //=> 'against'
 */
export interface DocumentAnalysis {
  id: string;
  source: string;
  lang: Lang;
  langConfidence: number;
  langDetected: boolean;
  title: string | null;
  date?: string;
  url?: string;
  kind?: string;
  /** Word tokens read (the denominator of rates). */
  tokens: number;
  sentences: number;
  /** The outlet's own stance (authorial voice, with quoted voices weighed down), per target. */
  stance: Record<string, TargetStance>;
  /** Stance of each quoted speaker group, per target (what the people the outlet quotes say). */
  quotedStance: {
    speakerGroup: string;
    quotes: number;
    stance: Record<string, { sum: number; evidence: number }>;
  }[];
  loaded: LoadedCue[];
  loadedCounts: LoadedCounts;
  naming: NameMention[];
  quotes: QuoteFinding[];
  frames: FrameFinding[];
  removed: RemovedRegion[];
}
