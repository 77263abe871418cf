import type { DocumentTerms } from '../analysis/distinctive/count-terms.js';
import type { DocumentAnalysis, LoadedCounts } from '../analysis/types.js';
import { CorpusError, UsageError } from '../core/errors.js';
import type { Evidence, Lang } from '../core/types.js';

/**
 * How many evidence items a source keeps per target (the strongest |weight| first).
 * @example
 * TOP_EVIDENCE; //=> 10
 */
export const TOP_EVIDENCE = 10;

/**
 * How many occurrences a source keeps per term (those with the smallest `(docId, start, end)`).
 * @example
 * TERM_OCCURRENCES; //=> 5
 */
export const TERM_OCCURRENCES = 5;

/**
 * Stance weights are summed as integers in micro-units (1 unit = 1e-6 of a lexicon weight), so that a
 * sum never depends on the order of the additions. Evidence weights are already rounded to 1e-6.
 * @example
 * Math.round(-0.96 * MICRO); //=> -960000
 */
export const MICRO = 1e6;

/**
 * From this many documents on, a source keeps one stance sum per document and target instead of one
 * per sentence (`TargetStats.documentSums`), and its bootstrap resamples documents only: with that
 * many articles the spread between articles dominates the interval, and the statistics of a large
 * stream grow by a few numbers per document instead of one object per sentence that carries stance.
 * Whether a source is at document level depends only on its number of documents, so merges stay exact.
 * @example
 * DOCUMENT_LEVEL_FROM; //=> 50
 */
export const DOCUMENT_LEVEL_FROM = 50;

/**
 * A document of a source, with what the rates and the bootstrap need.
 * @example
 * const d: DocumentFacts = { id: 'nf-1', lang: 'fr', tokens: 412, sentences: 18 };
 */
export interface DocumentFacts {
  id: string;
  lang: Lang;
  tokens: number;
  sentences: number;
}

/**
 * The stance evidence of one sentence toward one target: the sum of its weights in micro-units.
 * @example
 * const s: SentenceSum = { docId: 'nf-1', sentence: 3, sum: -960000 }; // −0.96
 */
export interface SentenceSum {
  docId: string;
  sentence: number;
  /** Sum of the sentence's evidence weights, in micro-units (an integer, never 0). */
  sum: number;
}

/**
 * A piece of stance evidence with the document it comes from.
 * @example
 * const e: SourceEvidence = { docId: 'nf-1', text: 'soldats de la paix', start: 4, end: 22, sentence: 0,
 *   weight: -0.96, category: 'legitimising-euphemism', rule: 'topic/fr/soldat-de-la-paix', voice: 'authorial' };
 */
export interface SourceEvidence extends Evidence {
  docId: string;
}

/**
 * What a source's stance toward one target needs, as sums that merge by addition.
 * @example
 * const t: TargetStats = { positive: 0, negative: 960000, evidence: 1,
 *   sentences: [{ docId: 'nf-1', sentence: 0, sum: -960000 }], top: [] };
 */
export interface TargetStats {
  /** Sum of the positive weights, in micro-units. */
  positive: number;
  /** Sum of the absolute values of the negative weights, in micro-units. */
  negative: number;
  /** Number of evidence items. */
  evidence: number;
  /**
   * Per-sentence sums (non-zero only), sorted by `(docId, sentence)`: the bootstrap's data. Empty
   * once the source has {@link DOCUMENT_LEVEL_FROM} documents: `documentSums` holds them then.
   */
  sentences: SentenceSum[];
  /**
   * Only for a source of {@link DOCUMENT_LEVEL_FROM} documents or more: per document (aligned with
   * `SourceStats.documents`), the sum of its evidence weights in micro-units (0 without evidence).
   */
  documentSums?: number[];
  /** The strongest evidence (|weight| descending, then docId, start, end, rule), at most {@link TOP_EVIDENCE}. */
  top: SourceEvidence[];
}

/**
 * Uses of one name for one actor group by a source, by voice; `scare` counts the scare-quoted uses
 * (in any voice); `surfaces` counts the forms as written (`soldats de la paix`, `OTSC`).
 * @example
 * const c: NamingCell = { authorial: 3, quoted: 1, attributed: 0, scare: 2, surfaces: { 'soldats de la paix': 4 } };
 */
