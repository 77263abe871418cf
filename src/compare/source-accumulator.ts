import type { DocumentAnalysis } from '../analysis/types.js';
import { CorpusError } from '../core/errors.js';
import type { ProcessedText } from '../text/types.js';
import {
  atDocumentLevel,
  compareEvidence,
  compareSameDocument,
  compareStrings,
  type DocumentFacts,
  MICRO,
  type NamingCell,
  type SentenceSum,
  type SourceEvidence,
  type SourceStats,
  type TargetStats,
  TOP_EVIDENCE,
  type VoiceCell,
} from './source-stats.js';
import { termAccumulator } from './term-accumulator.js';

/**
 * The statistics of one source, gathered document by document: `stats()` is what merging
 * `sourceStatsOf(doc, countTerms(pt))` over the source's documents with `mergeBySource` gives
 * (deep-equal, byte-identical as JSON), without building and merging per-document statistics.
 * Counts are summed in maps, lists are kept per document and put in order once at the end.
 * @example
 * const acc = sourceAccumulator('RT');
 * acc.add(analyzeProcessed(article, pt, topic, params, 1), pt);
 * acc.stats().documents.length; //=> 1
 */
export interface SourceAccumulator {
  /** Adds one analysed document of the source and its processed text. */
  add(doc: DocumentAnalysis, pt: ProcessedText): void;
  /**
   * The source's statistics. Throws `CorpusError` `E_DUPLICATE_ID` when a document id was added twice.
   */
  stats(): SourceStats;
}

/** A document's share of the stance toward one target. */
interface DocumentTarget {
  sentences: SentenceSum[];
}

/** What is kept of each document until the end: its facts and its per-sentence stance sums. */
interface DocumentEntry {
  facts: DocumentFacts;
  /** target → the document's non-zero per-sentence sums, sorted by sentence. */
  stance: Map<string, DocumentTarget>;
}

/** The sums of a source's stance toward one target. */
interface TargetSums {
  positive: number;
  negative: number;
  evidence: number;
  /** Candidates for `top`: each document's strongest items (a superset of the source's). */
  top: SourceEvidence[];
}

/** A naming cell whose surfaces are counted in a map. */
interface NamingSums {
  authorial: number;
  quoted: number;
  attributed: number;
  scare: number;
  surfaces: Map<string, number>;
}

/**
 * A new, empty {@link SourceAccumulator} for the source named `source`.
 * @example
 * sourceAccumulator('RT').stats(); // deep-equals emptySourceStats('RT')
 */
