import { normalizeTerm } from '../../text/index.js';
import type { ProcessedText, Token } from '../../text/types.js';
import type { LexiconMatch } from '../../topics/types.js';
import type { AttributionLexicon } from './compile-attribution-lexicon.js';
import { FormMemo } from './form-memo.js';
import { int32Arrays, uint8Arrays } from './typed-arrays.js';
import type { VerbClass } from './types.js';

/**
 * Token ranges of one `ProcessedText.quotes` entry.
 * @example
 * const qt: QuoteTokens = { open: 0, innerFirst: 1, innerLast: 3, close: 4 };
 */
export interface QuoteTokens {
  /** Token index of the opening mark, or -1. */
  open: number;
  /** First and last token of the inner text (`innerFirst > innerLast` when empty). */
  innerFirst: number;
  innerLast: number;
  /** Token index of the closing mark, or -1 when unclosed. */
  close: number;
}

/**
 * A speaker-group match over the tokens.
 * @example
 * const g: GroupMatch = { id: 'russian-officials', first: 2, last: 2 };
 */
export interface GroupMatch {
  id: string;
  first: number;
  last: number;
}

/**
 * Per-token marks the attribution patterns read, computed in one pass per matcher.
 * Arrays indexed by token; -1 means "none".
 * @example
 * const ctx = buildAttributionContext(pt, lexicon);
 * ctx.verbLast[5]; //=> 5 when token 5 is a one-token reporting verb
 */
export interface AttributionContext {
  pt: ProcessedText;
  lex: AttributionLexicon;
  tokens: readonly Token[];
  n: number;
  /** At the first token of a reporting verb: its last token. */
  verbLast: Int32Array;
  /** At the last token of a reporting verb: its first token. */
  verbFirst: Int32Array;
  /** At the first token of a reporting verb: its class. */
  verbClass: (VerbClass | null)[];
  /** 1 on every token of a reporting verb. */
  inVerb: Uint8Array;
  /** At the first token of an attribution marker (selon, according to): its last token. */
  markerLast: Int32Array;
  /** At the first token of a speaker marker (« pour »): its last token. */
  speakerMarkerLast: Int32Array;
  /** At the last token of a term cue (called, qualifiés de): its first token. */
  cueFirst: Int32Array;
  /** 1 on every token of a distancer (so-called, soi-disant) that is not also a naming cue. */
  distancer: Uint8Array;
  /** 1 on every token of a title word (président, spokesman). */
  title: Uint8Array;
  /** 1 at the first token of a verb that may take a clause without « that ». */
  bareClause: Uint8Array;
  /** 1 at the first token of a verb that takes a hearer before its clause (told). */
  objectVerb: Uint8Array;
  /** Index into `groups` of the speaker-group match covering the token, or -1. */
  group: Int32Array;
  groups: GroupMatch[];
  /** Paragraph index of each token (a line break between two tokens starts a paragraph). */
  para: Int32Array;
  /** First and last token of each paragraph. */
  paraFirst: Int32Array;
  paraLast: Int32Array;
  /** Largest index ≤ i of a token that is not punctuation, or -1. */
  lastNonPunct: Int32Array;
  /** Smallest index ≥ i of a token that is not punctuation, or n. */
  firstNonPunct: Int32Array;
  /** `wordsBefore[i]`: number of word tokens before token `i` (length n + 1). */
  wordsBefore: Int32Array;
  /** Token ranges of each quotation span. */
  quotes: QuoteTokens[];
  /** At the opening mark of a quotation span: its index into `quotes`, else -1. */
  quoteAtOpen: Int32Array;
  /** Each token's speaker-phrase class once computed (`speaker-phrase.ts`), 0 before: a per-document cache. */
  speakerClass: Uint8Array;
  /** The raw matches of the reporting verbs, attribution markers and distancers (for the cue context). */
  matches: { reporting: LexiconMatch[]; attribution: LexiconMatch[]; distancers: LexiconMatch[] };
}

