/** Maps per table: a power of two. */
const SHARDS = 256;

/**
 * A map from document ids to small values (where each id was first seen), spread over 256 maps by a
 * hash of the id. One `Map` of a million ids doubles its hash table in one step, holding the old and
 * the new table at once (tens of megabytes on a long stream); 256 smaller maps grow a little at a time.
 * @example
 * const t = idTable<number>();
 * t.set('rt-1', 3);
 * [t.get('rt-1'), t.has('rt-2')]; //=> [3, false]
 */
export interface IdTable<V> {
  get(id: string): V | undefined;
  has(id: string): boolean;
  set(id: string, value: V): void;
}

/**
 * A new, empty {@link IdTable}.
 * @example
 * idTable<string>().has('a'); //=> false
 */
export function idTable<V>(): IdTable<V> {
  const shards: Map<string, V>[] = [];
  for (let i = 0; i < SHARDS; i++) shards.push(new Map());
  const shardOf = (id: string) => shards[hash(id) & (SHARDS - 1)]!;
  return {
    get: (id) => shardOf(id).get(id),
    has: (id) => shardOf(id).has(id),
    set: (id, value) => {
      shardOf(id).set(id, value);
    },
  };
}

/** FNV-1a over the UTF-16 code units: ids that differ in any character land in different maps. */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
