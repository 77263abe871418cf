/**
 * Quotation spans: pairs quotation marks into (possibly nested) quotations, in linear time.
 * @module
 */
import { CC_SPACE, charClass, isLineBreakCode } from './char-class.js';
import type { QuoteSpan, Token } from './types.js';

/** What `findQuoteSpans` reads of a token. */
export type QuoteToken = Pick<Token, 'text' | 'start' | 'end' | 'kind'>;

/** Quotation spans with the tokens that open and close them (for the text pipeline). */
export interface QuotePairing {
  spans: QuoteSpan[];
  /** Index of the token opening each span. */
  openToken: number[];
  /** Index of the token closing each span, or -1 when it was never closed. */
  closeToken: number[];
  /** Index of the last token inside each span, closing mark included. */
  lastToken: number[];
}

// Families of marks: a closer closes the innermost open quotation of its family.
const F_GUILLEMET = 0; // « … »
const F_CHEVRON = 1; // ‹ … ›
const F_CURLY = 2; // “ … ”, „ … “ or ”, ‟ … ”
const F_STRAIGHT = 3; // " … "
const F_FULLWIDTH = 4; // ＂ … ＂
const F_CURLY_SINGLE = 5; // ‘ … ’, ‚ … ‘ or ’, ‛ … ’
const F_STRAIGHT_SINGLE = 6; // ' … '
const FAMILIES = 7;

const CLOSING_PUNCT = new Set([
  0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x7d, 0x2026, 0xbb, 0x201d, 0x2019, 0x22, 0x27, 0x203a,
]);
const CLAUSE_END = new Set([0x2e, 0x2c, 0x3b, 0x3a, 0x21, 0x3f, 0x29, 0x5d, 0x2026]);
const OPEN_PUNCT = new Set([
  0x28, 0x5b, 0x7b, 0xab, 0x2039, 0x201c, 0x201e, 0x2018, 0x201a, 0x2d, 0x2013, 0x2014, 0x2f,
]);

function isSpaceCode(code: number): boolean {
  return code === 0x20 || (code >= 9 && code <= 13) || (code > 0x7f && charClass(code) === CC_SPACE);
}

function isSingleFamily(family: number): boolean {
  return family === F_CURLY_SINGLE || family === F_STRAIGHT_SINGLE;
}

/**
 * Pairs the quotation marks among `tokens` (tokens whose text is one quotation-mark character).
 * See `findQuoteSpans` for the rules.
 * @example
 * const p = pairQuoteMarks(text, tokens);
 * p.spans[0].text; //=> '« non »'
 * tokens[p.openToken[0]].text; //=> '«'
 */
