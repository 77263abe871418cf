/**
 * Options of `loadCorpus`.
 * @example
 * const options: LoadCorpusOptions = { skipInvalid: true, defaultSource: 'Le Monde' };
 */
export interface LoadCorpusOptions {
  /**
   * Skip bad files and bad JSONL lines or records (reported in `Corpus.skipped` with their reason)
   * instead of failing, and keep duplicate ids under `id#2`. Errors about the whole input (missing
   * path, bad manifest, empty corpus) still throw.
   * @default false
   */
  skipInvalid?: boolean;
  /** The source of documents that do not name one (records without `source`, files without manifest facts). */
  defaultSource?: string;
  /** The folder a relative path is resolved against. @default process.cwd() */
  cwd?: string;
}
