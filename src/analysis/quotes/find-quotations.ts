import type { ProcessedText } from '../../text/types.js';
import type { SpeakerGroupSpec } from '../../topics/schema.js';
import type { LexiconLangCode } from '../../topics/types.js';
import { attributeDirectQuote } from './attribute-direct-quote.js';
import { type AttributionContext, buildAttributionContext, tokenAtOrAfter } from './attribution-context.js';
import type { AttributionDraft } from './attribution-draft.js';
import { type AttributionLexicon, compileAttributionLexicon } from './compile-attribution-lexicon.js';
import { findAntecedent, type SpeakerMention } from './find-antecedent.js';
import { findReportedClauses, type ReportedClause } from './find-reported-clauses.js';
import { findTermAttribution, isDistanced } from './find-term-attribution.js';
import type { QuoteRules } from './load-attribution-words.js';
import { speakerGroupOf } from './speaker-group-of.js';
import type { TokenRange } from './speaker-phrase.js';
import { trimmedInner } from './trimmed-inner.js';
import type { Quotation, QuoteRole, TextRef } from './types.js';

/**
 * Short quotations (at most this many words) are scare quotes or attributed terms.
 * @example
 * SHORT_QUOTE_WORDS; //=> 4
 */
export const SHORT_QUOTE_WORDS = 4;
/**
 * A quotation of up to this many words is still short when at most {@link SHORT_QUOTE_CONTENT_WORDS}
 * of them are not stopwords (« forces de maintien de la paix », "shoot to kill without warning").
 * @example
 * SHORT_QUOTE_MAX_WORDS; //=> 7
 */
export const SHORT_QUOTE_MAX_WORDS = 7;
/**
 * The most non-stopword words a quotation of 5–7 words may have and still be short.
 * @example
 * SHORT_QUOTE_CONTENT_WORDS; //=> 3
 */
export const SHORT_QUOTE_CONTENT_WORDS = 3;

/** True when a word range is short enough to be a scare quote or a term (see the constants above). */
function isShort(ctx: AttributionContext, first: number, last: number): boolean {
  const all = words(ctx, first, last);
  if (all <= SHORT_QUOTE_WORDS) return true;
  if (all > SHORT_QUOTE_MAX_WORDS) return false;
  let content = 0;
  for (let k = first; k <= last; k++) {
    const t = ctx.tokens[k]!;
    if (t.kind === 'word' && !t.stop) content++;
  }
  return content <= SHORT_QUOTE_CONTENT_WORDS;
}

const lexiconCache = new WeakMap<
  object,
  WeakMap<object, Partial<Record<LexiconLangCode, AttributionLexicon>>>
>();

function lexiconFor(
  rules: QuoteRules,
  speakers: readonly SpeakerGroupSpec[],
  lang: LexiconLangCode,
): AttributionLexicon {
  let bySpeakers = lexiconCache.get(rules);
  if (!bySpeakers) {
    bySpeakers = new WeakMap();
    lexiconCache.set(rules, bySpeakers);
  }
  let byLang = bySpeakers.get(speakers);
  if (!byLang) {
    byLang = {};
    bySpeakers.set(speakers, byLang);
  }
  let lex = byLang[lang];
  if (!lex) {
    lex = compileAttributionLexicon(rules, speakers, lang);
    byLang[lang] = lex;
  }
  return lex;
}

/** A quotation or clause being attributed (token ranges; offsets come at the end). */
interface Item {
  kind: 'direct' | 'indirect';
  quote: number;
  first: number;
  last: number;
  start: number;
  end: number;
  role: QuoteRole;
  draft: AttributionDraft | null;
  speaker: TokenRange | null;
  speakerRef: TextRef | null;
  group: string | null;
  pronoun: TextRef | null;
}

function ref(ctx: AttributionContext, r: TokenRange): TextRef {
  const start = ctx.tokens[r.first]!.start;
  const end = ctx.tokens[r.last]!.end;
  return { text: ctx.pt.text.slice(start, end), start, end };
}

function words(ctx: AttributionContext, first: number, last: number): number {
  return last < first ? 0 : ctx.wordsBefore[last + 1]! - ctx.wordsBefore[first]!;
}

function markUsed(used: Uint8Array, d: AttributionDraft): void {
  if (d.verb) for (let k = d.verb.verb; k <= d.verb.verbLast; k++) used[k] = 1;
  if (d.marker) for (let k = d.marker.first; k <= d.marker.last; k++) used[k] = 1;
}

