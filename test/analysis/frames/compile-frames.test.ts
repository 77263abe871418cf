import { describe, expect, it } from 'vitest';
import { TopicError } from '../../../src/core/errors.js';
import { processText } from '../../../src/text/index.js';
import { bundledFrames, compileFrames, frameMatcher } from '../../../src/topics/compile-frames.js';
import { FrameEntry, FrameId } from '../../../src/topics/frame-schema.js';

function thrown(fn: () => unknown): TopicError {
  try {
    fn();
  } catch (e) {
    if (e instanceof TopicError) return e;
    throw e;
  }
  throw new Error('expected a TopicError');
}

describe('frame lexicons', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`${lang}: the bundled lexicon is valid and covers the 8 frames with enough entries each`, () => {
      const entries = (bundledFrames[lang] as unknown[]).map((e) => FrameEntry.parse(e));
      expect(frameMatcher(lang).size).toBe(entries.length);
      for (const frame of FrameId.options) {
        expect(entries.filter((e) => e.frame === frame).length).toBeGreaterThanOrEqual(50);
      }
    });
  }

  it('compiles once per lexicon object and language', () => {
    const raw = [{ term: 'guerre', frame: 'security-defence', weight: 2 }];
    expect(compileFrames(raw, 'fr')).toBe(compileFrames(raw, 'fr'));
    expect(compileFrames(raw, 'fr')).not.toBe(compileFrames([...raw], 'fr'));
  });

  it('puts the frame in entry.category, the weight in entry.loaded, a stable rule id in entry.id', () => {
    const m = compileFrames([{ term: 'pouvoir d’achat', frame: 'economic', weight: 2 }], 'fr');
    const [hit] = m.match(processText({ text: "Le pouvoir d'achat baisse.", lang: 'fr' }).tokens);
    expect(hit?.entry).toMatchObject({ category: 'economic', loaded: 2, id: 'frames/fr/pouvoir-d-achat' });
  });
});

describe('compileFrames: invalid data', () => {
  it('names the entry and the field of an unknown frame', () => {
    const e = thrown(() =>
      compileFrames(
        [
          { term: 'guerre', frame: 'security-defence', weight: 2 },
          { term: 'sondage', frame: 'polls', weight: 2 },
        ],
        'fr',
      ),
    );
    expect(e.code).toBe('E_TOPIC_INVALID');
    expect(e.path).toBe('frames.fr[1].frame');
    expect(e.message).toContain('"sondage"');
  });

  it('names the entry and the field of an out-of-range weight, on both bounds', () => {
    const high = thrown(() => compileFrames([{ term: 'war', frame: 'security-defence', weight: 2.5 }], 'en'));
    expect(high.path).toBe('frames.en[0].weight');
    expect(high.message).toContain('"war"');
    const low = thrown(() => compileFrames([{ term: 'war', frame: 'security-defence', weight: -0.1 }], 'en'));
    expect(low.path).toBe('frames.en[0].weight');
    expect(() => compileFrames([{ term: 'war', frame: 'security-defence', weight: 2 }], 'en')).not.toThrow();
    expect(() => compileFrames([{ term: 'war', frame: 'security-defence', weight: 0 }], 'en')).not.toThrow();
  });

  it('rejects unknown fields, empty terms, duplicate terms and short prefixes', () => {
    expect(
      thrown(() => compileFrames([{ term: 'war', frame: 'economic', weight: 1, extra: 1 }], 'en')).path,
    ).toBe('frames.en[0]');
    expect(thrown(() => compileFrames([{ term: '', frame: 'economic', weight: 1 }], 'en')).path).toBe(
      'frames.en[0].term',
    );
    const dup = thrown(() =>
      compileFrames(
        [
          { term: 'tax', frame: 'economic', weight: 1 },
          { term: 'Tax', frame: 'legality', weight: 1 },
        ],
        'en',
      ),
    );
    expect(dup.path).toBe('frames.en[1].term');
    expect(dup.message).toContain('"Tax"');
    expect(thrown(() => compileFrames([{ term: 'ta*', frame: 'economic', weight: 1 }], 'en')).path).toBe(
      'frames.en[0].term',
    );
    expect(thrown(() => compileFrames({ term: 'tax' }, 'en')).code).toBe('E_TOPIC_INVALID');
  });
});
