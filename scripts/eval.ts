/**
 * `npm run eval`: scores the analysis engine on the seed corpus and, when `../shared/datasets` is
 * present, on the development datasets (stance-dev fr/en, PTC en, SemEval-2023 fr). Prints plain text,
 * deterministically (no timings, sorted keys). Dataset text is read at run time, never copied.
 *
 * Engine calls all sit in `scripts/eval/engine.ts` (`predict`, `predictSeeds`).
 */

import { articleFrames } from '../src/analysis/frames/index.js';
import type { Span } from '../src/core/types.js';
import type { PredictedSpan } from '../src/evaluate/index.js';
import { evaluate, frameScores, paragraphScores, spanScores } from '../src/evaluate/index.js';
import type { PtcArticle, SemevalArticle } from './eval/datasets.js';
import { datasetsRoot, readPtc, readSemevalFr, readStanceDev } from './eval/datasets.js';
import { type EngineRecord, type Prediction, predict, predictSeeds } from './eval/engine.js';
import { frameLabelLines, num, paragraphLine, spanLines, stanceEvaluationLines } from './eval/format.js';
import { readSeedLabels } from './eval/seed-labels.js';

/** The stance target scored everywhere. */
const TARGET = 'intervention';

/** Gold techniques the loaded-vocabulary cues are scored against, per corpus. */
const PTC_LOADED = new Set(['Loaded_Language', 'Name_Calling,Labeling']);
const SEMEVAL_LOADED = new Set(['Loaded_Language', 'Name_Calling-Labeling']);

/** SemEval-2023 subtask-2 frame label → the product's frame id (the 8 frames the product uses). */
const FRAME_IDS: Record<string, string> = {
  Security_and_defense: 'security-defence',
  Legality_Constitutionality_and_jurisprudence: 'legality',
  Political: 'political',
  External_regulation_and_reputation: 'external-reputation',
  Crime_and_punishment: 'crime-punishment',
  Economic: 'economic',
  Morality: 'morality-human-rights',
  Public_opinion: 'public-opinion',
};
const PRODUCT_TO_SEMEVAL = Object.fromEntries(Object.entries(FRAME_IDS).map(([k, v]) => [v, k]));

/** Share thresholds at which a found frame counts as a predicted document label (0 = any sentence). */
const FRAME_SHARE_THRESHOLDS = [0, 0.1, 0.2, 0.3];

/** Cue subsets scored separately. */
const CUE_SETS: { label: string; keep: (c: Prediction['cues'][number]) => boolean }[] = [
  { label: 'all cues', keep: () => true },
  { label: 'generic layer', keep: (c) => c.layer === 'generic' },
];

function print(...lines: string[]): void {
  for (const line of lines) process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  if (args.length > 0) {
    process.stderr.write(`eval: unexpected argument(s) ${args.join(' ')} (no option is supported yet)\n`);
    process.exitCode = 2;
    return;
  }
  const root = datasetsRoot();
  print('media-framing evaluation', '');
  print(
    root === null
      ? 'datasets: ../shared/datasets is absent; only the seed figures are printed.'
      : `datasets: ${root}`,
  );

  const stanceDev = root === null ? null : { fr: readStanceDev('fr', root), en: readStanceDev('en', root) };
  const ptc = root === null ? null : readPtc(root);
  const semeval = root === null ? null : readSemevalFr(root);
  if (stanceDev && ptc && semeval) printDatasetFacts(stanceDev.fr.length + stanceDev.en.length, ptc, semeval);

  await seedStance();
  if (stanceDev) await devStance(stanceDev);
  if (ptc && semeval) {
    const ptcPredictions = await predict(ptc.map((a) => record(`ptc/${a.id}`, 'ptc', 'en', a.text)));
    const semevalPredictions = await predict(
      semeval.map((a) => record(`semeval-fr/${a.id}`, 'semeval-fr', 'fr', a.text)),
    );
    loadedVocabulary(ptc, ptcPredictions, semeval, semevalPredictions);
    frames(semeval, semevalPredictions);
  }
}

function record(id: string, source: string, lang: 'fr' | 'en', text: string): EngineRecord {
  return { id, source, lang, text };
}

function printDatasetFacts(nStance: number, ptc: PtcArticle[], semeval: SemevalArticle[]): void {
  const count = (arts: { spans: { technique: string }[] }[], keep: Set<string>) =>
    arts.reduce((n, a) => n + a.spans.filter((s) => keep.has(s.technique)).length, 0);
  print(
    `  stance-dev: ${nStance} articles`,
    `  PTC (en): ${ptc.length} articles, ${count(ptc, PTC_LOADED)} Loaded_Language + Name_Calling spans`,
    `  SemEval-2023 (fr): ${semeval.length} articles, ${count(semeval, SEMEVAL_LOADED)} Loaded_Language + ` +
      `Name_Calling spans, ${semeval.reduce((n, a) => n + a.paragraphs.length, 0)} labelled paragraphs`,
    '',
  );
}

async function seedStance(): Promise<void> {
  print(`== Stance toward "${TARGET}" ==`, '');
  const seeds = readSeedLabels(TARGET);
  print(`-- seeds (labels from ${seeds.found ? 'seeds/manifest.json' : 'seeds/manifest.json: absent'}) --`);
  if (seeds.unlabelled.length > 0)
    print(`  manifest entries without a "${TARGET}" label: ${seeds.unlabelled.join(', ')}`);
  const predictions = await predictSeeds();
  const result = evaluate(analysisOf(predictions), seeds.labels, { target: TARGET });
  print(...stanceEvaluationLines(result, ['fr', 'en']), '');
}

