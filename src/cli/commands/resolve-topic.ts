import { existsSync } from 'node:fs';
import path from 'node:path';
import { TopicError } from '../../core/errors.js';
import { bundledTopics, defineTopic, getTopic } from '../../topics/index.js';
import type { Topic } from '../../topics/types.js';
import { readUserFile } from '../io.js';

/**
 * The topic named by `--topic`: a bundled id, or a JSON file holding a topic spec.
 * @example
 * resolveTopic('csto-kazakhstan-2022', process.cwd()).id; //=> 'csto-kazakhstan-2022'
 */
export function resolveTopic(value: string, cwd: string): Topic {
  if (bundledTopics[value]) return getTopic(value);
  if (!value.endsWith('.json') && !existsSync(path.resolve(cwd, value))) return getTopic(value);
  const raw = readUserFile(value, cwd);
  let spec: unknown;
  try {
    spec = JSON.parse(raw);
  } catch (e) {
    throw new TopicError('E_TOPIC_INVALID', `invalid JSON: ${(e as Error).message}`, { file: value });
  }
  try {
    return defineTopic(spec as Parameters<typeof defineTopic>[0]);
  } catch (e) {
    if (e instanceof TopicError) throw new TopicError(e.code, e.message, { file: value }, e.details);
    throw e;
  }
}
