/** Entries per block: 4096 numbers are 32 KB, small enough for V8's regular old space. */
const BLOCK = 4096;

/**
 * A column of numbers that grows by fixed-size blocks (`Float64Array`s of 4096 entries): growing never
 * copies what is already there, so a column of a million entries never holds two copies of itself
 * (a plain array grows by copying into one 1.5 times larger), and it wastes at most one block.
 * Entries never written read 0.
 * @example
 * const c = numberColumn();
 * c.push(3); c.padTo(4); c.add(3, 2);
 * [c.length, c.get(0), c.get(3)]; //=> [4, 3, 2]
 */
export interface NumberColumn {
  readonly length: number;
  push(value: number): void;
  get(index: number): number;
  /** Adds `value` to entry `index` (below `length`). */
  add(index: number, value: number): void;
  /** Appends zeros until the column has `length` entries. */
  padTo(length: number): void;
}

/**
 * A new, empty {@link NumberColumn}.
 * @example
 * numberColumn().length; //=> 0
 */
export function numberColumn(): NumberColumn {
  const blocks: Float64Array[] = [];
  let length = 0;
  const ensure = (n: number) => {
    while (blocks.length * BLOCK < n) blocks.push(new Float64Array(BLOCK));
  };
  return {
    get length() {
      return length;
    },
    push(value) {
      ensure(length + 1);
      blocks[Math.floor(length / BLOCK)]![length % BLOCK] = value;
      length++;
    },
    get: (index) => blocks[Math.floor(index / BLOCK)]![index % BLOCK]!,
    add(index, value) {
      blocks[Math.floor(index / BLOCK)]![index % BLOCK]! += value;
    },
    padTo(n) {
      if (n <= length) return;
      ensure(n);
      length = n;
    },
  };
}

/**
 * A column of values (strings, objects) that grows by fixed-size blocks of plain arrays: like
 * {@link NumberColumn}, growing never copies the entries already there.
 * @example
 * const ids = valueColumn<string>();
 * ids.push('a'); ids.push('b');
 * ids.get(1); //=> 'b'
 */
export interface ValueColumn<T> {
  readonly length: number;
  push(value: T): void;
  get(index: number): T;
}

/**
 * A new, empty {@link ValueColumn}.
 * @example
 * valueColumn<string>().length; //=> 0
 */
export function valueColumn<T>(): ValueColumn<T> {
  const blocks: T[][] = [];
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value) {
      if (length % BLOCK === 0) blocks.push([]);
      blocks[blocks.length - 1]!.push(value);
      length++;
    },
    get: (index) => blocks[Math.floor(index / BLOCK)]![index % BLOCK]!,
  };
}
