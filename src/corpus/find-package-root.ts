import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CorpusError } from '../core/errors.js';

/** The package whose root holds the bundled seeds. */
export const PACKAGE_NAME = 'media-framing';

/**
 * Walks up from `from` (a folder path, a file path or a `file:` URL) to the first folder holding a
 * `package.json` named `media-framing` and a `seeds/` folder. Works from the repository (`src/corpus/`)
 * and from an installed package (`node_modules/media-framing/dist/`). Not found → `E_PATH_NOT_FOUND`.
 * @example
 * findPackageRoot(import.meta.url); //=> '<project>/node_modules/media-framing'
 */
export function findPackageRoot(from: string | URL): string {
  const start = typeof from === 'string' && !from.startsWith('file:') ? from : fileURLToPath(from);
  let dir = existsSync(start) && statSync(start).isDirectory() ? start : dirname(start);
  for (;;) {
    if (isPackageRoot(dir)) return dir;
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  throw new CorpusError(
    'E_PATH_NOT_FOUND',
    `no ${PACKAGE_NAME} package root with a seeds/ folder above this module`,
    {
      file: start,
    },
  );
}

function isPackageRoot(dir: string): boolean {
  const manifest = join(dir, 'package.json');
  if (!existsSync(manifest) || !existsSync(join(dir, 'seeds'))) return false;
  try {
    return (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === PACKAGE_NAME;
  } catch {
    return false;
  }
}
