/**
 * Tokenization: wink-nlp's tokens placed on the original text by offset, then fixed for French and for
 * scripts wink does not know (elisions split, hyphenated words and non-Latin-1 words joined, emoji
 * sequences joined, kinds assigned).
 * @module
 */
import type { Span } from '../core/types.js';
import { breakLongRuns } from './break-long-runs.js';
import {
  astralClass,
  CC_DIGIT,
  CC_EMOJI_GLUE,
  CC_LATIN_LETTER,
  CC_MARK,
  CC_OTHER_LETTER,
  CC_OTHER_UPPER,
  CC_SURROGATE,
  charClass,
} from './char-class.js';
import { elidedWord, isApostropheCode } from './elision.js';
import { winkSentences } from './load-wink.js';
import { makeWinkInput } from './make-wink-input.js';
import { isDoubleQuoteMark, isSingleQuoteMark } from './quote-marks.js';
import type { Token, TokenKind } from './types.js';
import { winkEntries } from './wink-entries.js';

/** Tokens of a text (with `norm`, `stem`, `stop`, `sentence`, `quote` not filled yet) and what wink said. */
export interface TokenizedText {
  tokens: Token[];
  /** 1 where wink-nlp started a sentence at this token. */
  winkSentenceStart: Uint8Array;
  /** Index (into the regions) of the region holding each token. */
  region: Int32Array;
  /**
   * For a token that is exactly one wink token, that token's wink entry (see `winkEntries`): tokens of
   * the same entry have the same text and kind (`quote` and `punctuation` aside). -1 for the others.
   */
  entry: Int32Array;
}

const K_WORD = 0;
const K_NUMBER = 1;
const K_PUNCT = 2;
const K_QUOTE = 3;
const K_SYMBOL = 4;
const K_EMOJI = 5;
const K_URL = 6;
const K_EMAIL = 7;
const K_HASHTAG = 8;
const K_MENTION = 9;
const K_OTHER = 10;
const KIND_NAMES: TokenKind[] = [
  'word',
  'number',
  'punctuation',
  'quote',
  'symbol',
  'emoji',
  'url',
  'email',
  'hashtag',
  'mention',
  'other',
];
const K_BY_CHAR = -1;
/** Not computed yet, in `entryKinds`. */
const K_UNSEEN = -2;

const WINK_TYPE_KIND = new Map<string, number>(
  Object.entries({
    word: K_WORD,
    wordRP: K_WORD,
    alpha: K_WORD,
    shortForm: K_WORD,
    number: K_NUMBER,
    ordinal: K_NUMBER,
    time: K_NUMBER,
    decade: K_NUMBER,
    url: K_URL,
    email: K_EMAIL,
    mention: K_MENTION,
    hashtag: K_HASHTAG,
    emoji: K_EMOJI,
    emoticon: K_EMOJI,
    currency: K_SYMBOL,
    symbol: K_SYMBOL,
    punctuation: K_PUNCT,
    apos: K_PUNCT,
  }),
);

/** The token kind (or `K_BY_CHAR`) of each wink entry, filled as entries are met. */
const entryKinds: number[] = [];
/**
 * The final kind of a token that is exactly one wink entry's value, in the original text (read with
 * `kindOfText`), per entry; `K_UNSEEN` when not computed yet.
 */
const entryTextKinds: number[] = [];
/**
 * Where a French elision ends in an entry's value (the offset after its apostrophe: `l’OTSC` → 2), 0
 * for none, -1 when not computed yet; per entry.
 */
const entryElisions: number[] = [];

function kindOfEntry(entry: number, types: readonly string[]): number {
  while (entryKinds.length <= entry) entryKinds.push(K_UNSEEN);
  let kind = entryKinds[entry]!;
  if (kind === K_UNSEEN) {
    kind = WINK_TYPE_KIND.get(types[entry]!) ?? K_BY_CHAR;
    entryKinds[entry] = kind;
  }
  return kind;
}

const RE_PUNCT = /^\p{P}/u;
const RE_SYMBOL = /^\p{S}/u;
const RE_NUMBER = /^\p{N}/u;
const RE_PICTOGRAPH = /^\p{Extended_Pictographic}/u;

function isHyphenCode(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

/** True when the code unit is a letter or mark (any script) or the placeholder wink saw for one. */
function isWordCode(code: number): boolean {
  if (code < 0x80) return (code | 32) >= 97 && (code | 32) <= 122;
  const c = charClass(code);
  return c === CC_LATIN_LETTER || c === CC_OTHER_LETTER || c === CC_OTHER_UPPER || c === CC_MARK;
}

/** True when some code unit of `copy` in `[start, end)` is a letter (or a placeholder) or a digit. */
function hasWordCode(copy: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = copy.charCodeAt(i);
    if (isWordCode(code) || (code >= 0x30 && code <= 0x39)) return true;
  }
  return false;
}

