import { describe, expect, it } from 'vitest';
import { processText } from '../../src/text/index.js';
import { compileMatcher } from '../../src/topics/compile-matcher.js';
import type { LexiconEntry } from '../../src/topics/types.js';

const entry = (term: string): LexiconEntry =>
  ({ term, weight: 1, category: 'test' }) as unknown as LexiconEntry;

describe('compileMatcher key cache', () => {
  const text =
    'Les soldats de la paix sont arrivés hier soir à Almaty, puis les soldats sont repartis vers le nord.';

  it('reads a token array once; a new array with a changed token is read again', () => {
    const pt = processText({ text, lang: 'fr' });
    const soldat = compileMatcher([{ entry: entry('soldat'), pattern: [{ kind: 'stem', value: 'soldat' }] }]);
    const nord = compileMatcher([{ entry: entry('nord'), pattern: [{ kind: 'stem', value: 'nord' }] }]);
    expect(pt.tokens.length).toBeGreaterThan(16);
    expect(soldat.match(pt.tokens).map((m) => m.start)).toEqual([4, 65]);
    const last = pt.tokens.findIndex((t) => t.text === 'nord');
    pt.tokens[last]!.stem = 'soldat';
    const tokens = [...pt.tokens];
    expect(soldat.match(tokens).map((m) => pt.text.slice(m.start, m.end))).toEqual([
      'soldats',
      'soldats',
      'nord',
    ]);
    expect(nord.match(tokens)).toEqual([]);
  });

  it('finds the keys of a matcher compiled after the tokens were first read', () => {
    const pt = processText({ text, lang: 'fr' });
    compileMatcher([{ entry: entry('paix'), pattern: [{ kind: 'stem', value: 'pai' }] }]).match(pt.tokens);
    const late = compileMatcher([
      { entry: entry('repart*'), pattern: [{ kind: 'prefix', value: 'repart' }] },
      { entry: entry('=almaty'), pattern: [{ kind: 'norm', value: 'almaty' }] },
    ]);
    expect(late.match(pt.tokens).map((m) => pt.text.slice(m.start, m.end))).toEqual(['Almaty', 'repartis']);
  });

  it('looks forms up by number: equal words share one, a misleading number is read by its strings', () => {
    const pt = processText({ text, lang: 'fr' });
    const soldats = pt.tokens.filter((t) => t.text === 'soldats');
    expect(soldats.length).toBe(2);
    expect(soldats[0]!.form).toBeGreaterThanOrEqual(0);
    expect(soldats[1]!.form).toBe(soldats[0]!.form);
    const soldat = compileMatcher([{ entry: entry('soldat'), pattern: [{ kind: 'stem', value: 'soldat' }] }]);
    expect(soldat.match(pt.tokens).length).toBe(2);
    // Every token claims the form of 'soldats': only the two real ones match.
    const claimed = pt.tokens.map((t) => ({ ...t, form: soldats[0]!.form }));
    expect(soldat.match(claimed).map((m) => m.start)).toEqual([4, 65]);
    const none = pt.tokens.map((t) => ({ ...t, form: undefined }));
    expect(soldat.match(none).map((m) => m.start)).toEqual([4, 65]);
  });
});
