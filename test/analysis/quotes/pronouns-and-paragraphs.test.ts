import { describe, expect, it } from 'vitest';
import { voiceAt } from '../../../src/analysis/quotes/index.js';
import { quotesOf } from './fixture.js';

describe('pronoun speakers', () => {
  it('resolves « il » to the previous speaker within three sentences', () => {
    const { quotes } = quotesOf(
      'Vladimir Poutine a déclaré que la mission avait réussi. Il a ajouté que les soldats rentreraient vite.',
      'fr',
    );
    expect(quotes).toHaveLength(2);
    expect(quotes[1]!.speaker?.text).toBe('Vladimir Poutine');
    expect(quotes[1]!.speakerGroup).toBe('russian-officials');
    expect(quotes[1]!.pronoun?.text).toBe('Il');
  });

  it('resolves "they" to a plural earlier speaker rather than a singular mention in reported content', () => {
    const { quotes } = quotesOf(
      'Witnesses said the police fired at the crowd. They added that many people were wounded.',
      'en',
    );
    expect(quotes[1]!.speaker?.text).toBe('Witnesses');
    expect(quotes[1]!.speakerGroup).toBe('protesters');
  });

  it('resolves to a speaker-group mention when no quotation precedes', () => {
    const { quotes } = quotesOf(
      'Le président Tokaïev s’est adressé à la nation mardi soir. Il a affirmé que l’ordre était rétabli.',
      'fr',
    );
    expect(quotes[0]!.speakerGroup).toBe('kazakh-officials');
    expect(quotes[0]!.pronoun?.text).toBe('Il');
  });

  it('keeps the pronoun with no group when nothing precedes within three sentences', () => {
    const { quotes } = quotesOf('"We are not leaving yet," he said.', 'en');
    expect(quotes[0]).toMatchObject({ speaker: { text: 'he' }, speakerGroup: null, pronoun: null });
  });

  it('does not reach back more than three sentences', () => {
    const { quotes } = quotesOf(
      'Le Kremlin a déclaré que tout allait bien. Une phrase. Une autre phrase. Encore une autre. Il a ajouté que non.',
      'fr',
    );
    const last = quotes[quotes.length - 1]!;
    expect(last.speaker?.text).toBe('Il');
    expect(last.speakerGroup).toBeNull();
  });
});

describe('paragraphs', () => {
  it('a paragraph opening with a quotation inherits the previous paragraph’s speaker', () => {
    const text =
      'Tokaïev a déclaré : « Nous avons rétabli l’ordre constitutionnel dans tout le pays. »\n\n' +
      '« Les forces de l’OTSC partiront dans dix jours au plus tard. »';
    const { quotes } = quotesOf(text, 'fr');
    expect(quotes).toHaveLength(2);
    expect(quotes[1]).toMatchObject({ pattern: 'continuation', speakerGroup: 'kazakh-officials' });
    expect(quotes[1]!.speaker?.text).toBe('Tokaïev');
  });

  it('does not inherit across an intervening paragraph', () => {
    const text =
      'Tokaïev a déclaré : « Nous avons rétabli l’ordre constitutionnel dans tout le pays. »\n\n' +
      'Les manifestants sont rentrés chez eux.\n\n' +
      '« Personne ne sait combien de temps ils resteront dans le pays. »';
    const { quotes } = quotesOf(text, 'fr');
    expect(quotes[1]).toMatchObject({ pattern: 'none', speaker: null });
  });

  it('an unclosed quotation does not swallow the next paragraph', () => {
    const text =
      'Le ministre a déclaré : « Nous resterons jusqu’à la fin de la mission, quoi qu’il arrive.\n\n' +
      'Les manifestants sont rentrés chez eux dans le calme.';
    const { pt, quotes } = quotesOf(text, 'fr');
    const paragraphBreak = text.indexOf('\n');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.end).toBeLessThanOrEqual(paragraphBreak);
    expect(quotes[0]!.speaker?.text).toBe('Le ministre');
    const voice = voiceAt(pt, quotes);
    pt.tokens.forEach((t, i) => {
      if (t.start > paragraphBreak) expect(voice[i]).toBe('authorial');
      else if (t.start > text.indexOf('«')) expect(voice[i]).toBe('quoted');
    });
  });

  it('coordinated quotations share the attribution that follows them', () => {
    const { quotes } = quotesOf(
      'Jen Psaki a répondu aux accusations. « C’est faux » et « cela relève de la désinformation », a-t-elle prétendu.',
      'fr',
    );
    const direct = quotes.filter((q) => q.kind === 'direct');
    expect(direct.map((q) => q.pattern)).toEqual(['fr/coordinated-quote', 'fr/quote-then-verb-speaker']);
    expect(direct.map((q) => q.speakerGroup)).toEqual(['western-governments', 'western-governments']);
    expect(direct.map((q) => q.verb?.class)).toEqual(['distancing', 'distancing']);
  });
});
