import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Token } from '../../src/text/types.js';
import { type CompiledEntry, compileMatcher } from '../../src/topics/compile-matcher.js';
import type { LexiconEntry, LexiconMatch, PatternToken } from '../../src/topics/types.js';

/** The straightforward matcher (every candidate of the first token tried in order): the reference. */
function referenceMatch(compiled: readonly CompiledEntry[], tokens: readonly Token[]): LexiconMatch[] {
  const step = (pattern: readonly PatternToken[], sentence: number, pi: number, ti: number): number => {
    if (pi === pattern.length) return ti - 1;
    const p = pattern[pi]!;
    if (p.kind === 'gap') {
      for (let skip = 0; skip <= p.max; skip++) {
        const t = ti + skip;
        if (t > tokens.length || (t < tokens.length && tokens[t]!.sentence !== sentence)) break;
        const r = step(pattern, sentence, pi + 1, t);
        if (r >= 0) return r;
      }
      return -1;
    }
    let t = ti;
    while (pi > 0 && t < tokens.length && tokens[t]!.kind === 'quote' && tokens[t]!.sentence === sentence)
      t++;
    const tok = tokens[t];
    if (!tok || tok.sentence !== sentence) return -1;
    const ok =
      p.kind === 'stem'
        ? tok.stem === p.value || tok.norm === p.value
        : p.kind === 'norm'
          ? tok.norm === p.value
          : tok.norm.startsWith(p.value);
    return ok ? step(pattern, sentence, pi + 1, t + 1) : -1;
  };
  const candidates = (tok: Token) => [
    ...compiled.filter((c) => c.pattern[0]?.kind === 'stem' && c.pattern[0].value === tok.stem),
    ...compiled.filter((c) => c.pattern[0]?.kind === 'norm' && c.pattern[0].value === tok.norm),
    ...compiled.filter(
      (c) => c.pattern[0]?.kind === 'prefix' && c.pattern[0].value.slice(0, 3) === tok.norm.slice(0, 3),
    ),
  ];
  const hits: LexiconMatch[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind === 'quote' || tok.kind === 'punctuation') continue;
    let best: CompiledEntry | null = null;
    let bestLast = -1;
    for (const c of candidates(tok)) {
      const last = step(c.pattern, tok.sentence, 0, i);
      if (
        last > bestLast ||
        (last === bestLast && last >= 0 && best && c.pattern.length > best.pattern.length)
      ) {
        best = c;
        bestLast = last;
      }
    }
    if (best !== null) {
      hits.push({
        entry: best.entry,
        first: i,
        last: bestLast,
        start: tok.start,
        end: tokens[bestLast]!.end,
      });
      i = bestLast;
    }
  }
  return hits;
}

const WORDS = ['ab', 'abc', 'abcd', 'abcde', 'abdx', 'b', 'ba', 'c'];
const wordArb = fc.constantFrom(...WORDS);
const tokenArb = fc.record({
  norm: wordArb,
  stem: wordArb,
  kind: fc.constantFrom('word', 'word', 'word', 'quote', 'punctuation'),
  newSentence: fc.boolean(),
});
const patternTokenArb: fc.Arbitrary<PatternToken> = fc.oneof(
  fc.record({ kind: fc.constant('stem' as const), value: wordArb }),
  fc.record({ kind: fc.constant('norm' as const), value: wordArb }),
  fc.record({
    kind: fc.constant('prefix' as const),
    value: fc.constantFrom('ab', 'abc', 'abcd', 'abcde', 'abd', 'ba'),
  }),
  fc.record({ kind: fc.constant('gap' as const), max: fc.integer({ min: 0, max: 2 }) }),
);

describe('compileMatcher', () => {
  it('finds exactly what trying every candidate in order finds (tokens of 1 to 40, patterns of 1 to 4)', () => {
    fc.assert(
      fc.property(
        fc.array(tokenArb, { minLength: 1, maxLength: 40 }),
        fc.array(fc.array(patternTokenArb, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 12 }),
        (raw, patterns) => {
          let sentence = 0;
          const tokens: Token[] = raw.map((r, i) => {
            if (r.newSentence && i > 0 && i % 3 === 0) sentence++;
            return {
              text: r.norm,
              start: i * 10,
              end: i * 10 + r.norm.length,
              kind: r.kind as Token['kind'],
              norm: r.norm,
              stem: r.stem,
              stop: false,
              sentence,
              quote: -1,
            };
          });
          const compiled: CompiledEntry[] = patterns.map((pattern, k) => ({
            entry: { term: `e${k}`, weight: 1, category: 'test' } as unknown as LexiconEntry,
            pattern,
          }));
          const expected = referenceMatch(compiled, tokens);
          expect(compileMatcher(compiled).match(tokens)).toEqual(expected);
          // Twice: the second call reads the cached keys of the same token array.
          expect(compileMatcher(compiled).match(tokens)).toEqual(expected);
        },
      ),
      { numRuns: 600 },
    );
  });
});
