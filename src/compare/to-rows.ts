import type { CorpusAnalysis } from './analyze-corpus.js';
import type { NamingRow } from './compare-sources.js';

/**
 * One figure of one source (`key` names the target, category, frame or speaker group, when there is one).
 * Metrics: `documents`, `tokens`, `sentences`; per target `stance.score`, `stance.low`, `stance.high`,
 * `stance.confidence`, `stance.sum`, `stance.evidence`; `loaded.rate` (total) and
 * `loaded.rate.category` / `.polarity` / `.voice` per key (per 1,000 tokens); `frame.share` and
 * `frame.sentences` per frame; `voice.quotations` and `voice.words` per speaker group.
 * @example
 * const r: SourceMetricRow = { source: 'RT', metric: 'stance.score', key: 'intervention', value: 0.52 };
 */
export interface SourceMetricRow {
  source: string;
  metric: string;
  key: string | null;
  value: number;
}

/**
 * The stance of one document toward one target.
 * @example
 * const r: DocumentTargetRow = { docId: 'rt-1', source: 'RT', lang: 'fr', title: '…', target: 'intervention',
 *   score: 0.5, label: 'favor', confidence: 0.6, sum: 2.1, evidence: 6, tokens: 640, sentences: 28 };
 */
export interface DocumentTargetRow {
  docId: string;
  source: string;
  lang: string;
  title: string | null;
  target: string;
  score: number;
  label: string;
  confidence: number;
  sum: number;
  evidence: number;
  tokens: number;
  sentences: number;
}

/**
 * One piece of stance evidence of one document (every item, not only the strongest).
 * @example
 * const r: EvidenceRow = { docId: 'rt-1', source: 'RT', target: 'intervention', text: 'soldats de la paix',
 *   start: 4, end: 22, sentence: 0, weight: 1.2, category: 'legitimising-euphemism',
 *   rule: 'topic/fr/soldat-de-la-paix', voice: 'authorial', modifiers: null, note: null };
 */
export interface EvidenceRow {
  docId: string;
  source: string;
  target: string;
  text: string;
  start: number;
  end: number;
  sentence: number;
  weight: number;
  category: string;
  rule: string;
  voice: string;
  /** Modifiers joined with `;`, or null. */
  modifiers: string | null;
  note: string | null;
}

/**
 * One distinctive term of one source, with its first occurrence.
 * @example
 * const r: DistinctiveRow = { source: 'RT', rank: 1, term: 'bandit', surface: 'bandits', count: 6, rest: 0,
 *   delta: 1.9, z: 2.4, occurrences: 5, docId: 'rt-1', start: 120, end: 127 };
 */
export interface DistinctiveRow {
  source: string;
  rank: number;
  term: string;
  surface: string;
  count: number;
  rest: number;
  delta: number;
  z: number;
  /** How many occurrences are listed in the JSON result. */
  occurrences: number;
  /** The first occurrence (document and offsets), or null. */
  docId: string | null;
  start: number | null;
  end: number | null;
}

/**
 * Tidy tables of a corpus analysis, for notebooks and spreadsheets.
 * @example
 * const rows: TidyRows = toRows(analyzeCorpus(loadSeedCorpus()));
 */
export interface TidyRows {
  sourceMetrics: SourceMetricRow[];
  documentTargets: DocumentTargetRow[];
  evidence: EvidenceRow[];
  naming: NamingRow[];
  distinctive: DistinctiveRow[];
}

/**
 * Flattens a corpus analysis into tidy arrays: one row per source × metric, per document × target,
 * per evidence item, per naming-table cell and per distinctive term. Every row is flat (strings,
 * numbers, booleans, null) with a fixed key order; rows are in a deterministic order (sources sorted,
 * documents in corpus order, targets and keys sorted).
 * @example
 * const { sourceMetrics } = toRows(analyzeCorpus(loadSeedCorpus()));
 * sourceMetrics.find((r) => r.source === 'RT' && r.metric === 'stance.score' && r.key === 'intervention');
 * //=> { source: 'RT', metric: 'stance.score', key: 'intervention', value: 0.52 }
 * toCSV(toRows(result).naming); // 'actor,term,source,authorial,…\r\n…'
 */
