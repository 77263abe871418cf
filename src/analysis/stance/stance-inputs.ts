import type { Article } from '../../corpus/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { SpeakerGroupSpec } from '../../topics/schema.js';
import type { LexiconLangCode, LexiconMatch, Topic } from '../../topics/types.js';
import { findQuotationsInContext } from '../quotes/find-quotations.js';
import { scareQuoted, voiceAt } from '../quotes/index.js';
import { spanVoices } from '../quotes/quote-role-of-span.js';
import type { QuoteFinding } from '../types.js';
import { buildCueContext, type CueContext } from './cue-context.js';

/**
 * Everything the stance, loaded-vocabulary and naming rules read about one document, computed once:
 * quotations, the cue context, the matches of both lexicon layers, and the title's sentences.
 * @example
 * const inputs = stanceInputs(article, processText(article), cstoKazakhstan2022, 'fr');
 * scoreStance(inputs, 'intervention', pt);
 */
export interface StanceInputs {
  quotes: QuoteFinding[];
  ctx: CueContext;
  topicMatches: LexiconMatch[];
  genericMatches: LexiconMatch[];
  titleSentences: Set<number>;
  /** The topic's main target (the side official claims favour). */
  mainTarget: string;
  /** Each speaker group's leaning toward each target (from the topic's speaker groups). */
  leaning: Record<string, Record<string, number>>;
}

/**
 * Computes the {@link StanceInputs} of a document in French or English.
 * @example
 * stanceInputs(article, pt, topic, 'en').topicMatches.length; //=> 12
 */
export function stanceInputs(
  article: Article,
  pt: ProcessedText,
  topic: Topic,
  lang: LexiconLangCode,
): StanceInputs {
  const found = findQuotationsInContext(pt, topic.rules(lang), topic.speakers);
  const quotes: QuoteFinding[] = found.quotes;
  const spans = spanVoices(pt, quotes);
  const voice = voiceAt(pt, quotes, spans);
  const scare = scareQuoted(pt, quotes, spans);
  const titleSentences = new Set<number>();
  if (article.titleSpan) {
    for (let s = 0; s < pt.sentences.length; s++) {
      const sentence = pt.sentences[s]!;
      if (sentence.start >= article.titleSpan.start && sentence.end <= article.titleSpan.end)
        titleSentences.add(s);
    }
  }
  // The quotation finder matched the same reporting verbs, markers and distancers (topic.rules(lang)).
  const ctx = buildCueContext(pt, topic, quotes, voice, scare, titleSentences, found.ctx?.matches);
  return {
    quotes,
    ctx,
    topicMatches: topic.topicMatcher(lang).match(pt.tokens),
    genericMatches: topic.genericMatcher(lang).match(pt.tokens),
    titleSentences,
    mainTarget: topic.mainTarget,
    leaning: leaningOf(topic.speakers),
  };
}

/** Each speaker group's leaning by group id, built once per list of speaker groups. */
const leaningCache = new WeakMap<readonly SpeakerGroupSpec[], Record<string, Record<string, number>>>();

function leaningOf(speakers: readonly SpeakerGroupSpec[]): Record<string, Record<string, number>> {
  let leaning = leaningCache.get(speakers);
  if (leaning === undefined) {
    leaning = Object.fromEntries(speakers.map((g) => [g.id, g.leaning]));
    leaningCache.set(speakers, leaning);
  }
  return leaning;
}