export interface NamingCell {
  authorial: number;
  quoted: number;
  attributed: number;
  scare: number;
  surfaces: Record<string, number>;
}

/**
 * Quotations of one speaker group by a source.
 * @example
 * const v: VoiceCell = { quotations: 4, words: 57 };
 */
export interface VoiceCell {
  quotations: number;
  words: number;
}

/**
 * One occurrence of a term: a document and offsets into its original text.
 * @example
 * const o: TermOccurrence = { docId: 'nf-1', start: 4, end: 22 };
 */
export interface TermOccurrence {
  docId: string;
  start: number;
  end: number;
}

/**
 * A term (a 1- to 3-gram of stems) in a source.
 * @example
 * const t: SourceTerm = { count: 3, surfaces: { 'soldats de la paix': 2, 'Soldats de la paix': 1 },
 *   occurrences: [{ docId: 'nf-1', start: 4, end: 22 }] };
 */
export interface SourceTerm {
  count: number;
  /** Count of each surface form. */
  surfaces: Record<string, number>;
  /** The {@link TERM_OCCURRENCES} occurrences with the smallest `(docId, start, end)`. */
  occurrences: TermOccurrence[];
}

/**
 * Everything a source's results need, as sums, counts and sorted lists that merge exactly by
 * addition and concatenation: results computed on any split of a corpus and merged are identical
 * (deep-equal and byte-identical as JSON) to the one-pass result. Every record has sorted keys and
 * every list a total order; stance weights are integers in micro-units.
 * @example
 * const stats = mergeSourceStats(sourceStatsOf(doc1, countTerms(pt1)), sourceStatsOf(doc2, countTerms(pt2)));
 * stats.documents.map((d) => d.id); //=> ['nf-1', 'nf-2']
 */
export interface SourceStats {
  source: string;
  /** The source's documents, sorted by id. */
  documents: DocumentFacts[];
  /** Word tokens (the denominator of the rates). */
  tokens: number;
  sentences: number;
  /** Number of documents per language. */
  languages: Record<string, number>;
  /** Per target. */
  stance: Record<string, TargetStats>;
  loaded: LoadedCounts;
  /** actor → term → uses by voice. */
  naming: Record<string, Record<string, NamingCell>>;
  /** speaker group → quotations and words (`unidentified` when no speaker group was found). */
  voices: Record<string, VoiceCell>;
  /** frame → number of sentences carrying it. */
  frames: Record<string, number>;
  /** gram → counts, surfaces and first occurrences. */
  terms: Record<string, SourceTerm>;
}

/**
 * The statistics of a source with no document (the identity of {@link mergeSourceStats}).
 * @example
 * emptySourceStats('Le Monde').documents; //=> []
 */
export function emptySourceStats(source: string): SourceStats {
  return {
    source,
    documents: [],
    tokens: 0,
    sentences: 0,
    languages: {},
    stance: {},
    loaded: { total: 0, byCategory: {}, byPolarity: {}, byVoice: {}, byLayer: {} },
    naming: {},
    voices: {},
    frames: {},
    terms: {},
  };
}

/**
 * The statistics of one analysed document (its source's share), from its analysis and its term counts
 * (`countTerms` over the same processed text).
 * @example
 * const s = sourceStatsOf(analyzeProcessed(article, pt, topic, params, 1), countTerms(pt));
 * s.stance.intervention.sentences; //=> [{ docId: article.id, sentence: 0, sum: -960000 }]
 */