/** For each token, the innermost reported clause covering it (greatest `first`), or -1. Near-linear. */
function innermostClause(ctx: AttributionContext, clauses: readonly ReportedClause[]): Int32Array {
  const cover = new Int32Array(ctx.n).fill(-1);
  const next = new Int32Array(ctx.n + 1);
  for (let i = 0; i <= ctx.n; i++) next[i] = i;
  const find = (i: number): number => {
    let r = i;
    while (next[r] !== r) r = next[r]!;
    let c = i;
    while (next[c] !== r) {
      const up = next[c]!;
      next[c] = r;
      c = up;
    }
    return r;
  };
  const order = clauses.map((_, i) => i).sort((a, b) => clauses[b]!.first - clauses[a]!.first);
  for (const ci of order) {
    const c = clauses[ci]!;
    for (let k = find(c.first); k <= c.last; k = find(k)) {
      cover[k] = ci;
      next[k] = k + 1;
    }
  }
  return cover;
}

/**
 * Groups of names already attributed in the document: « Dr Nilsson » gets the group found for
 * « le Dr Rasmus Nilsson, chercheur… » earlier (by its capitalised words).
 */
function nameGroups(ctx: AttributionContext): {
  remember(range: TokenRange, group: string): void;
  groupOf(range: TokenRange): string | null;
} {
  const byName = new Map<string, string>();
  const names = (range: TokenRange): string[] => {
    const out: string[] = [];
    for (let k = range.first; k <= range.last; k++) {
      const t = ctx.tokens[k]!;
      const ch = t.text.charAt(0);
      if (
        t.kind === 'word' &&
        t.norm.length > 2 &&
        ch !== ch.toLowerCase() &&
        !ctx.lex.words.determiners.has(t.norm)
      ) {
        out.push(t.norm);
      }
    }
    return out;
  };
  return {
    remember(range, group) {
      for (const n of names(range)) if (!byName.has(n)) byName.set(n, group);
    },
    groupOf(range) {
      const found = names(range);
      for (let i = found.length - 1; i >= 0; i--) {
        const g = byName.get(found[i]!);
        if (g !== undefined) return g;
      }
      return null;
    },
  };
}

const CONJUNCTIONS = new Set(['et', 'and', 'ou', 'or', 'mais', 'but']);
const OPENING_PUNCT = new Set([':', ',', '—', '–', '-', '(', '"', '…']);

/** The top-level quotation right after « » et / and, when quotation `q` is joined to it. */
function coordinatedNext(ctx: AttributionContext, q: number, byQuote: readonly (Item | null)[]): Item | null {
  const qt = ctx.quotes[q]!;
  if (qt.close < 0) return null;
  const conj = ctx.tokens[qt.close + 1];
  const open = qt.close + 2;
  if (!conj || !CONJUNCTIONS.has(conj.norm) || conj.quote !== -1) return null;
  const qi = ctx.tokens[open]?.quote ?? -1;
  if (qi < 0 || ctx.quotes[qi]!.open !== open) return null;
  return byQuote[qi] ?? null;
}

/** True when quotation `q` opens its clause (nothing but opening punctuation before it in the clause). */
function opensClause(ctx: AttributionContext, q: number): boolean {
  const open = ctx.quotes[q]!.open;
  if (open <= 0) return true;
  const prev = ctx.tokens[open - 1]!;
  if (ctx.para[open - 1] !== ctx.para[open]) return true;
  if (prev.kind === 'punctuation')
    return OPENING_PUNCT.has(prev.text) || prev.text === '.' || prev.text === '!' || prev.text === '?';
  if (prev.kind === 'quote') return true;
  return ctx.lex.words.complementizers.has(prev.norm) || CONJUNCTIONS.has(prev.norm);
}

function isPronounSpeaker(ctx: AttributionContext, item: Item): string | null {
  if (item.speakerRef) return item.speakerRef.text.toLowerCase();
  if (item.speaker && item.speaker.first === item.speaker.last) {
    const norm = ctx.tokens[item.speaker.first]!.norm;
    if (ctx.lex.words.pronouns.has(norm) || ctx.lex.words.objectPronouns.has(norm)) return norm;
  }
  return null;
}

