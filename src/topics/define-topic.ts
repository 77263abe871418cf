import { z } from 'zod';
import { TopicError } from '../core/errors.js';
import { normalizeTerm } from '../text/index.js';
import { bundledGeneric, bundledRules } from './bundled-language-data.js';
import { type CompiledEntry, compileMatcher } from './compile-matcher.js';
import { parseTerm } from './parse-term.js';
import { ruleId } from './rule-id.js';
import { GenericEntry, LanguageRules, TopicSpec, type TopicSpecData, type TopicSpecInput } from './schema.js';
import type { LexiconEntry, LexiconLangCode, Matcher, RuleMatchers, Topic } from './types.js';
import { parseOrThrow } from './validate-spec.js';

/** Options of {@link defineTopic}. */
export interface DefineTopicOptions {
  /**
   * The generic loaded-vocabulary layer per language.
   * @default the bundled generic layer (`src/topics/generic/*.json`)
   */
  generic?: Partial<Record<LexiconLangCode, unknown>>;
  /**
   * Negators, distancers, reporting verbs… per language.
   * @default the bundled rules (`src/topics/rules/*.json`)
   */
  rules?: Partial<Record<LexiconLangCode, unknown>>;
}

const LANGS: readonly LexiconLangCode[] = ['fr', 'en'];

/**
 * Validates a topic spec and returns a Topic ready for analysis. A malformed spec throws a
 * `TopicError` (code `E_TOPIC_INVALID`) naming the entry and the field.
 * Matchers are compiled once per language, on first use.
 * @example
 * const topic = defineTopic({
 *   id: 'port-strike-2024', name: 'The 2024 port strike', mainTarget: 'strike',
 *   targets: [{ id: 'strike', label: { en: 'the strike', fr: 'la grève' } }],
 *   lexicon: { en: [{ term: 'hostage', category: 'delegitimising-label', loaded: 1.5, stance: { strike: -1 } }], fr: [] },
 * });
 * topic.targets[0].id; //=> 'strike'
 */
export function defineTopic(spec: TopicSpecInput, options: DefineTopicOptions = {}): Topic {
  const where = `topic ${typeof (spec as { id?: unknown })?.id === 'string' ? (spec as { id: string }).id : '(unnamed)'}`;
  const data = parseOrThrow(TopicSpec, spec, where);
  checkReferences(data, where);

  const generic = {} as Record<LexiconLangCode, GenericEntry[]>;
  const rules = {} as Record<LexiconLangCode, LanguageRules>;
  for (const lang of LANGS) {
    generic[lang] = parseOrThrow(
      z.array(GenericEntry),
      options.generic?.[lang] ?? bundledGeneric[lang],
      `generic ${lang}`,
    );
    rules[lang] = parseOrThrow(LanguageRules, options.rules?.[lang] ?? bundledRules[lang], `rules ${lang}`);
  }

  const entriesCache = new Map<LexiconLangCode, { topic: LexiconEntry[]; generic: LexiconEntry[] }>();
  const entriesFor = (lang: LexiconLangCode) => {
    let e = entriesCache.get(lang);
    if (!e) {
      e = {
        topic: withUniqueIds(
          data.lexicon[lang].map((x) => ({
            id: ruleId('topic', lang, x.term),
            term: x.term,
            layer: 'topic' as const,
            category: x.category,
            ...(x.actor !== undefined ? { actor: x.actor } : {}),
            loaded: x.loaded,
            stance: x.stance,
            foreground: x.foreground ?? false,
            ...(x.note !== undefined ? { note: x.note } : {}),
          })),
        ),
        generic: withUniqueIds(
          generic[lang].map((x) => ({
            id: ruleId('generic', lang, x.term),
            term: x.term,
            layer: 'generic' as const,
            category: x.category,
            loaded: x.weight,
            stance: {},
            foreground: false,
            ...(x.note !== undefined ? { note: x.note } : {}),
          })),
        ),
      };
      entriesCache.set(lang, e);
    }
    return e;
  };

  const matcherCache = new Map<string, Matcher>();
  const cachedMatcher = (key: string, build: () => Matcher): Matcher => {
    let m = matcherCache.get(key);
    if (!m) {
      m = build();
      matcherCache.set(key, m);
    }
    return m;
  };
  const ruleMatcherCache = new Map<LexiconLangCode, RuleMatchers>();

  const topic: Topic = {
    id: data.id,
    name: data.name,
    mainTarget: data.mainTarget,
    targets: data.targets,
    actors: data.actors,
    speakers: data.speakers,
    spec: data,
    entries: (lang) => {
      const e = entriesFor(lang);
      return [...e.topic, ...e.generic];
    },
    topicMatcher: (lang) =>
      cachedMatcher(`topic:${lang}`, () => compileEntries(entriesFor(lang).topic, lang, where)),
    genericMatcher: (lang) =>
      cachedMatcher(`generic:${lang}`, () =>
        compileEntries(entriesFor(lang).generic, lang, `generic ${lang}`),
      ),
    rules: (lang) => rules[lang],
    ruleMatchers: (lang) => {
      let m = ruleMatcherCache.get(lang);
      if (!m) {
        m = compileRules(rules[lang], lang);
        ruleMatcherCache.set(lang, m);
      }
      return m;
    },
  };
  return topic;
}

