import { describe, expect, it } from 'vitest';
import { FramingError } from '../../src/core/errors.js';
import { evaluate } from '../../src/evaluate/evaluate.js';
import type { AnalysisLike, StanceLabelInput } from '../../src/evaluate/types.js';

const analysis: AnalysisLike = {
  documents: [
    { id: 'fr1', lang: 'fr', stance: { intervention: { score: 0.9, label: 'favor' } } },
    { id: 'fr2', lang: 'fr', stance: { intervention: { score: -0.6, label: 'against' } } },
    { id: 'fr3', lang: 'fr', stance: { intervention: { score: 0.1, label: 'neutral' } } },
    {
      id: 'en1',
      lang: 'en',
      stance: { intervention: { score: 0.4, label: 'favor' }, russia: { score: -1, label: 'against' } },
    },
    { id: 'en2', lang: 'en', stance: { russia: { score: 0, label: 'neutral' } } },
    { id: 'extra', lang: 'en', stance: { intervention: { score: 0, label: 'neutral' } } },
  ],
};

const labels: StanceLabelInput[] = [
  { id: 'fr1', label: 'pro', strength: 2 },
  { id: 'fr2', label: 'contra', strength: -1 },
  { id: 'fr3', label: 'favor', strength: 1 },
  { id: 'en1', label: 'contra', strength: -2 },
  { id: 'en2', label: 'neutral', strength: 0 },
  { id: 'gone', label: 'neutral' },
];

describe('evaluate', () => {
  it('maps pro/contra, joins on id and scores overall and per language', () => {
    const r = evaluate(analysis, labels);
    expect(r.target).toBe('intervention');
    expect(r.overall.n).toBe(4);
    expect(r.overall.confusion.favor).toEqual({ favor: 1, against: 0, neutral: 1 });
    expect(r.overall.confusion.against).toEqual({ favor: 1, against: 1, neutral: 0 });
    expect(Object.keys(r.byLang)).toEqual(['en', 'fr']);
    expect(r.byLang.fr).toMatchObject({ n: 3, accuracy: 2 / 3 });
    expect(r.byLang.en).toMatchObject({ n: 1, accuracy: 0 });
    // fr: strengths 2, −1, 1 vs scores 0.9, −0.6, 0.1 → same order → ρ = 1
    expect(r.byLang.fr!.spearman).toBeCloseTo(1, 12);
  });

  it('reports missing labels, documents without the target and unlabelled documents', () => {
    const r = evaluate(analysis, labels);
    expect(r.missing).toEqual(['gone']);
    expect(r.withoutTarget).toEqual(['en2']);
    expect(r.unlabelled).toBe(1);
  });

  it('scores another target when asked', () => {
    const r = evaluate(analysis, [{ id: 'en2', label: 'neutral' }], { target: 'russia' });
    expect(r.overall).toMatchObject({ n: 1, accuracy: 1 });
    expect(r.unlabelled).toBe(5);
  });

  it('throws E_LABELS_INVALID naming the bad entry', () => {
    const bad = [
      { id: 'fr1', label: 'pro' },
      { id: 'fr2', label: 'maybe' },
    ] as unknown as StanceLabelInput[];
    let error: unknown;
    try {
      evaluate(analysis, bad);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(FramingError);
    expect((error as FramingError).code).toBe('E_LABELS_INVALID');
    expect((error as FramingError).path).toBe('labels[1].label');
    expect((error as FramingError).message).toContain('"fr2"');
  });

  it('rejects a non-numeric strength and a repeated id', () => {
    const badStrength = [{ id: 'fr1', label: 'pro', strength: 'high' }] as unknown as StanceLabelInput[];
    expect(() => evaluate(analysis, badStrength)).toThrow(
      expect.objectContaining({ code: 'E_LABELS_INVALID', path: 'labels[0].strength' }),
    );
    const twice: StanceLabelInput[] = [
      { id: 'fr1', label: 'pro' },
      { id: 'fr1', label: 'neutral' },
    ];
    expect(() => evaluate(analysis, twice)).toThrow(
      expect.objectContaining({ code: 'E_LABELS_INVALID', path: 'labels[1].id' }),
    );
  });

  it('returns plain JSON', () => {
    const r = evaluate(analysis, labels);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
