/** Entries per block: small enough for V8's regular old space whatever the entry (4096 pointers are 32 KB). */
const BLOCK = 4096;

/**
 * A column of numbers that grows by fixed-size blocks (`Int32Array`s of 4096 entries, 16 KB): growing
 * never copies what is already there, so a column of a million entries never holds two copies of
 * itself (a plain array grows by copying into one 1.5 times larger), and it wastes at most one block.
 * Integers of 32 bits take 4 bytes; any other number (a fraction, a sum past ±2³¹) is kept exactly in a
 * side map, so the column reads back every number as it was written. Entries never written read 0.
 * @example
 * const c = numberColumn();
 * c.push(3); c.padTo(4); c.add(3, 2); c.push(2 ** 40 + 0.5);
 * [c.length, c.get(0), c.get(3), c.get(4)]; //=> [5, 3, 2, 2 ** 40 + 0.5]
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

/** Marks, in a block, an entry whose number is in the side map (`-2³¹`, itself kept in the map). */
const ELSEWHERE = -2147483648;

/**
 * A new, empty {@link NumberColumn}.
 * @example
 * numberColumn().length; //=> 0
 */
export function numberColumn(): NumberColumn {
  const blocks: Int32Array[] = [];
  const elsewhere = new Map<number, number>();
  let length = 0;
  const ensure = (n: number) => {
    while (blocks.length * BLOCK < n) blocks.push(new Int32Array(BLOCK));
  };
  const get = (index: number): number => {
    const v = blocks[Math.floor(index / BLOCK)]![index % BLOCK]!;
    return v === ELSEWHERE ? elsewhere.get(index)! : v;
  };
  const set = (index: number, value: number): void => {
    const block = blocks[Math.floor(index / BLOCK)]!;
    if ((value | 0) === value && value !== ELSEWHERE && !Object.is(value, -0)) {
      block[index % BLOCK] = value;
      elsewhere.delete(index);
    } else {
      block[index % BLOCK] = ELSEWHERE;
      elsewhere.set(index, value);
    }
  };
  return {
    get length() {
      return length;
    },
    push(value) {
      ensure(length + 1);
      set(length, value);
      length++;
    },
    get,
    add(index, value) {
      set(index, get(index) + value);
    },
    padTo(n) {
      if (n <= length) return;
      ensure(n);
      length = n;
    },
  };
}

/**
 * A column of a few distinct values (languages, say), one byte per entry in blocks that grow without
 * copying (see {@link NumberColumn}); each distinct value is kept once. Holds up to 256 distinct
 * values: a 257th throws a `RangeError`.
 * @example
 * const c = codeColumn<string>();
 * c.push('fr'); c.push('en'); c.push('fr');
 * [c.length, c.get(2)]; //=> [3, 'fr']
 */
export interface CodeColumn<T> {
  readonly length: number;
  push(value: T): void;
  get(index: number): T;
}

/**
 * A new, empty {@link CodeColumn}.
 * @example
 * codeColumn<string>().length; //=> 0
 */
export function codeColumn<T>(): CodeColumn<T> {
  const blocks: Uint8Array[] = [];
  const values: T[] = [];
  const codes = new Map<T, number>();
  let length = 0;
  return {
    get length() {
      return length;
    },
    push(value) {
      let code = codes.get(value);
      if (code === undefined) {
        if (values.length === 256) throw new RangeError('a code column holds at most 256 distinct values');
        code = values.length;
        values.push(value);
        codes.set(value, code);
      }
      if (length % BLOCK === 0) blocks.push(new Uint8Array(BLOCK));
      blocks[blocks.length - 1]![length % BLOCK] = code;
      length++;
    },
    get: (index) => values[blocks[Math.floor(index / BLOCK)]![index % BLOCK]!]!,
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
