import { join } from 'node:path';
import { findPackageRoot } from './find-package-root.js';
import { loadCorpus } from './load-corpus.js';
import type { Corpus } from './types.js';

/**
 * The absolute path of the bundled seed corpus folder (`seeds/` at the package root).
 * @example
 * seedsFolder(); //=> '/…/node_modules/media-framing/seeds'
 */
export function seedsFolder(): string {
  return join(findPackageRoot(import.meta.url), 'seeds');
}

/**
 * Loads the bundled seed corpus: five French articles on the CSTO intervention in Kazakhstan
 * (January 2022) from four sources, with the facts of `seeds/manifest.json`. Works from the
 * installed package (ESM or CommonJS build) and from the repository.
 * @example
 * const seeds = loadSeedCorpus();
 * seeds.documents.length; //=> 5
 * new Set(seeds.documents.map((d) => d.source)).size; //=> 4
 */
export function loadSeedCorpus(): Corpus {
  return loadCorpus(seedsFolder());
}
