/**
 * Sentences: wink-nlp's boundaries, corrected for abbreviations, initials, numbers and quotations, and
 * cut at every line break and region boundary.
 * @module
 */

import { isLineBreakCode } from './char-class.js';
import abbreviations from './data/abbreviations.json' with { type: 'json' };
import type { QuotePairing } from './find-quote-spans.js';
import { foldText } from './fold-text.js';
import type { Sentence, Token } from './types.js';

const TITLES = new Set(abbreviations.titles);
const NON_FINAL = new Set(abbreviations.nonFinal);
const AMBIGUOUS = new Set(abbreviations.ambiguous);
const ENDS_BEFORE_CAPITAL = new Set(abbreviations.endsBeforeCapital);
const RE_DOTTED_LETTERS = /^(?:\p{L}\.-?)+\p{L}$/u;
const RE_UPPER = /^\p{Lu}/u;
const RE_LOWER = /^\p{Ll}/u;

function endsSentenceMark(t: Token): boolean {
  const code = t.text.charCodeAt(t.text.length - 1);
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

function startsUpper(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return RE_UPPER.test(t.text);
}

function startsLower(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  if (code < 0x80) return code >= 0x61 && code <= 0x7a;
  return RE_LOWER.test(t.text);
}

function startsDigit(t: Token): boolean {
  const code = t.text.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

/** True when `before` is part of the same abbreviation as `after` (`J.` `-` `C.`, `MM` `.`). */
function gluesToAbbreviation(before: Token, after: Token): boolean {
  if (before.end !== after.start) return false;
  if (before.text === '.' || before.text === '-') return true;
  const last = before.text.charCodeAt(before.text.length - 1);
  return before.kind === 'word' && last !== 0x27 && last !== 0x2019 && last !== 0x2bc;
}

/** The letters glued before the final dot of token `last` ('M.', 'MM' + '.', 'J.-C.', 'U.S.'), dot excluded. */
function runBeforeDot(text: string, tokens: readonly Token[], last: number): string {
  let runStart = last;
  while (runStart > 0 && last - runStart < 5 && gluesToAbbreviation(tokens[runStart - 1]!, tokens[runStart]!))
    runStart--;
  return text.slice(tokens[runStart]!.start, tokens[last]!.end - 1);
}

function endsWithSingleDot(t: Token): boolean {
  return t.text.charCodeAt(t.text.length - 1) === 0x2e && !t.text.endsWith('..');
}

/** Whether a boundary wink put before token `i` must be removed, judging from the tokens around it. */
function isFalseBoundary(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const next = tokens[i]!;
  if (prev.kind === 'number' && next.kind === 'number') return true;
  if (endsWithSingleDot(prev)) {
    const run = runBeforeDot(text, tokens, i - 1);
    const key = foldText(run);
    if (TITLES.has(key) || NON_FINAL.has(key)) return true;
    if (AMBIGUOUS.has(key) || RE_DOTTED_LETTERS.test(key)) return startsLower(next) || startsDigit(next);
    if (run.length === 1 && RE_UPPER.test(run)) return true;
    return startsLower(next);
  }
  if (endsSentenceMark(prev)) return startsLower(next);
  return false;
}

/** Whether a sentence wink did not cut must start at token `i` ('etc.' before a capitalised word). */
function isMissedBoundary(text: string, tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]!;
  const next = tokens[i]!;
  if (!endsWithSingleDot(prev) || next.kind !== 'word' || !startsUpper(next)) return false;
  return ENDS_BEFORE_CAPITAL.has(foldText(runBeforeDot(text, tokens, i - 1)));
}

/**
 * Groups tokens into sentences and sets each token's `sentence`.
 *
 * Starts from wink-nlp's boundaries, then:
 * - always cuts at a line break (LF, CRLF, CR, U+2028, U+2029) and between two regions;
 * - adds one after `etc.` before a capitalised word;
 * - removes a boundary after a title (M., Mme, MM., Dr, Mr., Mrs.), a non-final abbreviation
 *   (av., cf., p. ex., e.g., i.e.) or an initial (S. Tikhanovskaïa); after an ambiguous abbreviation
 *   (etc., Jan., U.S.) unless the next word is capitalised; between two numbers (1 000); before a
 *   lowercase word;
 * - moves a boundary placed between a sentence's final punctuation and its closing quotation mark to
 *   after the mark (« Non. » Puis…), and adds one after `. » ` / `."` when a capitalised word follows.
 * @param winkStart 1 where wink started a sentence at the token.
 * @param region the region index of each token.
 * @example
 * const sentences = splitSentences(text, tokens, winkStart, region, pairing);
 * sentences.map((s) => s.text); //=> ['M. Dupont est là.', 'Il parle.']
 */
export function splitSentences(
  text: string,
  tokens: Token[],
  winkStart: Uint8Array,
  region: Int32Array,
  pairing: QuotePairing,
): Sentence[] {
  const n = tokens.length;
  const starts = winkStart.slice();
  const forced = new Uint8Array(n);
  if (n > 0) forced[0] = 1;
  for (let i = 1; i < n; i++) {
    if (region[i] !== region[i - 1]) forced[i] = 1;
    else {
      for (let p = tokens[i - 1]!.end; p < tokens[i]!.start; p++) {
        if (isLineBreakCode(text.charCodeAt(p))) {
          forced[i] = 1;
          break;
        }
      }
    }
  }
  // Closing quotation marks after a sentence's final punctuation.
  for (const c of pairing.closeToken) {
    if (c < 1 || !endsSentenceMark(tokens[c - 1]!)) continue;
    if (starts[c] && !forced[c]) starts[c] = 0;
    const next = c + 1;
    if (next < n && !forced[next] && tokens[next]!.kind === 'word' && startsUpper(tokens[next]!))
      starts[next] = 1;
  }
  for (let i = 1; i < n; i++) {
    if (forced[i]) continue;
    if (starts[i]) {
      if (isFalseBoundary(text, tokens, i)) starts[i] = 0;
    } else if (isMissedBoundary(text, tokens, i)) starts[i] = 1;
  }

  const sentences: Sentence[] = [];
  let first = 0;
  for (let i = 1; i <= n; i++) {
    if (i === n || starts[i] || forced[i]) {
      const start = tokens[first]!.start;
      const end = tokens[i - 1]!.end;
      const index = sentences.length;
      for (let k = first; k < i; k++) tokens[k]!.sentence = index;
      sentences.push({ start, end, text: text.slice(start, end), firstToken: first, lastToken: i - 1 });
      first = i;
    }
  }
  return sentences;
}
