export { bundledTopics, getTopic } from './bundled-topics.js';
export type { CompiledEntry } from './compile-matcher.js';
export { compileMatcher } from './compile-matcher.js';
export { cstoKazakhstan2022, cstoKazakhstan2022Spec } from './csto-kazakhstan-2022/index.js';
export type { DefineTopicOptions } from './define-topic.js';
export { defineTopic } from './define-topic.js';
export { parseTerm } from './parse-term.js';
export * from './schema.js';
export type * from './types.js';
