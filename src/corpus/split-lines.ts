/**
 * One line of a text, located by offsets. `start`/`end` bound the line's content without its line
 * break; `contentStart`/`contentEnd` bound it once surrounding whitespace is trimmed.
 * @example
 * splitLines('  Titre ')[0]; //=> { index: 0, start: 0, end: 8, contentStart: 2, contentEnd: 7, content: 'Titre' }
 */
export interface TextLine {
  /** 0-based line index. */
  index: number;
  start: number;
  end: number;
  contentStart: number;
  contentEnd: number;
  /** `text.slice(contentStart, contentEnd)`: the line trimmed (empty for a blank line). */
  content: string;
}

/**
 * Splits a text into lines (`\n`, `\r\n` or a lone `\r` end a line), keeping exact offsets. Linear time.
 * @example
 * splitLines('Titre\r\n\n  Corps ').map((l) => [l.content, l.contentStart, l.contentEnd]);
 * //=> [['Titre', 0, 5], ['', 7, 7], ['Corps', 10, 15]]
 */
export function splitLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  const n = text.length;
  // The next \n and \r at or after `start` (n when none): found by indexOf, not char by char.
  let nextLf = -1;
  let nextCr = -1;
  let start = 0;
  while (start <= n) {
    if (nextLf < start) nextLf = indexOrEnd(text, '\n', start);
    if (nextCr < start) nextCr = indexOrEnd(text, '\r', start);
    const end = Math.min(nextLf, nextCr);
    lines.push(makeLine(text, lines.length, start, end));
    start = end + (end === nextCr && end + 1 < n && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
  return lines;
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i < 0 ? text.length : i;
}

function makeLine(text: string, index: number, start: number, end: number): TextLine {
  let a = start;
  let b = end;
  while (a < b && isSpace(text.charCodeAt(a))) a++;
  while (b > a && isSpace(text.charCodeAt(b - 1))) b--;
  return { index, start, end, contentStart: a, contentEnd: b, content: text.slice(a, b) };
}

/**
 * True for the code units of whitespace characters (the set `String.prototype.trim` removes).
 * @example
 * isSpace(0xa0); //=> true (no-break space)
 * isSpace(0x41); //=> false
 */
export function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
