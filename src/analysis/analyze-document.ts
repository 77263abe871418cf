import { parseArticle } from '../corpus/index.js';
import type { Article, DocumentInput } from '../corpus/types.js';
import { processText } from '../text/index.js';
import type { ProcessedText } from '../text/types.js';
import { frameMatcher } from '../topics/compile-frames.js';
import { cstoKazakhstan2022 } from '../topics/csto-kazakhstan-2022/index.js';
import type { LexiconLangCode, Topic } from '../topics/types.js';
import { findFrames } from './frames/index.js';
import { countLoaded, findLoadedCues } from './loaded/find-loaded-cues.js';
import { findNames } from './naming/find-names.js';
import { scoreStance } from './stance/score-stance.js';
import { stanceInputs } from './stance/stance-inputs.js';
import { defaultStanceParams, type StanceParams } from './stance/stance-params.js';
import type { DocumentAnalysis, QuoteFinding, TargetStance } from './types.js';

/** Options of {@link analyzeDocument} and `analyzeCorpus`. */
export interface AnalyzeOptions {
  /**
   * The topic to analyse against.
   * @default cstoKazakhstan2022
   */
  topic?: Topic;
  /** Stance parameters (voice, negation, distance multipliers, threshold). */
  stanceParams?: Partial<StanceParams>;
  /**
   * Minimum lexicon weight (0–2) of a reported loaded-vocabulary cue.
   * @default 1
   */
  minLoadedWeight?: number;
}

/**
 * Analyses one document: stance toward each target with its evidence, loaded vocabulary, naming of
 * the actor groups, quotations and frames. Pure and deterministic; plain JSON out.
 * Documents in a language other than French or English get empty findings and neutral stances
 * (`lang: 'other'` says why).
 * @example
 * const d = analyzeDocument({ source: 'Demo', text: 'Les soi-disant « soldats de la paix » sont arrivés.', lang: 'fr' });
 * d.stance.intervention.label; //=> 'against'
 * d.stance.intervention.evidence[0].modifiers; //=> ['scare-quoted']
 */
export function analyzeDocument(
  doc: Article | DocumentInput,
  options: AnalyzeOptions = {},
): DocumentAnalysis {
  const article = isArticle(doc) ? doc : parseArticle(doc.text, doc);
  const topic = options.topic ?? cstoKazakhstan2022;
  const params = { ...defaultStanceParams, ...options.stanceParams };
  const pt = processText(article);
  return analyzeProcessed(article, pt, topic, params, options.minLoadedWeight ?? 1);
}

/**
 * The analysis of an already processed text (used by `analyzeDocument` and the benchmarks).
 * @example
 * analyzeProcessed(article, processText(article), cstoKazakhstan2022, defaultStanceParams, 1);
 */
export function analyzeProcessed(
  article: Article,
  pt: ProcessedText,
  topic: Topic,
  params: StanceParams,
  minLoadedWeight: number,
): DocumentAnalysis {
  const targets = topic.targets.map((t) => t.id);
  const base = {
    id: article.id,
    source: article.source,
    lang: pt.lang,
    langConfidence: pt.langConfidence,
    langDetected: pt.langDetected,
    title: article.title,
    ...(article.date !== undefined ? { date: article.date } : {}),
    ...(article.url !== undefined ? { url: article.url } : {}),
    ...(article.kind !== undefined ? { kind: article.kind } : {}),
    tokens: pt.wordCount,
    sentences: pt.sentences.length,
    removed: article.removed,
  };
  if (pt.lang !== 'fr' && pt.lang !== 'en') {
    const stance: Record<string, TargetStance> = {};
    for (const t of targets) stance[t] = { score: 0, label: 'neutral', confidence: 0, sum: 0, evidence: [] };
    return {
      ...base,
      stance,
      quotedStance: [],
      loaded: [],
      loadedCounts: countLoaded([]),
      naming: [],
      quotes: [],
      frames: [],
    };
  }
  const lang: LexiconLangCode = pt.lang;
  const inputs = stanceInputs(article, pt, topic, lang);
  const { quotes, ctx, topicMatches, genericMatches } = inputs;

  const stance: Record<string, TargetStance> = {};
  for (const t of targets) stance[t] = scoreStance(inputs, t, pt, params);

  const loaded = findLoadedCues(pt, topicMatches, genericMatches, ctx, topic.mainTarget, {
    minWeight: minLoadedWeight,
  });
  return {
    ...base,
    stance,
    quotedStance: quotedStanceOf(stance, quotes),
    loaded,
    loadedCounts: countLoaded(loaded),
    naming: findNames(pt, topicMatches, ctx),
    quotes,
    frames: findFrames(pt, frameMatcher(lang), { voice: ctx.voice }),
  };
}

function isArticle(doc: Article | DocumentInput): doc is Article {
  return Array.isArray((doc as Article).body) && Array.isArray((doc as Article).removed);
}

/** Groups the reported (non-authorial) evidence by the speaker group of the quotation it sits in. */
function quotedStanceOf(
  stance: Record<string, TargetStance>,
  quotes: readonly QuoteFinding[],
): DocumentAnalysis['quotedStance'] {
  const groups = new Map<
    string,
    { quotes: number; stance: Record<string, { sum: number; evidence: number }> }
  >();
  for (const q of quotes) {
    if (q.role === 'scare') continue;
    const g = q.speakerGroup ?? 'unidentified';
    const entry = groups.get(g) ?? { quotes: 0, stance: {} };
    entry.quotes++;
    groups.set(g, entry);
  }
  let enclosing: ((start: number, end: number) => QuoteFinding | undefined) | null = null;
  for (const [target, s] of Object.entries(stance)) {
    for (const e of s.evidence) {
      if (e.voice === 'authorial') continue;
      enclosing ??= enclosingQuoteFinder(quotes.filter((q) => q.role !== 'scare'));
      const q = enclosing(e.start, e.end);
      const g = q?.speakerGroup ?? 'unidentified';
      const entry = groups.get(g) ?? { quotes: 0, stance: {} };
      const cell = entry.stance[target] ?? { sum: 0, evidence: 0 };
      cell.sum = Math.round((cell.sum + e.weight) * 1e6) / 1e6;
      cell.evidence++;
      entry.stance[target] = cell;
      groups.set(g, entry);
    }
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([speakerGroup, v]) => ({ speakerGroup, quotes: v.quotes, stance: v.stance }));
}

/**
 * The first quotation (by start, then list order) that contains `[start, end)`, in O(log n): over the
 * quotations sorted by start, the running maximum of their ends first reaches `end` at the only
 * candidate that can contain the span (a later one starts later; an earlier one ends too soon).
 */
function enclosingQuoteFinder(
  quotes: readonly QuoteFinding[],
): (start: number, end: number) => QuoteFinding | undefined {
  // Quotations usually come by start already; the sort is stable (equal starts keep list order).
  let bySorted = true;
  for (let k = 1; k < quotes.length && bySorted; k++) bySorted = quotes[k - 1]!.start <= quotes[k]!.start;
  const sorted = bySorted ? quotes : [...quotes].sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const q of sorted) maxEnd.push(Math.max(q.end, maxEnd[maxEnd.length - 1] ?? -1));
  return (start, end) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (maxEnd[mid]! >= end) hi = mid;
      else lo = mid + 1;
    }
    const q = sorted[lo];
    return q && q.start <= start && q.end >= end ? q : undefined;
  };
}