export function pairQuoteMarks(text: string, tokens: readonly QuoteToken[]): QuotePairing {
  const n = text.length;
  // Records, indexed in opening order.
  const recOpenTok: number[] = [];
  const recCloseTok: number[] = [];
  const recLastTok: number[] = [];
  const recEnd: number[] = [];
  const recFamily: number[] = [];
  const recLow: boolean[] = []; // opened by „ ‚ or a reversed ” (then “ or ‘ may close it)
  const recParent: number[] = [];
  const recDropped: boolean[] = [];
  const recTentative: boolean[] = []; // single marks and reversed ”: no span if never closed
  const stack: number[] = [];
  const openCount = new Int32Array(FAMILIES);
  /** Per family, the open records, innermost last. */
  const openByFamily: number[][] = Array.from({ length: FAMILIES }, () => []);
  let openLowDouble = 0;
  let openLowSingle = 0;

  const popOne = (endTok: number, endPos: number): number => {
    const rec = stack.pop()!;
    const family = recFamily[rec]!;
    openCount[family]!--;
    openByFamily[family]!.pop();
    if (recLow[rec]) {
      if (family === F_CURLY) openLowDouble--;
      else openLowSingle--;
    }
    recLastTok[rec] = endTok;
    recEnd[rec] = endPos;
    return rec;
  };
  /** Ends every open quotation at token `endTok` (unclosed); single-quote ones are dropped. */
  const closeAllAt = (endTok: number): void => {
    const endPos = endTok >= 0 ? tokens[endTok]!.end : 0;
    while (stack.length > 0) {
      const rec = popOne(endTok, endPos);
      if (recTentative[rec]) recDropped[rec] = true;
    }
  };
  const open = (tok: number, family: number, low: boolean, code = 0): void => {
    const rec = recOpenTok.length;
    recOpenTok.push(tok);
    recCloseTok.push(-1);
    recLastTok.push(tok);
    recEnd.push(tokens[tok]!.end);
    recFamily.push(family);
    recLow.push(low);
    recParent.push(stack.length > 0 ? stack[stack.length - 1]! : -1);
    recDropped.push(false);
    recTentative.push(isSingleFamily(family) || code === 0x201d);
    stack.push(rec);
    openCount[family]!++;
    openByFamily[family]!.push(rec);
    if (low) {
      if (family === F_CURLY) openLowDouble++;
      else openLowSingle++;
    }
  };
  const close = (tok: number, family: number): void => {
    // Quotations opened inside this one and still open end just before its closing mark.
    for (;;) {
      const top = stack[stack.length - 1]!;
      if (recFamily[top] === family) {
        popOne(tok, tokens[tok]!.end);
        recCloseTok[top] = tok;
        return;
      }
      const rec = popOne(tok - 1, tokens[tok - 1]!.end);
      if (recTentative[rec]) recDropped[rec] = true;
    }
  };

  /** The family, among « and ", whose open quotation is innermost (for a ” closing mixed marks). */
  const innermostGuillemetOrStraight = (): number => {
    const g = openByFamily[F_GUILLEMET]!;
    const q = openByFamily[F_STRAIGHT]!;
    if (q.length === 0) return F_GUILLEMET;
    if (g.length === 0) return F_STRAIGHT;
    return g[g.length - 1]! > q[q.length - 1]! ? F_GUILLEMET : F_STRAIGHT;
  };
  /** True when nothing but closing punctuation follows token `i` on its line (a « used as a closer). */
  const endsClause = (i: number): boolean => {
    for (let p = tokens[i]!.end; p < n; p++) {
      const code = text.charCodeAt(p);
      if (isLineBreakCode(code)) return true;
      if (isSpaceCode(code)) continue;
      return CLAUSE_END.has(code);
    }
    return true;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i > 0 && stack.length > 0) {
      for (let p = tokens[i - 1]!.end; p < t.start; p++) {
        if (isLineBreakCode(text.charCodeAt(p))) {
          closeAllAt(i - 1);
          break;
        }
      }
    }
    if (t.end - t.start !== 1) continue;
    const code = text.charCodeAt(t.start);
    if (code > 0x27 && code < 0xab) continue;
    const before = t.start > 0 ? text.charCodeAt(t.start - 1) : -1;
    const after = t.end < n ? text.charCodeAt(t.end) : -1;
    const openingShaped =
      (before === -1 || isSpaceCode(before) || OPEN_PUNCT.has(before)) &&
      after !== -1 &&
      !isSpaceCode(after) &&
      !CLOSING_PUNCT.has(after);
    const closingShaped =
      before !== -1 &&
      !isSpaceCode(before) &&
      (after === -1 || isSpaceCode(after) || CLOSING_PUNCT.has(after));
    switch (code) {
      case 0xab: // « opens; a second « with only punctuation after it closes (a common typo)
        if (openCount[F_GUILLEMET]! > 0 && endsClause(i)) close(i, F_GUILLEMET);
        else open(i, F_GUILLEMET, false);
        break;
      case 0xbb: // »
        if (openCount[F_GUILLEMET]! > 0) close(i, F_GUILLEMET);
        break;
      case 0x2039: // ‹
        open(i, F_CHEVRON, false);
        break;
      case 0x203a: // ›
        if (openCount[F_CHEVRON]! > 0) close(i, F_CHEVRON);
        break;
      case 0x201e: // „
        open(i, F_CURLY, true);
        break;
      case 0x201c: // “ closes an open „ or reversed ”; shaped as a closer, closes an open “ (“…“); else opens
        if (openLowDouble > 0 && !openingShaped) close(i, F_CURLY);
        else if (closingShaped && !openingShaped) {
          if (openCount[F_CURLY]! > 0) close(i, F_CURLY);
        } else open(i, F_CURLY, false);
        break;
      case 0x201f: // ‟
        open(i, F_CURLY, false);
        break;
      case 0x201d: // ” closes “ „ ‟; else closes an open « or " (mixed marks); else opens (reversed ” … “)
        if (openCount[F_CURLY]! > 0) close(i, F_CURLY);
        else if (!openingShaped && openCount[F_GUILLEMET]! + openCount[F_STRAIGHT]! > 0)
          close(i, innermostGuillemetOrStraight());
        else if (!closingShaped) open(i, F_CURLY, true, code);
        break;
      case 0x22: // " toggles
        if (openCount[F_STRAIGHT]! > 0) close(i, F_STRAIGHT);
        else open(i, F_STRAIGHT, false);
        break;
      case 0xff02: // ＂ toggles
        if (openCount[F_FULLWIDTH]! > 0) close(i, F_FULLWIDTH);
        else open(i, F_FULLWIDTH, false);
        break;
      case 0x201a: // ‚
        open(i, F_CURLY_SINGLE, true);
        break;
      case 0x2018: // ‘ closes an open ‚ unless shaped as an opener; opens when shaped as an opener
        if (openLowSingle > 0 && !openingShaped) close(i, F_CURLY_SINGLE);
        else if (openingShaped) open(i, F_CURLY_SINGLE, false);
        break;
      case 0x201b: // ‛
        open(i, F_CURLY_SINGLE, false);
        break;
      case 0x2019: // ’ closes an open ‘ ‚ ‛; otherwise it is an apostrophe
        if (openCount[F_CURLY_SINGLE]! > 0 && !openingShaped) close(i, F_CURLY_SINGLE);
        break;
      case 0x27: // ' closes an open ' ; opens when shaped as an opener; otherwise an apostrophe
        if (openCount[F_STRAIGHT_SINGLE]! > 0 && !openingShaped) close(i, F_STRAIGHT_SINGLE);
        else if (openingShaped) open(i, F_STRAIGHT_SINGLE, false);
        break;
      default:
        break;
    }
  }
  closeAllAt(tokens.length - 1);

  // Compact: drop the unclosed single-quote records, re-point parents, compute depth and words.
  const wordsBefore = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++)
    wordsBefore[i + 1] = wordsBefore[i]! + (tokens[i]!.kind === 'word' ? 1 : 0);
  const count = recOpenTok.length;
  const newIndex = new Int32Array(count);
  const keptParent = new Int32Array(count);
  const spans: QuoteSpan[] = [];
  const openToken: number[] = [];
  const closeToken: number[] = [];
  const lastToken: number[] = [];
  for (let r = 0; r < count; r++) {
    const p = recParent[r]!;
    keptParent[r] = p < 0 ? -1 : recDropped[p] ? keptParent[p]! : p;
    if (recDropped[r]) {
      newIndex[r] = -1;
      continue;
    }
    newIndex[r] = spans.length;
    const parent = keptParent[r]! < 0 ? -1 : newIndex[keptParent[r]!]!;
    const openTok = tokens[recOpenTok[r]!]!;
    const closeTok = recCloseTok[r]!;
    const closed = closeTok >= 0;
    const start = openTok.start;
    const end = recEnd[r]!;
    const innerEnd = closed ? tokens[closeTok]!.start : end;
    const wordsEnd = closed ? closeTok : recLastTok[r]! + 1;
    spans.push({
      start,
      end,
      text: text.slice(start, end),
      innerStart: openTok.end,
      innerEnd,
      open: openTok.text,
      close: closed ? tokens[closeTok]!.text : '',
      closed,
      words: Math.max(0, wordsBefore[wordsEnd]! - wordsBefore[recOpenTok[r]! + 1]!),
      depth: parent < 0 ? 0 : spans[parent]!.depth + 1,
      parent,
    });
    openToken.push(recOpenTok[r]!);
    closeToken.push(closeTok);
    lastToken.push(recLastTok[r]!);
  }
  return { spans, openToken, closeToken, lastToken };
}

