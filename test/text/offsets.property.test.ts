import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Span } from '../../src/core/types.js';
import { processText } from '../../src/text/index.js';
import type { ProcessedText } from '../../src/text/types.js';

const LINE_BREAK = /[\n\r\u2028\u2029]/;

/** The first law the pipeline's output breaks, or null. Plain checks: `expect` per token is too slow. */
function brokenLaw(pt: ProcessedText, regions?: readonly Span[]): string | null {
  const { text, tokens, sentences, quotes } = pt;
  const inRegion = (start: number, end: number): boolean =>
    !regions || regions.some((r) => r.start <= start && end <= r.end);
  let previousEnd = 0;
  for (const [i, t] of tokens.entries()) {
    if (!(t.start < t.end)) return `token ${i} is empty`;
    if (t.start < previousEnd) return `token ${i} overlaps the previous one`;
    if (text.slice(t.start, t.end) !== t.text) return `token ${i} text differs from its slice`;
    if (LINE_BREAK.test(t.text)) return `token ${i} holds a line break`;
    if (!(t.sentence >= 0 && t.sentence < sentences.length)) return `token ${i} has no sentence`;
    if (!(t.quote >= -1 && t.quote < quotes.length)) return `token ${i} has a bad quote index`;
    const q = quotes[t.quote];
    if (q && !(q.start <= t.start && t.end <= q.end)) return `token ${i} is outside its quotation`;
    if (!inRegion(t.start, t.end)) return `token ${i} is outside the regions`;
    previousEnd = t.end;
  }
  let nextToken = 0;
  for (const [i, s] of sentences.entries()) {
    if (!(s.start < s.end)) return `sentence ${i} is empty`;
    if (text.slice(s.start, s.end) !== s.text) return `sentence ${i} text differs from its slice`;
    if (LINE_BREAK.test(s.text)) return `sentence ${i} crosses a line break`;
    if (s.firstToken !== nextToken || s.lastToken < s.firstToken) return `sentence ${i} token range`;
    if (tokens[s.firstToken]!.start !== s.start || tokens[s.lastToken]!.end !== s.end)
      return `sentence ${i} bounds`;
    for (let k = s.firstToken; k <= s.lastToken; k++)
      if (tokens[k]!.sentence !== i) return `token ${k} sentence`;
    if (!inRegion(s.start, s.end)) return `sentence ${i} crosses a region boundary`;
    nextToken = s.lastToken + 1;
  }
  if (nextToken !== tokens.length) return 'sentences do not cover all tokens';
  for (const [i, q] of quotes.entries()) {
    if (!(q.start < q.end)) return `quote ${i} is empty`;
    if (text.slice(q.start, q.end) !== q.text) return `quote ${i} text differs from its slice`;
    if (!(q.start <= q.innerStart && q.innerStart <= q.innerEnd && q.innerEnd <= q.end))
      return `quote ${i} inner`;
    if (q.parent >= i) return `quote ${i} parent comes after it`;
    const parent = quotes[q.parent];
    if (parent && (q.depth !== parent.depth + 1 || q.start < parent.start || q.end > parent.end))
      return `quote ${i} is not nested in its parent`;
    if (!parent && q.depth !== 0) return `quote ${i} depth`;
  }
  if (pt.wordCount !== tokens.filter((t) => t.kind === 'word').length) return 'wordCount';
  return null;
}

function checkLaws(pt: ProcessedText, regions?: readonly Span[]): void {
  expect(brokenLaw(pt, regions), JSON.stringify(pt.text)).toBeNull();
}

/** Characters that stress the pipeline: spaces of every kind, quotes, apostrophes, hyphens, scripts. */
const tricky = fc.constantFrom(
  ' ',
  ' ',
  '\t',
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u2029',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\u3000',
  '\u000b',
  '\u000c',
  '\u0085',
  '\ufeff',
  '\u200b',
  '\u200d',
  '\u00ad',
  '\u0301',
  '\ufe0f',
  '\u0000',
  '\u001f',
  '\ud83d',
  '\ude00',
  '😀',
  '👍🏽',
  '👨‍👩‍👧',
  '🇫🇷',
  '1️⃣',
  '«',
  '»',
  '“',
  '”',
  '„',
  '‹',
  '›',
  '"',
  "'",
  '‘',
  '’',
  'ʼ',
  '-',
  '‐',
  '–',
  '—',
  '.',
  '...',
  '…',
  '!',
  '?',
  ',',
  ';',
  ':',
  '(',
  ')',
  '%',
  '€',
  '$',
  '#',
  '@',
  '/',
  'œ',
  'Œ',
  'š',
  'ğ',
  'İ',
  'ß',
  'Токаев',
  'الحكومة',
  '中国',
  '𝐀𝐁',
  'é',
  'À',
  'ç',
  'M.',
  'S.',
  'Mme',
  'J.-C.',
  'U.S.',
  'l’',
  "d'",
  "qu'",
  'jusqu’',
  'L’',
  'c’est-à-dire',
  'Alma-Ata',
  'anti-terroriste',
  '1 000',
  '8,5',
  '2022',
  'http://a.fr/x',
  'a@b.fr',
  '#tag',
  '@user',
  ':)',
  'can’t',
  'mot',
  'Mot',
  'the',
  'les',
  'soldats',
);

const anyUnit = fc.nat({ max: 0xffff }).map((c) => String.fromCharCode(c));
const mixed = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: tricky },
      { weight: 1, arbitrary: anyUnit },
      { weight: 1, arbitrary: fc.string() },
    ),
    {
      maxLength: 60,
    },
  )
  .map((parts) => parts.join(''));

describe('offsets are exact on any input', () => {
  it('holds on arbitrary unicode strings (code units, emoji, controls, all spaces)', () => {
    fc.assert(
      fc.property(
        mixed,
        fc.constantFrom<'fr' | 'en' | 'other' | 'auto'>('fr', 'en', 'other', 'auto'),
        (text, lang) => {
          checkLaws(processText({ text }, { lang }));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('holds with arbitrary regions, touching regions included', () => {
    const withRegions = mixed.chain((text) =>
      fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }).map((cuts) => {
        const sorted = [...cuts].sort((a, b) => a - b);
        const regions: Span[] = [];
        for (let i = 0; i + 1 < sorted.length; i += 1)
          regions.push({ start: sorted[i]!, end: sorted[i + 1]! });
        return { text, regions };
      }),
    );
    fc.assert(
      fc.property(withRegions, ({ text, regions }) => {
        checkLaws(processText({ text, regions, lang: 'fr' }), regions);
      }),
      { numRuns: 500 },
    );
  });

  it('holds on the five bundled seed articles, and on random slices of them', () => {
    const dir = new URL('../../seeds/', import.meta.url);
    const seeds = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .map((f) => readFileSync(new URL(f, dir), 'utf8'));
    expect(seeds.length).toBe(5);
    for (const text of seeds) {
      const pt = processText({ text });
      checkLaws(pt);
      expect(pt.lang).toBe('fr');
      expect(pt.wordCount).toBeGreaterThan(300);
    }
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.nat(), fc.nat({ max: 400 }), (seed, from, length) => {
        const start = from % seed.length;
        checkLaws(processText({ text: seed.slice(start, start + length), lang: 'fr' }));
      }),
      { numRuns: 200 },
    );
  });
});
