import { describe, expect, it } from 'vitest';
import { TopicError } from '../../src/core/errors.js';
import { cstoKazakhstan2022, cstoKazakhstan2022Spec, defineTopic, getTopic } from '../../src/topics/index.js';
import type { TopicEntry, TopicSpecInput } from '../../src/topics/schema.js';

type Spec = TopicSpecInput & { lexicon: { en: TopicEntry[]; fr: TopicEntry[] } };

const minimal = (): Spec =>
  ({
    id: 'port-strike',
    name: 'A port strike',
    mainTarget: 'strike',
    targets: [{ id: 'strike', label: { en: 'the strike', fr: 'la grève' } }],
    actors: [{ id: 'strikers', label: { en: 'the strikers', fr: 'les grévistes' }, target: 'strike' }],
    lexicon: {
      en: [{ term: 'hostage', category: 'delegitimising-label', loaded: 1.5, stance: { strike: -1 } }],
      fr: [
        { term: 'preneur d’otage', category: 'delegitimising-label', loaded: 1.5, stance: { strike: -1 } },
      ],
    },
  }) as Spec;

function topicError(f: () => unknown): TopicError {
  try {
    f();
  } catch (e) {
    if (e instanceof TopicError) return e;
    throw e;
  }
  throw new Error('expected a TopicError');
}

describe('defineTopic', () => {
  it('validates a user topic and fills defaults', () => {
    const t = defineTopic(minimal());
    expect(t.targets.map((x) => x.id)).toEqual(['strike']);
    expect(t.entries('en').find((e) => e.layer === 'topic')).toMatchObject({
      id: 'topic/en/hostage',
      loaded: 1.5,
      stance: { strike: -1 },
      foreground: false,
    });
    expect(t.entries('en').some((e) => e.layer === 'generic')).toBe(true);
  });

  it('names the entry and the field of a bad weight', () => {
    const spec = minimal();
    spec.lexicon.en[0]!.stance = { strike: 3 };
    const e = topicError(() => defineTopic(spec));
    expect(e.code).toBe('E_TOPIC_INVALID');
    expect(e.path).toBe('lexicon.en[0].stance.strike');
    expect(e.message).toContain('"hostage"');
  });

  it('rejects an unknown category, an unknown field and an unknown target', () => {
    const badCategory = minimal() as unknown as { lexicon: { en: { category: string }[] } };
    badCategory.lexicon.en[0]!.category = 'rude';
    expect(topicError(() => defineTopic(badCategory as never)).path).toBe('lexicon.en[0].category');

    const extra = minimal() as unknown as { lexicon: { fr: Record<string, unknown>[] } };
    extra.lexicon.fr[0]!.wieght = 1;
    expect(topicError(() => defineTopic(extra as never)).path).toBe('lexicon.fr[0]');

    const target = minimal();
    target.lexicon.en[0]!.stance = { strikers: -1 };
    const e = topicError(() => defineTopic(target));
    expect(e.path).toBe('lexicon.en[0].stance.strikers');
    expect(e.message).toContain('unknown target');
  });

  it('rejects a main target that is not a target and duplicate terms', () => {
    expect(topicError(() => defineTopic({ ...minimal(), mainTarget: 'ports' })).path).toBe('mainTarget');
    const dup = minimal();
    dup.lexicon.en.push({ ...dup.lexicon.en[0]! });
    expect(topicError(() => defineTopic(dup)).path).toBe('lexicon.en[1].term');
  });

  it('rejects a prefix shorter than three letters when compiling', () => {
    const spec = minimal();
    spec.lexicon.en.push({ term: 'ho*', category: 'delegitimising-label', loaded: 1, stance: {} });
    const t = defineTopic(spec);
    expect(topicError(() => t.topicMatcher('en')).message).toContain('shorter than 3 letters');
  });

  it('rejects a malformed generic layer passed as an option', () => {
    const e = topicError(() =>
      defineTopic(minimal(), { generic: { en: [{ term: 'x', category: 'emotive' }] } }),
    );
    expect(e.file).toBe('generic en');
    expect(e.path).toBe('[0].weight');
  });
});

describe('the bundled topic', () => {
  it('is csto-kazakhstan-2022 with its five targets and six actor groups', () => {
    expect(getTopic('csto-kazakhstan-2022')).toBe(cstoKazakhstan2022);
    expect(cstoKazakhstan2022.targets.map((t) => t.id)).toEqual([
      'intervention',
      'protesters',
      'kazakh-authorities',
      'russia',
      'west',
    ]);
    expect(cstoKazakhstan2022.actors.map((a) => a.id)).toEqual([
      'foreign-forces',
      'protesters',
      'events',
      'kazakh-state',
      'russia',
      'west',
    ]);
  });

  it('has several hundred entries per language, compiled without error', () => {
    for (const lang of ['fr', 'en'] as const) {
      const topicEntries = cstoKazakhstan2022.entries(lang).filter((e) => e.layer === 'topic');
      expect(topicEntries.length).toBeGreaterThan(300);
      expect(cstoKazakhstan2022.topicMatcher(lang).size).toBe(topicEntries.length);
      expect(cstoKazakhstan2022.genericMatcher(lang).size).toBeGreaterThan(300);
    }
  });

  it('names every actor group in both languages with spelling variants', () => {
    for (const lang of ['fr', 'en'] as const) {
      const actors = new Set(
        cstoKazakhstan2022
          .entries(lang)
          .map((e) => e.actor)
          .filter(Boolean),
      );
      expect([...actors].sort()).toEqual([
        'events',
        'foreign-forces',
        'kazakh-state',
        'protesters',
        'russia',
        'west',
      ]);
    }
  });

  it('is plain data that survives a JSON round trip and redefines identically', () => {
    const again = defineTopic(JSON.parse(JSON.stringify(cstoKazakhstan2022Spec)));
    expect(again.entries('fr')).toEqual(cstoKazakhstan2022.entries('fr'));
  });

  it('throws E_TOPIC_NOT_FOUND for an unknown bundled id', () => {
    expect(topicError(() => getTopic('nope')).code).toBe('E_TOPIC_NOT_FOUND');
  });
});
