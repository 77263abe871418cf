/**
 * Chooses the global stance parameters by leave-one-out over the development articles
 * (`../shared/datasets/stance-dev`), and reports the leave-one-out estimate: for each article, the
 * parameters are chosen on the other articles only, then the article is scored. Prints the
 * parameters chosen on all articles (the candidates for `defaultStanceParams`).
 *
 * Run: `npx tsx scripts/fit-stance.ts [--candidates N]`. Nothing here is part of the package.
 * @module
 */
import { parseArticle } from '../src/corpus/index.js';
import { scoreStance } from '../src/analysis/stance/score-stance.js';
import { stanceInputs } from '../src/analysis/stance/stance-inputs.js';
import { type StanceParams, defaultStanceParams } from '../src/analysis/stance/stance-params.js';
import { stanceScores } from '../src/evaluate/index.js';
import { processText } from '../src/text/index.js';
import { cstoKazakhstan2022 } from '../src/topics/index.js';
import { readStanceDev } from './eval/datasets.js';

const candidatesArg = process.argv.indexOf('--candidates');
const N = candidatesArg > 0 ? Number(process.argv[candidatesArg + 1]) : 400;

const records = [...readStanceDev('fr'), ...readStanceDev('en')];
if (records.length === 0) {
  console.log('no development data in ../shared/datasets: nothing to fit');
  process.exit(0);
}
const docs = records.map((r) => {
  const article = parseArticle(r.text, { id: r.id, source: r.source, lang: r.lang, title: r.title });
  const pt = processText(article);
  const lang = pt.lang === 'en' ? 'en' : 'fr';
  return { r, pt, inputs: stanceInputs(article, pt, cstoKazakhstan2022, lang) };
});

function predict(params: StanceParams, i: number) {
  const d = docs[i]!;
  return scoreStance(d.inputs.topicMatches, 'intervention', d.pt, d.inputs.ctx, d.inputs.titleSentences, params);
}

function objective(params: StanceParams, idx: readonly number[]): number {
  const pairs = idx.map((i) => {
    const s = predict(params, i);
    return { gold: docs[i]!.r.label, predicted: s.label, goldStrength: docs[i]!.r.strength, predictedScore: s.score };
  });
  const r = stanceScores(pairs);
  return r.fAvg + 0.5 * (r.spearman ?? 0);
}

// Deterministic candidate grid around the defaults.
let seed = 12345;
const rand = () => {
  seed = (seed * 1664525 + 1013904223) >>> 0;
  return seed / 2 ** 32;
};
const pick = (xs: number[]) => xs[Math.floor(rand() * xs.length)]!;
const candidates: StanceParams[] = [defaultStanceParams];
for (let k = 0; k < N; k++) {
  candidates.push({
    attributed: pick([0.1, 0.2, 0.35, 0.5, 0.7]),
    quoted: pick([0, 0.05, 0.15, 0.3]),
    scare: pick([0.5, 0.8, 1, 1.2]),
    negated: pick([0.3, 0.6, 0.9]),
    hedged: pick([0.2, 0.4, 0.7]),
    distancingVerb: pick([0.3, 0.5, 0.8]),
    endorsingVerb: pick([0.5, 0.8, 1]),
    title: pick([1, 1.5, 2]),
    scale: pick([1, 1.5, 2, 3, 4]),
    lengthDamping: pick([0, 0.1, 0.2, 0.4]),
    foreground: pick([0.5, 1, 1.5, 2]),
    favorThreshold: pick([0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5]),
    againstThreshold: pick([0.1, 0.15, 0.2, 0.25, 0.3, 0.4]),
  });
}

function best(idx: readonly number[]): StanceParams {
  let top = candidates[0]!;
  let topScore = -Infinity;
  for (const c of candidates) {
    const s = objective(c, idx);
    if (s > topScore) {
      topScore = s;
      top = c;
    }
  }
  return top;
}

const all = docs.map((_, i) => i);
const loo = all.map((i) => {
  const params = best(all.filter((j) => j !== i));
  const s = predict(params, i);
  return { gold: docs[i]!.r.label, predicted: s.label, goldStrength: docs[i]!.r.strength, predictedScore: s.score, lang: docs[i]!.r.lang };
});
for (const lang of ['fr', 'en']) {
  const r = stanceScores(loo.filter((p) => p.lang === lang));
  console.log(`LOO ${lang}: F_avg=${r.fAvg.toFixed(3)} acc=${r.accuracy.toFixed(3)} spearman=${r.spearman?.toFixed(3)}`, JSON.stringify(r.confusion));
}
const r = stanceScores(loo);
console.log(`LOO all: F_avg=${r.fAvg.toFixed(3)} acc=${r.accuracy.toFixed(3)} spearman=${r.spearman?.toFixed(3)}`);
const d = stanceScores(all.map((i) => { const s = predict(defaultStanceParams, i); return { gold: docs[i]!.r.label, predicted: s.label, goldStrength: docs[i]!.r.strength, predictedScore: s.score }; }));
console.log(`defaults (in-sample): F_avg=${d.fAvg.toFixed(3)} spearman=${d.spearman?.toFixed(3)}`);
const chosen = best(all);
console.log('chosen on all:', JSON.stringify(chosen), 'objective', objective(chosen, all).toFixed(3));
