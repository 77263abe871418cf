import { createRequire } from 'node:module';

/**
 * The package version, read from package.json at run time.
 * @example
 * version; //=> '0.1.0'
 */
export const version: string = (() => {
  try {
    const require = createRequire(import.meta.url);
    for (const candidate of ['../package.json', '../../package.json']) {
      try {
        const pkg = require(candidate) as { name?: string; version?: string };
        if (pkg.name === 'media-framing' && pkg.version) return pkg.version;
      } catch {
        // try the next candidate
      }
    }
  } catch {
    // fall through
  }
  return '0.0.0';
})();
