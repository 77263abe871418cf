import { Command, CommanderError, Option } from 'commander';
import { UsageError } from '../core/errors.js';
import { CSV_TABLES, runAnalyze } from './commands/analyze.js';
import { runDemo } from './commands/demo.js';
import { runEval } from './commands/eval.js';
import { runQueueCollect } from './commands/queue-collect.js';
import { runQueueRemove } from './commands/queue-remove.js';
import { runQueueStatus } from './commands/queue-status.js';
import { runQueueSubmit } from './commands/queue-submit.js';
import { DEFAULT_REPORT_FILE, runReport } from './commands/report.js';
import { runTopics } from './commands/topics.js';
import { runWorker } from './commands/worker.js';
import { EXIT, errorLine, exitCodeOf } from './exit-codes.js';
import type { CliIO } from './io.js';
import { parseCount } from './parse-count.js';
import { version } from './version.js';

/**
 * Runs the CLI with `argv` (without the node and script paths) and returns the exit code:
 * 0 success, 1 bad data, 2 bad usage. Errors are printed as one line on stderr, with the stack only
 * under `--debug`.
 * @example
 * const code = await runCli(['analyze', 'corpus.jsonl', '--format', 'json'], io);
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  const debug = argv.includes('--debug');
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return EXIT.ok;
      io.stderr(`${errorLine(error)}\n`);
      return EXIT.badUsage;
    }
    io.stderr(`${errorLine(error)}\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return exitCodeOf(error);
  }
}

/**
 * The commander program of the CLI, its output sent to `io` (exported so that tests can list every
 * command and option).
 * @example
 * buildProgram(io).commands.map((c) => c.name()); //=> ['analyze', 'report', 'eval', 'topics', 'demo']
 */
