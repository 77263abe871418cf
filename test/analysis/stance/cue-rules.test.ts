import { describe, expect, it } from 'vitest';
import { cue, stanceOf } from './fixture.js';

describe('naming in the outlet voice', () => {
  it('counts an unquoted legitimising name as favourable (fr, en)', () => {
    expect(
      cue('Les soldats de la paix russes sont arrivés à Almaty.', 'fr', 'soldats de la paix'),
    ).toMatchObject({
      voice: 'authorial',
      category: 'legitimising-euphemism',
    });
    expect(cue('The peacekeepers landed in Almaty on Friday.', 'en', 'peacekeepers').weight).toBeGreaterThan(
      0,
    );
  });
});

describe('negation', () => {
  it('reverses a label in the scope of a negation', () => {
    const e = cue(
      "Il n'y a aucune preuve d'une ingérence extérieure au Kazakhstan.",
      'fr',
      'ingérence extérieure',
    );
    expect(e.modifiers).toContain('negated');
    expect(e.weight).toBeLessThan(0);
  });
  it('does not reverse a cue that carries its own negation (« n’ … aucune » is one negation)', () => {
    const e = cue("Il n'y a aucune preuve d'une ingérence extérieure au Kazakhstan.", 'fr', 'aucune preuve');
    expect(e.modifiers ?? []).not.toContain('negated');
    expect(e.weight).toBeLessThan(0);
  });
  it('reads "there were no terrorists" as a rejection of the official case', () => {
    const s = stanceOf('By now it seems there were no terrorists in Almaty at all.', 'en');
    expect(s.label).toBe('against');
    expect(s.evidence[0]).toMatchObject({ text: 'there were no terrorists', voice: 'authorial' });
  });
  it('stops at a clause boundary', () => {
    const e = cue('The troops did not stay long, but the peacekeepers restored order.', 'en', 'peacekeepers');
    expect(e.modifiers ?? []).not.toContain('negated');
  });
});

describe('scare quotes, so-called and attributed terms', () => {
  it('reverses a scare-quoted legitimising name (fr « », en “ ”)', () => {
    const fr = cue('Les « soldats de la paix » russes sont arrivés à Almaty.', 'fr', 'soldats de la paix');
    expect(fr).toMatchObject({ voice: 'authorial', modifiers: ['scare-quoted'] });
    expect(fr.weight).toBeLessThan(0);
    const en = cue('The “peacekeepers” landed in Almaty on Friday.', 'en', 'peacekeepers');
    expect(en.weight).toBeLessThan(0);
  });
  it('reverses after "so-called" and « soi-disant »', () => {
    const en = cue('The so-called peacekeepers arrived in Almaty.', 'en', 'peacekeepers');
    expect(en.modifiers).toContain('so-called');
    expect(en.weight).toBeLessThan(0);
    expect(
      cue('Les soi-disant soldats de la paix sont arrivés.', 'fr', 'soldats de la paix').weight,
    ).toBeLessThan(0);
  });
  it("does not reverse an official's term quoted with its owner (the ministry's “peacekeeping forces”)", () => {
    const e = cue(
      "The Defence Ministry's “peacekeeping forces” began to leave on Thursday.",
      'en',
      'peacekeeping forces',
    );
    expect(e.voice).not.toBe('authorial');
    expect(e.weight).toBeGreaterThan(0);
    expect(e.modifiers ?? []).not.toContain('scare-quoted');
  });
  it('gives scare quotes around a plain name of the protesters a favourable sense', () => {
    const e = cue('Des "manifestants" ont incendié la mairie.', 'fr', 'manifestants');
    expect(e.modifiers).toContain('scare-quoted');
    expect(e.weight).toBeGreaterThanOrEqual(0.4);
    expect(cue('Des manifestants ont défilé dans la rue.', 'fr', 'manifestants').weight).toBeLessThan(0);
  });
  it('reads quotation marks around a description as a citation, not a distance', () => {
    const e = cue(
      'Les deux présidents se sont entretenus pour « restaurer l’ordre ».',
      'fr',
      'restaurer l’ordre',
    );
    expect(e).toMatchObject({ voice: 'attributed' });
    expect(e.modifiers).toContain('cited');
    expect(e.weight).toBeGreaterThan(0);
    expect(e.weight).toBeLessThan(
      cue('Les deux présidents veulent restaurer l’ordre.', 'fr', 'restaurer l’ordre').weight,
    );
  });
  it('reads quotation marks around a named phenomenon ("colour revolution") as a citation', () => {
    const e = cue(
      'Moscou veut bloquer les « révolutions de couleur » en Asie centrale.',
      'fr',
      'révolutions de couleur',
    );
    expect(e.modifiers).toContain('cited');
    expect(e.weight).toBeGreaterThan(0);
  });
});

