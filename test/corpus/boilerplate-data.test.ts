import { describe, expect, it } from 'vitest';
import { compileRules } from '../../src/corpus/boilerplate/compile-rules.js';
import { foldText } from '../../src/corpus/boilerplate/fold-line.js';
import * as vocabulary from '../../src/corpus/boilerplate/vocabulary.js';
import { BOILERPLATE_REASONS, BOILERPLATE_RULES, type BoilerplateRule } from '../../src/corpus/index.js';

describe('boilerplate rule table', () => {
  it('has unique kebab-case ids prefixed by their reason, and documented reasons', () => {
    const ids = BOILERPLATE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of BOILERPLATE_RULES) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*\/[a-z]+(-[a-z]+)*$/);
      expect(rule.id.startsWith(`${rule.reason}/`)).toBe(true);
      expect(Object.keys(BOILERPLATE_REASONS)).toContain(rule.reason);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.langs.length).toBeGreaterThan(0);
      expect(rule.maxLength).toBeGreaterThanOrEqual(10);
      expect(rule.maxLength).toBeLessThanOrEqual(800);
    }
  });

  it('gives every documented reason through at least one rule', () => {
    const used = new Set(BOILERPLATE_RULES.map((r) => r.reason));
    expect([...used].sort()).toEqual(Object.keys(BOILERPLATE_REASONS).sort());
  });

  it('writes every phrase folded, once per rule', () => {
    for (const rule of BOILERPLATE_RULES) {
      if (rule.match.kind === 'test') continue;
      for (const p of rule.match.phrases) expect(foldText(p), `${rule.id}: "${p}"`).toBe(p);
      expect(new Set(rule.match.phrases).size).toBe(rule.match.phrases.length);
    }
  });

  it('writes every vocabulary word folded, once per list', () => {
    for (const [name, list] of Object.entries(vocabulary)) {
      for (const w of list) expect(foldText(w), `${name}: "${w}"`).toBe(w);
      expect(new Set(list).size, name).toBe(list.length);
    }
  });

  it('rejects a malformed table when compiling', () => {
    const rule: BoilerplateRule = {
      id: 'advertisement/x',
      reason: 'advertisement',
      langs: ['fr'],
      description: 'test rule',
      maxLength: 20,
      match: { kind: 'equals', phrases: ['Publicité'] },
    };
    expect(() => compileRules([rule])).toThrow(/not folded/);
    const ok = { ...rule, match: { kind: 'equals' as const, phrases: ['pub'] } };
    expect(() => compileRules([ok, ok])).toThrow(/used twice/);
    expect(() => compileRules([{ ...ok, match: { kind: 'equals', phrases: ['pub', 'pub'] } }])).toThrow(
      /twice/,
    );
    expect(compileRules([ok]).byKey.get('pub')?.[0]?.phrase).toBe('pub');
  });
});
