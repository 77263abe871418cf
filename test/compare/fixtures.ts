import fc from 'fast-check';
import type { DocumentTerms } from '../../src/analysis/distinctive/count-terms.js';
import type { DocumentAnalysis, TargetStance } from '../../src/analysis/types.js';
import type { Evidence, Voice } from '../../src/core/types.js';
import type { ProcessedText, Token } from '../../src/text/types.js';
import type { Topic } from '../../src/topics/types.js';

/** A topic with the header facts the comparison reads (no lexicon: matchers are never called here). */
export const stubTopic = {
  id: 'stub-topic',
  name: 'Stub topic',
  mainTarget: 'intervention',
  targets: [
    { id: 'intervention', label: { en: 'the CSTO intervention', fr: "l'intervention de l'OTSC" } },
    { id: 'protesters', label: { en: 'the protesters', fr: 'les manifestants' } },
  ],
  actors: [
    {
      id: 'foreign-forces',
      label: { en: 'the foreign forces', fr: 'les forces étrangères' },
      target: 'intervention',
    },
    { id: 'protesters', label: { en: 'the protesters', fr: 'les manifestants' }, target: 'protesters' },
    { id: 'events', label: { en: 'the events', fr: 'les événements' } },
  ],
  speakers: [
    {
      id: 'kazakh-officials',
      label: { en: 'Kazakh officials', fr: 'officiels kazakhs' },
      terms: { en: [], fr: [] },
      leaning: {},
    },
  ],
} as unknown as Topic;

/** One evidence item (weights are multiples of 1e-6, as the engine rounds them). */
export function ev(over: Partial<Evidence> & Pick<Evidence, 'weight' | 'sentence'>): Evidence {
  const start = over.start ?? over.sentence * 100;
  return {
    text: over.text ?? 'x',
    start,
    end: over.end ?? start + 1,
    category: over.category ?? 'legitimising-euphemism',
    rule: over.rule ?? 'topic/fr/x',
    voice: over.voice ?? 'authorial',
    ...over,
  };
}

function stanceOf(evidence: Evidence[]): TargetStance {
  let sum = 0;
  for (const e of evidence) sum += e.weight;
  return { score: 0, label: 'neutral', confidence: 0, sum, evidence };
}

/** A hand-built DocumentAnalysis: only the fields the comparison reads need values. */
export function doc(over: {
  id: string;
  source: string;
  sentences?: number;
  tokens?: number;
  lang?: 'fr' | 'en' | 'other';
  stance?: Record<string, Evidence[]>;
  naming?: { actor: string; term: string; voice?: Voice; scare?: boolean }[];
  quotes?: { group: string | null; words: number; role?: 'quotation' | 'scare' | 'term' }[];
  frames?: Record<string, number>;
  loaded?: { category: string; polarity: 'positive' | 'negative' | 'none'; voice: Voice }[];
}): DocumentAnalysis {
  const sentences = over.sentences ?? 10;
  const stance: Record<string, TargetStance> = {};
  for (const target of ['intervention', 'protesters']) stance[target] = stanceOf(over.stance?.[target] ?? []);
  const loaded = (over.loaded ?? []).map((l, i) => ({
    text: 'x',
    start: i,
    end: i + 1,
    sentence: 0,
    category: l.category,
    layer: 'generic' as const,
    polarity: l.polarity,
    voice: l.voice,
    weight: 1,
    rule: 'generic/fr/x',
    scare: false,
  }));
  const count = (key: (c: (typeof loaded)[number]) => string) => {
    const out: Record<string, number> = {};
    for (const c of loaded) out[key(c)] = (out[key(c)] ?? 0) + 1;
    return out;
  };
  return {
    id: over.id,
    source: over.source,
    lang: over.lang ?? 'fr',
    langConfidence: 1,
    langDetected: false,
    title: null,
    tokens: over.tokens ?? sentences * 12,
    sentences,
    stance,
    quotedStance: [],
    loaded,
    loadedCounts: {
      total: loaded.length,
      byCategory: count((c) => c.category),
      byPolarity: count((c) => c.polarity),
      byVoice: count((c) => c.voice),
      byLayer: count((c) => c.layer),
    },
    naming: (over.naming ?? []).map((n, i) => ({
      actor: n.actor,
      term: n.term,
      text: n.term,
      start: i * 10,
      end: i * 10 + n.term.length,
      sentence: 0,
      voice: n.voice ?? 'authorial',
      scare: n.scare ?? false,
      category: 'neutral-name',
      rule: `topic/fr/${n.term}`,
    })),
    quotes: (over.quotes ?? []).map((q, i) => ({
      kind: 'direct' as const,
      role: q.role ?? 'quotation',
      text: 'q',
      start: i * 10,
      end: i * 10 + 5,
      sentence: 0,
      words: q.words,
      speaker: null,
      speakerGroup: q.group,
      verb: null,
      pattern: 'test',
    })),
    frames: Object.entries(over.frames ?? {}).map(([frame, n]) => ({
      frame,
      sentences: n,
      share: n / sentences,
      evidence: [],
    })),
    removed: [],
  };
}

/** Hand-built term counts: gram → [count, surface]; occurrences at 10·k. */
export function terms(spec: Record<string, [number, string]>): DocumentTerms {
  const out: DocumentTerms = {};
  for (const gram of Object.keys(spec).sort()) {
    const [count, surface] = spec[gram]!;
    out[gram] = {
      count,
      surface,
      surfaces: { [surface]: count },
      occurrences: Array.from({ length: Math.min(5, count) }, (_, k) => ({
        start: k * 10,
        end: k * 10 + surface.length,
      })),
    };
  }
  return out;
}

