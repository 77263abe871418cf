import { CorpusError, type ErrorPlace } from '../core/errors.js';
import { foldText } from './boilerplate/fold-line.js';
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
 *   already taken.
 * @example
 * assignIds([{ source: 'Le Monde', place: {} }, { source: 'Le Monde', place: {} }], false).ids;
 * //=> ['le-monde-1', 'le-monde-2']
 */
export function assignIds(
  requests: readonly IdRequest[],
  skipInvalid: boolean,
): { ids: string[]; skipped: SkippedInput[] } {
  const taken = new Set(requests.flatMap((r) => (r.id === undefined ? [] : [r.id])));
  const firstPlace = new Map<string, ErrorPlace>();
  const used = new Set<string>();
  const skipped: SkippedInput[] = [];
  const ids = requests.map((r) => {
    if (r.id === undefined) return '';
    const earlier = firstPlace.get(r.id);
    if (earlier === undefined) {
      firstPlace.set(r.id, r.place);
      used.add(r.id);
      return r.id;
    }
    const message = `id "${r.id}" is used by ${describe(earlier)} and ${describe(r.place)}`;
    if (!skipInvalid) throw new CorpusError('E_DUPLICATE_ID', message, r.place);
    let k = 2;
    while (taken.has(`${r.id}#${k}`) || used.has(`${r.id}#${k}`)) k++;
    const renamed = `${r.id}#${k}`;
    used.add(renamed);
    skipped.push({
      ...skippedPlace(r.place),
      reason: 'duplicate-id-renamed',
      message: `${message}; kept as "${renamed}"`,
    });
    return renamed;
  });
  const counters = new Map<string, number>();
  requests.forEach((r, i) => {
    if (r.id !== undefined) return;
    const base = slugify(r.source);
    let n = counters.get(base) ?? 0;
    let candidate: string;
    do {
      n++;
      candidate = `${base}-${n}`;
    } while (taken.has(candidate) || used.has(candidate));
    counters.set(base, n);
    used.add(candidate);
    ids[i] = candidate;
  });
  return { ids, skipped };
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
