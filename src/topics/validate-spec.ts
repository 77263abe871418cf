import type { z } from 'zod';
import { TopicError } from '../core/errors.js';

/**
 * Formats a zod issue path as `lexicon.fr[12].weight`.
 * @example
 * formatIssuePath(['lexicon', 'fr', 12, 'weight']) //=> 'lexicon.fr[12].weight'
 */
export function formatIssuePath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out || '(root)';
}

/**
 * Validates data against a schema, or throws a `TopicError` (code `E_TOPIC_INVALID`) that names the
 * entry, the field and the problem. `where` names the file or topic for the message.
 * @example
 * parseOrThrow(TopicSpec, spec, 'topic my-event');
 * // TopicError: topic my-event at lexicon.fr[3].stance.intervention: Too big: expected number to be <=2
 */
export function parseOrThrow<S extends z.ZodType>(schema: S, data: unknown, where: string): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = formatIssuePath(issue.path);
  const entry = describeEntry(data, issue.path);
  throw new TopicError(
    'E_TOPIC_INVALID',
    `${issue.message}${entry ? ` (entry ${entry})` : ''}`,
    { file: where, path },
    parsed.error.issues,
  );
}

/** Finds the `term` or `id` of the entry an issue path points into, to name it in messages. */
function describeEntry(data: unknown, path: readonly PropertyKey[]): string | null {
  let node: unknown = data;
  let found: string | null = null;
  for (const key of path) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<PropertyKey, unknown>)[key as string];
    if (node && typeof node === 'object') {
      const n = node as { term?: unknown; id?: unknown };
      if (typeof n.term === 'string') found = JSON.stringify(n.term);
      else if (typeof n.id === 'string') found = JSON.stringify(n.id);
    }
  }
  return found;
}
