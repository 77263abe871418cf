import { articleOf } from '../corpus/article-record.js';
import type { ArticleItem } from '../corpus/stream-articles.js';
import { type CorpusItem, streamCorpusRecords } from '../corpus/stream-corpus-records.js';
import type { CliIO } from './io.js';
import { type ReadInputOptions, readInput } from './read-input.js';

/**
 * The CLI's input as a stream of articles then what was skipped (see `streamCorpus`), giving exactly
 * the documents, ids and skipped inputs of `readInput`: {@link streamInputRecords} with every record
 * parsed (`articleOf`) in this thread.
 * @example
 * for await (const item of streamInput('big.jsonl', io, { skipInvalid: false })) count++;
 */
export async function* streamInput(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): AsyncGenerator<ArticleItem> {
  for await (const item of streamInputRecords(input, io, options)) {
    yield 'record' in item ? { article: articleOf(item.record) } : item;
  }
}

/**
 * The CLI's input as a stream of records (or articles) then what was skipped (see
 * `streamCorpusRecords`), giving exactly the documents, ids and skipped inputs of `readInput` once
 * parsed (`articleOf`): a `.jsonl` path is read line by line (memory bounded by the longest line), and
 * so is standard input when it is JSONL (its first non-blank byte is `{`) and `io.stdinChunks` is
 * available; their lines come as records with their final ids, to be parsed where they are analysed.
 * Anything else (the seeds, a folder, a text file, plain text on standard input) is read with
 * `readInput`, then streamed as articles. `lang` forces every document's language, as in `readInput`.
 * @example
 * for await (const item of streamInputRecords('big.jsonl', io, { skipInvalid: false })) count++;
 */
export async function* streamInputRecords(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): AsyncGenerator<CorpusItem> {
  const lang = options.lang === 'fr' || options.lang === 'en' ? options.lang : undefined;
  for await (const item of itemsOf(input, io, options)) {
    if (lang === undefined || 'skipped' in item) yield item;
    else if ('article' in item) yield { article: { ...item.article, lang } };
    else yield { record: { ...item.record, input: { ...item.record.input, lang } } };
  }
}

async function* itemsOf(
  input: string | undefined,
  io: CliIO,
  options: ReadInputOptions,
): AsyncGenerator<CorpusItem> {
  if (input !== undefined && input !== '-' && input.toLowerCase().endsWith('.jsonl')) {
    yield* streamCorpusRecords(input, { skipInvalid: options.skipInvalid, cwd: io.cwd });
    return;
  }
  if (input === '-' && io.stdinChunks) {
    const { head, rest, jsonl } = await sniffJsonl(io.stdinChunks());
    if (jsonl) {
      yield* streamCorpusRecords(chain(head, rest), { skipInvalid: options.skipInvalid, name: '<stdin>' });
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