export function sourceStatsOf(doc: DocumentAnalysis, terms: DocumentTerms): SourceStats {
  const stance: Record<string, TargetStats> = {};
  for (const target of sortedKeys(doc.stance)) {
    const perSentence = new Map<number, number>();
    let positive = 0;
    let negative = 0;
    const evidence = doc.stance[target]!.evidence;
    for (const e of evidence) {
      const micro = toMicro(e.weight);
      if (micro > 0) positive += micro;
      else negative -= micro;
      perSentence.set(e.sentence, (perSentence.get(e.sentence) ?? 0) + micro);
    }
    const sentences: SentenceSum[] = [...perSentence.entries()]
      .filter(([, sum]) => sum !== 0)
      .sort((a, b) => a[0] - b[0])
      .map(([sentence, sum]) => ({ docId: doc.id, sentence, sum }));
    // One document: `compareEvidence` without its docId key; only the kept items are copied.
    const top = evidence
      .slice()
      .sort(compareSameDocument)
      .slice(0, TOP_EVIDENCE)
      .map((e): SourceEvidence => ({ docId: doc.id, ...e }));
    stance[target] = { positive, negative, evidence: evidence.length, sentences, top };
  }

  const naming: Record<string, Record<string, NamingCell>> = {};
  for (const n of doc.naming) {
    const byTerm = naming[n.actor] ?? {};
    const cell = byTerm[n.term] ?? { authorial: 0, quoted: 0, attributed: 0, scare: 0, surfaces: {} };
    cell[n.voice]++;
    if (n.scare) cell.scare++;
    cell.surfaces[n.text] = (cell.surfaces[n.text] ?? 0) + 1;
    byTerm[n.term] = cell;
    naming[n.actor] = byTerm;
  }

  const voices: Record<string, VoiceCell> = {};
  for (const q of doc.quotes) {
    if (q.role !== 'quotation') continue;
    const group = q.speakerGroup ?? 'unidentified';
    const cell = voices[group] ?? { quotations: 0, words: 0 };
    cell.quotations++;
    cell.words += q.words;
    voices[group] = cell;
  }

  const frames: Record<string, number> = {};
  for (const f of doc.frames) frames[f.frame] = (frames[f.frame] ?? 0) + f.sentences;

  const sourceTerms: Record<string, SourceTerm> = {};
  for (const gram of sortedKeys(terms)) {
    const t = terms[gram]!;
    sourceTerms[gram] = {
      count: t.count,
      surfaces: sortRecord(t.surfaces),
      occurrences: t.occurrences
        .map((o) => ({ docId: doc.id, start: o.start, end: o.end }))
        .sort(compareOccurrence)
        .slice(0, TERM_OCCURRENCES),
    };
  }

  return {
    source: doc.source,
    documents: [{ id: doc.id, lang: doc.lang, tokens: doc.tokens, sentences: doc.sentences }],
    tokens: doc.tokens,
    sentences: doc.sentences,
    languages: { [doc.lang]: 1 },
    stance,
    loaded: {
      total: doc.loadedCounts.total,
      byCategory: sortRecord(doc.loadedCounts.byCategory),
      byPolarity: sortRecord(doc.loadedCounts.byPolarity),
      byVoice: sortRecord(doc.loadedCounts.byVoice),
      byLayer: sortRecord(doc.loadedCounts.byLayer),
    },
    naming: mapRecord(naming, (byTerm) =>
      mapRecord(byTerm, (c) => ({ ...c, surfaces: sortRecord(c.surfaces) })),
    ),
    voices: sortRecord(voices),
    frames: sortRecord(frames),
    terms: sourceTerms,
  };
}

/**
 * Merges the statistics of two disjoint sets of documents of the same source. Exact, associative and
 * commutative: any split of a source's documents, merged in any order, gives the one-pass statistics.
 * Throws `UsageError` `E_USAGE` when the sources differ and `CorpusError` `E_DUPLICATE_ID` when a
 * document is in both.
 * @example
 * mergeSourceStats(emptySourceStats('RT'), s); // deep-equals s
 * mergeSourceStats(a, b).tokens === a.tokens + b.tokens; //=> true
 */
