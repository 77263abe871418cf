import { describe, expect, it } from 'vitest';
import type { QuoteToken } from '../../src/text/find-quote-spans.js';
import { findQuoteSpans, processText } from '../../src/text/index.js';

const quotes = (text: string, lang: 'fr' | 'en' = 'fr') => processText({ text, lang }).quotes;

/** One token per non-space character run, for testing `findQuoteSpans` on its own. */
function charTokens(text: string): QuoteToken[] {
  const tokens: QuoteToken[] = [];
  for (const m of text.matchAll(/[«»“”„‹›"'‘’]|[^\s«»“”„‹›"'‘’]+/g)) {
    const isMark = /^[«»“”„‹›"'‘’]$/.test(m[0]);
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: isMark ? 'quote' : 'word' });
  }
  return tokens;
}

describe('quotation spans', () => {
  it('pairs French guillemets with their inner spaces', () => {
    const text = 'Ils parlent de « soldats de la paix » sans rire.';
    expect(quotes(text)).toEqual([
      {
        start: 15,
        end: 37,
        text: '« soldats de la paix »',
        innerStart: 16,
        innerEnd: 36,
        open: '«',
        close: '»',
        closed: true,
        words: 4,
        depth: 0,
        parent: -1,
      },
    ]);
  });

  it('accepts no-break spaces inside guillemets', () => {
    const [q] = quotes('Un «\u202fmaintien de l’ordre\u00a0» musclé.');
    expect(q).toMatchObject({ text: '«\u202fmaintien de l’ordre\u00a0»', closed: true, words: 4 });
  });

  it('nests quotations with depth and parent', () => {
    const qs = quotes('Il dit : « Ils parlent de “forces de paix” ici ». Fin.');
    expect(qs.map((q) => [q.text, q.depth, q.parent])).toEqual([
      ['« Ils parlent de “forces de paix” ici »', 0, -1],
      ['“forces de paix”', 1, 0],
    ]);
    expect(qs[0]!.words).toBe(7);
  });

  it('ends an unclosed quotation at the end of its paragraph', () => {
    const text = 'Il a dit « ceci sans fin.\nLa suite est hors citation.';
    const [q] = quotes(text);
    expect(q).toMatchObject({ text: '« ceci sans fin.', closed: false, close: '', words: 3 });
    const pt = processText({ text, lang: 'fr' });
    expect(pt.tokens.filter((t) => t.quote >= 0).at(-1)!.text).toBe('.');
    expect(pt.tokens.find((t) => t.text === 'suite')!.quote).toBe(-1);
  });

  it('ignores a stray closing mark', () => {
    expect(quotes('Rien à citer » ici, ni ” là.')).toEqual([]);
    const pt = processText({ text: 'Rien » ici.', lang: 'fr' });
    expect(pt.tokens[1]).toMatchObject({ text: '»', kind: 'quote', quote: -1 });
  });

  it('toggles straight double quotes', () => {
    const qs = quotes('The so-called "peacekeeping" forces and "order" came.', 'en');
    expect(qs.map((q) => q.text)).toEqual(['"peacekeeping"', '"order"']);
  });

  it('pairs English curly quotes and single quotes used as quotes', () => {
    expect(quotes('The “peacekeepers” came.', 'en').map((q) => q.text)).toEqual(['“peacekeepers”']);
    expect(quotes('They called them ‘bandits’ on air.', 'en').map((q) => q.text)).toEqual(['‘bandits’']);
    expect(quotes("They called them 'bandits' on air.", 'en').map((q) => q.text)).toEqual(["'bandits'"]);
  });

  it('does not take apostrophes for quotes', () => {
    expect(quotes('The rioters’ demands were not met, it’s said.', 'en')).toEqual([]);
    expect(quotes("The rioters' demands were not met.", 'en')).toEqual([]);
    expect(quotes('L’armée d’un pays qu’on connaît.')).toEqual([]);
  });

  it('tolerates the typos of real pages: reversed ” … “, « … « ., mixed « … ”', () => {
    expect(
      quotes('Il juge cette présence ” préoccupante “. Puis il part.').map((q) => [q.text, q.closed]),
    ).toEqual([['” préoccupante “', true]]);
    expect(quotes('Il a dit « les femmes en général « . Fin.').map((q) => [q.text, q.closed])).toEqual([
      ['« les femmes en général «', true],
    ]);
    expect(quotes('Elle dit « ils ne voulaient pas,” puis rit.').map((q) => [q.text, q.closed])).toEqual([
      ['« ils ne voulaient pas,”', true],
    ]);
    expect(quotes('He said “enough“ and left.', 'en').map((q) => q.text)).toEqual(['“enough“']);
  });

  it('pairs „ with “ and ‹ with ›', () => {
    expect(
      findQuoteSpans('„Frieden“ und ‹ paix ›', charTokens('„Frieden“ und ‹ paix ›')).map((q) => q.text),
    ).toEqual(['„Frieden“', '‹ paix ›']);
  });

  it('closes quotations still open inside when their parent closes', () => {
    const text = '« il a dit “ non » puis';
    const qs = findQuoteSpans(text, charTokens(text));
    expect(qs.map((q) => [q.text, q.closed, q.parent])).toEqual([
      ['« il a dit “ non »', true, -1],
      ['“ non', false, 0],
    ]);
  });

  it('gives each token its innermost quotation; the marks belong to it', () => {
    const pt = processText({ text: 'a « b “ c ” d » e', lang: 'fr' });
    expect(pt.tokens.map((t) => `${t.text}:${t.quote}`)).toEqual([
      'a:-1',
      '«:0',
      'b:0',
      '“:1',
      'c:1',
      '”:1',
      'd:0',
      '»:0',
      'e:-1',
    ]);
  });

  it('runs in linear time on 50,000 repeated quotation marks', () => {
    const cases: [string, number][] = [
      ['«'.repeat(50_000) + '”'.repeat(50_000), 50_000], // openers never closed, stray closers
      ['« '.repeat(50_000) + '» '.repeat(50_000), 50_000], // 50,000 levels of nesting
      ['"'.repeat(50_000), 25_000], // toggling
      ["'a ".repeat(50_000), 0], // single quotes never closed are apostrophes
      ['»'.repeat(50_000), 0], // stray closers only
    ];
    for (const [text, count] of cases) {
      const spans = findQuoteSpans(text, charTokens(text));
      expect(spans.length).toBe(count);
      expect(spans.every((q) => text.slice(q.start, q.end) === q.text)).toBe(true);
    }
    const deep = findQuoteSpans(cases[1]![0], charTokens(cases[1]![0]));
    expect(deep.at(-1)!.depth).toBe(49_999);
    expect(deep.every((q) => q.closed)).toBe(true);
  });

  it('reads 50,000 quotation marks through the whole pipeline', () => {
    const text = '« '.repeat(25_000) + 'mot ' + '» '.repeat(25_000);
    const pt = processText({ text, lang: 'fr' });
    expect(pt.quotes.length).toBe(25_000);
    expect(pt.quotes[0]!.words).toBe(1);
  });
});
