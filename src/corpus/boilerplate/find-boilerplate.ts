import type { RemovedRegion } from '../../core/types.js';
import { splitLines, type TextLine } from '../split-lines.js';
import { compileRules, matchLine, PREFIX_WINDOW } from './compile-rules.js';
import { type FoldedLine, foldLine } from './fold-line.js';
import type { LineContext } from './line-context.js';
import type { BoilerplateReason } from './reasons.js';
import { BOILERPLATE_RULES } from './rules.js';

/**
 * A removed region with the id of the rule that set it aside.
 * @example
 * // { text: 'Source : AFP', start: 120, end: 132, reason: 'source-line', rule: 'source-line/source', line: 7 }
 */
export interface BoilerplateRegion extends RemovedRegion {
  reason: BoilerplateReason;
  /** Stable rule id, e.g. `related-link/lead`, or `byline/author-box` for the closing author box. */
  rule: string;
  /** 0-based line index in the text. */
  line: number;
}

const COMPILED = compileRules(BOILERPLATE_RULES);

/** Reasons after which the article is over: what follows is page furniture. */
const END_MARKERS = new Set<string>(['article-nav', 'back-to-top', 'comment-form']);
/** The most lines an author box after the end markers may span. */
const AUTHOR_BOX_MAX_LINES = 3;
const AUTHOR_BOX_MAX_LENGTH = 400;
/** A related headline: at most this long, and not ending like a sentence. */
const RELATED_HEADLINE_MAX_LENGTH = 160;

/**
 * Finds the boilerplate lines of a text. Line-based and linear: each non-blank line (trimmed; lines
 * longer than every rule's limit are never examined, and lines longer than 400 characters only by
 * prefix phrases on their first 200 characters) is matched against the rule table
 * (`BOILERPLATE_RULES`), the first matching rule giving the reason. Two passes then use position:
 * - `related-link/list`: headline-like lines after a bare "Related Articles" / "Articles similaires"
 *   heading, when nothing but boilerplate or blank lines follows them to the end of the text;
 * - `byline/author-box`: up to 3 remaining lines (each ≤ 400 characters) after the last end marker
 *   (previous/next article links, back-to-top button, comment form): the author note closing a page.
 * Every region is one line's trimmed content: `text.slice(start, end) === region.text`.
 * @example
 * findBoilerplate('Titre\n\nCorps du texte.\n\nLire aussi : autre chose').map((r) => r.reason);
 * //=> ['related-link']
 */
export function findBoilerplate(
  text: string,
  lines: readonly TextLine[] = splitLines(text),
): BoilerplateRegion[] {
  const nonBlank = lines.filter((l) => l.content.length > 0);
  const folded: (FoldedLine | undefined)[] = new Array(nonBlank.length);
  const fold = (i: number): FoldedLine => {
    let f = folded[i];
    if (!f) {
      const content = nonBlank[i]!.content;
      f = foldLine(content.length > COMPILED.wholeLineMaxLength ? content.slice(0, PREFIX_WINDOW) : content);
      folded[i] = f;
    }
    return f;
  };
  const found: (BoilerplateRegion | null)[] = nonBlank.map(() => null);
  nonBlank.forEach((line, i) => {
    if (line.content.length > COMPILED.maxLength) return;
    const context: LineContext = {
      next: () => (i + 1 < nonBlank.length ? fold(i + 1) : null),
      previous: () => (i > 0 ? fold(i - 1) : null),
      isFirst: i === 0,
      isLast: i === nonBlank.length - 1,
    };
    const rule = matchLine(COMPILED, fold(i), context, line.content.length);
    if (rule) found[i] = region(line, rule.reason, rule.id);
  });
  markRelatedList(nonBlank, found, fold);
  markAuthorBox(nonBlank, found);
  return found.filter((r): r is BoilerplateRegion => r !== null);
}

function region(line: TextLine, reason: BoilerplateReason, rule: string): BoilerplateRegion {
  return {
    text: line.content,
    start: line.contentStart,
    end: line.contentEnd,
    reason,
    rule,
    line: line.index,
  };
}

function markRelatedList(
  lines: readonly TextLine[],
  found: (BoilerplateRegion | null)[],
  fold: (i: number) => FoldedLine,
): void {
  for (let i = 0; i < lines.length; i++) {
    if (found[i]?.rule !== 'related-link/lead' || !isBareHeading(fold(i))) continue;
    const headlines: number[] = [];
    let j = i + 1;
    while (j < lines.length && !found[j] && isHeadlineLike(lines[j]!.content)) headlines.push(j++);
    if (headlines.length === 0) continue;
    let onlyBoilerplateAfter = true;
    for (let k = j; k < lines.length; k++) if (!found[k]) onlyBoilerplateAfter = false;
    if (!onlyBoilerplateAfter) continue;
    for (const h of headlines) found[h] = region(lines[h]!, 'related-link', 'related-link/list');
  }
}

/** The heading alone: its core has no words besides the rule's phrase (few words, no colon content). */
function isBareHeading(line: FoldedLine): boolean {
  return line.words.length <= 5 && !line.folded.includes(':');
}

function isHeadlineLike(content: string): boolean {
  if (content.length > RELATED_HEADLINE_MAX_LENGTH) return false;
  return !(content.endsWith('.') && !content.endsWith('...'));
}

function markAuthorBox(lines: readonly TextLine[], found: (BoilerplateRegion | null)[]): void {
  let lastMarker = -1;
  found.forEach((r, i) => {
    if (r && END_MARKERS.has(r.reason)) lastMarker = i;
  });
  if (lastMarker < 0) return;
  const rest: number[] = [];
  for (let i = lastMarker + 1; i < lines.length; i++) if (!found[i]) rest.push(i);
  if (rest.length === 0 || rest.length > AUTHOR_BOX_MAX_LINES) return;
  if (rest.some((i) => lines[i]!.content.length > AUTHOR_BOX_MAX_LENGTH)) return;
  for (const i of rest) found[i] = region(lines[i]!, 'byline', 'byline/author-box');
}