/**
 * Finds every direct quotation (each `pt.quotes` span) and every indirect reported-speech clause of a
 * processed text, with its speaker, speaker group, reporting verb and the attribution pattern that fired.
 *
 * Patterns (fr and en): « … », a déclaré X ; « … », selon X ; « … », X a déclaré ; X a déclaré : « … » ;
 * X a déclaré que … ; selon X, … ; d'après X, … ; …, selon X ; pour X, … (X speaker-like) ; "…," said X ;
 * "…," X said ; X said: "…" ; X said (that) … ; X told Reuters (that) … ; according to X, … ;
 * …, X said. A pronoun speaker is resolved to the nearest earlier speaker within three sentences.
 * A quotation opening a paragraph with no attribution inherits the speaker of the previous paragraph's
 * quotation (pattern `continuation`). Nested quotations take their enclosing quotation's speaker
 * (pattern `nested`). A speaker with no group of its own takes the group an earlier speaker with the
 * same capitalised name got (« Dr Nilsson » after « le Dr Rasmus Nilsson, chercheur »). Short quotations (≤ 4 words) are `term`s when something attributes their wording
 * and `scare` quotes otherwise (or after "so-called"); whole attributed utterances are `quotation`s.
 *
 * `rules` are a language's reporting verbs, attribution markers and distancers (`topic.rules(lang)`, or
 * `fallbackQuoteRules(lang)`); `speakers` the topic's speaker groups. Compiled once per (rules, speakers).
 * Documents in another language get their direct quotations only, unattributed.
 * @example
 * const pt = processText({ text: '« Nous partirons bientôt », a déclaré Tokaïev.', lang: 'fr' });
 * findQuotations(pt, fallbackQuoteRules('fr'), cstoKazakhstan2022.speakers)[0];
 * //=> { kind: 'direct', role: 'quotation', text: 'Nous partirons bientôt', speaker: { text: 'Tokaïev', … },
 * //     speakerGroup: 'kazakh-officials', verb: { text: 'déclaré', class: 'neutral', … },
 * //     pattern: 'fr/quote-then-verb-speaker', … }
 */
export function findQuotations(
  pt: ProcessedText,
  rules: QuoteRules,
  speakers: readonly SpeakerGroupSpec[],
): Quotation[] {
  return findQuotationsInContext(pt, rules, speakers).quotes;
}

/**
 * {@link findQuotations} with the attribution context it read (null for a language without
 * attribution patterns), for callers that read the context's matches too.
 * @example
 * const { quotes, ctx } = findQuotationsInContext(pt, topic.rules('fr'), topic.speakers);
 * ctx?.matches.reporting.length; //=> 3
 */
