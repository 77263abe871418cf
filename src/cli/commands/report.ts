import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../../core/errors.js';
import { renderHtml } from '../../report/render-html.js';
import { renderMarkdown } from '../../report/render-markdown.js';
import { analyzeWithProgress } from '../analyze-with-progress.js';
import { type CliIO, writeOutput } from '../io.js';
import { readInput } from '../read-input.js';
import { resolveTopic } from './resolve-topic.js';

/** The options of `media-framing report`, as commander parses them. */
export interface ReportCommandOptions {
  out: string;
  /** `html` or `md`; by default from the extension of `out`. */
  format?: 'html' | 'md';
  topic: string;
  lang: 'auto' | 'fr' | 'en';
  title?: string;
  force: boolean;
  skipInvalid: boolean;
}

/** The default output file of `media-framing report`, in the working directory. */
export const DEFAULT_REPORT_FILE = 'report.html';

/**
 * `media-framing report`: reads the input (the bundled seeds when there is none), analyses it and
 * writes the HTML report (self-contained, offline) or the Markdown report to exactly the file given
 * (`-`: standard output), refusing to overwrite it without `--force`. The format comes from
 * `--format` or else from the extension (`.html`, `.htm`, `.md`, `.markdown`). A one-line note on
 * stderr says what was written.
 * @throws {UsageError} `E_USAGE` when the format cannot be told, `E_OUTPUT_EXISTS` when the file exists.
 * @example
 * await runReport('corpus.jsonl', { out: 'report.html', topic: 'csto-kazakhstan-2022', lang: 'auto', force: false, skipInvalid: false }, io);
 */
export async function runReport(
  input: string | undefined,
  opts: ReportCommandOptions,
  io: CliIO,
): Promise<void> {
  const format = formatOf(opts);
  const topic = resolveTopic(opts.topic, io.cwd);
  if (opts.out !== '-') assertWritable(opts.out, io.cwd, opts.force);
  const corpus = await readInput(input, io, { skipInvalid: opts.skipInvalid, lang: opts.lang });
  const analysis = analyzeWithProgress(corpus, { topic }, io);
  const content =
    format === 'html'
      ? await renderHtml(analysis, { articles: corpus, topic, ...(opts.title ? { title: opts.title } : {}) })
      : renderMarkdown(analysis, { topic, ...(opts.title ? { title: opts.title } : {}) });
  if (opts.out === '-') {
    io.stdout(content);
    return;
  }
  writeOutput(opts.out, content, { cwd: io.cwd, force: opts.force });
  io.stderr(
    `media-framing: wrote ${opts.out} (${format === 'html' ? 'HTML' : 'Markdown'}, ` +
      `${analysis.documents.length} documents, ${analysis.comparison.sources.length} sources)\n`,
  );
}

function formatOf(opts: ReportCommandOptions): 'html' | 'md' {
  if (opts.format) return opts.format;
  if (opts.out === '-') return 'html';
  const ext = path.extname(opts.out).toLowerCase();
  if (ext === '.html' || ext === '.htm') return 'html';
  if (ext === '.md' || ext === '.markdown') return 'md';
  throw new UsageError(
    'E_USAGE',
    `cannot tell the report format from "${opts.out}": name it .html or .md, or pass --format html|md`,
  );
}

/** Fails before the analysis, not after it, on what `writeOutput` would refuse. */
function assertWritable(file: string, cwd: string, force: boolean): void {
  const target = path.resolve(cwd, file);
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      throw new UsageError('E_USAGE', 'is a directory, not a file', { file });
    if (!force)
      throw new UsageError('E_OUTPUT_EXISTS', 'file exists; pass --force to overwrite it', { file });
  }
  const parent = path.dirname(target);
  if (!existsSync(parent) || !statSync(parent).isDirectory()) {
    throw new UsageError('E_USAGE', `folder ${path.dirname(file) || '.'} does not exist`, { file });
  }
}