export function buildProgram(io: CliIO): Command {
  const program = new Command();
  program
    .name('media-framing')
    .description(
      'Compare how news sources frame the same event: stance, loaded vocabulary, naming, quotations.',
    )
    .version(version, '-V, --version', 'print the version and exit')
    .helpOption('-h, --help', 'show help for a command')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s), outputError: () => {} })
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 bad data (input, topic or labels), 2 bad usage (options, existing output).',
    );

  program
    .command('analyze')
    .description(
      'analyse a corpus: per-document stance with evidence, loaded vocabulary, quotations; per-source comparison',
    )
    .argument(
      '[input]',
      'a folder of .txt/.md/.html files, a .jsonl file, a .txt file, or - for standard input (default: the bundled seeds)',
    )
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'jsonl', 'csv', 'table'])
        .default('json'),
    )
    .option('--topic <topic>', 'a bundled topic id or a topic JSON file', 'csto-kazakhstan-2022')
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite --out if it exists', false)
    .addOption(
      new Option('--lang <lang>', 'language of every document').choices(['auto', 'fr', 'en']).default('auto'),
    )
    .addOption(
      new Option('--table <table>', 'with --format csv: which tidy table to write')
        .choices([...CSV_TABLES])
        .default('document-targets'),
    )
    .option(
      '--skip-invalid',
      'skip invalid records and files, report them on stderr, analyse the rest',
      false,
    )
    .option(
      '--workers <n>',
      'analyse on n worker threads (same output); streams, like --format jsonl on a .jsonl file or -',
      parseCount('--workers', 1),
    )
    .option('--debug', 'print stack traces with errors', false)
    .action(async (input: string | undefined, opts) => {
      await runAnalyze(input, opts, io);
    });

  program
    .command('report')
    .description('analyse a corpus and write a self-contained offline HTML report, or a Markdown report')
    .argument(
      '[input]',
      'a folder of .txt/.md/.html files, a .jsonl file, a .txt file, or - for standard input (default: the bundled seeds)',
    )
    .option(
      '--out <file>',
      'the report file: .html for the HTML page, .md for Markdown; - for standard output',
      DEFAULT_REPORT_FILE,
    )
    .addOption(
      new Option('--format <format>', 'report format (default: from the extension of --out)').choices([
        'html',
        'md',
      ]),
    )
    .option('--force', 'overwrite --out if it exists', false)
    .option('--topic <topic>', 'a bundled topic id or a topic JSON file', 'csto-kazakhstan-2022')
    .addOption(
      new Option('--lang <lang>', 'language of every document').choices(['auto', 'fr', 'en']).default('auto'),
    )
    .option('--title <title>', 'the report title (default: the topic name)')
    .option(
      '--skip-invalid',
      'skip invalid records and files, report them on stderr, analyse the rest',
      false,
    )
    .option('--debug', 'print stack traces with errors', false)
    .addHelpText(
      'after',
      '\nExamples:\n  media-framing report                          the bundled seeds → report.html' +
        '\n  media-framing report corpus.jsonl --out framing.md' +
        '\n  media-framing report articles/ --out out/report.html --force',
    )
    .action(async (input: string | undefined, opts) => {
      await runReport(input, opts, io);
    });

  program
    .command('eval')
    .description(
      'score the predicted stance of each document against your labels (F_avg, accuracy, Spearman, confusion)',
    )
    .argument(
      '<input>',
      'a folder of .txt/.md/.html files, a .jsonl file, a .txt file, or - for standard input; document ids must match the labels',
    )
    .requiredOption(
      '--labels <file>',
      'labels as a JSON array or JSONL of {"id", "label": favor|against|neutral|pro|contra, "strength"?: number}',
    )
    .option('--target <target>', "the stance target to score (default: the topic's main target)")
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite --out if it exists', false)
    .option('--topic <topic>', 'a bundled topic id or a topic JSON file', 'csto-kazakhstan-2022')
    .addOption(
      new Option('--lang <lang>', 'language of every document').choices(['auto', 'fr', 'en']).default('auto'),
    )
    .option(
      '--skip-invalid',
      'skip invalid records and files, report them on stderr, analyse the rest',
      false,
    )
    .option('--debug', 'print stack traces with errors', false)
    .addHelpText(
      'after',
      '\nExample:\n  media-framing eval corpus.jsonl --labels labels.jsonl' +
        '\n  where labels.jsonl holds lines like {"id": "doc-1", "label": "against", "strength": -2}',
    )
    .action(async (input: string, opts) => {
      await runEval(input, opts, io);
    });

  const redisOption = () =>
    new Option(
      '--redis <url>',
      'the Redis server of the queue (redis://host:port[/db], rediss:// for TLS)',
    ).makeOptionMandatory();
  const runOption = (what: string) => new Option('--run <name>', what);
  const queue = program
    .command('queue')
    .description('spread an analysis over many workers and machines with a BullMQ queue on Redis');
  queue
    .command('submit')
    .description('split the input into shards and enqueue them as a run, for `media-framing worker`s')
    .argument('<input>', 'a .jsonl file (read line by line), a folder or text file, or - for standard input')
    .addOption(redisOption())
    .addOption(runOption('the name of the run (letters, digits, ".", "_", "-")').makeOptionMandatory())
    .option('--shard-size <n>', 'documents per shard', parseCount('--shard-size', 1), 100)
    .option(
      '--attempts <n>',
      'attempts per shard before it is reported as failed',
      parseCount('--attempts', 1),
      3,
    )
    .option('--topic <topic>', 'a bundled topic id or a topic JSON file', 'csto-kazakhstan-2022')
    .addOption(
      new Option('--lang <lang>', 'language of every document').choices(['auto', 'fr', 'en']).default('auto'),
    )
    .option('--skip-invalid', 'skip invalid records, report them on stderr, submit the rest', false)
    .option('--debug', 'print stack traces with errors', false)
    .action(async (input: string, opts) => {
      await runQueueSubmit(input, opts, io);
    });
  queue
    .command('collect')
    .description('merge the shards of a finished run into exactly what `analyze` writes for the same input')
    .addOption(redisOption())
    .addOption(runOption('the run to collect').makeOptionMandatory())
    .addOption(
      new Option('--format <format>', 'output format')
        .choices(['json', 'jsonl', 'csv', 'table'])
        .default('json'),
    )
    .addOption(
      new Option('--table <table>', 'with --format csv: which tidy table to write')
        .choices([...CSV_TABLES])
        .default('document-targets'),
    )
    .option('--out <file>', 'write to this file instead of standard output')
    .option('--force', 'overwrite --out if it exists', false)
    .option('--debug', 'print stack traces with errors', false)
    .action(async (opts) => {
      await runQueueCollect(opts, io);
    });
  queue
    .command('status')
    .description('show the progress of the runs: shards waiting, active, retrying, done, failed')
    .addOption(redisOption())
    .addOption(runOption('only this run (default: every run)'))
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--debug', 'print stack traces with errors', false)
    .action(async (opts) => {
      await runQueueStatus(opts, io);
    });
  queue
    .command('remove')
    .description('delete a run from Redis: its jobs, stored results and description')
    .addOption(redisOption())
    .addOption(runOption('the run to remove').makeOptionMandatory())
    .option('--debug', 'print stack traces with errors', false)
    .action(async (opts) => {
      await runQueueRemove(opts, io);
    });

  program
    .command('worker')
    .description('analyse queued shards (run as many as you like, on any machine that reaches Redis)')
    .addOption(redisOption())
    .addOption(runOption('work only on this run (default: every submitted run)'))
    .option(
      '--concurrency <k>',
      'shards analysed at once, each on its own thread',
      parseCount('--concurrency', 1),
      1,
    )
    .option('--exit-when-drained', 'exit once no shard is waiting, active or retrying', false)
    .option(
      '--lock-duration <ms>',
      "how long a shard stays locked without renewal: a dead worker's shard is retried after about twice this",
      parseCount('--lock-duration', 1000),
      30000,
    )
    .option('--debug', 'print stack traces with errors', false)
    .action(async (opts) => {
      await runWorker(opts, io);
    });

  program
    .command('topics')
    .description('list the bundled topics')
    .option('--debug', 'print stack traces with errors', false)
    .action(() => runTopics(io));

  program
    .command('demo')
    .description('analyse the bundled seed corpus and print a summary')
    .option('--debug', 'print stack traces with errors', false)
    .action(() => runDemo(io));

  const commands = 'analyze, report, queue, worker, topics, eval or demo';
  program.allowExcessArguments(true).action((_opts, command: Command) => {
    const [word] = command.args;
    if (word === undefined) throw new UsageError('E_USAGE', `a command is required: ${commands}`);
    throw new UsageError('E_USAGE', `unknown command '${word}': the commands are ${commands}`);
  });
  return program;
}
