import { describe, expect, it } from 'vitest';
import { findQuotations } from '../../../src/analysis/quotes/index.js';
import { prep, speakers, topicRules } from './fixture.js';
import { patternCases } from './pattern-cases.js';

// The same attribution fixtures with the topic's own word lists (src/topics/rules/*.json), which is
// what `analyzeDocument` passes.
function quotes(text: string, lang: 'fr' | 'en') {
  const pt = prep(text, lang);
  return findQuotations(pt, topicRules[lang], speakers);
}

describe('attribution patterns with the topic rule lists', () => {
  for (const c of patternCases) {
    it(`${String(c.pattern)}: ${c.text}`, () => {
      const found = quotes(c.text, c.lang);
      expect(found).toHaveLength(1);
      const q = found[0]!;
      expect(q).toMatchObject({ kind: c.kind, text: c.content, speakerGroup: c.group });
      expect(q.pattern).toMatch(c.pattern);
      expect(q.speaker?.text).toBe(c.speaker);
    });
  }

  it('keeps "dubbed" and "what Moscow calls" as attributed terms although the topic lists them as distancers', () => {
    expect(quotes("The troops, dubbed 'peacekeepers', guard the airport.", 'en')[0]).toMatchObject({
      role: 'term',
    });
    expect(quotes("What Moscow calls 'peacekeepers' landed in Almaty.", 'en')[0]).toMatchObject({
      role: 'term',
      speakerGroup: 'russian-officials',
    });
    expect(quotes("The so-called 'peacekeepers' landed.", 'en')[0]).toMatchObject({ role: 'scare' });
    expect(quotes('Les « forces de maintien de la paix » sont là.', 'fr')[0]).toMatchObject({
      role: 'scare',
    });
  });

  it('reads « selon lui » as a pronoun speaker resolved to the previous speaker', () => {
    const found = quotes(
      'Le Kremlin a déclaré que tout allait bien. Selon lui, les soldats partiront vite.',
      'fr',
    );
    expect(found[1]).toMatchObject({
      kind: 'indirect',
      speakerGroup: 'russian-officials',
      pronoun: { text: 'lui' },
    });
  });
});
