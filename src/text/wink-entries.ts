/**
 * wink-nlp's tokens read by their lexeme id: a token's value and type depend on its id alone, so each
 * id is read once and numbered (an "entry"), and later documents only read the ids.
 * @module
 */
import type { ItemToken, Tokens, WinkMethods } from 'wink-nlp';

/** The lexemes seen so far by one wink instance: entry numbers are dense, from 0. */
interface EntryTable {
  nlp: WinkMethods;
  /** Entry of each wink id, plus one (0: not seen yet). */
  entryOfId: Int32Array;
  values: string[];
  types: string[];
}

let table: EntryTable | undefined;

function tableFor(nlp: WinkMethods): EntryTable {
  if (table === undefined || table.nlp !== nlp) {
    table = { nlp, entryOfId: new Int32Array(1 << 16), values: [], types: [] };
  }
  return table;
}

/** The entries of a document's tokens, and what each entry stands for. */
export interface WinkEntries {
  /** The entry of each wink token, in order. */
  entries: Int32Array;
  /** The value of each entry: the string wink gives for every token of that id (shared, growing). */
  values: readonly string[];
  /** The wink token type of each entry (`word`, `number`, `punctuation`…; shared, growing). */
  types: readonly string[];
}

/**
 * The entry of each token of a wink document (`tokens` is `doc.tokens()`), read with one pass over
 * wink's ids; a token whose id was never seen is read with `its.value` and `its.type`. Entries are
 * numbered per wink instance, in the order first seen, and never change.
 * @example
 * const nlp = winkSentences();
 * const { entries, values, types } = winkEntries(nlp, nlp.readDoc('Il pleut. Il vente.').tokens());
 * values[entries[0]!];        //=> 'Il'
 * types[entries[2]!];         //=> 'punctuation'
 * entries[0] === entries[3];  //=> true
 */
export function winkEntries(nlp: WinkMethods, tokens: Tokens): WinkEntries {
  const t = tableFor(nlp);
  const ids = tokens.out(nlp.its.uniqueId) as number[];
  const entries = new Int32Array(ids.length);
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!;
    if (id >= t.entryOfId.length) {
      let size = t.entryOfId.length;
      while (size <= id) size *= 2;
      const grown = new Int32Array(size);
      grown.set(t.entryOfId);
      t.entryOfId = grown;
    }
    let entry = t.entryOfId[id]! - 1;
    if (entry < 0) {
      const item: ItemToken = tokens.itemAt(k);
      entry = t.values.length;
      t.values.push(item.out(nlp.its.value));
      t.types.push(item.out(nlp.its.type));
      t.entryOfId[id] = entry + 1;
    }
    entries[k] = entry;
  }
  return { entries, values: t.values, types: t.types };
}