function checkReferences(data: TopicSpecData, where: string): void {
  const targets = new Set(data.targets.map((t) => t.id));
  const actors = new Set(data.actors.map((a) => a.id));
  const fail = (path: string, message: string): never => {
    throw new TopicError('E_TOPIC_INVALID', message, { file: where, path });
  };
  if (!targets.has(data.mainTarget))
    fail('mainTarget', `mainTarget "${data.mainTarget}" is not one of the targets`);
  const seenTargets = new Set<string>();
  data.targets.forEach((t, i) => {
    if (seenTargets.has(t.id)) fail(`targets[${i}].id`, `duplicate target id "${t.id}"`);
    seenTargets.add(t.id);
  });
  data.actors.forEach((a, i) => {
    if (a.target !== undefined && !targets.has(a.target))
      fail(`actors[${i}].target`, `actor "${a.id}" names unknown target "${a.target}"`);
  });
  data.speakers.forEach((s, i) => {
    for (const key of Object.keys(s.leaning))
      if (!targets.has(key))
        fail(`speakers[${i}].leaning.${key}`, `speaker group "${s.id}" names unknown target "${key}"`);
  });
  for (const lang of LANGS) {
    const seen = new Set<string>();
    data.lexicon[lang].forEach((e, i) => {
      const path = `lexicon.${lang}[${i}]`;
      if (e.actor !== undefined && !actors.has(e.actor))
        fail(`${path}.actor`, `entry "${e.term}" names unknown actor group "${e.actor}"`);
      for (const key of Object.keys(e.stance))
        if (!targets.has(key))
          fail(`${path}.stance.${key}`, `entry "${e.term}" names unknown target "${key}"`);
      const k = e.term.trim().toLowerCase();
      if (seen.has(k)) fail(`${path}.term`, `duplicate term "${e.term}"`);
      seen.add(k);
    });
  }
}

function withUniqueIds(entries: LexiconEntry[]): LexiconEntry[] {
  const seen = new Map<string, number>();
  return entries.map((e) => {
    const n = (seen.get(e.id) ?? 0) + 1;
    seen.set(e.id, n);
    return n === 1 ? e : { ...e, id: `${e.id}-${n}` };
  });
}

function compileEntries(entries: readonly LexiconEntry[], lang: LexiconLangCode, where: string): Matcher {
  const compiled: CompiledEntry[] = [];
  entries.forEach((entry, i) => {
    const pattern = parseTerm(entry.term, lang, normalizeTerm);
    if (!pattern) {
      throw new TopicError('E_TOPIC_INVALID', `term "${entry.term}" has no word to match`, {
        file: where,
        path: `lexicon.${lang}[${i}].term`,
      });
    }
    const first = pattern[0]!;
    if (first.kind === 'prefix' && first.value.length < 3) {
      throw new TopicError('E_TOPIC_INVALID', `prefix "${entry.term}" is shorter than 3 letters`, {
        file: where,
        path: `lexicon.${lang}[${i}].term`,
      });
    }
    compiled.push({ entry, pattern });
  });
  return compileMatcher(compiled);
}

function compileRules(rules: LanguageRules, lang: LexiconLangCode): RuleMatchers {
  // Each entry's `category` names its list (or, for reporting verbs, the verb's class).
  const list = (name: string, terms: readonly { term: string; category: string }[]) =>
    compileEntries(
      terms.map(({ term, category }) => ({
        id: ruleId(`rules/${name}`, lang, term),
        term,
        layer: 'generic' as const,
        category,
        loaded: 0,
        stance: {},
        foreground: false,
      })),
      lang,
      `rules ${lang} ${name}`,
    );
  const named = (name: string, terms: readonly string[]) =>
    list(
      name,
      terms.map((term) => ({ term, category: name })),
    );
  const reporting = (['neutral', 'distancing', 'endorsing'] as const).flatMap((cls) =>
    rules.reporting[cls].map((term) => ({ term, category: cls })),
  );
  return {
    negators: named('negators', rules.negators),
    scopeBreakers: named('scope-breakers', rules.scopeBreakers),
    distancers: named('distancers', rules.distancers),
    reporting: list('reporting', reporting),
    attribution: named('attribution', rules.attribution),
    conditional: named('conditional', rules.conditional),
  };
}
