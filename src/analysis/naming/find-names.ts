import type { ProcessedText } from '../../text/types.js';
import type { LexiconMatch } from '../../topics/types.js';
import type { CueContext } from '../stance/cue-context.js';
import type { NameMention } from '../types.js';

/**
 * Who calls whom what: every use of a name for an actor group, with its voice and whether it was
 * set in scare quotes.
 * @example
 * findNames(pt, topicMatches, ctx)
 * //=> [{ actor: 'foreign-forces', term: 'soldat de la paix', text: 'soldats de la paix', scare: true, … }]
 */
export function findNames(
  pt: ProcessedText,
  topicMatches: readonly LexiconMatch[],
  ctx: CueContext,
): NameMention[] {
  const out: NameMention[] = [];
  for (const m of topicMatches) {
    if (m.entry.actor === undefined) continue;
    out.push({
      actor: m.entry.actor,
      term: m.entry.term,
      text: pt.text.slice(m.start, m.end),
      start: m.start,
      end: m.end,
      sentence: pt.tokens[m.first]!.sentence,
      voice: ctx.voice[m.first] ?? 'authorial',
      scare: ctx.scare[m.first] === true || ctx.distancedAt(m.first) >= 0,
      category: m.entry.category,
      rule: m.entry.id,
    });
  }
  return out;
}