async function devStance(dev: Record<'fr' | 'en', ReturnType<typeof readStanceDev>>): Promise<void> {
  for (const lang of ['fr', 'en'] as const) {
    print(`-- stance-dev ${lang} --`);
    const records = dev[lang];
    const predictions = await predict(
      records.map((r) => ({
        id: r.id,
        source: r.source,
        lang,
        text: r.text,
        title: r.title,
        date: r.date,
        url: r.url,
      })),
    );
    const labels = records.map((r) => ({ id: r.id, label: r.label, strength: r.strength }));
    // Score under the dataset language, whatever the engine detected, so that every item is counted.
    const analysis = analysisOf(predictions.map((p) => ({ ...p, lang })));
    print(...stanceEvaluationLines(evaluate(analysis, labels, { target: TARGET }), [lang]), '');
  }
}

function loadedVocabulary(
  ptc: PtcArticle[],
  ptcPredictions: Prediction[],
  semeval: SemevalArticle[],
  semevalPredictions: Prediction[],
): void {
  print('== Loaded vocabulary vs gold Loaded_Language + Name_Calling spans ==', '');
  print(`  [en] PTC, span level (${ptc.length} articles)`);
  const ptcGold = ptc.map((a) => a.spans.filter((s) => PTC_LOADED.has(s.technique)));
  for (const set of CUE_SETS)
    print(...spanLines(set.label, spanScores(cuesOf(ptcPredictions, set.keep), ptcGold)));
  print('');
  print(`  [fr] SemEval-2023, span level (${semeval.length} articles)`);
  const semGold: Span[][] = semeval.map((a) => a.spans.filter((s) => SEMEVAL_LOADED.has(s.technique)));
  for (const set of CUE_SETS) {
    print(...spanLines(set.label, spanScores(cuesOf(semevalPredictions, set.keep), semGold)));
  }
  print(`  [fr] SemEval-2023, paragraph level (a line is positive when it lists either technique)`);
  for (const set of CUE_SETS) {
    const cues = cuesOf(semevalPredictions, set.keep);
    const docs = semeval.map((a, i) => ({
      text: a.text,
      predicted: cues[i]!,
      paragraphs: a.paragraphs.map((p) => ({
        line: p.line,
        positive: p.techniques.some((t) => SEMEVAL_LOADED.has(t)),
      })),
    }));
    print(paragraphLine(set.label, paragraphScores(docs)));
  }
  print('');
}

function frames(semeval: SemevalArticle[], predictions: Prediction[]): void {
  const labels = Object.keys(FRAME_IDS);
  print(
    `== Frames vs SemEval-2023 subtask 2 (fr, ${semeval.length} articles, ${labels.length} frames) ==`,
    '',
  );
  const gold = semeval.map((a) => a.frames);
  // The product's own decision rule (per-frame share thresholds chosen by 5-fold cross-validation).
  const decided = predictions.map((p) => {
    const withSentences = p.frames.find((f) => f.share > 0);
    const total = withSentences ? Math.round(withSentences.sentences / withSentences.share) : 0;
    return articleFrames(p.frames, total).map((f) => PRODUCT_TO_SEMEVAL[f] ?? `unmapped:${f}`);
  });
  const product = frameScores(decided, gold, labels);
  print(
    `  [fr] frame predicted by articleFrames (the product's rule)  micro P=${num(product.micro.precision)} ` +
      `R=${num(product.micro.recall)} F1=${num(product.micro.f1)}  macro F1=${num(product.macro.f1)}`,
    '      (its thresholds were fitted on these same 158 articles; the 5-fold held-out micro-F1 was 0.634)',
  );
  print(...frameLabelLines(product, FRAME_IDS));
  print('  for reference, fixed rules:');
  for (const threshold of FRAME_SHARE_THRESHOLDS) {
    const predicted = predictions.map((p) =>
      p.frames
        .filter((f) => f.sentences > 0 && f.share >= threshold)
        .map((f) => PRODUCT_TO_SEMEVAL[f.frame] ?? `unmapped:${f.frame}`),
    );
    const s = frameScores(predicted, gold, labels);
    const rule = threshold === 0 ? 'any sentence' : `share >= ${threshold}`;
    print(
      `  [fr] frame predicted when ${rule.padEnd(13)} micro P=${num(s.micro.precision)} R=${num(s.micro.recall)} ` +
        `F1=${num(s.micro.f1)}  macro F1=${num(s.macro.f1)}`,
    );
    if (threshold === 0) {
      const unmapped = Object.keys(s.ignored.predicted);
      if (unmapped.length > 0) print(`      predicted frames outside the 8: ${unmapped.join(', ')}`);
    }
  }
  print('');
}

function cuesOf(
  predictions: Prediction[],
  keep: (c: Prediction['cues'][number]) => boolean,
): PredictedSpan[][] {
  return predictions.map((p) =>
    p.cues.filter(keep).map((c) => ({ start: c.start, end: c.end, category: `${c.layer}/${c.category}` })),
  );
}

function analysisOf(predictions: Prediction[]) {
  return { documents: predictions.map((p) => ({ id: p.id, lang: p.lang, stance: p.stance })) };
}

main().catch((error: unknown) => {
  process.stderr.write(`eval failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
