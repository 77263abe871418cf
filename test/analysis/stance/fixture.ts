import { analyzeDocument } from '../../../src/analysis/analyze-document.js';
import type { Evidence } from '../../../src/core/types.js';

/** The stance toward the intervention of one short text, with default parameters. */
export function stanceOf(text: string, lang: 'fr' | 'en') {
  return analyzeDocument({ source: 'test', text, lang }).stance.intervention!;
}

/** The intervention evidence whose text is `cue` (throws when absent, so a test cannot pass vacuously). */
export function cue(text: string, lang: 'fr' | 'en', cueText: string): Evidence {
  const e = stanceOf(text, lang).evidence.find((x) => x.text === cueText);
  if (!e) throw new Error(`no evidence "${cueText}" in: ${text}`);
  return e;
}
