import { TopicError } from '../core/errors.js';
import { cstoKazakhstan2022 } from './csto-kazakhstan-2022/index.js';
import type { Topic } from './types.js';

/**
 * The topics bundled with the package, by id.
 * @example
 * Object.keys(bundledTopics); //=> ['csto-kazakhstan-2022']
 */
export const bundledTopics: Readonly<Record<string, Topic>> = {
  [cstoKazakhstan2022.id]: cstoKazakhstan2022,
};

/**
 * A bundled topic by id, or a `TopicError` (`E_TOPIC_NOT_FOUND`) listing the ids there are.
 * @example
 * getTopic('csto-kazakhstan-2022').mainTarget; //=> 'intervention'
 */
export function getTopic(id: string): Topic {
  const topic = bundledTopics[id];
  if (!topic) {
    throw new TopicError(
      'E_TOPIC_NOT_FOUND',
      `no bundled topic "${id}" (bundled: ${Object.keys(bundledTopics).join(', ')}); give a topic JSON file instead`,
    );
  }
  return topic;
}