/** True when the code unit is outside Latin-1 and part of a word (a letter, a mark, a surrogate). */
function isForeignWordCode(code: number): boolean {
  if (code <= 0xff) return false;
  const c = charClass(code);
  return c === CC_OTHER_LETTER || c === CC_OTHER_UPPER || c === CC_MARK || c === CC_SURROGATE;
}

function kindByChar(text: string, start: number, end: number): number {
  const code = text.charCodeAt(start);
  if (end - start === 1 && (isDoubleQuoteMark(code) || isSingleQuoteMark(code))) return K_QUOTE;
  const cls = charClass(code);
  if (cls === CC_LATIN_LETTER || cls === CC_OTHER_LETTER || cls === CC_OTHER_UPPER) return K_WORD;
  if (cls === CC_DIGIT) return K_NUMBER;
  if (cls === CC_SURROGATE && code <= 0xdbff && end - start >= 2) {
    const a = astralClass(code, text.charCodeAt(start + 1));
    if (a === CC_OTHER_LETTER || a === CC_OTHER_UPPER) return K_WORD;
  }
  if (cls === CC_EMOJI_GLUE) return K_EMOJI;
  const ch = text.slice(start, Math.min(end, start + 2));
  if (RE_PICTOGRAPH.test(ch)) return K_EMOJI;
  if (RE_PUNCT.test(ch)) return K_PUNCT;
  if (RE_SYMBOL.test(ch)) return K_SYMBOL;
  if (RE_NUMBER.test(ch)) return K_NUMBER;
  return K_OTHER;
}

/** True for a token made only of emoji glue: ZWJ, variation selectors, keycap, skin tones, tag letters. */
function isEmojiGlue(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x200d || code === 0xfe0f || code === 0xfe0e || code === 0x20e3) continue;
    const low = i + 1 < end ? text.charCodeAt(i + 1) : 0;
    if (code === 0xd83c && low >= 0xdffb && low <= 0xdfff) {
      i++;
      continue;
    }
    if (code === 0xdb40 && low >= 0xdc20 && low <= 0xdc7f) {
      i++;
      continue;
    }
    return false;
  }
  return true;
}

function isRegionalIndicator(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || text.charCodeAt(start) !== 0xd83c) return false;
  const low = text.charCodeAt(start + 1);
  return low >= 0xdde6 && low <= 0xddff;
}

/**
 * Token fields while a text is split, reused from one text to the next (grown as needed): the tokens
 * become objects once they are final.
 */
interface Scratch {
  starts: Int32Array;
  ends: Int32Array;
  kinds: Uint8Array;
  flags: Uint8Array;
  regions: Int32Array;
  entries: Int32Array;
}

let scratch: Scratch = scratchOf(1024);

function scratchOf(size: number): Scratch {
  return {
    starts: new Int32Array(size),
    ends: new Int32Array(size),
    kinds: new Uint8Array(size),
    flags: new Uint8Array(size),
    regions: new Int32Array(size),
    entries: new Int32Array(size),
  };
}

/** True when `copy` holds `v` at offset `s` (`copy.startsWith(v, s)`, compared code unit by code unit). */
function startsAt(copy: string, v: string, s: number): boolean {
  const m = v.length;
  if (s + m > copy.length) return false;
  for (let j = 0; j < m; j++) if (copy.charCodeAt(s + j) !== v.charCodeAt(j)) return false;
  return true;
}

/** True when the copy's characters from `from` to `to` are all ones wink may drop (no letter, no digit). */
function onlySkippable(copy: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = copy.charCodeAt(i);
    if (code < 0x80 ? /[A-Za-z0-9]/.test(copy[i]!) : code <= 0xff && charClass(code) === CC_LATIN_LETTER)
      return false;
  }
  return true;
}

/**
 * Splits the kept regions of `text` into tokens. Every token satisfies
 * `text.slice(token.start, token.end) === token.text`; tokens are in order, never overlap, never cross a
 * region boundary nor a line break, and cover every non-space character wink reads.
 *
 * French (`lang: 'fr'`): elisions are split (`l’OTSC` → `l’` + `OTSC`, also `jusqu’`, `lorsqu’`…).
 * All languages: letters joined by a hyphen with no space are one token (`Alma-Ata`, `vice-président`;
 * `c’est-à-dire` gives `c’` + `est-à-dire` in French); words with letters outside Latin-1 are one token
 * (`cœur`, `Erdoğan`, `Токаев`); emoji sequences (ZWJ, skin tones, flags) are one token.
 * @param regions sorted, non-overlapping spans to read.
 * @example
 * tokenizeText('L’OTSC, à Alma-Ata.', [{ start: 0, end: 19 }], 'fr').tokens.map((t) => t.text);
 * //=> ['L’', 'OTSC', ',', 'à', 'Alma-Ata', '.']
 */