describe('voice', () => {
  it('gives a quoted speaker’s words a small weight in the quoted voice', () => {
    const quoted = cue('« Les terroristes seront détruits », a déclaré Tokaïev.', 'fr', 'terroristes');
    const own = cue('Les terroristes seront détruits.', 'fr', 'terroristes');
    expect(quoted.voice).toBe('quoted');
    expect(own.voice).toBe('authorial');
    expect(Math.abs(quoted.weight)).toBeLessThan(Math.abs(own.weight) / 3);
  });
  it('attributes a cue after « selon » and "according to"', () => {
    expect(
      cue('Selon Moscou, les soldats de la paix protègent les aéroports.', 'fr', 'soldats de la paix').voice,
    ).toBe('attributed');
    expect(
      cue('According to the Kremlin, the peacekeepers guard the airport.', 'en', 'peacekeepers').voice,
    ).toBe('attributed');
  });
  it('attributes only the clause a reporting verb governs: the outlet’s contrast stays its own', () => {
    const text =
      'Tokayev said the unrest was caused by terrorists, though there is no evidence of any outside role in the unrest.';
    expect(cue(text, 'en', 'terrorists').voice).toBe('attributed');
    expect(cue(text, 'en', 'no evidence of any outside').voice).toBe('authorial');
    expect(stanceOf(text, 'en').label).toBe('against');
  });
  it('keeps the subject part before a reporting verb in the outlet voice', () => {
    const e = cue(
      'To legitimize his plea for help, Tokayev went on television to say the unrest was terrorism.',
      'en',
      'To legitimize',
    );
    expect(e.voice).toBe('authorial');
  });
  it('attributes the clause before a verb that closes the sentence', () => {
    const e = cue(
      'Troops were sent because of a threat to the sovereignty of Kazakhstan, Pashinyan said on Monday.',
      'en',
      'threat to the sovereignty',
    );
    expect(e.voice).toBe('attributed');
  });
  it('attributes the subject of a passive reporting verb with its agent ("was confirmed by")', () => {
    expect(
      cue('That foreign terrorists had entered the city was confirmed by Moscow.', 'en', 'foreign terrorists')
        .voice,
    ).toBe('attributed');
  });
  it('does not read a first-person opinion or a noun as a report', () => {
    expect(cue('I find the peacekeepers useful.', 'en', 'peacekeepers').voice).toBe('authorial');
    expect(cue("Tokayev's call for help was answered by the peacekeepers.", 'en', 'peacekeepers').voice).toBe(
      'authorial',
    );
  });
});

describe('reporting verbs', () => {
  it('reverses a claim under a distancing verb, once ("claimed that" is not also a hedge)', () => {
    const e = cue(
      'Tokayev claimed that foreign terrorists had attacked the country.',
      'en',
      'foreign terrorists',
    );
    expect(e.modifiers).toEqual(['distancing-verb']);
    expect(e.weight).toBeLessThan(0);
  });
  it('keeps more of a claim under an endorsing verb than under a neutral one', () => {
    const endorsed = cue(
      'The ministry confirmed that order had been restored in Almaty.',
      'en',
      'order had been restored',
    );
    const neutral = cue(
      'The ministry said that order had been restored in Almaty.',
      'en',
      'order had been restored',
    );
    expect(endorsed.modifiers).toContain('endorsing-verb');
    expect(endorsed.weight).toBeGreaterThan(neutral.weight);
    expect(neutral.weight).toBeGreaterThan(0);
  });
  it('turns a report into a claim when the outlet adds "without providing proof" after the speaker', () => {
    const text =
      'International terrorists are involved, Pashinyan said at the summit without providing proof.';
    expect(cue(text, 'en', 'without providing proof').voice).toBe('authorial');
    expect(cue(text, 'en', 'International terrorists').weight).toBeLessThan(0);
  });
});

