/**
 * The same-length copy of a text that wink-nlp reads, so that wink's tokens can be placed back on the
 * original by offset (wink has no character-offset API and drops some characters).
 * @module
 */
import type { Span } from '../core/types.js';
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

let spaces = ' '.repeat(1024);

function blank(length: number): string {
  while (spaces.length < length) spaces += spaces;
  return spaces.slice(0, length);
}

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

/**
 * Builds the text wink-nlp tokenizes: same length as `text`, equal to it except that
 * - everything outside `regions` becomes spaces (so it gets no token);
 * - all whitespace (line breaks, tabs, NBSP, U+202F, U+2028…) and control characters become `' '`;
 * - letters outside Latin-1 (œ, š, ğ, Cyrillic, Arabic…) become `x`/`X`, and combining marks or invisible
 *   format characters inside a word become `x`, so that wink keeps such words whole.
 * Emoji, symbols and punctuation are kept as they are.
 * @param regions sorted, non-overlapping spans of `text` to keep.
 * @example
 * makeWinkInput('Le cœur\nbat.', [{ start: 0, end: 12 }]); //=> 'Le cxur bat.'
 * makeWinkInput('Titre. Corps', [{ start: 7, end: 12 }]);  //=> '       Corps'
 */
export function makeWinkInput(text: string, regions: readonly Span[]): string {
  const parts: string[] = [];
  let flushed = 0;
  const put = (at: number, replacement: string): void => {
    if (at > flushed) parts.push(text.slice(flushed, at));
    parts.push(replacement);
    flushed = at + replacement.length;
  };
  let cursor = 0;
  for (const region of regions) {
    if (region.start > cursor) put(cursor, blank(region.start - cursor));
    let prevLetter = false;
    const end = region.end;
    for (let i = region.start; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code > 0x20 && code !== 0x7f) {
          prevLetter = (code | 32) >= 97 && (code | 32) <= 122;
        } else {
          if (code !== 0x20) put(i, ' ');
          prevLetter = false;
        }
        continue;
      }
      const cls = charClass(code);
      switch (cls) {
        case CC_LATIN_LETTER:
          prevLetter = true;
          break;
        case CC_SPACE:
        case CC_CONTROL:
          put(i, ' ');
          prevLetter = false;
          break;
        case CC_OTHER_UPPER:
          put(i, 'X');
          prevLetter = true;
          break;
        case CC_OTHER_LETTER:
          put(i, 'x');
          prevLetter = true;
          break;
        case CC_MARK:
          if (prevLetter) put(i, 'x');
          break;
        case CC_FORMAT:
          if (prevLetter && i + 1 < end && startsLetterOrMark(text, i + 1)) put(i, 'x');
          else {
            put(i, ' ');
            prevLetter = false;
          }
          break;
        case CC_EMOJI_GLUE:
          if (prevLetter && i + 1 < end && startsLetterOrMark(text, i + 1)) put(i, 'x');
          else prevLetter = false;
          break;
        case CC_SURROGATE: {
          if (code <= 0xdbff && i + 1 < end) {
            const low = text.charCodeAt(i + 1);
            if (low >= 0xdc00 && low <= 0xdfff) {
              const a = astralClass(code, low);
              if (a === CC_OTHER_UPPER || a === CC_OTHER_LETTER || (a === CC_MARK && prevLetter)) {
                put(i, a === CC_OTHER_UPPER ? 'Xx' : 'xx');
                prevLetter = true;
              } else prevLetter = false;
              i++;
              break;
            }
          }
          prevLetter = false;
          break;
        }
        default:
          prevLetter = false;
      }
    }
    cursor = end;
  }
  if (text.length > cursor) put(cursor, blank(text.length - cursor));
  if (parts.length === 0) return text;
  if (flushed < text.length) parts.push(text.slice(flushed));
  return parts.join('');
}
