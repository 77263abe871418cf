/**
 * Properties over arbitrary Unicode text (graphemes, any code point, lone surrogates, controls) and
 * over mixes of French/English news words, quotation marks and elisions:
 * - no exception escapes except the library's typed errors (FramingError subclasses);
 * - every offset is inside the text and slices to the item's text; scores in [-1, 1], confidences in [0, 1];
 * - output is plain JSON and deterministic (hidden caches do not leak between documents);
 * - shuffling the documents does not change per-source results.
 * Run counts are modest: each property takes a few seconds at most.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Article,
  analyzeCorpus,
  analyzeDocument,
  FramingError,
  loadCorpus,
  parseArticle,
} from '../../src/index.js';
import { EN, FR } from './fixtures.js';
import { brokenCorpusLaw, brokenLaw, cli } from './harness.js';

/** Pieces of news text that stress the pipeline: words that match the lexicons, elisions, marks, markup. */
const PIECES = [
  'les',
  'Les',
  'soldats',
  'de la paix',
  'soldats de la paix',
  'l’OTSC',
  "l'OTSC",
  'OTSC',
  'd’',
  "qu'",
  'jusqu’',
  'terroristes',
  'bandits',
  'émeutiers',
  'manifestants',
  'pacifiques',
  'répression',
  'coup d’État',
  'tentative',
  'Tokaïev',
  'Токаев',
  'Қазақстан',
  'a déclaré',
  'selon',
  'ne',
  'pas',
  'soi-disant',
  'the',
  'troops',
  'peacekeepers',
  'protesters',
  'terrorists',
  'said',
  'according to',
  'so-called',
  'not',
  'Tokayev',
  'President',
  '😡',
  '👍🏽',
  'الحكومة',
  '\u200f',
  ' ',
  ' ',
  ' ',
  '\u00a0',
  '\n',
  '\n\n',
  '\r\n',
  '\t',
  '«',
  '»',
  '« ',
  ' »',
  '“',
  '”',
  '"',
  "'",
  '‘',
  '’',
  '„',
  '‹',
  '›',
  '.',
  ',',
  '!',
  '?',
  ':',
  ';',
  '…',
  '(',
  ')',
  '[',
  ']',
  '—',
  '-',
  '<p>',
  '</p>',
  '<script>',
  '</script>',
  '<!--',
  '-->',
  '\u0000',
  '\u0007',
  '\ud800',
  '\udfff',
  '\ufeff',
  '\u0301',
];

const newsMix = fc
  .array(
    fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...PIECES) },
      { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

/** Arbitrary text: graphemes, any code point (lone surrogates included), UTF-16 units, news mixes, real paragraphs cut anywhere. */
const anyText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.string({ unit: 'grapheme-composite', maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 120 }),
  fc.string({ unit: fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 120 }),
  newsMix,
  newsMix.map((s) => s.normalize('NFD')),
  fc
    .tuple(fc.constantFrom(FR, EN), fc.nat(), fc.nat({ max: 300 }), newsMix)
    .map(([t, a, n, extra]) => t.slice(a % t.length, (a % t.length) + n) + extra),
);

const langOption = fc.constantFrom<undefined | 'fr' | 'en' | 'kk' | 'other'>(
  undefined,
  'fr',
  'en',
  'kk',
  'other',
);

/** Runs `fn`; a thrown value must be a FramingError (returned), anything else fails the property. */
function typedOnly<T>(fn: () => T): T | FramingError {
  try {
    return fn();
  } catch (error) {
    if (error instanceof FramingError) return error;
    throw error;
  }
}

describe('the law checker', () => {
  it('goes red on a shifted offset, a wrong text, a score out of range, an offset past the end', () => {
    const doc = analyzeDocument({ source: 'S', text: FR });
    expect(brokenLaw(doc, FR)).toBeNull();
    const evidence = doc.stance.intervention!.evidence[0]!;
    const broken = [
      { ...doc, loaded: doc.loaded.map((c, i) => (i === 0 ? { ...c, start: c.start + 1 } : c)) },
      { ...doc, naming: doc.naming.map((n, i) => (i === 0 ? { ...n, text: n.text.toUpperCase() } : n)) },
      { ...doc, stance: { ...doc.stance, intervention: { ...doc.stance.intervention!, score: 1.01 } } },
      { ...doc, stance: { ...doc.stance, intervention: { ...doc.stance.intervention!, confidence: -0.1 } } },
      {
        ...doc,
        stance: {
          ...doc.stance,
          intervention: { ...doc.stance.intervention!, evidence: [{ ...evidence, end: FR.length + 1 }] },
        },
      },
    ];
    for (const d of broken) expect(brokenLaw(d, FR)).not.toBeNull();
  });
});

