import type { Evidence, Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconMatch, Matcher } from '../../topics/types.js';
import type { FrameFinding } from '../types.js';

/** Options of {@link findFrames}. */
export interface FindFramesOptions {
  /**
   * Minimum summed weight of a frame's cues in one sentence for the sentence to carry the frame
   * (lexicon weights are 0–2: one sure cue, or two weaker ones, carry a sentence at 1.5).
   * @default 1.5
   */
  minWeight?: number;
  /**
   * Minimum number of the frame's cues in one sentence for the sentence to carry the frame.
   * @default 1
   */
  minCues?: number;
  /**
   * The voice of each token (index = token index in `pt.tokens`); a cue takes the voice of its
   * first token. Frames are counted in every voice; the voice is only reported on the evidence.
   * @default every token 'authorial'
   */
  voice?: readonly Voice[];
}

/**
 * Default sentence-level thresholds of {@link findFrames}, chosen together with the article-level
 * rule in `frame-decision.ts` by 5-fold cross-validation on SemEval-2023 Task 3 French subtask 2
 * (minWeight 1.5 was picked in every fold among 0.5, 1, 1.5 and 2).
 * @example
 * defaultFrameSentenceRule.minWeight; //=> 1.5
 */
export const defaultFrameSentenceRule: Readonly<Required<Omit<FindFramesOptions, 'voice'>>> = {
  minWeight: 1.5,
  minCues: 1,
};

/**
 * Finds the Policy Frames Codebook dimensions a text uses, sentence by sentence. A sentence carries a
 * frame when the weights of its cues for that frame sum to at least `minWeight` (and it has at least
 * `minCues` of them). Returns one finding per frame carried by at least one sentence, sorted by frame
 * id, with the number of sentences, their share of all the text's sentences, and the cues of those
 * sentences as evidence (weight = lexicon weight, category = frame id, rule = lexicon entry id).
 * Cues of sentences that stay under the threshold are not reported. A text with no sentence gives `[]`.
 * @example
 * const pt = processText({ text: "L'inflation pèse sur les salaires. Il pleut.", lang: 'fr' });
 * findFrames(pt, frameMatcher('fr'));
 * //=> [{ frame: 'economic', sentences: 1, share: 0.5, evidence: [
 * //     { text: 'inflation', start: 2, end: 11, sentence: 0, weight: 2, category: 'economic',
 * //       rule: 'frames/fr/inflation', voice: 'authorial' }, { text: 'salaires', … }] }]
 */
export function findFrames(
  pt: ProcessedText,
  matcher: Matcher,
  options: FindFramesOptions = {},
): FrameFinding[] {
  const minWeight = options.minWeight ?? defaultFrameSentenceRule.minWeight;
  const minCues = options.minCues ?? defaultFrameSentenceRule.minCues;
  const total = pt.sentences.length;
  if (total === 0) return [];

  // frame → sentence → the cues of that frame in that sentence (evidence is built for carried
  // sentences only)
  const byFrame = new Map<string, Map<number, LexiconMatch[]>>();
  for (const m of matcher.match(pt.tokens)) {
    if (m.entry.loaded <= 0) continue; // idioms listed only to hide a shorter cue
    const sentence = pt.tokens[m.first]!.sentence;
    const frame = m.entry.category;
    let sentences = byFrame.get(frame);
    if (!sentences) {
      sentences = new Map();
      byFrame.set(frame, sentences);
    }
    const cues = sentences.get(sentence);
    if (cues) cues.push(m);
    else sentences.set(sentence, [m]);
  }

  const findings: FrameFinding[] = [];
  for (const [frame, sentences] of byFrame) {
    const evidence: Evidence[] = [];
    let carrying = 0;
    for (const [sentence, cues] of sentences) {
      let sum = 0;
      for (const m of cues) sum += m.entry.loaded;
      if (cues.length < minCues || sum < minWeight - 1e-9) continue;
      carrying += 1;
      for (const m of cues) {
        evidence.push({
          text: pt.text.slice(m.start, m.end),
          start: m.start,
          end: m.end,
          sentence,
          weight: m.entry.loaded,
          category: frame,
          rule: m.entry.id,
          voice: options.voice?.[m.first] ?? 'authorial',
        });
      }
    }
    if (carrying === 0) continue;
    let ordered = true;
    for (let k = 1; k < evidence.length && ordered; k++)
      ordered = evidence[k - 1]!.start <= evidence[k]!.start;
    // The sort is stable: already ordered evidence stays as it is.
    if (!ordered) evidence.sort((a, b) => a.start - b.start);
    findings.push({ frame, sentences: carrying, share: carrying / total, evidence });
  }
  return findings.sort((a, b) => (a.frame < b.frame ? -1 : a.frame > b.frame ? 1 : 0));
}
