import { defineTopic } from '../define-topic.js';
import type { TopicSpecInput } from '../schema.js';
import type { Topic } from '../types.js';
import lexiconEn from './lexicon.en.json';
import lexiconFr from './lexicon.fr.json';
import speakers from './speakers.json';
import header from './topic.json';

/**
 * The raw spec of the bundled topic: the January 2022 CSTO intervention in Kazakhstan. Plain data,
 * a starting point for users who extend it (`defineTopic({ ...cstoKazakhstan2022Spec, … })`).
 * @example
 * cstoKazakhstan2022Spec.targets.map((t) => t.id)
 * //=> ['intervention', 'protesters', 'kazakh-authorities', 'russia', 'west']
 */
export const cstoKazakhstan2022Spec = {
  ...header,
  speakers,
  lexicon: { fr: lexiconFr, en: lexiconEn },
} as unknown as TopicSpecInput & { targets: { id: string }[] };

/**
 * The bundled default topic, validated: `csto-kazakhstan-2022`.
 * @example
 * import { cstoKazakhstan2022 } from 'media-framing';
 * cstoKazakhstan2022.mainTarget; //=> 'intervention'
 */
export const cstoKazakhstan2022: Topic = defineTopic(cstoKazakhstan2022Spec);
