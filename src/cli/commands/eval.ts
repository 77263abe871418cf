import { evaluate, type StanceEvaluation, type StanceScores } from '../../evaluate/index.js';
import { analyzeWithProgress } from '../analyze-with-progress.js';
import { type CliIO, writeOutput } from '../io.js';
import { readInput } from '../read-input.js';
import { readLabels } from '../read-labels.js';
import { resolveTopic } from './resolve-topic.js';

/** The options of `media-framing eval`, as commander parses them. */
export interface EvalCommandOptions {
  labels: string;
  target?: string;
  topic: string;
  lang: 'auto' | 'fr' | 'en';
  format: 'text' | 'json';
  out?: string;
  force: boolean;
  skipInvalid: boolean;
}

/**
 * `media-framing eval`: analyses the input and scores the predicted stance of each document against
 * the user's labels (joined on document id): SemEval-2016 F_avg, accuracy, Spearman's rank
 * correlation between label strengths and scores, per-class precision/recall/F1 and the confusion
 * matrix, overall and per language. Labels with no analysed document are listed, never dropped.
 * @example
 * await runEval('corpus.jsonl', { labels: 'labels.jsonl', topic: 'csto-kazakhstan-2022', lang: 'auto', format: 'text', force: false, skipInvalid: false }, io);
 */
export async function runEval(input: string | undefined, opts: EvalCommandOptions, io: CliIO): Promise<void> {
  const labels = readLabels(opts.labels, io.cwd);
  const topic = resolveTopic(opts.topic, io.cwd);
  const target = opts.target ?? topic.mainTarget;
  const corpus = await readInput(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
  const analysis = analyzeWithProgress(corpus, { topic }, io);
  const result = evaluate(analysis, labels, { target });
  const content = opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : evaluationText(result);
  if (opts.out) writeOutput(opts.out, content, { cwd: io.cwd, force: opts.force });
  else io.stdout(content);
}

/**
 * The evaluation as a few aligned lines of text.
 * @example
 * evaluationText(result).split('\n')[0]; //=> 'Stance toward intervention: 5 labelled documents scored (0 labels without a document, 0 documents without a label)'
 */
export function evaluationText(r: StanceEvaluation): string {
  const lines: string[] = [
    `Stance toward ${r.target}: ${r.overall.n} labelled documents scored ` +
      `(${r.missing.length} labels without a document, ${r.unlabelled} documents without a label)`,
    '',
    ...scoreLines(r.overall, '  '),
  ];
  const langs = Object.keys(r.byLang);
  if (langs.length > 1) {
    lines.push('', 'By language');
    for (const lang of langs) {
      const s = r.byLang[lang]!;
      lines.push(
        `  ${lang.padEnd(6)} n ${String(s.n).padStart(4)}   F_avg ${fixed(s.fAvg)}   accuracy ${fixed(s.accuracy)}   Spearman ${rho(s)}`,
      );
    }
  }
  if (r.missing.length > 0) lines.push('', `Labels without an analysed document: ${r.missing.join(', ')}`);
  if (r.withoutTarget.length > 0)
    lines.push('', `Documents without a stance on ${r.target}: ${r.withoutTarget.join(', ')}`);
  return `${lines.join('\n')}\n`;
}

function scoreLines(s: StanceScores, indent: string): string[] {
  const classes = ['favor', 'against', 'neutral'] as const;
  return [
    `${indent}F_avg ${fixed(s.fAvg)}   accuracy ${fixed(s.accuracy)}   Spearman ${rho(s)}`,
    '',
    `${indent}class      precision  recall     F1`,
    ...classes.map(
      (k) =>
        `${indent}${k.padEnd(10)} ${fixed(s.precision[k]).padStart(9)} ${fixed(s.recall[k]).padStart(7)} ${fixed(s.f1[k]).padStart(6)}`,
    ),
    '',
    `${indent}confusion (rows: label, columns: predicted)`,
    `${indent}${''.padEnd(10)} ${classes.map((k) => k.padStart(8)).join('')}`,
    ...classes.map(
      (g) => `${indent}${g.padEnd(10)} ${classes.map((p) => String(s.confusion[g][p]).padStart(8)).join('')}`,
    ),
  ];
}

function fixed(x: number): string {
  return x.toFixed(3);
}

function rho(s: StanceScores): string {
  return s.spearman === null ? `n/a (n ${s.spearmanN})` : `${fixed(s.spearman)} (n ${s.spearmanN})`;
}
