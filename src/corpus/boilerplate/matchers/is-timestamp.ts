import type { FoldedLine } from '../fold-line.js';
import { MONTHS, TIME_UNITS, TIMESTAMP_WORDS, WEEKDAYS } from '../vocabulary.js';

const MONTH = new Set(MONTHS);
const WEEKDAY = new Set(WEEKDAYS);
const FILLER = new Set(TIMESTAMP_WORDS);
const UNIT = new Set(TIME_UNITS);
const EDGE_PUNCTUATION = new Set([...',;:|•·()[]-–—.']);

/**
 * A line holding only a date and/or time, with the usual words around it: `06/01/2022 à 14h32`,
 * `Publié le 6 janvier 2022 à 10h00`, `Updated: Jan 6, 2022 10:32 GMT`, `il y a 3 heures`, `2 hours ago`.
 * It needs a strong date cue (a month or weekday name, a `12:30`/`14h32`/`06/01/2022`/`2022-01-06`
 * token, a year, or a relative time with a number); any other word makes it a sentence, which is kept.
 * @example
 * isTimestamp(foldLine('Publié le 6 janvier 2022 à 10h00')); //=> true
 * isTimestamp(foldLine('Le 6 janvier 2022, les troupes sont arrivées.')); //=> false
 */
export function isTimestamp(line: FoldedLine): boolean {
  if (line.raw.length > 80) return false;
  let strong = false;
  let numbers = 0;
  let unit = false;
  let relative = false;
  let tokens = 0;
  for (const piece of line.folded.split(' ')) {
    const t = trimEdges(piece);
    if (t === '') continue;
    tokens++;
    if (MONTH.has(t) || WEEKDAY.has(t)) strong = true;
    else if (/^\d{1,4}$/.test(t)) {
      numbers++;
      if (/^(19|20)\d\d$/.test(t)) strong = true;
    } else if (isDateOrTime(t) || /^\d{1,2}(er|st|nd|rd|th|e)$/.test(t)) {
      numbers++;
      strong = true;
    } else if (FILLER.has(t)) {
      if (UNIT.has(t)) unit = true;
      if (t === 'ago' || t === 'il') relative = true;
    } else return false;
  }
  if (unit && relative && numbers > 0) strong = true;
  return tokens > 0 && strong;
}

/** `14h32`, `14h`, `14:32`, `14:32:05`, `06/01/2022`, `6.1.22`, `2022-01-06`, `2022/01/06`. */
function isDateOrTime(t: string): boolean {
  return (
    /^\d{1,2}[h:]\d{0,2}(:\d{2})?$/.test(t) ||
    /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/.test(t) ||
    /^\d{4}[/.-]\d{1,2}[/.-]\d{1,2}(t[\d:.z+-]{2,20})?$/.test(t)
  );
}

function trimEdges(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && EDGE_PUNCTUATION.has(s[a]!)) a++;
  while (b > a && EDGE_PUNCTUATION.has(s[b - 1]!)) b--;
  return s.slice(a, b);
}
