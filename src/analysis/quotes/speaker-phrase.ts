import type { AttributionContext } from './attribution-context.js';
import type { AttributionLexicon } from './compile-attribution-lexicon.js';
import { FormMemo } from './form-memo.js';

/**
 * How a token can take part in a speaker phrase.
 * @example
 * const c: SpeakerTokenClass = 'name';
 */
export type SpeakerTokenClass = 'stop' | 'det' | 'conn' | 'pron' | 'name' | 'title' | 'word' | 'glue';

/**
 * A token range `[first, last]` (inclusive).
 * @example
 * const r: TokenRange = { first: 3, last: 5 };
 */
export interface TokenRange {
  first: number;
  last: number;
}

const MAX_PHRASE = 10;
const MAX_LOWER_HEAD = 3;

function isUpper(ch: string): boolean {
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

function attached(ctx: AttributionContext, a: number, b: number): boolean {
  const ta = ctx.tokens[a];
  const tb = ctx.tokens[b];
  return ta !== undefined && tb !== undefined && ta.end === tb.start;
}

/**
 * Classifies token `i` for speaker phrases: boundaries and verbs stop a phrase; determiners open it;
 * connectors (de, of, 's) join; capitalised words and acronyms are names; title words and speaker-group
 * words are titles; other lowercase words may be a head noun ("the protesters", « des témoins »).
 * @example
 * speakerTokenClass(ctx, 0); //=> 'det' for « Le » in « Le Kremlin a dit… »
 */
export function speakerTokenClass(ctx: AttributionContext, i: number): SpeakerTokenClass {
  if (i < 0 || i >= ctx.n) return 'stop';
  const known = ctx.speakerClass[i]!;
  if (known !== 0) return CLASSES[known - 1]!;
  const c = classify(ctx, i);
  ctx.speakerClass[i] = CLASSES.indexOf(c) + 1;
  return c;
}

/** The classes in the order `AttributionContext.speakerClass` numbers them (from 1). */
const CLASSES: readonly SpeakerTokenClass[] = [
  'stop',
  'det',
  'conn',
  'pron',
  'name',
  'title',
  'word',
  'glue',
];

function classify(ctx: AttributionContext, i: number): SpeakerTokenClass {
  const t = ctx.tokens[i];
  if (!t) return 'stop';
  if (t.kind === 'punctuation' || t.kind === 'symbol') {
    if ((t.text === '-' || t.text === '.' || t.text === '/') && attached(ctx, i - 1, i)) return 'glue';
    return 'stop';
  }
  if (
    t.kind !== 'word' &&
    t.kind !== 'number' &&
    t.kind !== 'mention' &&
    t.kind !== 'hashtag' &&
    t.kind !== 'other'
  ) {
    return 'stop';
  }
  const text = TEXT_FACTS.get(t.form, t.text);
  const lexical = lexicalFactsOf(ctx.lex).get(t.form, t.norm);
  if ((text & ACRONYM) !== 0 && (lexical & DETERMINER) === 0) return 'name';
  if (ctx.inVerb[i] === 1) return 'stop';
  const cls = lexical & CLASS_MASK;
  if (cls !== 0) return CLASSES[cls - 1]!;
  if ((text & UPPER_FIRST) !== 0) return 'name';
  if (ctx.group[i]! >= 0 || ctx.title[i] === 1) return 'title';
  return 'word';
}

/** Text fact: two letters or more, all capitals (an acronym). */
const ACRONYM = 1;
/** Text fact: starts with a capital letter. */
const UPPER_FIRST = 2;
const TEXT_FACTS = new FormMemo((text) => {
  const acronym = text.length >= 2 && text === text.toUpperCase() && text !== text.toLowerCase();
  return (acronym ? ACRONYM : 0) | (isUpper(text.charAt(0)) ? UPPER_FIRST : 0);
});

/** Lexical fact: a determiner. */
const DETERMINER = 8;
/** The class a folded form's closed-class words give it (1 + index in CLASSES), 0 for none. */
const CLASS_MASK = 7;
const lexicalMemos = new WeakMap<AttributionLexicon, FormMemo<number>>();

/**
 * A folded form's closed-class facts: boundaries, auxiliaries, complementizers and negations stop a
 * phrase (unless also connectors), connectors and possessives join, then determiners, then pronouns.
 */
function lexicalFactsOf(lex: AttributionLexicon): FormMemo<number> {
  let memo = lexicalMemos.get(lex);
  if (memo === undefined) {
    const w = lex.words;
    memo = new FormMemo((norm) => {
      let cls: SpeakerTokenClass | null = null;
      if (
        w.boundaries.has(norm) ||
        w.auxiliaries.has(norm) ||
        w.complementizers.has(norm) ||
        w.negation.has(norm)
      )
        cls = w.connectors.has(norm) ? 'conn' : 'stop';
      else if (w.connectors.has(norm) || w.possessives.has(norm)) cls = 'conn';
      else if (w.determiners.has(norm)) cls = 'det';
      else if (w.pronouns.has(norm)) cls = 'pron';
      return (cls === null ? 0 : CLASSES.indexOf(cls) + 1) | (w.determiners.has(norm) ? DETERMINER : 0);
    });
    lexicalMemos.set(lex, memo);
  }
  return memo;
}

function isDeterminer(ctx: AttributionContext, i: number): boolean {
  const t = ctx.tokens[i];
  return t !== undefined && ctx.lex.words.determiners.has(t.norm);
}

function glueOk(ctx: AttributionContext, i: number): boolean {
  // "-" or "." joining two attached pieces: Kassym-Jomart, M. Tokaïev, S. Tikhanovskaïa.
  const t = ctx.tokens[i]!;
  const prev = ctx.tokens[i - 1];
  if (!prev) return false;
  if (t.text === '.') return prev.text.length <= 3 && isUpper(prev.text.charAt(0));
  return attached(ctx, i, i + 1);
}

/**
 * The speaker phrase starting at token `i` (after a reporting verb or « selon »): an optional
 * determiner, then names, titles, a short lowercase head and « de / of » complements, within the
 * paragraph and at most 10 tokens. A lone pronoun is a phrase of its own. Returns null when no phrase
 * starts at `i`.
 * @example
 * // « …, a déclaré le porte-parole du Kremlin, Dmitri Peskov. »
 * speakerForward(ctx, indexOfLe); //=> { first: indexOfLe, last: indexOfKremlin }
 */
export function speakerForward(ctx: AttributionContext, i: number): TokenRange | null {
  if (i < 0 || i >= ctx.n) return null;
  const para = ctx.para[i];
  const c0 = speakerTokenClass(ctx, i);
  if (c0 === 'pron') return { first: i, last: i };
  const opensWithDet = c0 === 'det' || (c0 === 'conn' && isDeterminer(ctx, i));
  let j = i;
  let last = -1;
  let core = false;
  let nameSeen = false;
  let lower = 0;
  if (opensWithDet) {
    j++;
    if (speakerTokenClass(ctx, j) === 'det') j++;
  }
  while (
    j < ctx.n &&
    j - i < MAX_PHRASE &&
    ctx.para[j] === para &&
    ctx.tokens[j]!.quote === ctx.tokens[i]!.quote
  ) {
    const c = speakerTokenClass(ctx, j);
    if (c === 'name') {
      nameSeen = true;
    } else if (c === 'title') {
      // titles are always welcome
    } else if (c === 'word') {
      if (nameSeen || lower >= MAX_LOWER_HEAD) break;
      lower++;
    } else if (c === 'conn') {
      if (last < 0) break;
      const next = speakerTokenClass(ctx, j + 1);
      if (next === 'det' || next === 'conn') {
        const after = speakerTokenClass(ctx, j + 2);
        if (after !== 'name' && after !== 'title' && !(after === 'word' && !nameSeen)) break;
        j += 2;
        continue;
      }
      if (next !== 'name' && next !== 'title' && !(next === 'word' && !nameSeen)) break;
      j++;
      continue;
    } else if (c === 'glue') {
      if (last !== j - 1 || !glueOk(ctx, j)) break;
      j++;
      continue;
    } else {
      break;
    }
    last = j;
    core = true;
    j++;
  }
  if (!core) return null;
  return { first: i, last };
}

/**
 * The speaker phrase ending at token `i` (before a reporting verb): read leftwards over names, titles,
 * a short lowercase head and « de / of » complements, up to and including a determiner. A lone pronoun
 * is a phrase of its own. Returns null when no phrase ends at `i`.
 * @example
 * // "Russian Foreign Minister Sergei Lavrov said …"
 * speakerBackward(ctx, indexOfLavrov); //=> { first: indexOfRussian, last: indexOfLavrov }
 */
export function speakerBackward(ctx: AttributionContext, i: number): TokenRange | null {
  if (i < 0 || i >= ctx.n) return null;
  const para = ctx.para[i];
  const quote = ctx.tokens[i]!.quote;
  const ci = speakerTokenClass(ctx, i);
  if (ci === 'pron') return { first: i, last: i };
  let j = i;
  let first = -1;
  let nameSeen = false;
  let lower = 0;
  while (j >= 0 && i - j < MAX_PHRASE && ctx.para[j] === para && ctx.tokens[j]!.quote === quote) {
    const c = speakerTokenClass(ctx, j);
    if (c === 'name') {
      nameSeen = true;
    } else if (c === 'title') {
      // keep going
    } else if (c === 'word') {
      const left = speakerTokenClass(ctx, j - 1);
      const inName = left === 'name' && nameSeen;
      if (!inName && (nameSeen || lower >= MAX_LOWER_HEAD)) {
        if (!(left === 'conn' || left === 'det')) break;
      }
      lower++;
    } else if (c === 'conn') {
      if (first < 0) break;
      const left = speakerTokenClass(ctx, j - 1);
      if (left !== 'name' && left !== 'title' && left !== 'word') {
        // « des témoins », « du ministère »: a connector that is also a determiner opens the phrase.
        if (isDeterminer(ctx, j)) first = j;
        break;
      }
      j--;
      continue;
    } else if (c === 'det') {
      if (first < 0) break;
      first = j;
      if (speakerTokenClass(ctx, j - 1) === 'conn' && j - 2 >= 0) {
        j--;
        continue;
      }
      break;
    } else if (c === 'glue') {
      if (first !== j + 1 || !glueOk(ctx, j)) break;
      j--;
      continue;
    } else {
      break;
    }
    first = j;
    j--;
  }
  if (first < 0) return null;
  // Never start on a connector.
  while (first <= i && speakerTokenClass(ctx, first) === 'conn' && !isDeterminer(ctx, first)) first++;
  if (first > i) return null;
  return { first, last: i };
}
