import { describe, expect, it } from 'vitest';
import { onlyQuote, quotesOf } from './fixture.js';

describe('roles of short quotations', () => {
  it('scare: « forces de maintien de la paix » with nothing attributing them', () => {
    const q = onlyQuote('Les « forces de maintien de la paix » sont arrivées jeudi à Almaty.', 'fr');
    expect(q).toMatchObject({
      kind: 'direct',
      role: 'scare',
      text: 'forces de maintien de la paix',
      speaker: null,
      speakerGroup: null,
      pattern: 'none',
    });
  });

  it('scare: "so-called \'peacekeepers\'" and « soi-disant »', () => {
    expect(onlyQuote("The so-called 'peacekeepers' landed on Thursday.", 'en')).toMatchObject({
      role: 'scare',
      text: 'peacekeepers',
      pattern: 'en/distancer-scare',
    });
    expect(onlyQuote('Les soi-disant « soldats de la paix » ont atterri.', 'fr')).toMatchObject({
      role: 'scare',
      pattern: 'fr/distancer-scare',
    });
  });

  it("term: a possessive attributes the wording (\"the Defence Ministry's 'peacekeeping forces'\")", () => {
    const q = onlyQuote("The Defence Ministry's 'peacekeeping forces' arrived on Thursday.", 'en');
    expect(q).toMatchObject({ role: 'term', text: 'peacekeeping forces', pattern: 'en/possessive-term' });
    expect(q.speaker?.text).toBe('The Defence Ministry');
    expect(q.speakerGroup).toBe('russian-officials');
  });

  it('term: "what Moscow calls" and « ce que le Kremlin appelle »', () => {
    const en = onlyQuote("What Moscow calls 'peacekeepers' landed in Almaty.", 'en');
    expect(en).toMatchObject({ role: 'term', pattern: 'en/cue-term', speakerGroup: 'russian-officials' });
    expect(en.speaker?.text).toBe('Moscow');
    const fr = onlyQuote('Ce que le Kremlin appelle des « soldats de la paix » ont atterri.', 'fr');
    expect(fr).toMatchObject({ role: 'term', pattern: 'fr/cue-term', speakerGroup: 'russian-officials' });
    expect(fr.speaker?.text).toBe('le Kremlin');
  });

  it('term: dubbed / described as / qualifiés de / présentée comme, without a speaker', () => {
    expect(onlyQuote("The troops, dubbed 'peacekeepers', guard the airport.", 'en')).toMatchObject({
      role: 'term',
      speaker: null,
      pattern: 'en/cue-term',
    });
    expect(onlyQuote("A force described as 'collective' took over the airport.", 'en')).toMatchObject({
      role: 'term',
      pattern: 'en/cue-term',
    });
    expect(
      onlyQuote('Les troupes, qualifiées de « forces de paix », gardent l’aéroport.', 'fr'),
    ).toMatchObject({
      role: 'term',
      speaker: null,
      pattern: 'fr/cue-term',
    });
    expect(onlyQuote('Une mission présentée comme « temporaire » a commencé.', 'fr')).toMatchObject({
      role: 'term',
      pattern: 'fr/cue-term',
    });
  });

  it('term: a short quotation inside a reported clause takes its speaker', () => {
    const { quotes } = quotesOf('Selon le Kremlin, les « terroristes » ont été neutralisés.', 'fr');
    const term = quotes.find((q) => q.kind === 'direct');
    expect(term).toMatchObject({
      role: 'term',
      text: 'terroristes',
      speakerGroup: 'russian-officials',
      pattern: 'fr/embedded-in-reported-clause',
    });
    const en = quotesOf("Tokayev said that 'terrorist gangs' had attacked the city.", 'en').quotes;
    expect(en.find((q) => q.kind === 'direct')).toMatchObject({
      role: 'term',
      speakerGroup: 'kazakh-officials',
    });
  });

  it('term: a genitive naming a speaker group after the marks (« » du Kremlin)', () => {
    const q = onlyQuote('L’« opération antiterroriste » du Kremlin a duré une semaine.', 'fr');
    expect(q).toMatchObject({
      role: 'term',
      pattern: 'fr/quote-then-genitive-speaker',
      speakerGroup: 'russian-officials',
    });
  });

  it('quotation: a long quotation, even unattributed', () => {
    expect(
      onlyQuote('Le texte dit : « Les troupes partiront dès que la situation sera stabilisée ».', 'fr').role,
    ).toBe('quotation');
    expect(
      onlyQuote('"Foreign troops must never decide the fate of a sovereign people here."', 'en'),
    ).toMatchObject({
      role: 'quotation',
      speaker: null,
      pattern: 'none',
    });
  });

  it('quotation: a short quotation that is a whole attributed utterance', () => {
    expect(onlyQuote('« Nous partirons bientôt », a déclaré Tokaïev.', 'fr').role).toBe('quotation');
    expect(onlyQuote('"We will leave," he said.', 'en').role).toBe('quotation');
  });

  it('term: a short attributed quotation that sits inside its clause', () => {
    const { quotes } = quotesOf(
      'L’ONU suit la situation « avec inquiétude », a déclaré un porte-parole.',
      'fr',
    );
    const q = quotes.find((x) => x.kind === 'direct');
    expect(q).toMatchObject({ role: 'term', text: 'avec inquiétude' });
  });
});

describe('verb classes', () => {
  const cls = (text: string, lang: 'fr' | 'en') => onlyQuote(text, lang).verb?.class;

  it('distancing: a prétendu / claimed / alleged', () => {
    expect(cls('Le président a prétendu que des terroristes étrangers avaient attaqué.', 'fr')).toBe(
      'distancing',
    );
    expect(cls('Putin claimed that foreign-trained terrorists had attacked.', 'en')).toBe('distancing');
    expect(cls('"Foreign agents organised the riots in Almaty," the Kremlin claimed.', 'en')).toBe(
      'distancing',
    );
  });

  it('endorsing: a confirmé / confirmed', () => {
    expect(cls('Le ministère a confirmé que les premiers soldats étaient repartis.', 'fr')).toBe('endorsing');
    expect(cls('The CSTO confirmed that the withdrawal had begun.', 'en')).toBe('endorsing');
  });

  it('neutral: a déclaré / said', () => {
    expect(cls('Le Kremlin a déclaré que la mission était terminée.', 'fr')).toBe('neutral');
    expect(cls('The Kremlin said that the mission was over.', 'en')).toBe('neutral');
  });
});
