import type { DraftItem } from './stream-jsonl.js';

/** The shapes of ids that `createIdAssigner` generates: `slug-n` and renamed duplicates `id#k`. */
const GENERATED_SHAPE = /^[a-z0-9-]*-[0-9]+$|#/;

/**
 * The given ids of a draft stream that an id generated for another record could take (those shaped
 * `slug-n` or containing `#`): what `createIdAssigner` must avoid to give the ids `loadCorpus` gives.
 * Reads the stream to its end (a first pass over a file: checking every line first also reports a
 * bad line before any output). Other ids are left out, to keep the set small.
 * @example
 * await reservedIds(streamJsonl('corpus.jsonl')); //=> Set { 'le-monde-1' }
 */
export async function reservedIds(
  items: AsyncIterable<DraftItem> | Iterable<DraftItem>,
): Promise<Set<string>> {
  const reserved = new Set<string>();
  for await (const item of items) {
    if ('draft' in item && item.draft.id !== undefined && GENERATED_SHAPE.test(item.draft.id))
      reserved.add(item.draft.id);
  }
  return reserved;
}
