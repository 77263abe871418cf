import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The package as a stranger gets it: `npm pack`, installed into a scratch project, then used with
// `import` and with `require`. Needs `dist/` (npm test builds it first).
const root = fileURLToPath(new URL('../../', import.meta.url));
const built =
  existsSync(path.join(root, 'dist', 'index.js')) && existsSync(path.join(root, 'dist', 'index.cjs'));

describe.skipIf(!built)('the packed tarball', () => {
  let scratch = '';

  beforeAll(() => {
    scratch = mkdtempSync(path.join(os.tmpdir(), 'media-framing-pack-'));
    execFileSync('npm', ['pack', '--pack-destination', scratch, '--silent'], { cwd: root, stdio: 'pipe' });
    const tarball = readdirSync(scratch).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error('npm pack produced no tarball');
    writeFileSync(path.join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
    execFileSync(
      'npm',
      [
        'install',
        `./${tarball}`,
        '--prefer-offline',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        '--silent',
      ],
      { cwd: scratch, stdio: 'pipe' },
    );
  }, 240_000);

  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  const run = (file: string, code: string) => {
    writeFileSync(path.join(scratch, file), code);
    return execFileSync('node', [file], { cwd: scratch, encoding: 'utf8' });
  };

  it('imports from ESM: the seeds load from the installed package and analyse', () => {
    const out = run(
      'esm.mjs',
      `import { loadSeedCorpus, analyzeCorpus } from 'media-framing';
       const c = loadSeedCorpus();
       const a = analyzeCorpus(c);
       console.log(JSON.stringify({ docs: c.documents.length, sources: new Set(c.documents.map((d) => d.source)).size,
         analysed: a.documents.length, ranked: a.comparison.ranking.intervention.length }));`,
    );
    expect(JSON.parse(out)).toEqual({ docs: 5, sources: 4, analysed: 5, ranked: 4 });
  });

  it('requires from CommonJS with the same results', () => {
    const out = run(
      'cjs.cjs',
      `const { loadSeedCorpus, analyzeDocument, CorpusError } = require('media-framing');
       const c = loadSeedCorpus();
       const d = analyzeDocument(c.documents[0]);
       console.log(JSON.stringify({ docs: c.documents.length, label: typeof d.stance.intervention.label,
         error: typeof CorpusError }));`,
    );
    expect(JSON.parse(out)).toEqual({ docs: 5, label: 'string', error: 'function' });
  });

  it('installs the media-framing command', () => {
    const out = execFileSync(path.join(scratch, 'node_modules', '.bin', 'media-framing'), ['topics'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(out).toContain('csto-kazakhstan-2022');
  });
});