export function mergeSourceStats(a: SourceStats, b: SourceStats): SourceStats {
  if (a.source !== b.source) {
    throw new UsageError(
      'E_USAGE',
      `cannot merge the statistics of "${a.source}" with those of "${b.source}"`,
    );
  }
  const documents = mergeSorted(a.documents, b.documents, (x, y) => compareStrings(x.id, y.id));
  for (let i = 1; i < documents.length; i++) {
    if (documents[i]!.id === documents[i - 1]!.id) {
      throw new CorpusError(
        'E_DUPLICATE_ID',
        `document "${documents[i]!.id}" is counted twice in "${a.source}"`,
      );
    }
  }
  return {
    source: a.source,
    documents,
    tokens: a.tokens + b.tokens,
    sentences: a.sentences + b.sentences,
    languages: addRecords(a.languages, b.languages, add),
    stance:
      documents.length >= DOCUMENT_LEVEL_FROM
        ? documentLevelStance(documents, [a, b])
        : addRecords(a.stance, b.stance, mergeTarget),
    loaded: {
      total: a.loaded.total + b.loaded.total,
      byCategory: addRecords(a.loaded.byCategory, b.loaded.byCategory, add),
      byPolarity: addRecords(a.loaded.byPolarity, b.loaded.byPolarity, add),
      byVoice: addRecords(a.loaded.byVoice, b.loaded.byVoice, add),
      byLayer: addRecords(a.loaded.byLayer, b.loaded.byLayer, add),
    },
    naming: addRecords(a.naming, b.naming, (x, y) => addRecords(x, y, addNaming)),
    voices: addRecords(a.voices, b.voices, (x, y) => ({
      quotations: x.quotations + y.quotations,
      words: x.words + y.words,
    })),
    frames: addRecords(a.frames, b.frames, add),
    terms: addRecords(a.terms, b.terms, mergeTerm),
  };
}

/**
 * A source's statistics at document level when it has {@link DOCUMENT_LEVEL_FROM} documents or more
 * (its per-sentence stance sums folded into `documentSums`), else the statistics unchanged.
 * @example
 * atDocumentLevel(stats).stance.intervention.documentSums?.length; //=> stats.documents.length, from 50 documents
 */
export function atDocumentLevel(stats: SourceStats): SourceStats {
  if (stats.documents.length < DOCUMENT_LEVEL_FROM) return stats;
  return { ...stats, stance: documentLevelStance(stats.documents, [stats]) };
}

/**
 * The stance statistics of `documents` (sorted by id) gathered from disjoint parts, each at sentence
 * or at document level, with one sum per document and target.
 */
function documentLevelStance(
  documents: readonly DocumentFacts[],
  parts: readonly SourceStats[],
): Record<string, TargetStats> {
  const index = new Map<string, number>();
  for (let i = 0; i < documents.length; i++) index.set(documents[i]!.id, i);
  // A sum naming no document of the source (statistics edited by hand) is left out, as the
  // sentence-level bootstrap leaves it out.
  const addTo = (sums: number[], docId: string, sum: number) => {
    const i = index.get(docId);
    if (i !== undefined) sums[i]! += sum;
  };
  const out: Record<string, TargetStats> = {};
  for (const target of [...new Set(parts.flatMap((p) => Object.keys(p.stance)))].sort()) {
    const sums: number[] = new Array(documents.length).fill(0);
    let positive = 0;
    let negative = 0;
    let evidence = 0;
    let top: SourceEvidence[] = [];
    for (const part of parts) {
      const t = part.stance[target];
      if (t === undefined) continue;
      positive += t.positive;
      negative += t.negative;
      evidence += t.evidence;
      top = mergeSorted(top, t.top, compareEvidence).slice(0, TOP_EVIDENCE);
      const own = t.documentSums;
      if (own !== undefined) for (let i = 0; i < own.length; i++) addTo(sums, part.documents[i]!.id, own[i]!);
      for (const s of t.sentences) addTo(sums, s.docId, s.sum);
    }
    out[target] = { positive, negative, evidence, sentences: [], documentSums: sums, top };
  }
  return out;
}

/**
 * The total order of a source's evidence: strongest |weight| first, then document, offsets and rule.
 * @example
 * [weak, strong].sort(compareEvidence)[0] === strong; //=> true
 */
export function compareEvidence(a: SourceEvidence, b: SourceEvidence): number {
  return (
    Math.abs(b.weight) - Math.abs(a.weight) ||
    compareStrings(a.docId, b.docId) ||
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.rule, b.rule) ||
    a.weight - b.weight
  );
}

/**
 * {@link compareEvidence} for two items of the same document (the order `sourceStatsOf` sorts them in).
 * @example
 * [weak, strong].sort(compareSameDocument)[0] === strong; //=> true
 */