describe('hedges', () => {
  it('reverses a claim in the French conditional', () => {
    const e = cue("Les manifestants seraient entraînés à l'étranger.", 'fr', "entraînés à l'étranger");
    expect(e.modifiers).toContain('hedged');
    expect(e.weight).toBeLessThan(0);
  });
  it('does not read the future « sera » as a conditional', () => {
    const e = cue('La mission sera chargée de stabiliser la situation.', 'fr', 'stabiliser la situation');
    expect(e.modifiers ?? []).not.toContain('hedged');
    expect(e.weight).toBeGreaterThan(0);
  });
  it('reverses a claim after "allegedly"', () => {
    expect(cue('The protesters were allegedly trained abroad.', 'en', 'trained abroad').weight).toBeLessThan(
      0,
    );
  });
});

describe('foregrounded facts', () => {
  it('keeps the weight of a toll reported with its source', () => {
    const sourced = cue('According to officials, 164 people were killed.', 'en', 'people were killed');
    const own = cue('In Almaty, 164 people were killed.', 'en', 'people were killed');
    expect(sourced.modifiers).toContain('reported-fact');
    expect(sourced.weight).toBe(own.weight);
    expect(sourced.weight).toBeLessThan(0);
  });
});

describe('rejection and dismissal carried by the sentence', () => {
  it('dismisses the official claims the outlet calls rhetoric (fr)', () => {
    const s = stanceOf(
      'Tentative de coup d’État, terrorisme international : la classique rhétorique justificative a été déballée.',
      'fr',
    );
    expect(s.label).toBe('against');
    const claim = s.evidence.find((e) => e.text === 'Tentative de coup d’État')!;
    expect(claim.modifiers).toContain('dismissed');
    expect(claim.weight).toBeLessThan(0);
  });
  it('reads "not to defend sovereignty but to defend Tokayev" as against', () => {
    const s = stanceOf(
      'The force was sent not to defend the country’s sovereignty, but to defend Tokayev.',
      'en',
    );
    expect(s.label).toBe('against');
  });
});

describe('repetition', () => {
  it('weighs the k-th use of the same cue 1/k', () => {
    const ev = stanceOf(
      'The peacekeepers arrived. More peacekeepers came. The peacekeepers stayed.',
      'en',
    ).evidence;
    expect(ev.map((e) => e.modifiers ?? [])).toEqual([[], ['repeated-2'], ['repeated-3']]);
    expect(ev[1]!.weight).toBeCloseTo(ev[0]!.weight / 2, 5);
    expect(ev[2]!.weight).toBeCloseTo(ev[0]!.weight / 3, 5);
  });
});

describe('document-level evidence', () => {
  const relay =
    '« Les forces de maintien de la paix protégeront les sites stratégiques », a déclaré Vladimir Poutine. « La mission sera limitée dans le temps », a ajouté le ministère russe de la Défense.';
  it('reads a pure official relay as mild favour, positioned on the first official quotation', () => {
    const s = stanceOf(relay, 'fr');
    const doc = s.evidence.find((e) => e.rule === 'doc/official-relay');
    expect(doc).toMatchObject({ category: 'voice-selection', voice: 'quoted', weight: 0.3 });
    expect(relay.slice(doc!.start, doc!.end)).toBe(doc!.text);
    expect(doc!.text).toContain('forces de maintien de la paix');
  });
  it('gives no relay evidence when a critic is quoted or a critical fact is reported', () => {
    const withCritic = `${relay} « Nous avons des questions sur cette demande », a déclaré Antony Blinken.`;
    expect(stanceOf(withCritic, 'fr').evidence.some((e) => e.rule === 'doc/official-relay')).toBe(false);
    const withToll = `${relay} Les troubles ont fait des dizaines de morts.`;
    expect(stanceOf(withToll, 'fr').evidence.some((e) => e.rule === 'doc/official-relay')).toBe(false);
  });
  it('does not read relaying only critics as against (no symmetric rule)', () => {
    const s = stanceOf(
      '"We want to understand why this request was made," Antony Blinken said. "We are watching closely," the State Department said.',
      'en',
    );
    expect(s.evidence.some((e) => e.rule.startsWith('doc/'))).toBe(false);
  });
});