const STOP = new Set([
  'le',
  'la',
  'les',
  'de',
  'des',
  'du',
  'et',
  'à',
  'a',
  'un',
  'une',
  'the',
  'of',
  'and',
  'in',
  'to',
  'sont',
  'are',
  'est',
  'is',
]);

/**
 * A minimal ProcessedText for countTerms tests: words, numbers, punctuation and quotation marks, one
 * sentence per `.`/`!`/`?`; stem = lowercase form without a final `s`.
 */
export function processed(text: string, lang: 'fr' | 'en' = 'fr'): ProcessedText {
  const tokens: Token[] = [];
  let sentence = 0;
  let quote = -1;
  let quotes = 0;
  const re = /[\p{L}'’-]+|\p{N}+|[«»"]|[.!?]|[,;:()]/gu;
  for (const m of text.matchAll(re)) {
    const t = m[0];
    const start = m.index!;
    const isQuote = /[«»"]/.test(t);
    if (t === '«' || (t === '"' && quote < 0)) quote = quotes++;
    const kind = isQuote
      ? 'quote'
      : /^\p{N}+$/u.test(t)
        ? 'number'
        : /^\p{L}/u.test(t)
          ? 'word'
          : 'punctuation';
    const norm = t.toLowerCase();
    tokens.push({
      text: t,
      start,
      end: start + t.length,
      kind,
      norm,
      stem: kind === 'word' ? norm.replace(/s$/, '') : norm,
      stop: kind === 'word' && STOP.has(norm),
      sentence,
      quote: isQuote ? -1 : quote,
    });
    if (t === '»' || (t === '"' && tokens.filter((x) => x.text === '"').length % 2 === 0)) quote = -1;
    if (/[.!?]/.test(t)) sentence++;
  }
  return {
    text,
    lang,
    langConfidence: 1,
    langDetected: false,
    tokens,
    sentences: [],
    quotes: [],
    wordCount: tokens.filter((x) => x.kind === 'word').length,
  };
}

const SOURCES = ['Le Monde', 'RT', 'Meduza'];
const GRAMS = ['soldat', 'paix', 'bandit', 'manifestant', 'troupe russ', 'forc de secur', 'otsc'];
const ACTORS = ['foreign-forces', 'protesters'];
const VOICES: Voice[] = ['authorial', 'quoted', 'attributed'];

/** A random document analysis with its term counts (ids unique by index). */
export function arbitraryDocs(maxDocs = 8) {
  const one = fc.record({
    source: fc.constantFrom(...SOURCES),
    sentences: fc.integer({ min: 1, max: 30 }),
    lang: fc.constantFrom<'fr' | 'en' | 'other'>('fr', 'en', 'other'),
    evidence: fc.array(
      fc.record({
        target: fc.constantFrom('intervention', 'protesters'),
        micro: fc.integer({ min: -2_000_000, max: 2_000_000 }),
        sentence: fc.nat(29),
        voice: fc.constantFrom(...VOICES),
        start: fc.nat(500),
      }),
      { maxLength: 14 },
    ),
    naming: fc.array(
      fc.record({
        actor: fc.constantFrom(...ACTORS),
        term: fc.constantFrom('soldat de la paix', 'occupant', 'terroriste', 'manifestant'),
        voice: fc.constantFrom(...VOICES),
        scare: fc.boolean(),
      }),
      { maxLength: 6 },
    ),
    quotes: fc.array(
      fc.record({
        group: fc.constantFrom<string | null>('kazakh-officials', 'russian-officials', null),
        words: fc.integer({ min: 1, max: 40 }),
        role: fc.constantFrom<'quotation' | 'scare'>('quotation', 'scare'),
      }),
      { maxLength: 4 },
    ),
    frames: fc.dictionary(
      fc.constantFrom('security-defence', 'legality', 'political'),
      fc.integer({ min: 0, max: 5 }),
    ),
    grams: fc.dictionary(fc.constantFrom(...GRAMS), fc.integer({ min: 1, max: 9 })),
    loaded: fc.array(
      fc.record({
        category: fc.constantFrom('emotive', 'name-calling'),
        polarity: fc.constantFrom<'positive' | 'negative' | 'none'>('positive', 'negative', 'none'),
        voice: fc.constantFrom(...VOICES),
      }),
      { maxLength: 4 },
    ),
  });
  return fc.array(one, { minLength: 1, maxLength: maxDocs }).map((list) =>
    list.map((d, i) => {
      const id = `doc-${String(i).padStart(2, '0')}`;
      const stance: Record<string, Evidence[]> = {};
      for (const e of d.evidence) {
        if (e.micro === 0) continue;
        const list = stance[e.target] ?? [];
        list.push(
          ev({ weight: e.micro / 1e6, sentence: e.sentence % d.sentences, voice: e.voice, start: e.start }),
        );
        stance[e.target] = list;
      }
      const t: Record<string, [number, string]> = {};
      for (const [g, n] of Object.entries(d.grams)) t[g] = [n, i % 2 === 0 ? g : g.toUpperCase()];
      return {
        doc: doc({
          id,
          source: d.source,
          sentences: d.sentences,
          lang: d.lang,
          stance,
          naming: d.naming,
          quotes: d.quotes,
          frames: d.frames,
          loaded: d.loaded,
        }),
        terms: terms(t),
      };
    }),
  );
}
