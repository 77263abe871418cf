/**
 * The corpus adapter: load articles from folders, files and records, and parse each into title, body
 * and boilerplate located by offsets.
 * @module
 */

export { type BoilerplateRegion, findBoilerplate } from './boilerplate/find-boilerplate.js';
export { BOILERPLATE_REASONS, type BoilerplateReason } from './boilerplate/reasons.js';
export {
  BOILERPLATE_RULES,
  type BoilerplateRule,
  type LineMatcher,
  type PhraseEnd,
} from './boilerplate/rules.js';
export { type HtmlText, htmlToText } from './html-to-text.js';
export { loadCorpus } from './load-corpus.js';
export { loadJsonlText } from './load-jsonl-text.js';
export type { LoadCorpusOptions } from './load-options.js';
export { loadSeedCorpus, seedsFolder } from './load-seed-corpus.js';
export {
  type Manifest,
  type ManifestEntry,
  ManifestEntrySchema,
  ManifestSchema,
  type StanceLabel,
  StanceLabelSchema,
} from './manifest-schema.js';
export { normaliseLang } from './normalise-lang.js';
export { type ArticleMeta, parseArticle } from './parse-article.js';
export { readManifest } from './read-manifest.js';
export { reservedIds } from './reserved-ids.js';
export { type ArticleItem, type StreamArticlesOptions, streamArticles } from './stream-articles.js';
export { type StreamCorpusOptions, streamCorpus } from './stream-corpus.js';
export { type DraftItem, type StreamJsonlOptions, streamJsonl } from './stream-jsonl.js';
export { streamRecords } from './stream-records.js';
export type { Article, Corpus, DocumentInput, SkippedInput, SourceFrom } from './types.js';
