import { CorpusError } from '../core/errors.js';
import { decodeTextFile } from '../corpus/decode-text-file.js';
import { type Corpus, loadCorpus, loadJsonlText, loadSeedCorpus } from '../corpus/index.js';
import type { CliIO } from './io.js';

/** Options of {@link readInput}. */
export interface ReadInputOptions {
  skipInvalid: boolean;
  /** Force a language on every record (`auto`: detect). */
  lang?: string;
}

/**
 * Reads the CLI's input: nothing (the bundled seeds), `-` (standard input: JSONL when its first
 * non-blank character is `{`, else one plain-text article from source "stdin"), or a path (folder,
 * .jsonl, .txt, .md, .html). Standard input is strict UTF-8 like a file: invalid bytes are
 * `E_INVALID_UTF8` naming `<stdin>` and the line, a NUL byte in its first 8 KB `E_UNSUPPORTED_FILE`.
 * @example
 * const corpus = await readInput(undefined, io, { skipInvalid: false }); // the seeds
 */
export async function readInput(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): Promise<Corpus> {
  let corpus: Corpus;
  if (input === undefined) {
    corpus = loadSeedCorpus();
  } else if (input === '-') {
    const raw = await io.readStdin();
    const text = typeof raw === 'string' ? raw : decodeTextFile(raw, STDIN);
    corpus = readStdinCorpus(text, options.skipInvalid);
  } else {
    corpus = loadCorpus(input, { skipInvalid: options.skipInvalid, cwd: io.cwd });
  }
  if (options.lang && options.lang !== 'auto') {
    const lang = options.lang as 'fr' | 'en';
    corpus = { ...corpus, documents: corpus.documents.map((d) => ({ ...d, lang })) };
  }
  return corpus;
}

/** How standard input is named in messages. */
const STDIN = '<stdin>';

function readStdinCorpus(text: string, skipInvalid: boolean): Corpus {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') throw new CorpusError('E_EMPTY_CORPUS', 'standard input is empty', { file: STDIN });
  if (body.trimStart().startsWith('{')) return loadJsonlText(body, STDIN, { skipInvalid });
  return loadCorpus([{ id: 'stdin', source: 'stdin', text: body }], { skipInvalid });
}