export function toRows(result: CorpusAnalysis): TidyRows {
  const sourceMetrics: SourceMetricRow[] = [];
  for (const s of result.sources) {
    const push = (metric: string, key: string | null, value: number) =>
      sourceMetrics.push({ source: s.source, metric, key, value });
    push('documents', null, s.documents.length);
    push('tokens', null, s.tokens);
    push('sentences', null, s.sentences);
    for (const target of Object.keys(s.stance).sort()) {
      const t = s.stance[target]!;
      push('stance.score', target, t.score);
      push('stance.low', target, t.interval.low);
      push('stance.high', target, t.interval.high);
      push('stance.confidence', target, t.confidence);
      push('stance.sum', target, t.sum);
      push('stance.evidence', target, t.evidenceCount);
    }
    push('loaded.rate', null, s.loadedRates.total);
    for (const [metric, record] of [
      ['loaded.rate.category', s.loadedRates.byCategory],
      ['loaded.rate.polarity', s.loadedRates.byPolarity],
      ['loaded.rate.voice', s.loadedRates.byVoice],
    ] as const) {
      for (const key of Object.keys(record).sort()) push(metric, key, record[key]!);
    }
    for (const frame of Object.keys(s.frames).sort()) {
      push('frame.share', frame, s.frames[frame]!.share);
      push('frame.sentences', frame, s.frames[frame]!.sentences);
    }
    for (const group of Object.keys(s.voices).sort()) {
      push('voice.quotations', group, s.voices[group]!.quotations);
      push('voice.words', group, s.voices[group]!.words);
    }
  }

  const documentTargets: DocumentTargetRow[] = [];
  const evidence: EvidenceRow[] = [];
  for (const d of result.documents) {
    for (const target of Object.keys(d.stance).sort()) {
      const t = d.stance[target]!;
      documentTargets.push({
        docId: d.id,
        source: d.source,
        lang: d.lang,
        title: d.title,
        target,
        score: t.score,
        label: t.label,
        confidence: t.confidence,
        sum: t.sum,
        evidence: t.evidence.length,
        tokens: d.tokens,
        sentences: d.sentences,
      });
      for (const e of t.evidence) {
        evidence.push({
          docId: d.id,
          source: d.source,
          target,
          text: e.text,
          start: e.start,
          end: e.end,
          sentence: e.sentence,
          weight: e.weight,
          category: e.category,
          rule: e.rule,
          voice: e.voice,
          modifiers: e.modifiers && e.modifiers.length > 0 ? e.modifiers.join(';') : null,
          note: e.note ?? null,
        });
      }
    }
  }

  const naming: NamingRow[] = result.comparison.naming.map((r) => ({
    actor: r.actor,
    term: r.term,
    surface: r.surface,
    source: r.source,
    authorial: r.authorial,
    quoted: r.quoted,
    attributed: r.attributed,
    scare: r.scare,
    total: r.total,
  }));

  const distinctive: DistinctiveRow[] = [];
  for (const source of Object.keys(result.comparison.distinctive).sort()) {
    result.comparison.distinctive[source]!.forEach((t, i) => {
      const first = t.occurrences[0];
      distinctive.push({
        source,
        rank: i + 1,
        term: t.term,
        surface: t.surface,
        count: t.count,
        rest: t.rest,
        delta: t.delta,
        z: t.z,
        occurrences: t.occurrences.length,
        docId: first?.docId ?? null,
        start: first?.start ?? null,
        end: first?.end ?? null,
      });
    });
  }
  return { sourceMetrics, documentTargets, evidence, naming, distinctive };
}