export function findQuotationsInContext(
  pt: ProcessedText,
  rules: QuoteRules,
  speakers: readonly SpeakerGroupSpec[],
): { quotes: Quotation[]; ctx: AttributionContext | null } {
  if (pt.lang !== 'fr' && pt.lang !== 'en') return { quotes: unattributed(pt), ctx: null };
  const ctx = buildAttributionContext(pt, lexiconFor(rules, speakers, pt.lang));
  const items: Item[] = [];
  const used = new Uint8Array(ctx.n);
  const byQuote: (Item | null)[] = new Array(pt.quotes.length).fill(null);

  pt.quotes.forEach((q, qi) => {
    if (q.depth > 0 && q.parent >= 0) return;
    const qt = ctx.quotes[qi]!;
    const draft = attributeDirectQuote(ctx, qi);
    if (draft) markUsed(used, draft);
    const [start, end] = trimmedInner(pt.text, q.innerStart, q.innerEnd);
    const item: Item = {
      kind: 'direct',
      quote: qi,
      first: qt.innerFirst,
      last: qt.innerLast,
      start,
      end,
      role: 'quotation',
      draft,
      speaker: draft?.speaker ?? null,
      speakerRef: draft?.speakerRef ?? null,
      group: null,
      pronoun: null,
    };
    items.push(item);
    byQuote[qi] = item;
  });

  const clauses = findReportedClauses(ctx, used);
  for (const c of clauses) {
    items.push({
      kind: 'indirect',
      quote: -1,
      first: c.first,
      last: c.last,
      start: ctx.tokens[c.first]!.start,
      end: ctx.tokens[c.last]!.end,
      role: 'quotation',
      draft: c,
      speaker: c.speaker,
      speakerRef: c.speakerRef,
      group: null,
      pronoun: null,
    });
  }
  const cover = innermostClause(ctx, clauses);

  // « A » et « B », a-t-elle dit: a quotation joined to the next one shares its attribution.
  for (let k = items.length - 1; k >= 0; k--) {
    const item = items[k]!;
    if (item.kind !== 'direct' || item.draft) continue;
    const next = coordinatedNext(ctx, item.quote, byQuote);
    if (next?.draft) {
      item.draft = { ...next.draft, pattern: `${ctx.lex.lang}/coordinated-quote` };
      item.speaker = next.speaker;
      item.speakerRef = next.speakerRef;
    }
  }

  // Roles of top-level direct quotations, and embedded/term attributions.
  const embeddedIn = new Map<Item, number>();
  for (const item of items) {
    if (item.kind !== 'direct') continue;
    const qt = ctx.quotes[item.quote]!;
    const short = isShort(ctx, item.first, item.last);
    if (short && isDistanced(ctx, item.quote)) {
      item.role = 'scare';
      item.draft = {
        speaker: null,
        speakerRef: null,
        verb: null,
        marker: null,
        pattern: `${ctx.lex.lang}/distancer-scare`,
      };
      item.speaker = null;
      item.speakerRef = null;
      continue;
    }
    if (item.draft) {
      // A short quotation inside its clause (« suivait la situation « avec inquiétude », a déclaré X »)
      // is an attributed wording, not a whole utterance.
      if (short && !opensClause(ctx, item.quote)) item.role = 'term';
      continue;
    }
    const at = qt.open >= 0 ? qt.open : item.first;
    const clause = at >= 0 && at < ctx.n ? cover[at]! : -1;
    if (clause >= 0) {
      embeddedIn.set(item, clause);
      item.role = short ? 'term' : 'quotation';
      continue;
    }
    const term = short ? findTermAttribution(ctx, item.quote) : null;
    if (term) {
      item.role = 'term';
      item.draft = {
        speaker: term.speaker,
        speakerRef: null,
        verb: null,
        marker: null,
        pattern: term.pattern,
      };
      item.speaker = term.speaker;
      continue;
    }
    item.role = short ? 'scare' : 'quotation';
  }

  // Document order: resolve pronouns, embedded quotations and paragraph continuations.
  items.sort((a, b) => a.start - b.start || (a.kind === b.kind ? 0 : a.kind === 'direct' ? -1 : 1));
  const clauseItem = new Map<ReportedClause, Item>();
  for (const item of items) if (item.kind === 'indirect') clauseItem.set(item.draft as ReportedClause, item);
  const mentions: SpeakerMention[] = [];
  const knownNames = nameGroups(ctx);
  let lastQuoted: Item | null = null;
  for (const item of items) {
    const clauseIndex = embeddedIn.get(item);
    if (clauseIndex !== undefined) {
      const owner = clauseItem.get(clauses[clauseIndex]!)!;
      item.speaker = owner.speaker;
      item.speakerRef = owner.speakerRef;
      item.group = owner.group;
      item.pronoun = owner.pronoun;
      item.draft = { ...owner.draft!, pattern: `${ctx.lex.lang}/embedded-in-reported-clause` };
    } else if (item.kind === 'direct' && item.role === 'quotation' && !item.draft) {
      const qt = ctx.quotes[item.quote]!;
      const open = qt.open >= 0 ? qt.open : item.first;
      const para = ctx.para[open]!;
      const opensParagraph = open >= 0 && ctx.firstNonPunct[ctx.paraFirst[para]!] === open;
      if (opensParagraph && lastQuoted && (lastQuoted.speaker || lastQuoted.speakerRef)) {
        const prevQt = ctx.quotes[lastQuoted.quote]!;
        const prevPara = ctx.para[Math.max(prevQt.innerLast, prevQt.open, 0)]!;
        if (prevPara === para - 1) {
          item.speaker = lastQuoted.speaker;
          item.speakerRef = lastQuoted.speakerRef;
          item.group = lastQuoted.group;
          item.pronoun = lastQuoted.pronoun;
          item.draft = {
            speaker: item.speaker,
            speakerRef: item.speakerRef,
            verb: null,
            marker: null,
            pattern: 'continuation',
          };
        }
      }
    } else if (item.speaker || item.speakerRef) {
      const pronoun = isPronounSpeaker(ctx, item);
      if (pronoun !== null) {
        const at = item.speaker?.first ?? item.draft?.verb?.verb ?? item.first;
        const ante = findAntecedent(ctx, at, pronoun, mentions, cover);
        if (ante) {
          item.pronoun = item.speakerRef ?? ref(ctx, item.speaker!);
          item.speaker = ante.range;
          item.speakerRef = null;
          item.group = ante.group;
        }
      } else if (item.speaker) {
        item.group = speakerGroupOf(ctx, item.speaker) ?? knownNames.groupOf(item.speaker);
      }
    }
    if (item.speaker && item.group) knownNames.remember(item.speaker, item.group);
    if (item.speaker && item.role !== 'scare') mentions.push({ range: item.speaker, group: item.group });
    if (item.kind === 'direct' && item.role === 'quotation') lastQuoted = item;
  }

  const out: Quotation[] = [];
  for (const item of items) out.push(toQuotation(ctx, item));
  // Nested quotations take their enclosing quotation's speaker.
  pt.quotes.forEach((q, qi) => {
    if (!(q.depth > 0 && q.parent >= 0)) return;
    let top = q.parent;
    while (pt.quotes[top]!.parent >= 0 && pt.quotes[top]!.depth > 0) top = pt.quotes[top]!.parent;
    const owner = byQuote[top];
    const qt = ctx.quotes[qi]!;
    const n = words(ctx, qt.innerFirst, qt.innerLast);
    const [start, end] = trimmedInner(pt.text, q.innerStart, q.innerEnd);
    out.push({
      kind: 'direct',
      role: isShort(ctx, qt.innerFirst, qt.innerLast) ? 'term' : 'quotation',
      text: pt.text.slice(start, end),
      start,
      end,
      sentence: sentenceOf(ctx, qt.innerFirst, start),
      words: n,
      speaker: owner && owner.role !== 'scare' ? speakerRefOf(ctx, owner) : null,
      speakerGroup: owner && owner.role !== 'scare' ? owner.group : null,
      verb: null,
      pattern: 'nested',
      pronoun: null,
    });
  });
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return { quotes: out.filter(hasText), ctx };
}

