import { describe, expect, it } from 'vitest';
import { analyzeDocument, analyzeProcessed } from '../../src/analysis/analyze-document.js';
import { tokenAtOrAfter, tokenAtOrAfterFrom } from '../../src/analysis/quotes/attribution-context.js';
import { defaultStanceParams } from '../../src/analysis/stance/stance-params.js';
import { parseArticle } from '../../src/corpus/index.js';
import { breakLongRuns, LONG_RUN, RUN_PIECE } from '../../src/text/break-long-runs.js';
import { processText } from '../../src/text/index.js';
import type { ProcessedText } from '../../src/text/types.js';
import { cstoKazakhstan2022 } from '../../src/topics/csto-kazakhstan-2022/index.js';

function cycle(pattern: string, n: number): string {
  return pattern.repeat(Math.ceil(n / pattern.length)).slice(0, n);
}

/** A French sentence of about `n` characters with commas and no full stop. */
function longSentence(n: number): string {
  return cycle(
    'les soldats de la paix, selon lui, ne sont pas des « terroristes » mais des forces armées ',
    n,
  );
}

/** Inputs that once made some stage quadratic: long runs of marks, elisions, one endless sentence. */
const CASES: [name: string, text: string][] = [
  ['50,000 «', '«'.repeat(50_000)],
  ['50,000 "', '"'.repeat(50_000)],
  ['50,000 mixed quotation marks', cycle('«"“‘\'’”»', 50_000)],
  ['50,000 « mot » pairs', cycle('« mot » ', 50_000)],
  ["50,000 characters of l'l'l'", cycle("l'", 50_000)],
  ['50,000 characters of qu’l’', cycle('qu’l’', 50_000)],
  ['50,000 brackets', cycle('([{', 50_000)],
  ['50,000 !', '!'.repeat(50_000)],
  ['a 100,000-character word', cycle('abc', 100_000)],
  ['a 100,000-character sentence', longSentence(100_000)],
];

/** Every token is its slice, tokens are ordered and cover every character that is not a space. */
function checkTokens(pt: ProcessedText): void {
  let covered = 0;
  let previousEnd = 0;
  let bad = -1;
  for (const [i, t] of pt.tokens.entries()) {
    if (!(previousEnd <= t.start && t.start < t.end) || pt.text.slice(t.start, t.end) !== t.text) {
      bad = i;
      break;
    }
    covered += t.end - t.start;
    previousEnd = t.end;
  }
  expect(bad).toBe(-1);
  expect(covered).toBe(pt.text.replace(/\s/g, '').length);
  expect(pt.sentences.filter((s) => pt.text.slice(s.start, s.end) !== s.text)).toEqual([]);
  expect(pt.quotes.filter((q) => pt.text.slice(q.start, q.end) !== q.text)).toEqual([]);
}

/** Every object of the result with `start`/`end` lies in the text and, with a `text`, is its slice. */
function badSpans(value: unknown, text: string, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) badSpans(v, text, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.start === 'number' && typeof o.end === 'number') {
      const ok = 0 <= o.start && o.start <= o.end && o.end <= text.length;
      if (!ok || (typeof o.text === 'string' && text.slice(o.start, o.end) !== o.text))
        out.push(JSON.stringify(o).slice(0, 120));
    }
    for (const v of Object.values(o)) badSpans(v, text, out);
  }
  return out;
}

describe('adversarial inputs', () => {
  for (const [name, text] of CASES) {
    it(`${name}: valid offsets, no exception`, () => {
      const pt = processText({ text, lang: 'fr' });
      checkTokens(pt);
      const doc = analyzeDocument({ source: 'test', text, lang: 'fr' });
      expect(badSpans(doc, text)).toEqual([]);
      expect(doc.tokens).toBe(pt.wordCount);
    });
  }

  it('English reads them with valid offsets too (3,000 characters each)', () => {
    for (const [, text] of CASES) {
      const short = text.slice(0, 3_000);
      expect(badSpans(analyzeDocument({ source: 'test', text: short, lang: 'en' }), short)).toEqual([]);
    }
  });
});

/** `items`, counting in `box.reads` every read of one of its elements. */
function counted<T extends object>(items: T[], box: { reads: number }): T[] {
  return new Proxy(items, {
    get(target, key, receiver) {
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57)
        box.reads++;
      return Reflect.get(target, key, receiver);
    },
  });
}

/** Reads of tokens and quotation spans by the analysis, per token and span. */
function readsPerItem(text: string, lang: 'fr' | 'en'): number {
  const article = parseArticle(text, { source: 'test', lang });
  const pt = processText(article);
  const box = { reads: 0 };
  const watched = { ...pt, tokens: counted(pt.tokens, box), quotes: counted(pt.quotes, box) };
  analyzeProcessed(article, watched, cstoKazakhstan2022, defaultStanceParams, 1);
  return box.reads / (pt.tokens.length + pt.quotes.length);
}

describe('linear analysis of quotation-mark runs and long sentences', () => {
  // `slack`: allowed growth; a reported clause running to the end of one long sentence is found by a
  // doubling search (log of its length).
  const families: [name: string, make: (n: number) => string, lang: 'fr' | 'en', slack: number][] = [
    ['" repeated', (n) => '"'.repeat(n), 'en', 1.02],
    ['mixed quotation marks', (n) => cycle('«"“‘\'’”»', n), 'fr', 1.02],
    ['« mot » pairs', (n) => cycle('« mot » ', n), 'fr', 1.02],
    ['one long sentence', longSentence, 'fr', 1.1],
  ];
  for (const [name, make, lang, slack] of families) {
    it(`${name}: reads per token and span do not grow with the text (4,000 vs 40,000 characters)`, () => {
      const small = readsPerItem(make(4_000), lang);
      const large = readsPerItem(make(40_000), lang);
      // A scan or a search over all tokens per quotation or per clause would grow it.
      expect(large).toBeLessThanOrEqual(small * slack);
    });
  }

  it('tokenAtOrAfterFrom: the answers of tokenAtOrAfter, in linear reads over increasing offsets', () => {
    const pt = processText({ text: cycle('« mot » et "x", ', 20_000), lang: 'fr' });
    const box = { reads: 0 };
    const tokens = counted(pt.tokens, box);
    let from = 0;
    const offsets = Array.from({ length: pt.text.length + 1 }, (_, i) => i);
    const got = offsets.map((o) => {
      from = tokenAtOrAfterFrom(tokens, o, from);
      return from;
    });
    expect(box.reads).toBeLessThanOrEqual(4 * (pt.tokens.length + offsets.length));
    expect(got).toEqual(offsets.map((o) => tokenAtOrAfter(pt.tokens, o)));
    // From a later token it falls back to the full search.
    expect(tokenAtOrAfterFrom(pt.tokens, 0, pt.tokens.length)).toBe(0);
  });
});

describe('breakLongRuns', () => {
  it('leaves text without long runs untouched (the same string)', () => {
    const text = `Il a dit « non ». ${'x'.repeat(LONG_RUN)} fin`;
    expect(breakLongRuns(text)).toBe(text);
  });

  it('cuts a long run into pieces, never inside a surrogate pair', () => {
    const run = '!'.repeat(RUN_PIECE - 1) + '😀'.repeat(200);
    const out = breakLongRuns(`a ${run} b`);
    expect(out.replace(/ /g, '')).toBe(`a${run}b`);
    for (const piece of out.split(' ')) {
      expect(piece.length).toBeLessThanOrEqual(RUN_PIECE + 1);
      expect(/^[\uDC00-\uDFFF]/.test(piece)).toBe(false);
    }
  });
});
