import { CorpusError, type ErrorPlace } from '../core/errors.js';
import { foldText } from './boilerplate/fold-line.js';
import { idTable } from './id-table.js';
import type { SkippedInput } from './types.js';

/**
 * A document waiting for its final id.
 * @example
 * const r: IdRequest = { id: 'a1', source: 'Le Monde', place: { file: 'c.jsonl', line: 2 } };
 */
export interface IdRequest {
  /** The id the user gave (record or manifest), or a file's stem; absent when none is known. */
  id?: string;
  source: string;
  /** Where the document came from, for messages. */
  place: ErrorPlace;
}

/**
 * Gives every document a unique, deterministic id, in input order:
 * - a given id (or file stem) is kept; when it repeats an earlier one, loading fails with
 *   `E_DUPLICATE_ID` naming both places, or, with `skipInvalid`, the later document is kept under
 *   `id#2` (`#3`…, the first free number) and reported in `skipped` as `duplicate-id-renamed`;
 * - a document without id gets `${slug(source)}-${n}`, n counting from 1 per slug and skipping ids
 *   already taken (given anywhere in the input, or assigned before).
 * The same rules one document at a time: {@link createIdAssigner} (streams, shards).
 * @example
 * assignIds([{ source: 'Le Monde', place: {} }, { source: 'Le Monde', place: {} }], false).ids;
 * //=> ['le-monde-1', 'le-monde-2']
 */
export function assignIds(
  requests: readonly IdRequest[],
  skipInvalid: boolean,
): { ids: string[]; skipped: SkippedInput[] } {
  const reserved = new Set(requests.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const assigner = createIdAssigner(skipInvalid, reserved);
  const ids = requests.map((r) => assigner.assign(r));
  return { ids, skipped: [...assigner.skipped] };
}

/**
 * The state of {@link createIdAssigner}: `assign` returns a document's final id; `skipped` lists the
 * renamed duplicates so far, in input order.
 * @example
 * const a: IdAssigner = createIdAssigner(true, new Set(['x']));
 * a.assign({ id: 'x', source: 'S', place: {} });
 * a.assign({ id: 'x', source: 'S', place: {} }); //=> 'x#2'
 * a.skipped[0].reason; //=> 'duplicate-id-renamed'
 */
export interface IdAssigner {
  assign(request: IdRequest): string;
  readonly skipped: readonly SkippedInput[];
}

/**
 * Assigns ids one document at a time, in input order, with the rules of {@link assignIds}: what
 * `loadCorpus`, `analyzeStream` and `queue submit` (before sharding) share, so that all three give the
 * same ids. `reserved` holds the ids given anywhere in the input (see `reservedIds`), which generated
 * ids avoid; with it the ids are exactly those of {@link assignIds}. Without it (a stream read once,
 * such as standard input), a record that gives an id already generated for an earlier record (which
 * `assignIds` would have avoided) is `E_DUPLICATE_ID` even with `skipInvalid`, asking for ids on every
 * record or a file. Memory: a short Map entry per document (its id and line).
 * @example
 * const ids = createIdAssigner(false, new Set(['le-monde-1']));
 * ids.assign({ source: 'Le Monde', place: {} }); //=> 'le-monde-2'
 * ids.assign({ id: 'le-monde-1', source: 'Le Monde', place: {} }); //=> 'le-monde-1'
 */
export function createIdAssigner(skipInvalid: boolean, reserved?: ReadonlySet<string>): IdAssigner {
  // Where each id was first seen, for messages: a line number when the place is a line of the first
  // file read (so a long stream holds a number per document, not a string), else the place described.
  let commonFile: string | undefined;
  const remember = (place: ErrorPlace): number | string => {
    if (place.file === undefined || place.line === undefined) return describe(place);
    commonFile ??= place.file;
    return place.file === commonFile ? place.line : describe(place);
  };
  const recall = (seen: number | string): string =>
    typeof seen === 'number' ? `${commonFile}:${seen}` : seen;
  /** Ids given by a record (or renamed from one) → where they first appeared. */
  const given = idTable<number | string>();
  /** Ids generated for records without one → where. */
  const generated = idTable<number | string>();
  const counters = new Map<string, number>();
  const skipped: SkippedInput[] = [];
  const free = (id: string) => !given.has(id) && !generated.has(id) && !reserved?.has(id);
  const assign = (request: IdRequest): string => {
    if (request.id === undefined) {
      const base = slugify(request.source);
      let n = counters.get(base) ?? 0;
      let candidate: string;
      do {
        n++;
        candidate = `${base}-${n}`;
      } while (!free(candidate));
      counters.set(base, n);
      generated.set(candidate, remember(request.place));
      return candidate;
    }
    const id = request.id;
    const clash = generated.get(id);
    if (clash !== undefined) {
      throw new CorpusError(
        'E_DUPLICATE_ID',
        `id "${id}" was already given to ${recall(clash)}, which has no id of its own (a stream read once cannot renumber it); give every record an id, or read the input from a file`,
        request.place,
      );
    }
    const earlier = given.get(id);
    if (earlier === undefined) {
      given.set(id, remember(request.place));
      return id;
    }
    const message = `id "${id}" is used by ${recall(earlier)} and ${describe(request.place)}`;
    if (!skipInvalid) throw new CorpusError('E_DUPLICATE_ID', message, request.place);
    let k = 2;
    while (!free(`${id}#${k}`)) k++;
    const renamed = `${id}#${k}`;
    given.set(renamed, remember(request.place));
    skipped.push({
      ...skippedPlace(request.place),
      reason: 'duplicate-id-renamed',
      message: `${message}; kept as "${renamed}"`,
    });
    return renamed;
  };
  return { assign, skipped };
}

/**
 * A lowercase ASCII slug: accents folded, runs of other characters → `-`, at most 40 characters;
 * `doc` when nothing is left.
 * @example
 * slugify('Le Monde (édition abonnés)'); //=> 'le-monde-edition-abonnes'
 */
export function slugify(s: string): string {
  const folded = foldText(s);
  let out = '';
  for (const ch of folded) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9')) out += ch;
    else if (!out.endsWith('-')) out += '-';
  }
  out = out
    .replace(/^-+|-+$/g, '')
    .slice(0, 40)
    .replace(/-+$/, '');
  return out || 'doc';
}

function describe(place: ErrorPlace): string {
  if (place.file !== undefined && place.line !== undefined) return `${place.file}:${place.line}`;
  return place.file ?? 'an earlier document';
}

function skippedPlace(place: ErrorPlace): { file: string; line?: number } {
  return place.line === undefined ? { file: place.file ?? '' } : { file: place.file ?? '', line: place.line };
}
