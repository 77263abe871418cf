import { CorpusError, UsageError } from '../core/errors.js';
import type { Lang } from '../core/types.js';
import {
  type CodeColumn,
  codeColumn,
  type NumberColumn,
  numberColumn,
  type ValueColumn,
  valueColumn,
} from './block-column.js';
import {
  compareEvidence,
  compareOccurrence,
  compareSentence,
  compareStrings,
  DOCUMENT_LEVEL_FROM,
  type DocumentFacts,
  mergeSorted,
  type NamingCell,
  type SentenceSum,
  type SourceEvidence,
  type SourceStats,
  type SourceTerm,
  type TargetStats,
  TERM_OCCURRENCES,
  type TermOccurrence,
  TOP_EVIDENCE,
  type VoiceCell,
} from './source-stats.js';

/**
 * One source's statistics summed part by part, as they arrive (batches, shards, in any order):
 * `result()` deep-equals (and is byte-identical as JSON to) `mergeBySource` of every part added.
 * Unlike repeated `mergeSourceStats`, adding a part costs the part's size only: counts, naming and
 * terms are summed into maps in place, and the documents are kept as columns in arrival order (an id,
 * a language, two counts and one stance sum per target each: about 70 bytes per document with its id
 * string), in blocks that grow without copying, and sorted once, by `result()`, which then lets the
 * columns go (call it once). Per-sentence stance sums are kept only while the source has
 * fewer than `DOCUMENT_LEVEL_FROM` documents, since from then on the statistics hold one sum per
 * document. `result()` throws `CorpusError` `E_DUPLICATE_ID` when a document came in two parts.
 * @example
 * const run = runningSourceStats('RT');
 * for (const part of parts) run.add(part); // each part's `source` is 'RT'
 * run.result(); // deep-equals mergeBySource(parts)[0]
 */
export interface RunningSourceStats {
  /** Adds the statistics of documents not added before. Throws `UsageError` for another source. */
  add(part: SourceStats): void;
  /** Everything added, as one `SourceStats`; the running total is emptied. */
  result(): SourceStats;
}

/** The running sums of the stance toward one target. */
interface RunningTarget {
  positive: number;
  negative: number;
  evidence: number;
  top: SourceEvidence[];
  /** Per document, in arrival order: the sum of its evidence weights (micro-units). */
  sums: NumberColumn;
  /** The per-sentence sums, while the source has fewer than `DOCUMENT_LEVEL_FROM` documents. */
  sentences: SentenceSum[] | undefined;
}

interface RunningNaming {
  authorial: number;
  quoted: number;
  attributed: number;
  scare: number;
  surfaces: Map<string, number>;
}

interface RunningTerm {
  count: number;
  surfaces: Map<string, number>;
  occurrences: TermOccurrence[];
}

/**
 * A new, empty {@link RunningSourceStats} for the source named `source`.
 * @example
 * runningSourceStats('RT').result(); // deep-equals emptySourceStats('RT')
 */
