import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/core/errors.js';
import { findPackageRoot } from '../../src/corpus/find-package-root.js';
import { seedsFolder } from '../../src/corpus/index.js';

const repo = resolve(import.meta.dirname, '../..');
const root = mkdtempSync(join(tmpdir(), 'mf-root-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A fake installed package: node_modules/<name>/{package.json, seeds/, dist/}. */
function fakeInstall(name: string, withSeeds = true): string {
  const pkg = join(mkdtempSync(join(root, 'app-')), 'node_modules', 'media-framing');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  if (withSeeds) mkdirSync(join(pkg, 'seeds'));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name }));
  return pkg;
}

describe('findPackageRoot', () => {
  it('finds the repository root from src/corpus', () => {
    expect(findPackageRoot(pathToFileURL(join(repo, 'src', 'corpus', 'load-seed-corpus.ts')))).toBe(repo);
    expect(seedsFolder()).toBe(join(repo, 'seeds'));
  });

  it('finds an installed package root from its dist/ file, given as a path or a file URL', () => {
    const pkg = fakeInstall('media-framing');
    expect(findPackageRoot(join(pkg, 'dist', 'index.js'))).toBe(pkg);
    expect(findPackageRoot(pathToFileURL(join(pkg, 'dist', 'index.cjs')).href)).toBe(pkg);
  });

  it('ignores folders of another package or without seeds/, and fails with E_PATH_NOT_FOUND', () => {
    for (const pkg of [fakeInstall('other-package'), fakeInstall('media-framing', false)]) {
      const error = (() => {
        try {
          findPackageRoot(join(pkg, 'dist', 'index.js'));
        } catch (e) {
          return e;
        }
      })();
      expect(error).toBeInstanceOf(CorpusError);
      expect((error as CorpusError).code).toBe('E_PATH_NOT_FOUND');
    }
  });
});

describe('loadSeedCorpus from a built, installed package', () => {
  it('works from the ESM and the CommonJS build inside node_modules/media-framing', async () => {
    const app = mkdtempSync(join(root, 'built-'));
    const pkg = join(app, 'node_modules', 'media-framing');
    mkdirSync(pkg, { recursive: true });
    await build({
      entry: { index: join(repo, 'src/corpus/index.ts') },
      format: ['esm', 'cjs'],
      outDir: join(pkg, 'dist'),
      shims: true,
      dts: false,
      silent: true,
      config: false,
      platform: 'node',
      target: 'node20',
      clean: false,
      noExternal: [/./],
    });
    cpSync(join(repo, 'seeds'), join(pkg, 'seeds'), { recursive: true });
    writeFileSync(
      join(pkg, 'package.json'),
      JSON.stringify({
        name: 'media-framing',
        type: 'module',
        exports: { '.': { import: './dist/index.js', require: './dist/index.cjs' } },
      }),
    );
    const report =
      'const c = m.loadSeedCorpus(); console.log(c.documents.length, new Set(c.documents.map((d) => d.source)).size)';
    const run = (args: string[]): string =>
      execFileSync(process.execPath, args, { cwd: app, encoding: 'utf8' }).trim();
    expect(run(['-e', `const m = require('media-framing'); ${report}`])).toBe('5 4');
    expect(run(['--input-type=module', '-e', `import * as m from 'media-framing'; ${report}`])).toBe('5 4');
  });
});
