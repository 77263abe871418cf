/**
 * The one place where the evaluation calls the analysis engine. Everything else in `scripts/eval*`
 * reads datasets and scores plain predictions, so adapting to an engine change means editing this
 * file only.
 *
 * The engine is imported dynamically so that the readers and metrics keep working (and type-check)
 * while `src/index.ts` does not yet export it; the failure is reported at this call only.
 * Set `EVAL_ENGINE_MODULE=/abs/path/to/module.ts` to score another module with the same three
 * exports (a baseline, a branch build).
 * @module
 */
import { pathToFileURL } from 'node:url';

/**
 * A document to analyse, as the eval script builds it from a dataset record.
 * @example
 * const r: EngineRecord = { id: 'semeval-fr/2310', source: 'semeval-fr', lang: 'fr', text: 'Titre\r\n\r\nTexte.' };
 */
export interface EngineRecord {
  id: string;
  source: string;
  lang: 'fr' | 'en';
  text: string;
  title?: string;
  date?: string;
  url?: string;
}

/**
 * What the eval script scores for one document. `cues` and offsets index the record's `text`.
 * @example
 * const p: Prediction = { id: 'd1', lang: 'fr', stance: { intervention: { score: 0.4, label: 'favor' } },
 *   cues: [{ start: 3, end: 9, category: 'emotive', layer: 'generic' }], frames: [{ frame: 'economic', sentences: 2, share: 0.2 }] };
 */
export interface Prediction {
  id: string;
  lang: string;
  stance: Record<string, { score: number; label: 'favor' | 'against' | 'neutral' }>;
  cues: { start: number; end: number; category: string; layer: string }[];
  frames: { frame: string; sentences: number; share: number }[];
}

/** The slice of the engine's public surface the eval uses (see the lead's interface). */
interface EngineModule {
  analyzeCorpus(
    corpus: { documents: unknown[] },
    options?: { topic?: unknown },
  ): { documents: EngineDocument[] };
  loadCorpus(records: EngineRecord[]): { documents: { id: string; text: string }[] };
  loadSeedCorpus(): { documents: { id: string; text: string }[] };
}

interface EngineDocument {
  id: string;
  lang: string;
  stance: Record<string, { score: number; label: 'favor' | 'against' | 'neutral' }>;
  loaded?: { start: number; end: number; category: string; layer: string }[];
  frames?: { frame: string; sentences: number; share: number }[];
}

/**
 * Loads the engine from `src/index.ts`, or throws a clear error naming the missing exports.
 * @example
 * const engine = await loadEngine();
 */
async function loadEngine(): Promise<EngineModule> {
  const override = process.env.EVAL_ENGINE_MODULE;
  const mod = (await (override
    ? import(pathToFileURL(override).href)
    : import('../../src/index.js'))) as Partial<Record<keyof EngineModule, unknown>>;
  const missing = (['analyzeCorpus', 'loadCorpus', 'loadSeedCorpus'] as const).filter(
    (name) => typeof mod[name] !== 'function',
  );
  if (missing.length > 0) {
    throw new Error(
      `the analysis engine is not available yet: ${override ?? 'src/index.ts'} does not export ${missing.join(', ')}. ` +
        'Adapt scripts/eval/engine.ts once it does.',
    );
  }
  return mod as EngineModule;
}

/**
 * Analyses dataset records with the engine and returns one prediction per record, in record order.
 * Throws when the loader changed a text (offsets would no longer index the dataset's text) or lost
 * a record.
 * @example
 * const [p] = await predict([{ id: 'x', source: 'S', lang: 'en', text: 'Rioters looted shops.' }]);
 * p.cues.length; //=> number of loaded-vocabulary cues found
 */
export async function predict(records: readonly EngineRecord[]): Promise<Prediction[]> {
  if (records.length === 0) return [];
  const engine = await loadEngine();
  const corpus = engine.loadCorpus([...records]);
  const byId = new Map(corpus.documents.map((d) => [d.id, d]));
  for (const r of records) {
    const article = byId.get(r.id);
    if (article === undefined) throw new Error(`loadCorpus lost the record "${r.id}"`);
    if (article.text !== r.text)
      throw new Error(`loadCorpus changed the text of "${r.id}": offsets would not align`);
  }
  return toPredictions(
    engine.analyzeCorpus(corpus).documents,
    records.map((r) => r.id),
  );
}

/**
 * Analyses the bundled seed corpus.
 * @example
 * (await predictSeeds()).length; //=> 5
 */
export async function predictSeeds(): Promise<Prediction[]> {
  const engine = await loadEngine();
  const corpus = engine.loadSeedCorpus();
  return toPredictions(
    engine.analyzeCorpus(corpus).documents,
    corpus.documents.map((d) => d.id),
  );
}

function toPredictions(documents: EngineDocument[], order: string[]): Prediction[] {
  const byId = new Map(documents.map((d) => [d.id, d]));
  return order.map((id) => {
    const d = byId.get(id);
    if (d === undefined) throw new Error(`analyzeCorpus returned no analysis for "${id}"`);
    return {
      id,
      lang: d.lang,
      stance: d.stance,
      cues: (d.loaded ?? []).map((c) => ({
        start: c.start,
        end: c.end,
        category: c.category,
        layer: c.layer,
      })),
      frames: (d.frames ?? []).map((f) => ({ frame: f.frame, sentences: f.sentences, share: f.share })),
    };
  });
}
