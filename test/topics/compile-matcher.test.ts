import { describe, expect, it } from 'vitest';
import { processText } from '../../src/text/index.js';
import { defineTopic } from '../../src/topics/index.js';

function topicWith(lang: 'fr' | 'en', terms: string[]) {
  return defineTopic({
    id: 'matcher-test',
    name: 'matcher test',
    mainTarget: 't',
    targets: [{ id: 't', label: { en: 't', fr: 't' } }],
    lexicon: {
      en: lang === 'en' ? terms.map((term) => ({ term, category: 'neutral-name' as const })) : [],
      fr: lang === 'fr' ? terms.map((term) => ({ term, category: 'neutral-name' as const })) : [],
    },
  });
}

function matches(lang: 'fr' | 'en', terms: string[], text: string) {
  const topic = topicWith(lang, terms);
  const pt = processText({ text, lang });
  return topic
    .topicMatcher(lang)
    .match(pt.tokens)
    .map((m) => ({ term: m.entry.term, text: text.slice(m.start, m.end) }));
}

describe('the lexicon matcher', () => {
  it('matches words by stem, case- and accent-folded', () => {
    expect(matches('fr', ['soldat de la paix'], 'Les Soldats de la Paix sont arrivés.')).toEqual([
      { term: 'soldat de la paix', text: 'Soldats de la Paix' },
    ]);
    expect(matches('en', ['peacekeeper'], 'Peacekeepers landed.')).toEqual([
      { term: 'peacekeeper', text: 'Peacekeepers' },
    ]);
    expect(matches('fr', ['emeute'], 'Des émeutes ont éclaté.')).toEqual([
      { term: 'emeute', text: 'émeutes' },
    ]);
  });

  it('matches =exact forms without stemming and prefixes with *', () => {
    expect(matches('fr', ['=otsc'], "L'OTSC et l'ODKB.")).toEqual([{ term: '=otsc', text: 'OTSC' }]);
    expect(matches('en', ['=troops'], 'One troop, many troops.')).toEqual([
      { term: '=troops', text: 'troops' },
    ]);
    expect(matches('fr', ['terroris*'], 'Le terrorisme et des terroristes.').map((m) => m.text)).toEqual([
      'terrorisme',
      'terroristes',
    ]);
  });

  it('skips up to two tokens at a lone *', () => {
    const terms = ['tirer * sans sommation'];
    expect(matches('fr', terms, 'Ordre de tirer sans sommation.')).toHaveLength(1);
    expect(matches('fr', terms, 'Ordre de tirer à vue sans sommation.')).toHaveLength(1);
    expect(matches('fr', terms, 'Ordre de tirer sur la foule sans sommation.')).toHaveLength(0);
  });

  it('treats quotation marks inside a phrase as transparent', () => {
    expect(
      matches('fr', ['force de maintien de la paix'], 'Des forces de « maintien de la paix » arrivent.'),
    ).toEqual([{ term: 'force de maintien de la paix', text: 'forces de « maintien de la paix' }]);
  });

  it('never crosses a sentence', () => {
    expect(matches('en', ['order restored'], 'They wanted order. Restored calm came later.')).toEqual([]);
  });

  it('prefers the leftmost-longest match', () => {
    expect(matches('en', ['troops', 'russian troops'], 'Russian troops arrived.')).toEqual([
      { term: 'russian troops', text: 'Russian troops' },
    ]);
  });

  it('splits elisions in terms and text alike', () => {
    expect(matches('fr', ["rétablir l'ordre"], 'Pour rétablir l’ordre.')).toEqual([
      { term: "rétablir l'ordre", text: 'rétablir l’ordre' },
    ]);
  });
});
