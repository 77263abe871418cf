import { defineConfig } from 'tsup';

export default defineConfig([
  {
    entry: { index: 'src/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
    // ESM-only dependencies are bundled so that `require('media-framing')` works everywhere.
    noExternal: ['franc-min', '@orama/stemmers'],
    shims: true,
  },
  {
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The analysis pool's worker (`createAnalyzePool` resolves it next to index.js and cli.js).
    entry: { 'analyze-worker': 'src/compare/analyze-worker.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    target: 'node20',
    platform: 'node',
  },
]);
