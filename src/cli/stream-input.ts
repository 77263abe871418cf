import type { ArticleItem } from '../corpus/stream-articles.js';
import { streamCorpus } from '../corpus/stream-corpus.js';
import type { CliIO } from './io.js';
import { type ReadInputOptions, readInput } from './read-input.js';

/**
 * The CLI's input as a stream of articles then what was skipped (see `streamCorpus`), giving exactly
 * the documents, ids and skipped inputs of `readInput`: a `.jsonl` path is read line by line (memory
 * bounded by the longest line), and so is standard input when it is JSONL (its first non-blank byte
 * is `{`) and `io.stdinChunks` is available; anything else (the seeds, a folder, a text file, plain
 * text on standard input) is read with `readInput`, then streamed. `lang` forces every document's
 * language, as in `readInput`.
 * @example
 * for await (const item of streamInput('big.jsonl', io, { skipInvalid: false })) count++;
 */
export async function* streamInput(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): AsyncGenerator<ArticleItem> {
  const lang = options.lang === 'fr' || options.lang === 'en' ? options.lang : undefined;
  for await (const item of itemsOf(input, io, options)) {
    yield lang !== undefined && 'article' in item ? { article: { ...item.article, lang } } : item;
  }
}

async function* itemsOf(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): AsyncGenerator<ArticleItem> {
  if (input !== undefined && input !== '-' && input.toLowerCase().endsWith('.jsonl')) {
    yield* streamCorpus(input, { skipInvalid: options.skipInvalid, cwd: io.cwd });
    return;
  }
  if (input === '-' && io.stdinChunks) {
    const { head, rest, jsonl } = await sniffJsonl(io.stdinChunks());
    if (jsonl) {
      yield* streamCorpus(chain(head, rest), { skipInvalid: options.skipInvalid, name: '<stdin>' });
      return;
    }
    const bytes = await collect(head, rest);
    yield* corpusItems(
      await readInput(input, { ...io, readStdin: async () => bytes }, { ...options, lang: 'auto' }),
    );
    return;
  }
  yield* corpusItems(await readInput(input, io, { ...options, lang: 'auto' }));
}

function* corpusItems(corpus: Awaited<ReturnType<typeof readInput>>): Generator<ArticleItem> {
  for (const article of corpus.documents) yield { article };
  yield { skipped: corpus.skipped };
}

/** Reads chunks until the first byte that is not ASCII whitespace or part of a leading BOM. */
async function sniffJsonl(
  chunks: AsyncIterable<Uint8Array>,
): Promise<{ head: Uint8Array[]; rest: AsyncIterator<Uint8Array>; jsonl: boolean }> {
  const rest = chunks[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let offset = 0;
  for (;;) {
    const next = await rest.next();
    if (next.done) return { head, rest, jsonl: false };
    const chunk = next.value;
    head.push(chunk);
    for (let i = 0; i < chunk.length; i++, offset++) {
      const b = chunk[i]!;
      const bom = offset < 3 && b === [0xef, 0xbb, 0xbf][offset];
      if (bom || b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
      return { head, rest, jsonl: b === 0x7b };
    }
  }
}

async function* chain(
  head: readonly Uint8Array[],
  rest: AsyncIterator<Uint8Array>,
): AsyncGenerator<Uint8Array> {
  yield* head;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

async function collect(head: readonly Uint8Array[], rest: AsyncIterator<Uint8Array>): Promise<Uint8Array> {
  const parts = [...head];
  for (let next = await rest.next(); !next.done; next = await rest.next()) parts.push(next.value);
  return Buffer.concat(parts);
}
