/**
 * `npm run bench`: tokens per second of wink-nlp's bare `readDoc` (default pipeline), of the text
 * pipeline alone (`processText`) and of the full analysis (`analyzeCorpus`), in one run on the same
 * texts, at 1×, 10× and 100× corpus size; then adversarial inputs at 1×, 10× and 100× length.
 * The corpus is built at run time from the bundled seeds and the benchmark's own articles.
 * Prints figures; asserts nothing.
 * @module
 */
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { adversarialCases } from './adversarial-cases.js';
import { benchArticles } from './bench-articles.js';
import { scaledCorpus } from './scaled-corpus.js';
import { formatRate, interleaved, medianTime, printTable } from './timing.js';

// The built package (`npm run bench` builds first): what users run. Typed from the sources.
type Library = typeof import('../src/index.js');
const lib: Library = await import(new URL('../dist/index.js', import.meta.url).href);
const { analyzeCorpus, analyzeDocument, loadCorpus, loadSeedCorpus, processText } = lib;

const wink = winkNLP(model);

/** Tokens of a text as wink's default pipeline counts them (the common numerator of every rate). */
function winkTokens(texts: readonly string[]): number {
  let n = 0;
  for (const t of texts) n += wink.readDoc(t).tokens().length();
  return n;
}

function bareWink(texts: readonly string[]): void {
  for (const t of texts) wink.readDoc(t);
}

const seeds = loadSeedCorpus();
const base = [
  ...seeds.documents.map((a) => ({
    id: a.id,
    source: a.source,
    text: a.text,
    ...(a.lang !== undefined ? { lang: a.lang } : {}),
  })),
  ...benchArticles(),
];

// Warm-up: JIT, lazy wink instances, lexicon compilation, word-form caches.
{
  const texts = base.map((d) => d.text);
  for (let i = 0; i < 3; i++) {
    bareWink(texts);
    const corpus = loadCorpus(base);
    for (const a of corpus.documents) processText(a);
    analyzeCorpus(base);
  }
}

console.log(
  `media-framing benchmark — node ${process.version}, one thread, CPU time, medians of interleaved repeated runs`,
);
console.log(
  `corpus: ${seeds.documents.length} seed articles + ${base.length - seeds.documents.length} written for the benchmark, copied k× (paragraphs rotated)\n`,
);

interface SizeRow {
  k: number;
  docs: number;
  tokens: number;
  /** Median CPU ms of: wink, processText, analyzeCorpus(corpus), analyzeCorpus(records). */
  ms: number[];
  /** Median per-rep speed relative to wink, same order. */
  ratio: number[];
}
const rows: SizeRow[] = [];
for (const k of [1, 10, 100]) {
  const records = scaledCorpus(base, k);
  const texts = records.map((r) => r.text);
  const tokens = winkTokens(texts);
  const corpus = loadCorpus(records);
  const { ms, ratio } = interleaved(
    [
      () => bareWink(texts),
      () => {
        for (const a of corpus.documents) processText(a);
      },
      () => analyzeCorpus(corpus),
      () => analyzeCorpus(records),
    ],
    k === 100 ? 3 : 5,
  );
  rows.push({ k, docs: records.length, tokens, ms, ratio });
}

const one = rows[0]!;
printTable(
  [
    'size',
    'docs',
    'tokens',
    'wink readDoc',
    'processText',
    'analyzeCorpus(corpus)',
    'analyzeCorpus(records)',
    'time/token vs 1× (wink, text, analysis, full)',
  ],
  rows.map((r) => {
    const rate = (ms: number) => `${formatRate((r.tokens / ms) * 1000)}/s`;
    const cell = (i: number) => `${rate(r.ms[i]!)} (${r.ratio[i]!.toFixed(2)}×)`;
    const perToken = (i: number) => (r.ms[i]! / r.tokens / (one.ms[i]! / one.tokens)).toFixed(2);
    return [
      `${r.k}×`,
      String(r.docs),
      r.tokens.toLocaleString('en'),
      rate(r.ms[0]!),
      cell(1),
      cell(2),
      cell(3),
      [0, 1, 2, 3].map(perToken).join(' '),
    ];
  }),
);
console.log(
  '\ntokens = wink default-pipeline tokens of the same texts; (n×) = speed relative to bare wink readDoc (median of per-rep ratios);',
);
console.log(
  'analyzeCorpus(corpus) takes loaded articles; analyzeCorpus(records) also loads them (parse, boilerplate).',
);
console.log(
  'time/token may fall from 1× to 10×: per-source and per-vocabulary work (bootstrap replicates, log-odds over the',
);
console.log('vocabulary) is shared by more tokens; it must not rise with size.');
console.log(
  'targets: analyzeCorpus(records) ≥ 0.5× (issue 4), ≥ 0.7× (issue 8); time/token flat across sizes.\n',
);

console.log(
  'adversarial inputs (analyzeDocument, one document each, after 15 warm-up runs at 1×; median of 3): time per character relative to 1×',
);
printTable(
  ['input', '1× chars', '1×', '10×', '100×', 'time/char 10×, 100× vs 1×', '100× vs 10×'],
  adversarialCases().map((c) => {
    // Warm-up on this family's input (its code paths are not the news corpus's): 15 runs at 1×.
    const small = { source: 'bench', text: c.make(c.unit), lang: c.lang };
    for (let i = 0; i < 15; i++) analyzeDocument(small);
    const times = [1, 10, 100].map((k) => {
      const text = c.make(c.unit * k);
      const doc = { source: 'bench', text, lang: c.lang };
      return { chars: text.length, ms: medianTime(() => analyzeDocument(doc), 3, 20) };
    });
    const per = times.map((t) => t.ms / t.chars);
    return [
      c.name,
      times[0]!.chars.toLocaleString('en'),
      ...times.map((t) => `${t.ms.toFixed(1)} ms`),
      `${(per[1]! / per[0]!).toFixed(2)} ${(per[2]! / per[0]!).toFixed(2)}`,
      (per[2]! / per[1]!).toFixed(2),
    ];
  }),
);
console.log(
  '\nA quadratic path shows about 10 in the last column (100 against 1× in the one before); an input that outgrows',
);
console.log('the CPU caches and the young generation costs 1–2 times more per character, once.');