/**
 * Index of the first token starting at or after `offset`.
 * @example
 * tokenAtOrAfter(pt.tokens, 0); //=> 0
 */
export function tokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Index of the first token starting at or after `offset`, searched forward from token `from` by
 * doubling steps: O(log d) for an answer `d` tokens away, so a pass over offsets in increasing order
 * stays linear. The same answer as {@link tokenAtOrAfter} (which it falls back to when a token before
 * `from` already starts at or after `offset`).
 * @example
 * tokenAtOrAfterFrom(pt.tokens, quote.innerEnd, innerFirst); //=> the token after the inner text
 */
export function tokenAtOrAfterFrom(tokens: readonly Token[], offset: number, from: number): number {
  if (from > 0 && (from > tokens.length || tokens[from - 1]!.start >= offset))
    return tokenAtOrAfter(tokens, offset);
  let lo = from;
  let hi = from;
  for (let step = 1; hi < tokens.length && tokens[hi]!.start < offset; step *= 2) {
    lo = hi + 1;
    hi = from + step;
  }
  if (hi > tokens.length) hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function markRanges(matches: readonly LexiconMatch[], flags: Uint8Array): Uint8Array {
  for (const m of matches) for (let i = m.first; i <= m.last; i++) flags[i] = 1;
  return flags;
}

function lastAtFirst(matches: readonly LexiconMatch[], out: Int32Array): Int32Array {
  out.fill(-1);
  for (const m of matches) out[m.first] = m.last;
  return out;
}

/** True for a hyphenated form ending in an inverted subject pronoun (« dit-il », « ajoute-t-elle »). */
function invertedSubject(norm: string, lex: AttributionLexicon): boolean {
  const dash = norm.lastIndexOf('-');
  if (dash <= 0) return false;
  return lex.words.pronouns.has(norm.slice(dash + 1)) && !lex.words.auxiliaries.has(norm);
}

/** What a folded word form can be for the verb fallbacks of {@link buildAttributionContext}. */
interface FormFacts {
  norm: string;
  /** True for a form ending in an inverted subject pronoun (« dit-il »). */
  inverted: boolean;
  /**
   * For an English form ending in "-ed": the reporting-verb class of its base form ("alleged" →
   * "allege"), null when it has none, undefined until looked up. Null for any other form.
   */
  participle: VerbClass | null | undefined;
}

const formTables = new WeakMap<AttributionLexicon, FormMemo<FormFacts>>();

function formsOf(lex: AttributionLexicon): FormMemo<FormFacts> {
  let forms = formTables.get(lex);
  if (forms === undefined) {
    forms = new FormMemo((norm) => ({
      norm,
      inverted: invertedSubject(norm, lex),
      participle: lex.lang === 'en' && norm.endsWith('ed') ? undefined : null,
    }));
    formTables.set(lex, forms);
  }
  return forms;
}

/** The reporting-verb class of an English "-ed" form's base form ("alleged" → "allege", "claimed" → "claim"), or null. */
function participleClass(facts: FormFacts, lex: AttributionLexicon): VerbClass | null {
  if (facts.participle === undefined) {
    facts.participle = null;
    const norm = facts.norm;
    for (const base of [norm.slice(0, -1), norm.slice(0, -2)]) {
      const token: Token = {
        text: norm,
        start: 0,
        end: norm.length,
        kind: 'word',
        norm,
        stem: base,
        stop: false,
        sentence: 0,
        quote: -1,
      };
      const hit = lex.reporting.match([token])[0];
      if (hit) {
        facts.participle = hit.entry.category as VerbClass;
        break;
      }
    }
  }
  return facts.participle;
}

function looksNominal(ctx: { tokens: readonly Token[]; lex: AttributionLexicon }, first: number): boolean {
  const { tokens, lex } = ctx;
  const tok = tokens[first]!;
  const prev = tokens[first - 1];
  if (prev && prev.sentence === tok.sentence) {
    if (lex.words.determiners.has(prev.norm) || lex.words.possessives.has(prev.norm)) return true;
  }
  for (const suffix of lex.words.nounSuffixes) {
    if (tok.norm.length > suffix.length + 2 && tok.norm.endsWith(suffix)) return true;
  }
  return false;
}

/**
 * Builds the attribution context of a processed text: runs each matcher once over the tokens and
 * indexes paragraphs, word counts and quotation token ranges. Linear in the number of tokens.
 * A reporting-verb match that looks like a noun (after a determiner, or with a noun ending such as
 * « déclaration ») is dropped.
 * @example
 * const ctx = buildAttributionContext(processText({ text: 'Il a dit que non.', lang: 'fr' }), lexicon);
 * ctx.verbClass[2]; //=> 'neutral'
 */
export function buildAttributionContext(pt: ProcessedText, lex: AttributionLexicon): AttributionContext {
  const tokens = pt.tokens;
  const n = tokens.length;

  // The per-token indexes share two buffers (one allocation each, see int32Arrays).
  const [
    verbLast,
    verbFirst,
    cueFirst,
    group,
    para,
    lastNonPunct,
    firstNonPunct,
    quoteAtOpen,
    markerLast,
    speakerMarkerLast,
    wordsBefore,
  ] = int32Arrays(n, n, n, n, n, n, n, n, n, n, n + 1) as [
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
    Int32Array,
  ];
  const [inVerb, bare, objectVerb, inCue, distancer, title, speakerClass] = uint8Arrays(
    n,
    n,
    n,
    n,
    n,
    n,
    n,
  ) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array, Uint8Array];
  verbLast.fill(-1);
  verbFirst.fill(-1);
  const verbClass: (VerbClass | null)[] = new Array(n).fill(null);
  for (const m of lex.bareClauseVerbs.match(tokens)) bare[m.first] = 1;
  for (const m of lex.objectVerbs.match(tokens)) objectVerb[m.first] = 1;
  const markVerb = (i: number, cls: VerbClass) => {
    verbLast[i] = i;
    verbFirst[i] = i;
    verbClass[i] = cls;
    inVerb[i] = 1;
  };
  const reporting = lex.reporting.match(tokens);
  for (const m of reporting) {
    if (looksNominal({ tokens, lex }, m.first)) continue;
    verbLast[m.first] = m.last;
    verbFirst[m.last] = m.first;
    verbClass[m.first] = m.entry.category as VerbClass;
    for (let i = m.first; i <= m.last; i++) inVerb[i] = 1;
  }

  // English participles wink reads as adjectives ("alleged", "purported"): try the verb's base form.
  // Inverted verbs written as one token (« déclare-t-elle », « estime-t-il »): match the verb piece.
  // What a form can be is looked up once per folded form (see formOf).
  const forms = formsOf(lex);
  for (let i = 0; i < n; i++) {
    const t = tokens[i]!;
    if (verbLast[i]! >= 0 || t.kind !== 'word') continue;
    const form = forms.get(t.form, t.norm);
    if (
      lex.lang === 'en' &&
      form.participle !== null &&
      t.stem === t.norm &&
      !looksNominal({ tokens, lex }, i)
    ) {
      const cls = participleClass(form, lex);
      if (cls !== null) {
        markVerb(i, cls);
        continue;
      }
    }
    if (!form.inverted) continue;
    const piece = t.text.slice(0, t.text.indexOf('-'));
    const pieceForms = normalizeTerm(piece, lex.lang);
    const pieceForm = pieceForms[0];
    if (pieceForms.length !== 1 || !pieceForm) continue;
    const hit = lex.reporting.match([{ ...t, norm: pieceForm.norm, stem: pieceForm.stem }])[0];
    if (hit) markVerb(i, hit.entry.category as VerbClass);
  }

  cueFirst.fill(-1);
  for (const m of lex.termCues.match(tokens)) {
    cueFirst[m.last] = m.first;
    for (let i = m.first; i <= m.last; i++) inCue[i] = 1;
  }
  // A distancer that is also a naming cue ("dubbed", « qualifiés de », "what * calls") attributes the
  // wording rather than distancing it: only pure distancers (so-called, soi-disant) count here.
  const distancers = lex.distancers.match(tokens);
  for (const m of distancers) {
    let cue = false;
    for (let i = m.first; i <= m.last && !cue; i++) cue = inCue[i] === 1;
    if (!cue) for (let i = m.first; i <= m.last; i++) distancer[i] = 1;
  }

  group.fill(-1);
  const groups: GroupMatch[] = [];
  for (const m of lex.speakers.match(tokens)) {
    for (let i = m.first; i <= m.last; i++) group[i] = groups.length;
    groups.push({ id: m.entry.category, first: m.first, last: m.last });
  }

  const text = pt.text;
  let nl = text.indexOf('\n');
  let p = 0;
  for (let i = 1; i < n; i++) {
    const prevEnd = tokens[i - 1]!.end;
    while (nl !== -1 && nl < prevEnd) nl = text.indexOf('\n', nl + 1);
    if (nl !== -1 && nl < tokens[i]!.start) p++;
    para[i] = p;
  }

  const paraFirst = new Int32Array(p + 1).fill(n);
  const paraLast = new Int32Array(p + 1).fill(-1);
  for (let i = 0; i < n; i++) {
    const pi = para[i]!;
    if (paraFirst[pi]! > i) paraFirst[pi] = i;
    paraLast[pi] = i;
  }
  for (let i = 0, last = -1; i < n; i++) {
    if (tokens[i]!.kind !== 'punctuation') last = i;
    lastNonPunct[i] = last;
  }
  for (let i = n - 1, next = n; i >= 0; i--) {
    if (tokens[i]!.kind !== 'punctuation') next = i;
    firstNonPunct[i] = next;
  }

  for (let i = 0; i < n; i++) wordsBefore[i + 1] = wordsBefore[i]! + (tokens[i]!.kind === 'word' ? 1 : 0);

  // Spans come in order of their opening mark: each search starts from the previous span's.
  let previousFirst = 0;
  const quotes: QuoteTokens[] = pt.quotes.map((q) => {
    const innerFirst = tokenAtOrAfterFrom(tokens, q.innerStart, previousFirst);
    const innerLast = tokenAtOrAfterFrom(tokens, q.innerEnd, innerFirst) - 1;
    previousFirst = innerFirst;
    const openCandidate = innerFirst - 1;
    const open = openCandidate >= 0 && tokens[openCandidate]!.start >= q.start ? openCandidate : -1;
    const closeCandidate = innerLast + 1;
    const close =
      q.closed &&
      closeCandidate < n &&
      tokens[closeCandidate]!.start >= q.innerEnd &&
      tokens[closeCandidate]!.end <= q.end
        ? closeCandidate
        : -1;
    return { open, innerFirst, innerLast, close };
  });

  quoteAtOpen.fill(-1);
  quotes.forEach((q, qi) => {
    if (q.open >= 0) quoteAtOpen[q.open] = qi;
  });

  const attribution = lex.attribution.match(tokens);
  return {
    pt,
    lex,
    tokens,
    n,
    verbLast,
    verbFirst,
    verbClass,
    inVerb,
    markerLast: lastAtFirst(attribution, markerLast),
    speakerMarkerLast: lastAtFirst(lex.speakerMarkers.match(tokens), speakerMarkerLast),
    cueFirst,
    distancer,
    title: markRanges(lex.titleWords.match(tokens), title),
    bareClause: bare,
    objectVerb,
    group,
    groups,
    para,
    paraFirst,
    paraLast,
    lastNonPunct,
    firstNonPunct,
    wordsBefore,
    quotes,
    quoteAtOpen,
    speakerClass,
    matches: { reporting, attribution, distancers },
  };
}
