/**
 * The layering of src/ (see STYLE.md): core → corpus → text → topics → analysis → compare → queue →
 * evaluate → report → cli. A folder imports only from folders before it; no cycles.
 */
const layers = ['core', 'corpus', 'text', 'topics', 'analysis', 'compare', 'queue', 'evaluate', 'report', 'cli'];

const forbidden = layers.map((layer, i) => ({
  name: `no-${layer}-to-later-layers`,
  comment: `src/${layer} may import only from ${layers.slice(0, i + 1).join(', ')}`,
  severity: 'error',
  from: { path: `^src/${layer}/` },
  to: { path: `^src/(${layers.slice(i + 1).join('|') || 'NONE'})/` },
}));

module.exports = {
  forbidden: [
    ...forbidden,
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
    { name: 'core-imports-nothing', severity: 'error', from: { path: '^src/core/' }, to: { path: '^src/(?!core/)' } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^|/)node_modules/' },
  },
};