export function compareSameDocument(a: Evidence, b: Evidence): number {
  return (
    Math.abs(b.weight) - Math.abs(a.weight) ||
    a.start - b.start ||
    a.end - b.end ||
    compareStrings(a.rule, b.rule) ||
    a.weight - b.weight
  );
}

/**
 * Code-unit order of two strings (locale-independent, so identical on every machine).
 * @example
 * ['b', 'a', 'B'].sort(compareStrings); //=> ['B', 'a', 'b']
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toMicro(weight: number): number {
  return Math.round(weight * MICRO);
}

function add(x: number, y: number): number {
  return x + y;
}

function addNaming(x: NamingCell, y: NamingCell): NamingCell {
  return {
    authorial: x.authorial + y.authorial,
    quoted: x.quoted + y.quoted,
    attributed: x.attributed + y.attributed,
    scare: x.scare + y.scare,
    surfaces: addRecords(x.surfaces, y.surfaces, add),
  };
}

function mergeTarget(x: TargetStats, y: TargetStats): TargetStats {
  const sentences = mergeSorted(x.sentences, y.sentences, compareSentence);
  // Two entries for the same (docId, sentence) only arise from bad input; sum them to stay exact.
  const merged: SentenceSum[] = [];
  for (const s of sentences) {
    const last = merged[merged.length - 1];
    if (last && last.docId === s.docId && last.sentence === s.sentence) {
      merged[merged.length - 1] = { ...last, sum: last.sum + s.sum };
    } else merged.push(s);
  }
  return {
    positive: x.positive + y.positive,
    negative: x.negative + y.negative,
    evidence: x.evidence + y.evidence,
    sentences: merged.filter((s) => s.sum !== 0),
    top: mergeSorted(x.top, y.top, compareEvidence).slice(0, TOP_EVIDENCE),
  };
}

function mergeTerm(x: SourceTerm, y: SourceTerm): SourceTerm {
  return {
    count: x.count + y.count,
    surfaces: addRecords(x.surfaces, y.surfaces, add),
    occurrences: mergeSorted(x.occurrences, y.occurrences, compareOccurrence).slice(0, TERM_OCCURRENCES),
  };
}

/**
 * The order of per-sentence stance sums: by document id, then sentence.
 * @example
 * [{ docId: 'b', sentence: 0, sum: 1 }, { docId: 'a', sentence: 2, sum: 1 }].sort(compareSentence)[0].docId; //=> 'a'
 */
export function compareSentence(a: SentenceSum, b: SentenceSum): number {
  return compareStrings(a.docId, b.docId) || a.sentence - b.sentence;
}

/**
 * The order of term occurrences: by document id, then offsets.
 * @example
 * [{ docId: 'b', start: 0, end: 3 }, { docId: 'a', start: 9, end: 12 }].sort(compareOccurrence)[0].docId; //=> 'a'
 */
export function compareOccurrence(a: TermOccurrence, b: TermOccurrence): number {
  return compareStrings(a.docId, b.docId) || a.start - b.start || a.end - b.end;
}

/**
 * Merges two lists each sorted by `cmp` into one sorted list (stable: `a` first on ties).
 * @example
 * mergeSorted([1, 4], [2, 3], (x, y) => x - y); //=> [1, 2, 3, 4]
 */
export function mergeSorted<T>(a: readonly T[], b: readonly T[], cmp: (x: T, y: T) => number): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** The union of two records with sorted keys; values present in both are combined by `combine`. */
function addRecords<T>(
  a: Readonly<Record<string, T>>,
  b: Readonly<Record<string, T>>,
  combine: (x: T, y: T) => T,
) {
  const out: Record<string, T> = {};
  for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
    const x = a[key];
    const y = b[key];
    out[key] = x !== undefined && y !== undefined ? combine(x, y) : (x ?? y)!;
  }
  return out;
}

function sortedKeys(record: Readonly<Record<string, unknown>>): string[] {
  return Object.keys(record).sort();
}

function sortRecord<T>(record: Readonly<Record<string, T>>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of sortedKeys(record)) out[key] = record[key]!;
  return out;
}

function mapRecord<T, U>(record: Readonly<Record<string, T>>, f: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const key of sortedKeys(record)) out[key] = f(record[key]!);
  return out;
}
