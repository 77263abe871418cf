import type { ProcessedText } from '../../text/types.js';
import type { LexiconMatch } from '../../topics/types.js';
import type { CueContext } from '../stance/cue-context.js';
import type { LoadedCounts, LoadedCue } from '../types.js';

/** Options of {@link findLoadedCues}. */
export interface LoadedOptions {
  /**
   * Cues whose lexicon weight (how surely the term is loaded, 0–2) is below this are not reported.
   * @default 1
   */
  minWeight?: number;
}

/**
 * Loaded-vocabulary cues of a document, from both layers. Where a topic-layer cue and a generic cue
 * overlap, the topic cue (more specific) is kept. Topic entries with `loaded: 0` (neutral names) are
 * not loaded vocabulary.
 * @example
 * findLoadedCues(pt, topicMatches, genericMatches, ctx, 'intervention')
 * //=> [{ text: 'terroristes', category: 'delegitimising-label', layer: 'topic', voice: 'quoted', … }]
 */
export function findLoadedCues(
  pt: ProcessedText,
  topicMatches: readonly LexiconMatch[],
  genericMatches: readonly LexiconMatch[],
  ctx: CueContext,
  mainTarget: string,
  options: LoadedOptions = {},
): LoadedCue[] {
  const minWeight = options.minWeight ?? 1;
  const topic = topicMatches.filter((m) => m.entry.loaded > 0 && m.entry.loaded >= minWeight);
  const covered = new Uint8Array(pt.tokens.length);
  for (const m of topic) for (let i = m.first; i <= m.last; i++) covered[i] = 1;
  const generic = genericMatches.filter((m) => {
    if (m.entry.loaded < minWeight) return false;
    for (let i = m.first; i <= m.last; i++) if (covered[i] === 1) return false;
    return true;
  });
  return [...topic, ...generic]
    .sort((a, b) => a.start - b.start || b.end - a.end)
    .map((m) => {
      const s = m.entry.stance[mainTarget] ?? 0;
      return {
        text: pt.text.slice(m.start, m.end),
        start: m.start,
        end: m.end,
        sentence: pt.tokens[m.first]!.sentence,
        category: m.entry.category,
        layer: m.entry.layer,
        polarity: s > 0 ? 'positive' : s < 0 ? 'negative' : 'none',
        voice: ctx.voice[m.first] ?? 'authorial',
        weight: m.entry.loaded,
        rule: m.entry.id,
        scare: ctx.scare[m.first] === true || ctx.distancedAt(m.first) >= 0,
      };
    });
}

/**
 * Counts cues by category, polarity, voice and layer (sums, so that documents and shards add up).
 * @example
 * countLoaded(cues).byVoice; //=> { authorial: 3, quoted: 1 }
 */
export function countLoaded(cues: readonly LoadedCue[]): LoadedCounts {
  const counts: LoadedCounts = { total: 0, byCategory: {}, byPolarity: {}, byVoice: {}, byLayer: {} };
  const bump = (table: Record<string, number>, key: string) => {
    table[key] = (table[key] ?? 0) + 1;
  };
  for (const c of cues) {
    counts.total++;
    bump(counts.byCategory, c.category);
    bump(counts.byPolarity, c.polarity);
    bump(counts.byVoice, c.voice);
    bump(counts.byLayer, c.layer);
  }
  return counts;
}
