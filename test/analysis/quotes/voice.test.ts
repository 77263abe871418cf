import { describe, expect, it } from 'vitest';
import { scareQuoted, voiceAt } from '../../../src/analysis/quotes/index.js';
import { quotesOf } from './fixture.js';

function voices(text: string, lang: 'fr' | 'en') {
  const { pt, quotes } = quotesOf(text, lang);
  const voice = voiceAt(pt, quotes);
  const scare = scareQuoted(pt, quotes);
  const of = (word: string) => {
    const i = pt.tokens.findIndex((t) => t.text === word);
    if (i < 0) throw new Error(`no token ${word}`);
    return { voice: voice[i], scare: scare[i] };
  };
  return { pt, voice, scare, of };
}

describe('voiceAt and scareQuoted', () => {
  it("marks the clause after « selon le Kremlin, » as 'attributed' and the marker as 'authorial'", () => {
    const { of, pt, voice } = voices('Selon le Kremlin, la mission est accomplie.', 'fr');
    expect(of('Selon').voice).toBe('authorial');
    expect(of('Kremlin').voice).toBe('authorial');
    for (const w of ['la', 'mission', 'est', 'accomplie']) expect(of(w).voice).toBe('attributed');
    expect(voice).toHaveLength(pt.tokens.length);
  });

  it('marks the clause after "according to the ministry," as \'attributed\'', () => {
    const { of } = voices('According to the ministry, 164 people died.', 'en');
    expect(of('ministry').voice).toBe('authorial');
    expect(of('people').voice).toBe('attributed');
  });

  it("marks « X a déclaré que … » content 'attributed', the rest 'authorial'", () => {
    const { of } = voices('Le Kremlin a déclaré que les troupes partiraient. Les habitants attendent.', 'fr');
    expect(of('Kremlin').voice).toBe('authorial');
    expect(of('troupes').voice).toBe('attributed');
    expect(of('habitants').voice).toBe('authorial');
  });

  it("marks direct quotations 'quoted', nested ones included", () => {
    const { of } = voices(
      '"Lavrov told me: \'The protesters are terrorists acting on orders,\' before leaving," the diplomat said.',
      'en',
    );
    expect(of('Lavrov').voice).toBe('quoted');
    expect(of('terrorists').voice).toBe('quoted');
    expect(of('diplomat').voice).toBe('authorial');
  });

  it("keeps scare-quoted tokens 'authorial' and flags them", () => {
    const { of } = voices('Les « forces de maintien de la paix » sont arrivées.', 'fr');
    expect(of('maintien')).toEqual({ voice: 'authorial', scare: true });
    expect(of('arrivées')).toEqual({ voice: 'authorial', scare: false });
  });

  it("marks attributed terms 'quoted', not scare", () => {
    const { of } = voices("The Defence Ministry's 'peacekeeping forces' arrived.", 'en');
    expect(of('peacekeeping')).toEqual({ voice: 'quoted', scare: false });
  });

  it('a quoted term inside a reported clause is quoted, its clause attributed', () => {
    const { of } = voices('Selon le Kremlin, les « terroristes » ont fui.', 'fr');
    expect(of('terroristes').voice).toBe('quoted');
    expect(of('fui').voice).toBe('attributed');
  });
});
