/**
 * The same-length copy of a text that wink-nlp reads, so that wink's tokens can be placed back on the
 * original by offset (wink has no character-offset API and drops some characters).
 * @module
 */
import type { Span } from '../core/types.js';
import { LONG_RUN } from './break-long-runs.js';
import {
  astralClass,
  CC_CONTROL,
  CC_EMOJI_GLUE,
  CC_FORMAT,
  CC_LATIN_LETTER,
  CC_MARK,
  CC_OTHER_LETTER,
  CC_OTHER_UPPER,
  CC_SPACE,
  CC_SURROGATE,
  charClass,
} from './char-class.js';

const SPACE = 0x20;
const X_LOWER = 0x78;
const X_UPPER = 0x58;
const utf16 = new TextDecoder('utf-16le');

/** True when the code unit at `i` starts a letter or a combining mark (any script, astral included). */
function startsLetterOrMark(text: string, i: number): boolean {
  if (i >= text.length) return false;
  const code = text.charCodeAt(i);
  if (code < 0x80) return ((code | 32) >= 97 && (code | 32) <= 122) || false;
  const cls = charClass(code);
  if (cls === CC_SURROGATE && code <= 0xdbff && i + 1 < text.length) {
    const a = astralClass(code, text.charCodeAt(i + 1));
    return a === CC_OTHER_LETTER || a === CC_OTHER_UPPER || a === CC_MARK;
  }
  return cls === CC_LATIN_LETTER || cls === CC_OTHER_LETTER || cls === CC_OTHER_UPPER || cls === CC_MARK;
}

/** The text wink-nlp reads, and whether it equals the original wherever a token can be. */
export interface WinkInput {
  /** Same length as the original. */
  copy: string;
  /**
   * True when only whitespace, controls and text outside the regions were replaced: then a wink token's
   * value is exactly the original text at its place.
   */
  exact: boolean;
  /**
   * The offsets, in increasing order, where a character that can sit inside a token was replaced (a
   * letter, a mark, a joiner, a surrogate): a wink token spanning none of them is exactly the original
   * text at its place. Empty when `exact`.
   */
  replaced: number[];
  /** False when no run of non-space characters of `copy` is longer than `LONG_RUN` (`breakLongRuns` has nothing to do). */
  longRun: boolean;
}

/**
 * Builds the text wink-nlp tokenizes: same length as `text`, equal to it except that
 * - everything outside `regions` becomes spaces (so it gets no token);
 * - all whitespace (line breaks, tabs, NBSP, U+202F, U+2028…) and control characters become `' '`;
 * - letters outside Latin-1 (œ, š, ğ, Cyrillic, Arabic…) become `x`/`X`, and combining marks or invisible
 *   format characters inside a word become `x`, so that wink keeps such words whole.
 * Emoji, symbols and punctuation are kept as they are.
 * @param regions sorted, non-overlapping spans of `text` to keep.
 * @example
 * makeWinkInput('Le cœur\nbat.', [{ start: 0, end: 12 }]); //=> { copy: 'Le cxur bat.', exact: false, replaced: [4], longRun: false }
 * makeWinkInput('Titre. Corps', [{ start: 7, end: 12 }]);  //=> { copy: '       Corps', exact: true, replaced: [], longRun: false }
 */
export function makeWinkInput(text: string, regions: readonly Span[]): WinkInput {
  const n = text.length;
  // Code units of the copy; decoded at the end (a lone surrogate becomes U+FFFD: same length).
  const out = new Uint16Array(n).fill(SPACE);
  let changed = false;
  // Where a character that can sit inside a token was replaced (a letter, a mark, a lone surrogate).
  const replaced: number[] = [];
  // Offset of the last space of the copy (text outside the regions is spaces), to find long runs.
  let lastSpace = -1;
  let longRun = false;
  let previousEnd = 0;
  for (const region of regions) {
    let prevLetter = false;
    const end = region.end;
    if (region.start > previousEnd) lastSpace = region.start - 1;
    previousEnd = end;
    for (let i = region.start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code > 0x20 && code !== 0x7f) {
          out[i] = code;
          prevLetter = (code | 32) >= 97 && (code | 32) <= 122;
          if (i - lastSpace > LONG_RUN) longRun = true;
        } else {
          changed ||= code !== SPACE;
          prevLetter = false;
          lastSpace = i;
        }
        continue;
      }
      out[i] = code;
      const cls = charClass(code);
      switch (cls) {
        case CC_LATIN_LETTER:
          prevLetter = true;
          break;
        case CC_SPACE:
        case CC_CONTROL:
          out[i] = SPACE;
          changed = true;
          prevLetter = false;
          break;
        case CC_OTHER_UPPER:
          out[i] = X_UPPER;
          changed = true;
          replaced.push(i);
          prevLetter = true;
          break;
        case CC_OTHER_LETTER:
          out[i] = X_LOWER;
          changed = true;
          replaced.push(i);
          prevLetter = true;
          break;
        case CC_MARK:
          if (prevLetter) {
            out[i] = X_LOWER;
            changed = true;
            replaced.push(i);
          }
          break;
        case CC_FORMAT:
          out[i] = prevLetter && i + 1 < end && startsLetterOrMark(text, i + 1) ? X_LOWER : SPACE;
          changed = true;
          prevLetter = out[i] === X_LOWER;
          if (prevLetter) replaced.push(i);
          break;
        case CC_EMOJI_GLUE:
          if (prevLetter && i + 1 < end && startsLetterOrMark(text, i + 1)) {
            out[i] = X_LOWER;
            changed = true;
            replaced.push(i);
          } else prevLetter = false;
          break;
        case CC_SURROGATE: {
          const wasLetter = prevLetter;
          prevLetter = false;
          if (code <= 0xdbff && i + 1 < end) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
              const a = astralClass(code, low);
              if (a === CC_OTHER_UPPER || a === CC_OTHER_LETTER || (a === CC_MARK && wasLetter)) {
                out[i] = a === CC_OTHER_UPPER ? X_UPPER : X_LOWER;
                out[i + 1] = X_LOWER;
                changed = true;
                replaced.push(i, i + 1);
                prevLetter = true;
              } else out[i + 1] = low;
              i++;
              break;
            }
          }
          replaced.push(i); // a lone surrogate: decoding turns it into U+FFFD
          break;
        }
        default:
          prevLetter = false;
      }
      if (out[i] === SPACE) lastSpace = i;
      else if (i - lastSpace > LONG_RUN) longRun = true;
    }
  }
  if (!changed && regions.length === 1 && regions[0]!.start === 0 && regions[0]!.end === n) {
    return { copy: text, exact: true, replaced, longRun };
  }
  return { copy: utf16.decode(out), exact: replaced.length === 0, replaced, longRun };
}
