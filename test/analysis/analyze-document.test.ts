import { describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../src/analysis/analyze-document.js';
import type { DocumentAnalysis } from '../../src/analysis/types.js';
import { loadSeedCorpus } from '../../src/corpus/index.js';

const seeds = loadSeedCorpus().documents;
const analyses = seeds.map((d) => ({ doc: d, a: analyzeDocument(d) }));

/** Every positioned item of an analysis, with where it came from. */
function positioned(a: DocumentAnalysis): { where: string; text: string; start: number; end: number }[] {
  const out: { where: string; text: string; start: number; end: number }[] = [];
  for (const [target, s] of Object.entries(a.stance))
    for (const e of s.evidence) out.push({ where: `stance.${target}`, ...e });
  for (const c of a.loaded) out.push({ where: 'loaded', ...c });
  for (const n of a.naming) out.push({ where: 'naming', ...n });
  for (const q of a.quotes) {
    out.push({ where: 'quote', ...q });
    if (q.speaker) out.push({ where: 'quote.speaker', ...q.speaker });
    if (q.verb) out.push({ where: 'quote.verb', ...q.verb });
  }
  for (const f of a.frames) for (const e of f.evidence) out.push({ where: `frame.${f.frame}`, ...e });
  for (const r of a.removed) out.push({ where: 'removed', ...r });
  return out;
}

describe('analyzeDocument on the bundled seeds', () => {
  it('positions every item exactly in the original text', () => {
    for (const { doc, a } of analyses) {
      const items = positioned(a);
      expect(items.length).toBeGreaterThan(10);
      for (const item of items) {
        expect(doc.text.slice(item.start, item.end), `${doc.id} ${item.where}`).toBe(item.text);
      }
    }
  });

  it('scores every target in [-1, 1] with a label and a confidence in [0, 1]', () => {
    for (const { a } of analyses) {
      expect(Object.keys(a.stance).sort()).toEqual([
        'intervention',
        'kazakh-authorities',
        'protesters',
        'russia',
        'west',
      ]);
      for (const s of Object.values(a.stance)) {
        expect(s.score).toBeGreaterThanOrEqual(-1);
        expect(s.score).toBeLessThanOrEqual(1);
        expect(s.confidence).toBeGreaterThanOrEqual(0);
        expect(s.confidence).toBeLessThanOrEqual(1);
        expect(['favor', 'against', 'neutral']).toContain(s.label);
        const sum = s.evidence.reduce((acc, e) => acc + e.weight, 0);
        expect(s.sum).toBeCloseTo(sum, 5);
      }
    }
  });

  it('gives every piece of stance evidence its rule, category, voice, sentence and weight', () => {
    for (const { a } of analyses) {
      for (const e of a.stance.intervention!.evidence) {
        expect(e.rule).toMatch(/^topic\/fr\//);
        expect(e.category.length).toBeGreaterThan(0);
        expect(['authorial', 'quoted', 'attributed']).toContain(e.voice);
        expect(e.sentence).toBeGreaterThanOrEqual(0);
        expect(e.sentence).toBeLessThan(a.sentences);
        expect(e.weight).not.toBe(0);
        expect(e.target).toBe('intervention');
      }
    }
  });

  it('keeps loaded counts as sums of the cue list', () => {
    for (const { a } of analyses) {
      expect(a.loadedCounts.total).toBe(a.loaded.length);
      const byVoice = Object.values(a.loadedCounts.byVoice).reduce((x, y) => x + y, 0);
      expect(byVoice).toBe(a.loaded.length);
    }
  });

  it('is plain JSON and deterministic', () => {
    for (const { doc, a } of analyses) {
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
      expect(JSON.stringify(analyzeDocument(doc))).toBe(JSON.stringify(a));
    }
  });

  it('reads the opposition statement (000) as against the intervention', () => {
    const a = analyses.find(({ doc }) => doc.id.startsWith('000'))!.a;
    expect(a.stance.intervention!.label).toBe('against');
  });
});

describe('analyzeDocument on records', () => {
  it('accepts a plain record and detects its language', () => {
    const a = analyzeDocument({
      source: 'Test',
      text: 'Les troupes russes sont arrivées à Almaty. Le président a remercié les soldats de la paix.',
    });
    expect(a.lang).toBe('fr');
    expect(a.langDetected).toBe(true);
    expect(a.naming.map((n) => n.actor)).toContain('foreign-forces');
  });

  it('returns neutral stances and no findings for a language it does not read, saying so', () => {
    const a = analyzeDocument({
      source: 'Test',
      text: 'Войска ОДКБ прибыли в Алматы для поддержания мира.',
      lang: 'ru',
    });
    expect(a.lang).toBe('other');
    expect(a.loaded).toEqual([]);
    expect(a.stance.intervention).toMatchObject({ score: 0, label: 'neutral', confidence: 0, evidence: [] });
  });
});