/**
 * Finds quotations in a tokenized text. Pure, linear in the number of tokens.
 *
 * - `«` pairs with `»`, `‹` with `›`, `“` with `”`, `„` with `“` or `”`, `‟` with `”`; straight `"`
 *   toggles (a `"` closes the open `"` quotation, else opens one); same for fullwidth `＂`.
 * - Common typos of real pages are tolerated: `« … « .` (a second `«` followed only by punctuation
 *   closes), `“ … “` (a `“` shaped as a closer: after a word, before a space or punctuation), reversed
 *   `” … “` and `” … ”` (a `”` with nothing to close that is not shaped as a closer opens, but gives no
 *   span if nothing closes it: it was a stray closing mark), `« … ”` and
 *   `" … ”` (a `”` with no `“` open closes the innermost open `«` or `"`).
 * - Single marks quote only when used as quotes: `‘` (or `‚`, `‛`) opens when it stands before a word
 *   and `’` closes it; straight `'` opens before a word (not after a letter) and closes an open `'`.
 *   Otherwise they are apostrophes. A single-quote opener never closed is an apostrophe too (no span).
 * - Nesting: a quotation inside another has `depth` + 1 and `parent` set. A closer closes the innermost
 *   open quotation of its own kind; quotations opened inside it and still open end just before it
 *   (`closed: false`).
 * - An opening mark never closed ends at the end of its paragraph (the last token before a line break)
 *   with `closed: false`. A closing mark with no opener is ignored.
 * - `words` counts the word tokens between the marks. Spans are in order of their opening mark.
 * @param tokens the document's tokens, in order (only `text`, `start`, `end`, `kind` are read).
 * @example
 * const pt = processText({ text: 'Il a parlé de « soldats de la paix ».', lang: 'fr' });
 * findQuoteSpans(pt.text, pt.tokens);
 * //=> [{ start: 14, end: 36, text: '« soldats de la paix »', innerStart: 15, innerEnd: 35, open: '«',
 * //      close: '»', closed: true, words: 4, depth: 0, parent: -1 }]
 */
export function findQuoteSpans(text: string, tokens: readonly QuoteToken[]): QuoteSpan[] {
  return pairQuoteMarks(text, tokens).spans;
}
