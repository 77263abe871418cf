import type { CorpusAnalysis } from '../compare/analyze-corpus.js';
import { bundledTopics } from '../topics/index.js';
import type { Topic } from '../topics/types.js';

/**
 * Human names for the ids a report shows (targets, actor groups, speaker groups, frames, categories),
 * taken from the topic's English labels; an id the topic does not label is shown with its hyphens
 * turned into spaces.
 * @example
 * const l: TopicLabels = topicLabels(analysis);
 * l.target('intervention'); //=> 'the CSTO intervention'
 */
export interface TopicLabels {
  /** The topic's name, or its id when the topic is unknown. */
  topicName: string;
  /** The topic's actor groups in its order (empty when the topic is unknown). */
  actorIds: readonly string[];
  target(id: string): string;
  actor(id: string): string;
  speaker(id: string): string;
  /** Frames, categories and anything else: the id made readable. */
  plain(id: string): string;
}

/**
 * The labels of the topic an analysis was made with: the given topic, else the bundled topic of the
 * same id, else readable ids.
 * @example
 * topicLabels(analyzeCorpus(loadSeedCorpus())).actor('foreign-forces'); //=> 'the foreign forces'
 * topicLabels(analysis).plain('security-defence'); //=> 'security defence'
 */
export function topicLabels(analysis: CorpusAnalysis, topic?: Topic): TopicLabels {
  const id = analysis.comparison.topic;
  const known = topic ?? (Object.hasOwn(bundledTopics, id) ? bundledTopics[id] : undefined);
  const targets = new Map(known?.targets.map((t) => [t.id, t.label.en]) ?? []);
  const actors = new Map(known?.actors.map((a) => [a.id, a.label.en]) ?? []);
  const speakers = new Map(known?.speakers.map((s) => [s.id, s.label.en]) ?? []);
  return {
    topicName: known?.name ?? id,
    actorIds: known?.actors.map((a) => a.id) ?? [],
    target: (t) => targets.get(t) ?? readable(t),
    actor: (a) => actors.get(a) ?? readable(a),
    speaker: (s) => speakers.get(s) ?? readable(s),
    plain: readable,
  };
}

function readable(id: string): string {
  return id.replace(/-/g, ' ');
}