export function tokenizeText(text: string, regions: readonly Span[], lang: string): TokenizedText {
  const { copy, replaced, longRun } = makeWinkInput(text, regions);
  const nlp = winkSentences();
  const its = nlp.its;
  const doc = nlp.readDoc(longRun ? breakLongRuns(copy) : copy);
  const { entries, values, types } = winkEntries(nlp, doc.tokens());
  const spans = doc.sentences().out(its.span) as unknown as number[][];
  const winkStarts = new Uint8Array(entries.length + 1);
  for (const span of spans) winkStarts[span[0]!] = 1;

  const french = lang === 'fr';
  // Each wink token gives at most two tokens (an elision split) per piece between region boundaries.
  const capacity = 2 * (entries.length + regions.length) + 2;
  if (scratch.starts.length < capacity) scratch = scratchOf(capacity);
  const { starts, ends, kinds, flags: sentFlags, regions: regionOf, entries: entryOf } = scratch;
  /** The entry of the wink token being placed while it is exactly the original text, else -1. */
  let current = -1;
  let currentLength = 0;
  let last = -1;

  const push = (s: number, e: number, kind: number, flag: number, r: number): void => {
    last++;
    starts[last] = s;
    ends[last] = e;
    kinds[last] = kind;
    sentFlags[last] = flag;
    regionOf[last] = r;
    // The wink entry of a token that is exactly one wink token (its text is the entry's value), or -1.
    entryOf[last] = current >= 0 && currentLength === e - s ? current : -1;
  };

  /** The kind of the token `[s, e)` wink gave kind `winkKind`, from the original text. */
  const kindOfText = (s: number, e: number, winkKind: number): number => {
    if (winkKind === K_BY_CHAR) return kindByChar(text, s, e);
    if (winkKind === K_WORD && !hasWordCode(copy, s, e)) return kindByChar(text, s, e);
    if (winkKind === K_PUNCT && e - s === 1) {
      const code = text.charCodeAt(s);
      if (isDoubleQuoteMark(code) || isSingleQuoteMark(code)) return K_QUOTE;
    }
    return winkKind;
  };

  /** Where an elision ends in the word `[s, e)` (`l’OTSC` → s + 2), or 0. */
  const elisionEnd = (s: number, e: number): number => {
    for (let i = s + 1; i < e && i <= s + 6; i++) {
      if (isApostropheCode(text.charCodeAt(i))) {
        return i + 1 < e && elidedWord(text.slice(s, i)) !== undefined ? i + 1 : 0;
      }
    }
    return 0;
  };

  const emit = (s: number, e: number, winkKind: number, flag: number, r: number): void => {
    // A token that is exactly one entry's value reads the same text every time: its kind is cached.
    const whole = current >= 0 && currentLength === e - s;
    let kind: number;
    if (!whole) kind = kindOfText(s, e, winkKind);
    else {
      while (entryTextKinds.length <= current) entryTextKinds.push(K_UNSEEN);
      kind = entryTextKinds[current]!;
      if (kind === K_UNSEEN) {
        kind = kindOfText(s, e, winkKind);
        entryTextKinds[current] = kind;
      }
    }
    const adjacent = last >= 0 && ends[last] === s && regionOf[last] === r;

    if (kind === K_WORD) {
      // French elision inside the token: l’OTSC → l’ + OTSC.
      if (french && !(adjacent && kinds[last] === K_WORD)) {
        let cut: number;
        if (!whole) cut = elisionEnd(s, e);
        else {
          while (entryElisions.length <= current) entryElisions.push(-1);
          cut = entryElisions[current]!;
          if (cut < 0) {
            // Cached as an offset from the token's start.
            cut = Math.max(0, elisionEnd(s, e) - s);
            entryElisions[current] = cut;
          }
          if (cut > 0) cut += s;
        }
        if (cut > 0) {
          push(s, cut, K_WORD, flag, r);
          emit(cut, e, K_WORD, 0, r);
          return;
        }
      }
      if (adjacent && kinds[last] === K_WORD) {
        // A word wink cut because of a letter outside Latin-1 (or a mark): join it back.
        if (isForeignWordCode(text.charCodeAt(s)) || isForeignWordCode(text.charCodeAt(s - 1))) {
          ends[last] = e;
          entryOf[last] = -1;
          return;
        }
      }
      // Letters joined by a hyphen: Alma-Ata, Kassym-Jomart, est-à-dire.
      if (
        adjacent &&
        last >= 1 &&
        kinds[last] === K_PUNCT &&
        e > s &&
        ends[last]! - starts[last]! === 1 &&
        isHyphenCode(text.charCodeAt(starts[last]!)) &&
        kinds[last - 1] === K_WORD &&
        ends[last - 1] === starts[last] &&
        regionOf[last - 1] === r &&
        isWordCode(copy.charCodeAt(s)) &&
        isWordCode(copy.charCodeAt(starts[last]! - 1)) &&
        !(french && isApostropheCode(text.charCodeAt(starts[last]! - 1)))
      ) {
        ends[last - 1] = e;
        entryOf[last - 1] = -1;
        last--;
        return;
      }
    } else if (kind === K_QUOTE || kind === K_PUNCT) {
      // French elision cut by wink before its apostrophe: l + ’ (as in l’« OTSC »).
      if (
        french &&
        adjacent &&
        e - s === 1 &&
        kinds[last] === K_WORD &&
        isApostropheCode(text.charCodeAt(s)) &&
        elidedWord(text.slice(starts[last]!, ends[last])) !== undefined
      ) {
        ends[last] = e;
        entryOf[last] = -1;
        return;
      }
    } else if (adjacent && (kinds[last] === K_EMOJI || kind === K_EMOJI)) {
      const prevEnd = ends[last]!;
      const prevStart = starts[last]!;
      const glue = isEmojiGlue(text, s, e);
      if (
        (kinds[last] === K_EMOJI &&
          (glue || text.charCodeAt(prevEnd - 1) === 0x200d) &&
          (kind === K_EMOJI || glue)) ||
        (kinds[last] === K_EMOJI &&
          isRegionalIndicator(text, prevStart, prevEnd) &&
          isRegionalIndicator(text, s, e)) ||
        (glue && text.charCodeAt(e - 1) === 0x20e3 && prevEnd - prevStart === 1)
      ) {
        ends[last] = e;
        entryOf[last] = -1;
        kinds[last] = K_EMOJI;
        return;
      }
    }
    push(s, e, kind, flag, r);
  };

  const n = copy.length;
  let pos = 0;
  let r = 0;
  let nextReplaced = 0;
  for (let k = 0; k < entries.length; k++) {
    const entry = entries[k]!;
    const v = values[entry]!;
    if (v.length === 0) continue;
    let s = pos;
    while (s < n && copy.charCodeAt(s) === 32) s++;
    if (!startsAt(copy, v, s)) {
      const found = copy.indexOf(v, pos);
      if (found < 0 || !onlySkippable(copy, pos, found)) continue;
      s = found;
    }
    const e = s + v.length;
    pos = e;
    const winkKind = kindOfEntry(entry, types);
    while (r < regions.length - 1 && regions[r]!.end <= s) r++;
    let flag = winkStarts[k]!;
    let from = s;
    current = -1;
    while (r < regions.length - 1 && regions[r]!.end < e) {
      // A token across two touching regions: cut it at the boundary.
      const cut = regions[r]!.end;
      if (cut > from) emit(from, cut, K_BY_CHAR, flag, r);
      flag = 0;
      from = Math.max(from, cut);
      r++;
    }
    while (nextReplaced < replaced.length && replaced[nextReplaced]! < s) nextReplaced++;
    const untouched = nextReplaced === replaced.length || replaced[nextReplaced]! >= e;
    current = untouched && from === s ? entry : -1;
    currentLength = v.length;
    emit(from, e, from === s ? winkKind : K_BY_CHAR, flag, r);
  }

  const count = last + 1;
  const tokens: Token[] = new Array(count);
  const winkSentenceStart = sentFlags.slice(0, count);
  const region = regionOf.slice(0, count);
  const entry = entryOf.slice(0, count);
  for (let i = 0; i < count; i++) {
    const s = starts[i]!;
    const e = ends[i]!;
    const tokenEntry = entryOf[i]!;
    tokens[i] = {
      text: tokenEntry >= 0 ? values[tokenEntry]! : text.slice(s, e),
      start: s,
      end: e,
      kind: KIND_NAMES[kinds[i]!]!,
      norm: '',
      stem: '',
      stop: false,
      sentence: -1,
      quote: -1,
      form: -1,
    };
  }
  return { tokens, winkSentenceStart, region, entry };
}
