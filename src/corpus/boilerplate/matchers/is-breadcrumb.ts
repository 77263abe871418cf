import type { FoldedLine } from '../fold-line.js';
import type { LineContext } from '../line-context.js';
import { HOME_WORDS } from '../vocabulary.js';

const HOME = new Set(HOME_WORDS);
/** Home words that may open a flattened trail without separators. */
const ECHO_HOME = new Set(['accueil', 'home', 'homepage']);
/** Separators of a trail: `»`, `›`, `>`, `/`, `|`, `→`. Only `›`, `>`, `→` count without a home word. */
const SEPARATORS = new Set([...'»›>/|→'].map((c) => c.charCodeAt(0)));
const STRONG_SEPARATORS = new Set([...'›>→'].map((c) => c.charCodeAt(0)));
const ANY_SEPARATOR = /[»›>/|→]/;

/**
 * A breadcrumb trail: `Accueil » Monde » Europe`, `Home > World > …`, or a home word followed by a
 * section name and a (possibly truncated) copy of the next line, as scrapers flatten trails:
 * `Accueil Internationales C'est officiel ! La Russie…` above `C'est officiel ! La Russie…`.
 * @example
 * isBreadcrumb(foldLine('Home » World » Asia'), ctx); //=> true
 * isBreadcrumb(foldLine('« Non » a-t-il dit » puis…'), ctx); //=> false
 */
export function isBreadcrumb(line: FoldedLine, context: LineContext): boolean {
  if (line.raw.length > 400) return false;
  if (!ANY_SEPARATOR.test(line.folded))
    return ECHO_HOME.has(line.key) && echoesNextLine(line, context.next());
  const segments = splitOnSeparators(line.folded);
  const first = segments[0]?.text.trim() ?? '';
  if (segments.length >= 2 && HOME.has(first) && segments[1]!.text.trim().length > 0) return true;
  if (
    segments.length >= 3 &&
    !line.folded.includes('«') &&
    segments.slice(1).every((s) => s.strong) &&
    segments.slice(0, -1).every((s) => isSectionName(s.text))
  ) {
    return true;
  }
  return ECHO_HOME.has(line.firstWord ?? '') && echoesNextLine(line, context.next());
}

interface Segment {
  text: string;
  /** True when the separator before this segment is a strong one. */
  strong: boolean;
}

function splitOnSeparators(folded: string): Segment[] {
  const out: Segment[] = [];
  let from = 0;
  let strong = true;
  const n = folded.length;
  for (let i = 0; i < n; i++) {
    const code = folded.charCodeAt(i);
    if (!SEPARATORS.has(code)) continue;
    const spaced =
      (i === 0 || folded.charCodeAt(i - 1) === 0x20) && (i + 1 === n || folded.charCodeAt(i + 1) === 0x20);
    if (spaced) {
      out.push({ text: folded.slice(from, i), strong });
      from = i + 1;
      strong = STRONG_SEPARATORS.has(code);
    }
  }
  out.push({ text: folded.slice(from), strong });
  return out;
}

function isSectionName(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 40 && !/[.!?:;]/.test(t);
}

/** Some words after the home word (a section name) repeat the start of the next line. */
function echoesNextLine(line: FoldedLine, next: FoldedLine | null): boolean {
  if (!next) return false;
  const rawWords = line.folded.split(' ');
  for (let k = 1; k <= 4 && k < rawWords.length; k++) {
    let tail = rawWords.slice(k).join(' ');
    tail = stripEllipsis(tail);
    if (tail.length >= 15 && next.folded.startsWith(tail)) return true;
  }
  return false;
}

function stripEllipsis(s: string): string {
  let t = s.trimEnd();
  if (t.endsWith('...')) t = t.slice(0, -3);
  else if (t.endsWith('…')) t = t.slice(0, -1);
  return t.trimEnd();
}