export function sourceAccumulator(source: string): SourceAccumulator {
  const documents: DocumentEntry[] = [];
  let tokens = 0;
  let sentences = 0;
  const languages = new Map<string, number>();
  const stance = new Map<string, TargetSums>();
  let loadedTotal = 0;
  const byCategory = new Map<string, number>();
  const byPolarity = new Map<string, number>();
  const byVoice = new Map<string, number>();
  const byLayer = new Map<string, number>();
  const naming = new Map<string, Map<string, NamingSums>>();
  const voices = new Map<string, VoiceCell>();
  const frames = new Map<string, number>();
  const terms = termAccumulator();

  function add(doc: DocumentAnalysis, pt: ProcessedText): void {
    const entry: DocumentEntry = {
      facts: { id: doc.id, lang: doc.lang, tokens: doc.tokens, sentences: doc.sentences },
      stance: new Map(),
    };
    documents.push(entry);
    tokens += doc.tokens;
    sentences += doc.sentences;
    increment(languages, doc.lang, 1);

    for (const target of Object.keys(doc.stance)) {
      const evidence = doc.stance[target]!.evidence;
      let sums = stance.get(target);
      if (sums === undefined) {
        sums = { positive: 0, negative: 0, evidence: 0, top: [] };
        stance.set(target, sums);
      }
      const perSentence = new Map<number, number>();
      for (const e of evidence) {
        const micro = Math.round(e.weight * MICRO);
        if (micro > 0) sums.positive += micro;
        else sums.negative -= micro;
        perSentence.set(e.sentence, (perSentence.get(e.sentence) ?? 0) + micro);
      }
      sums.evidence += evidence.length;
      const order = [...perSentence.keys()].sort((a, b) => a - b);
      const list: SentenceSum[] = [];
      for (const sentence of order) {
        const sum = perSentence.get(sentence)!;
        if (sum !== 0) list.push({ docId: doc.id, sentence, sum });
      }
      entry.stance.set(target, { sentences: list });
      const strongest = evidence.length > 1 ? evidence.slice().sort(compareSameDocument) : evidence;
      const kept = Math.min(TOP_EVIDENCE, strongest.length);
      for (let i = 0; i < kept; i++) sums.top.push({ docId: doc.id, ...strongest[i]! });
      // Only the TOP_EVIDENCE strongest candidates can be kept: prune now and then.
      if (sums.top.length > 8 * TOP_EVIDENCE)
        sums.top = sums.top.sort(compareEvidence).slice(0, TOP_EVIDENCE);
    }

    const counts = doc.loadedCounts;
    loadedTotal += counts.total;
    addAll(byCategory, counts.byCategory);
    addAll(byPolarity, counts.byPolarity);
    addAll(byVoice, counts.byVoice);
    addAll(byLayer, counts.byLayer);

    for (const n of doc.naming) {
      let byTerm = naming.get(n.actor);
      if (byTerm === undefined) {
        byTerm = new Map();
        naming.set(n.actor, byTerm);
      }
      let cell = byTerm.get(n.term);
      if (cell === undefined) {
        cell = { authorial: 0, quoted: 0, attributed: 0, scare: 0, surfaces: new Map() };
        byTerm.set(n.term, cell);
      }
      cell[n.voice]++;
      if (n.scare) cell.scare++;
      increment(cell.surfaces, n.text, 1);
    }

    for (const q of doc.quotes) {
      if (q.role !== 'quotation') continue;
      const group = q.speakerGroup ?? 'unidentified';
      let cell = voices.get(group);
      if (cell === undefined) {
        cell = { quotations: 0, words: 0 };
        voices.set(group, cell);
      }
      cell.quotations++;
      cell.words += q.words;
    }

    for (const f of doc.frames) increment(frames, f.frame, f.sentences);

    terms.add(doc.id, pt);
  }

  function stats(): SourceStats {
    const sorted = documents.slice().sort((a, b) => compareStrings(a.facts.id, b.facts.id));
    for (let i = 1; i < sorted.length; i++) {
      if (sorted[i]!.facts.id === sorted[i - 1]!.facts.id) {
        throw new CorpusError(
          'E_DUPLICATE_ID',
          `document "${sorted[i]!.facts.id}" is counted twice in "${source}"`,
        );
      }
    }
    const targets: Record<string, TargetStats> = {};
    for (const target of sortedKeys(stance)) {
      const sums = stance.get(target)!;
      const list: SentenceSum[] = [];
      for (const entry of sorted) {
        const own = entry.stance.get(target);
        if (own !== undefined) for (const s of own.sentences) list.push(s);
      }
      targets[target] = {
        positive: sums.positive,
        negative: sums.negative,
        evidence: sums.evidence,
        sentences: list,
        top: sums.top.sort(compareEvidence).slice(0, TOP_EVIDENCE),
      };
    }
    const namingOut: Record<string, Record<string, NamingCell>> = {};
    for (const actor of sortedKeys(naming)) {
      const byTerm = naming.get(actor)!;
      const cells: Record<string, NamingCell> = {};
      for (const term of sortedKeys(byTerm)) {
        const c = byTerm.get(term)!;
        cells[term] = {
          authorial: c.authorial,
          quoted: c.quoted,
          attributed: c.attributed,
          scare: c.scare,
          surfaces: recordOf(c.surfaces),
        };
      }
      namingOut[actor] = cells;
    }
    return atDocumentLevel({
      source,
      documents: sorted.map((d) => d.facts),
      tokens,
      sentences,
      languages: recordOf(languages),
      stance: targets,
      loaded: {
        total: loadedTotal,
        byCategory: recordOf(byCategory),
        byPolarity: recordOf(byPolarity),
        byVoice: recordOf(byVoice),
        byLayer: recordOf(byLayer),
      },
      naming: namingOut,
      voices: recordOf(voices),
      frames: recordOf(frames),
      terms: terms.terms(),
    });
  }

  return { add, stats };
}

function increment(map: Map<string, number>, key: string, by: number): void {
  map.set(key, (map.get(key) ?? 0) + by);
}

function addAll(map: Map<string, number>, record: Readonly<Record<string, number>>): void {
  for (const key of Object.keys(record)) increment(map, key, record[key]!);
}

function sortedKeys(map: ReadonlyMap<string, unknown>): string[] {
  return [...map.keys()].sort();
}

/** A map as a record with sorted keys. */
function recordOf<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of sortedKeys(map)) out[key] = map.get(key)!;
  return out;
}
