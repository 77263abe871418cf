import { CommanderError } from 'commander';
import { FramingError, UsageError } from '../core/errors.js';

/**
 * The CLI's documented exit codes.
 * @example
 * process.exitCode = EXIT.badData;
 */
export const EXIT = {
  /** Success. */
  ok: 0,
  /** Bad data: an input file, record, topic or labels file the library cannot use. */
  badData: 1,
  /** Bad usage: unknown command or option, missing argument, output exists without --force. */
  badUsage: 2,
} as const;

/**
 * The exit code for an error: usage errors (and the command-line parser's errors) 2, the library's
 * data errors 1, anything else 1.
 * @example
 * exitCodeOf(new UsageError('E_USAGE', 'unknown option --x')) //=> 2
 */
export function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof CommanderError) return EXIT.badUsage;
  if (error instanceof FramingError) return EXIT.badData;
  return EXIT.badData;
}

/**
 * One clear line for an error: its code and message (which names the file and line), no stack. The
 * command-line parser's errors (unknown option, invalid choice…) are `E_USAGE` with a pointer to
 * `--help`.
 * @example
 * errorLine(new CorpusError('E_INVALID_JSON', 'invalid JSON', { file: 'a.jsonl', line: 3 }))
 * //=> 'media-framing: error E_INVALID_JSON: a.jsonl:3: invalid JSON'
 * @example
 * errorLine(new CommanderError(1, 'commander.unknownOption', "error: unknown option '--x'"))
 * //=> "media-framing: error E_USAGE: unknown option '--x' (run with --help for usage)"
 */
export function errorLine(error: unknown): string {
  if (error instanceof FramingError) return `media-framing: error ${error.code}: ${oneLine(error.message)}`;
  if (error instanceof CommanderError) {
    const message = oneLine(error.message.replace(/^error: /, ''));
    return `media-framing: error E_USAGE: ${message} (run with --help for usage)`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `media-framing: error: ${oneLine(message)}`;
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim();
}
