import { describe, expect, it } from 'vitest';
import topic from '../../../src/topics/csto-kazakhstan-2022/topic.json';
import { speakers } from './fixture.js';

describe('csto-kazakhstan-2022 speaker groups', () => {
  it('has the nine groups of the voice table', () => {
    expect(speakers.map((s) => s.id)).toEqual([
      'kazakh-officials',
      'russian-officials',
      'csto-officials',
      'western-governments',
      'international-bodies',
      'opposition',
      'protesters',
      'experts',
      'media',
    ]);
  });

  it('leans only toward targets of the topic, within -2..2', () => {
    const targets = new Set(topic.targets.map((t) => t.id));
    for (const s of speakers) {
      for (const [target, weight] of Object.entries(s.leaning)) {
        expect(targets.has(target)).toBe(true);
        expect(Math.abs(weight)).toBeLessThanOrEqual(2);
      }
    }
    const lean = (id: string) => speakers.find((s) => s.id === id)!.leaning.intervention;
    expect([lean('kazakh-officials'), lean('russian-officials'), lean('csto-officials')]).toEqual([1, 1, 1]);
    expect(lean('western-governments')).toBe(-0.5);
    expect(lean('opposition')).toBe(-1);
    expect(lean('protesters')).toBe(-0.5);
  });

  it('has no duplicate term within a group and language, and terms in both languages', () => {
    for (const s of speakers) {
      for (const lang of ['fr', 'en'] as const) {
        expect(s.terms[lang].length).toBeGreaterThan(5);
        expect(new Set(s.terms[lang]).size).toBe(s.terms[lang].length);
      }
    }
  });
});