function speakerRefOf(ctx: AttributionContext, item: Item): TextRef | null {
  if (item.speakerRef) return item.speakerRef;
  return item.speaker ? ref(ctx, item.speaker) : null;
}

function sentenceOf(ctx: AttributionContext, first: number, offset: number): number {
  const t = ctx.tokens[first];
  if (t) return t.sentence;
  const sentences = ctx.pt.sentences;
  for (let s = 0; s < sentences.length; s++) if (sentences[s]!.end >= offset) return s;
  return Math.max(0, sentences.length - 1);
}

function toQuotation(ctx: AttributionContext, item: Item): Quotation {
  const v = item.draft?.verb ?? null;
  let verb: Quotation['verb'] = null;
  if (v) {
    const start = ctx.tokens[v.verb]!.start;
    const end = ctx.tokens[v.verbLast]!.end;
    verb = { text: ctx.pt.text.slice(start, end), start, end, class: ctx.verbClass[v.verb] ?? 'neutral' };
  }
  return {
    kind: item.kind,
    role: item.role,
    text: ctx.pt.text.slice(item.start, item.end),
    start: item.start,
    end: item.end,
    sentence: sentenceOf(ctx, item.first, item.start),
    words: words(ctx, item.first, item.last),
    speaker: speakerRefOf(ctx, item),
    speakerGroup: item.group,
    verb,
    pattern: item.draft?.pattern ?? 'none',
    pronoun: item.pronoun,
  };
}

/**
 * False for a pair of quotation marks with nothing but spaces between them (`« »`, `""`): marks, not
 * a quotation, so they are not listed (they still delimit quoted voice for the cues around them).
 */
function hasText(q: Quotation): boolean {
  return q.end > q.start;
}

/** Direct quotations of a text in a language without attribution patterns. */
function unattributed(pt: ProcessedText): Quotation[] {
  return pt.quotes
    .map((q) => {
      const [start, end] = trimmedInner(pt.text, q.innerStart, q.innerEnd);
      return {
        kind: 'direct' as const,
        role: q.words <= SHORT_QUOTE_WORDS ? ('scare' as const) : ('quotation' as const),
        text: pt.text.slice(start, end),
        start,
        end,
        sentence:
          pt.tokens[tokenAtOrAfter(pt.tokens, q.innerStart)]?.sentence ??
          Math.max(0, pt.sentences.length - 1),
        words: q.words,
        speaker: null,
        speakerGroup: null,
        verb: null,
        pattern: 'none',
        pronoun: null,
      };
    })
    .filter(hasText);
}