export function runningSourceStats(source: string): RunningSourceStats {
  let ids: ValueColumn<string> = valueColumn();
  let langs: CodeColumn<Lang> = codeColumn();
  let docTokens: NumberColumn = numberColumn();
  let docSentences: NumberColumn = numberColumn();
  let tokens = 0;
  let sentences = 0;
  const languages = new Map<string, number>();
  const stance = new Map<string, RunningTarget>();
  let loadedTotal = 0;
  const byCategory = new Map<string, number>();
  const byPolarity = new Map<string, number>();
  const byVoice = new Map<string, number>();
  const byLayer = new Map<string, number>();
  const naming = new Map<string, Map<string, RunningNaming>>();
  const voices = new Map<string, VoiceCell>();
  const frames = new Map<string, number>();
  const terms = new Map<string, RunningTerm>();

  function add(part: SourceStats): void {
    if (part.source !== source) {
      throw new UsageError(
        'E_USAGE',
        `cannot merge the statistics of "${source}" with those of "${part.source}"`,
      );
    }
    const first = ids.length;
    // This part's documents by id: where their per-sentence sums go.
    const local = new Map<string, number>();
    for (const d of part.documents) {
      local.set(d.id, ids.length);
      ids.push(d.id);
      langs.push(d.lang);
      docTokens.push(d.tokens);
      docSentences.push(d.sentences);
    }
    tokens += part.tokens;
    sentences += part.sentences;
    addCounts(languages, part.languages);
    const keepSentences = ids.length < DOCUMENT_LEVEL_FROM;
    for (const target of Object.keys(part.stance)) {
      const t = part.stance[target]!;
      let run = stance.get(target);
      if (run === undefined) {
        run = { positive: 0, negative: 0, evidence: 0, top: [], sums: numberColumn(), sentences: [] };
        stance.set(target, run);
      }
      run.positive += t.positive;
      run.negative += t.negative;
      run.evidence += t.evidence;
      run.top = mergeSorted(run.top, t.top, compareEvidence).slice(0, TOP_EVIDENCE);
      run.sums.padTo(ids.length);
      const own = t.documentSums;
      if (own !== undefined) for (let i = 0; i < own.length; i++) run.sums.add(first + i, own[i]!);
      for (const s of t.sentences) {
        // A sum naming no document of its part (statistics edited by hand) is left out of the
        // per-document sums, as `mergeSourceStats` leaves it out.
        const at = local.get(s.docId);
        if (at !== undefined) run.sums.add(at, s.sum);
      }
      if (keepSentences) for (const s of t.sentences) run.sentences!.push(s);
    }
    for (const run of stance.values()) {
      run.sums.padTo(ids.length);
      if (!keepSentences) run.sentences = undefined;
    }

    loadedTotal += part.loaded.total;
    addCounts(byCategory, part.loaded.byCategory);
    addCounts(byPolarity, part.loaded.byPolarity);
    addCounts(byVoice, part.loaded.byVoice);
    addCounts(byLayer, part.loaded.byLayer);

    for (const actor of Object.keys(part.naming)) {
      const cells = part.naming[actor]!;
      let byTerm = naming.get(actor);
      if (byTerm === undefined) {
        byTerm = new Map();
        naming.set(actor, byTerm);
      }
      for (const term of Object.keys(cells)) {
        const c = cells[term]!;
        let cell = byTerm.get(term);
        if (cell === undefined) {
          cell = { authorial: 0, quoted: 0, attributed: 0, scare: 0, surfaces: new Map() };
          byTerm.set(term, cell);
        }
        cell.authorial += c.authorial;
        cell.quoted += c.quoted;
        cell.attributed += c.attributed;
        cell.scare += c.scare;
        addCounts(cell.surfaces, c.surfaces);
      }
    }

    for (const group of Object.keys(part.voices)) {
      const v = part.voices[group]!;
      const cell = voices.get(group);
      if (cell === undefined) voices.set(group, { quotations: v.quotations, words: v.words });
      else {
        cell.quotations += v.quotations;
        cell.words += v.words;
      }
    }
    addCounts(frames, part.frames);

    for (const gram of Object.keys(part.terms)) {
      const t = part.terms[gram]!;
      const run = terms.get(gram);
      if (run === undefined) {
        terms.set(gram, {
          count: t.count,
          surfaces: new Map(Object.entries(t.surfaces)),
          occurrences: t.occurrences,
        });
        continue;
      }
      run.count += t.count;
      addCounts(run.surfaces, t.surfaces);
      run.occurrences = mergeSorted(run.occurrences, t.occurrences, compareOccurrence).slice(
        0,
        TERM_OCCURRENCES,
      );
    }
  }

  function result(): SourceStats {
    const order: number[] = [];
    for (let i = 0; i < ids.length; i++) order.push(i);
    order.sort((a, b) => compareStrings(ids.get(a), ids.get(b)));
    for (let k = 1; k < order.length; k++) {
      if (ids.get(order[k]!) === ids.get(order[k - 1]!)) {
        throw new CorpusError(
          'E_DUPLICATE_ID',
          `document "${ids.get(order[k]!)}" is counted twice in "${source}"`,
        );
      }
    }
    // Each column is let go as soon as it has been read into the result (the end of a long stream
    // is its peak of memory: the result and the columns are alive together only one column at a time).
    const byDocument = ids.length >= DOCUMENT_LEVEL_FROM;
    const targets: Record<string, TargetStats> = {};
    for (const target of sortedKeys(stance)) {
      const run = stance.get(target)!;
      const { positive, negative, evidence, top } = run;
      targets[target] = byDocument
        ? {
            positive,
            negative,
            evidence,
            sentences: [],
            documentSums: order.map((i) => run.sums.get(i)),
            top,
          }
        : { positive, negative, evidence, sentences: sentenceList(run.sentences!), top };
      run.sums = numberColumn();
    }
    const documents: DocumentFacts[] = order.map((i) => ({
      id: ids.get(i),
      lang: langs.get(i),
      tokens: docTokens.get(i),
      sentences: docSentences.get(i),
    }));
    ids = valueColumn();
    langs = codeColumn();
    docTokens = numberColumn();
    docSentences = numberColumn();
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
    const termsOut: Record<string, SourceTerm> = {};
    for (const gram of sortedKeys(terms)) {
      const t = terms.get(gram)!;
      termsOut[gram] = { count: t.count, surfaces: recordOf(t.surfaces), occurrences: t.occurrences };
    }
    return {
      source,
      documents,
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
      terms: termsOut,
    };
  }

  return { add, result };
}

/** Per-sentence sums gathered from parts: sorted, equal `(docId, sentence)` summed, zeros dropped. */
function sentenceList(gathered: readonly SentenceSum[]): SentenceSum[] {
  const sorted = gathered.slice().sort(compareSentence);
  const out: SentenceSum[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.docId === s.docId && last.sentence === s.sentence) {
      out[out.length - 1] = { ...last, sum: last.sum + s.sum };
    } else out.push(s);
  }
  return out.filter((s) => s.sum !== 0);
}

function addCounts(map: Map<string, number>, record: Readonly<Record<string, number>>): void {
  for (const key of Object.keys(record)) map.set(key, (map.get(key) ?? 0) + record[key]!);
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