describe('properties over arbitrary text', () => {
  it('no exception escapes but FramingErrors; loading fails only on a blank text (E_MISSING_TEXT)', () => {
    fc.assert(
      fc.property(anyText, langOption, (text, lang) => {
        const loaded = typedOnly(() =>
          loadCorpus([lang ? { source: 'S', text, lang } : { source: 'S', text }]),
        );
        if (loaded instanceof FramingError) {
          expect(loaded.code).toBe('E_MISSING_TEXT');
          expect(text.trim()).toBe('');
        }
        const analysed = typedOnly(() =>
          analyzeDocument(lang ? { source: 'S', text, lang } : { source: 'S', text }),
        );
        expect(analysed).not.toBeInstanceOf(FramingError);
      }),
      { numRuns: 250 },
    );
  });

  it('every positioned item slices the article text; scores, confidences, shares in range; plain JSON', () => {
    fc.assert(
      fc.property(anyText, langOption, (raw, lang) => {
        const article = parseArticle(raw, lang ? { source: 'S', lang } : { source: 'S' });
        const doc = analyzeDocument(article);
        const broken = brokenLaw(doc, article.text);
        if (broken) throw new Error(`${broken} in ${JSON.stringify(raw)}`);
        for (const s of [article.titleSpan, ...article.body]) {
          if (s) expect(s.start >= 0 && s.start <= s.end && s.end <= article.text.length).toBe(true);
        }
        expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      }),
      { numRuns: 300 },
    );
  });

  it('is deterministic: the same document gives the same JSON, whatever was analysed in between', () => {
    fc.assert(
      fc.property(anyText, anyText, (a, b) => {
        const first = JSON.stringify(analyzeDocument({ source: 'S', text: a, lang: 'fr' }));
        analyzeDocument({ source: 'S', text: b });
        analyzeDocument({ source: 'S', text: `${a} ${b}`, lang: 'en' });
        expect(JSON.stringify(analyzeDocument({ source: 'S', text: a, lang: 'fr' }))).toBe(first);
      }),
      { numRuns: 120 },
    );
  });
});

/** A small corpus: 2–5 records of 1–3 sources, ids given (so that order does not change them). */
const corpusRecords = fc
  .array(fc.tuple(fc.constantFrom('A', 'B', 'C'), fc.oneof(newsMix, fc.constantFrom(FR, EN)), newsMix), {
    minLength: 2,
    maxLength: 5,
  })
  .map((rows) =>
    rows.map(([source, text, extra], i) => ({ id: `d${i}`, source, text: `${text} ${extra} fin.` })),
  );

describe('properties over corpora', () => {
  it('analyzeCorpus: every document and source obeys the laws; distinctive occurrences point into their documents', () => {
    fc.assert(
      fc.property(corpusRecords, (records) => {
        const corpus = loadCorpus(records);
        const analysis = analyzeCorpus(corpus, { replicates: 50 });
        const broken = brokenCorpusLaw(analysis, corpus.documents);
        if (broken) throw new Error(`${broken} in ${JSON.stringify(records)}`);
        expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
      }),
      { numRuns: 25 },
    );
  });

  it('shuffling the documents changes neither per-source results nor the comparison; documents are reordered only', () => {
    fc.assert(
      fc.property(
        corpusRecords.chain((records) =>
          fc.tuple(fc.constant(records), fc.shuffledSubarray(records, { minLength: records.length })),
        ),
        ([records, shuffled]) => {
          const a = analyzeCorpus(records, { replicates: 50 });
          const b = analyzeCorpus(shuffled, { replicates: 50 });
          expect(b.sources).toEqual(a.sources);
          expect(b.comparison).toEqual(a.comparison);
          const byId = (docs: typeof a.documents) => [...docs].sort((x, y) => (x.id < y.id ? -1 : 1));
          expect(byId(b.documents)).toEqual(byId(a.documents));
        },
      ),
      { numRuns: 20 },
    );
  });

  it('the same articles, given as Article objects or as records, give the same analysis', () => {
    fc.assert(
      fc.property(corpusRecords, (records) => {
        const articles: Article[] = loadCorpus(records).documents;
        expect(analyzeCorpus({ documents: articles, skipped: [] }, { replicates: 50 })).toEqual(
          analyzeCorpus(records, { replicates: 50 }),
        );
      }),
      { numRuns: 10 },
    );
  });
});

describe('properties through the CLI', () => {
  const bytes = fc.oneof(
    fc.uint8Array({ maxLength: 200 }),
    anyText.map((t) => new TextEncoder().encode(t)),
    fc.tuple(anyText, fc.uint8Array({ maxLength: 3 }), anyText).map(([a, junk, b]) => {
      const enc = new TextEncoder();
      return new Uint8Array([...enc.encode(a), ...junk, ...enc.encode(b)]);
    }),
  );

  it('any bytes on standard input: exit 0 with JSON, or exit 1 with one error line; never a crash or exit 2', async () => {
    await fc.assert(
      fc.asyncProperty(bytes, async (stdin) => {
        const run = await cli(['analyze', '-', '--format', 'json', '--skip-invalid'], { stdin });
        if (run.code === 0) {
          expect(() => JSON.parse(run.stdout)).not.toThrow();
        } else {
          expect(run.code).toBe(1);
          expect(run.stdout).toBe('');
          expect(run.stderr).toMatch(/^media-framing: error E_[A-Z0-9_]+: [^\n]+\n$/);
        }
      }),
      { numRuns: 40 },
    );
  });
});
