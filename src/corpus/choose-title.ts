import type { Span } from '../core/types.js';
import type { BoilerplateRegion } from './boilerplate/find-boilerplate.js';
import { foldText } from './boilerplate/fold-line.js';
import type { TextLine } from './split-lines.js';

/**
 * The longest line (UTF-16 units, trimmed) taken as a title when none is given.
 * @example
 * 'x'.repeat(MAX_TITLE_LENGTH + 1); // never taken as a title unless given
 */
export const MAX_TITLE_LENGTH = 200;

/**
 * The chosen title and where it stands. `markerStart` is set when a Markdown `#` marker precedes it.
 * @example
 * // { title: 'Titre', span: { start: 2, end: 7 }, lineStart: 0 } for '# Titre\n\nCorps.'
 */
export interface TitleChoice {
  title: string | null;
  span: Span | null;
  /** Start of the title line, including a Markdown heading marker (`# `) that the span leaves out. */
  lineStart: number | null;
}

/**
 * Chooses an article's title among its lines, given the lines already set aside as boilerplate.
 *
 * The candidate is the first non-blank line that is not boilerplate; a leading Markdown heading marker
 * (`#` to `######` then a space) is left out of the span.
 * - With `givenTitle` (from a record or a manifest): the title is `givenTitle` trimmed; its span is the
 *   candidate line when that line is exactly the title, else null (the title is not in the text).
 * - Otherwise the candidate is the title when it looks like a headline: at most 200 characters, with a
 *   letter, not starting with a lowercase letter, not ending with `,` `;` `:`, and not ending with a
 *   full stop unless it is a Markdown heading or the breadcrumb just above it repeats it (some sites
 *   end headlines with a period); and it is not the text's only kept line. Else there is no title.
 * @example
 * const text = 'Titre court\n\nUn paragraphe.';
 * chooseTitle(splitLines(text), []).title; //=> 'Titre court'
 */
export function chooseTitle(
  lines: readonly TextLine[],
  removed: readonly BoilerplateRegion[],
  givenTitle?: string,
): TitleChoice {
  const removedLines = new Map(removed.map((r) => [r.line, r]));
  const kept = lines.filter((l) => l.content.length > 0 && !removedLines.has(l.index));
  const candidate = kept[0];
  const wanted = givenTitle?.trim();
  if (!candidate) return { title: wanted || null, span: null, lineStart: null };
  const markerLength = headingMarkerLength(candidate.content);
  const start = candidate.contentStart + markerLength;
  const content = candidate.content.slice(markerLength);
  const span = { start, end: candidate.contentEnd };
  if (wanted) {
    return content === wanted
      ? { title: wanted, span, lineStart: candidate.contentStart }
      : { title: wanted, span: null, lineStart: null };
  }
  const previous = lines
    .slice(0, candidate.index)
    .reverse()
    .find((l) => l.content.length > 0);
  const breadcrumb = previous ? removedLines.get(previous.index) : undefined;
  const echoed = breadcrumb?.reason === 'breadcrumb' && foldText(breadcrumb.text).endsWith(foldText(content));
  const ok = kept.length > 1 && looksLikeHeadline(content, markerLength > 0 || echoed);
  return ok
    ? { title: content, span, lineStart: candidate.contentStart }
    : { title: null, span: null, lineStart: null };
}

function looksLikeHeadline(content: string, periodAllowed: boolean): boolean {
  if (content.length === 0 || content.length > MAX_TITLE_LENGTH) return false;
  if (!/\p{L}/u.test(content)) return false;
  const firstLetter = content.match(/\p{L}/u)![0];
  if (firstLetter !== firstLetter.toUpperCase()) return false;
  const last = content[content.length - 1]!;
  if (last === ',' || last === ';' || last === ':') return false;
  const endsWithFullStop = last === '.' && !content.endsWith('...');
  return !endsWithFullStop || periodAllowed;
}

/** Length of a leading Markdown ATX heading marker (`## ` → 3), or 0. */
function headingMarkerLength(content: string): number {
  let i = 0;
  while (i < content.length && i < 7 && content[i] === '#') i++;
  if (i === 0 || i > 6) return 0;
  let j = i;
  while (j < content.length && (content[j] === ' ' || content[j] === '\t')) j++;
  return j > i && j < content.length ? j : 0;
}
