import { type FoldedLine, foldLine, foldText } from './fold-line.js';
import type { LineContext } from './line-context.js';
import type { BoilerplateRule, PhraseEnd } from './rules.js';

interface PhraseEntry {
  rule: number;
  phrase: string;
  kind: 'equals' | 'prefix';
  after: PhraseEnd;
}

/**
 * Boilerplate rules compiled once: phrase rules indexed by their first folded word, so a line is
 * checked only against phrases sharing its first word; test and contains-all rules are run on every
 * line short enough for them.
 * @example
 * compileRules(BOILERPLATE_RULES).maxLength; //=> 800
 */
export interface CompiledRules {
  rules: readonly BoilerplateRule[];
  byKey: ReadonlyMap<string, readonly PhraseEntry[]>;
  /** Indices of rules without phrases to index (`test`, `contains-all`). */
  unindexed: readonly number[];
  /** The longest line any rule may remove: longer lines are never folded. */
  maxLength: number;
  /**
   * The longest line a rule other than a `prefix` rule may remove. Longer lines can only match a
   * prefix phrase, so only their first {@link PREFIX_WINDOW} characters need folding.
   */
  wholeLineMaxLength: number;
}

/** How many leading characters of a long line are folded for prefix rules (phrases are shorter). */
export const PREFIX_WINDOW = 200;
const MAX_PHRASE_LENGTH = 120;

/**
 * Checks and compiles a rule table. Throws a `TypeError` on a malformed table (duplicate id, a
 * phrase that is not folded, an empty phrase): the table is code, so this is a programming error.
 * @example
 * const compiled = compileRules(BOILERPLATE_RULES);
 * compiled.byKey.get('lire')?.[0]?.phrase; //=> 'lire aussi'
 */
export function compileRules(rules: readonly BoilerplateRule[]): CompiledRules {
  const byKey = new Map<string, PhraseEntry[]>();
  const unindexed: number[] = [];
  const ids = new Set<string>();
  let maxLength = 0;
  let wholeLineMaxLength = 0;
  rules.forEach((rule, index) => {
    if (ids.has(rule.id)) throw new TypeError(`boilerplate rule id "${rule.id}" is used twice`);
    ids.add(rule.id);
    maxLength = Math.max(maxLength, rule.maxLength);
    const m = rule.match;
    if (m.kind !== 'prefix') wholeLineMaxLength = Math.max(wholeLineMaxLength, rule.maxLength);
    if (m.kind === 'test' || m.kind === 'contains-all') {
      if (m.kind === 'contains-all') for (const p of m.phrases) checkPhrase(rule.id, p);
      unindexed.push(index);
      return;
    }
    const seen = new Set<string>();
    for (const phrase of m.phrases) {
      checkPhrase(rule.id, phrase);
      if (seen.has(phrase)) throw new TypeError(`boilerplate rule "${rule.id}" lists "${phrase}" twice`);
      seen.add(phrase);
      const key = foldLine(phrase).key;
      const entry: PhraseEntry = {
        rule: index,
        phrase,
        kind: m.kind,
        after: m.kind === 'prefix' ? m.after : 'end',
      };
      const list = byKey.get(key);
      if (list) list.push(entry);
      else byKey.set(key, [entry]);
    }
  });
  return { rules, byKey, unindexed, maxLength, wholeLineMaxLength };
}

function checkPhrase(id: string, phrase: string): void {
  if (phrase.trim() === '') throw new TypeError(`boilerplate rule "${id}" has an empty phrase`);
  if (phrase.length > MAX_PHRASE_LENGTH)
    throw new TypeError(`boilerplate rule "${id}": phrase "${phrase}" is too long`);
  if (foldText(phrase) !== phrase)
    throw new TypeError(`boilerplate rule "${id}": phrase "${phrase}" is not folded`);
}

/**
 * The first rule (in table order) that matches a folded line, or null. `length` is the trimmed line's
 * full length: for a line longer than `wholeLineMaxLength`, `line` may fold only its first
 * `PREFIX_WINDOW` characters, and only prefix rules allowing that length are tried.
 * @example
 * matchLine(compiled, foldLine('Lire aussi : la suite'), context)?.reason; //=> 'related-link'
 */
export function matchLine(
  compiled: CompiledRules,
  line: FoldedLine,
  context: LineContext,
  length: number = line.raw.length,
): BoilerplateRule | null {
  let best = Number.POSITIVE_INFINITY;
  for (const entry of compiled.byKey.get(line.key) ?? []) {
    if (entry.rule >= best || length > compiled.rules[entry.rule]!.maxLength) continue;
    const ok =
      entry.kind === 'equals'
        ? line.core === entry.phrase
        : line.folded.startsWith(entry.phrase) &&
          endHolds(line.folded.slice(entry.phrase.length), entry.after);
    if (ok) best = entry.rule;
  }
  for (const index of compiled.unindexed) {
    if (index >= best) break;
    const rule = compiled.rules[index]!;
    if (length > rule.maxLength) continue;
    const m = rule.match;
    const ok =
      m.kind === 'test'
        ? m.test(line, context)
        : m.kind === 'contains-all' && m.phrases.every((p) => line.folded.includes(p));
    if (ok) best = index;
  }
  return Number.isFinite(best) ? compiled.rules[best]! : null;
}

const DECORATION = new Set([...' .:!?…-–—*>›»|→↑▲▼⇧+']);
const MARKS = new Set([...':-–—»>|/(…']);

function endHolds(rest: string, after: PhraseEnd): boolean {
  switch (after) {
    case 'any':
      return true;
    case 'end':
      return [...rest].every((c) => DECORATION.has(c));
    case 'boundary':
      return rest === '' || !/[\p{L}\p{N}]/u.test(rest[0]!);
    case 'colon':
      return rest.trimStart().startsWith(':');
    case 'mark': {
      const r = rest.trimStart();
      return r === '' || MARKS.has(r[0]!);
    }
  }
}
