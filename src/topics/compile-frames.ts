import { TopicError } from '../core/errors.js';
import { normalizeTerm } from '../text/index.js';
import { type CompiledEntry, compileMatcher } from './compile-matcher.js';
import { FrameLexicon } from './frame-schema.js';
import frameLexiconEn from './frames/en.json';
import frameLexiconFr from './frames/fr.json';
import { parseTerm } from './parse-term.js';
import { ruleId } from './rule-id.js';
import type { LexiconEntry, LexiconLangCode, Matcher } from './types.js';
import { formatIssuePath } from './validate-spec.js';

/**
 * The bundled frame lexicons, per language (raw JSON, validated by {@link compileFrames}).
 * @example
 * (bundledFrames.fr as unknown[]).length > 300; //=> true
 */
export const bundledFrames: Record<LexiconLangCode, unknown> = { fr: frameLexiconFr, en: frameLexiconEn };

const cache: Record<LexiconLangCode, WeakMap<object, Matcher>> = { fr: new WeakMap(), en: new WeakMap() };

/**
 * Validates a frame lexicon (an array of `FrameEntry`, see `frame-schema.ts`) and compiles it into
 * one matcher. Each match's `entry.category` is the frame id, `entry.loaded` the entry's weight and
 * `entry.id` a stable rule id `frames/<lang>/<slug of the term>`. The matcher is cached per language
 * and per lexicon object, so calling this again with the same data is free.
 * @throws {TopicError} `E_TOPIC_INVALID` naming the entry and the field (`frames.fr[12].weight`) when
 *   an entry is malformed, a term is listed twice, has no word to match or a prefix shorter than 3 letters.
 * @example
 * const m = compileFrames(bundledFrames.fr, 'fr');
 * m.match(processText({ text: 'Le chômage augmente.', lang: 'fr' }).tokens)[0].entry.category; //=> 'economic'
 * compileFrames([{ term: 'x', frame: 'nope', weight: 1 }], 'en');
 * // TopicError E_TOPIC_INVALID: frames en at frames.en[0].frame: Invalid option… (entry "x")
 */
export function compileFrames(raw: unknown, lang: LexiconLangCode): Matcher {
  const cached = raw !== null && typeof raw === 'object' ? cache[lang].get(raw) : undefined;
  if (cached) return cached;
  const matcher = compileMatcher(compileEntries(raw, lang));
  if (raw !== null && typeof raw === 'object') cache[lang].set(raw, matcher);
  return matcher;
}

/**
 * The matcher of the bundled frame lexicon of a language (compiled once).
 * @example
 * frameMatcher('en').size > 300; //=> true
 */
export function frameMatcher(lang: LexiconLangCode): Matcher {
  return compileFrames(bundledFrames[lang], lang);
}

function compileEntries(raw: unknown, lang: LexiconLangCode): CompiledEntry[] {
  const where = `frames ${lang}`;
  const parsed = FrameLexicon.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
    const term =
      index >= 0 && Array.isArray(raw) ? (raw[index] as { term?: unknown } | null)?.term : undefined;
    throw new TopicError(
      'E_TOPIC_INVALID',
      `${issue.message}${typeof term === 'string' ? ` (entry ${JSON.stringify(term)})` : ''}`,
      { file: where, path: formatIssuePath(['frames', lang, ...issue.path]) },
      parsed.error.issues,
    );
  }
  const fail = (i: number, term: string, message: string): never => {
    throw new TopicError('E_TOPIC_INVALID', `${message} (entry ${JSON.stringify(term)})`, {
      file: where,
      path: `frames.${lang}[${i}].term`,
    });
  };
  const seenTerms = new Set<string>();
  const seenIds = new Map<string, number>();
  return parsed.data.map((e, i) => {
    const key = e.term.trim().replace(/\s+/g, ' ').toLowerCase();
    if (seenTerms.has(key)) fail(i, e.term, 'term listed twice');
    seenTerms.add(key);
    const pattern = parseTerm(e.term, lang, normalizeTerm);
    if (!pattern) return fail(i, e.term, 'term has no word to match');
    const first = pattern[0]!;
    if (first.kind === 'prefix' && first.value.length < 3)
      fail(i, e.term, 'prefix is shorter than 3 letters');
    const base = ruleId('frames', lang, e.term);
    const n = (seenIds.get(base) ?? 0) + 1;
    seenIds.set(base, n);
    const entry: LexiconEntry = {
      id: n === 1 ? base : `${base}-${n}`,
      term: e.term,
      layer: 'generic',
      category: e.frame,
      loaded: e.weight,
      stance: {},
      foreground: false,
      ...(e.note !== undefined ? { note: e.note } : {}),
    };
    return { entry, pattern };
  });
}
