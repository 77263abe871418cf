import type { Evidence, Voice } from '../../core/types.js';
import type { ProcessedText } from '../../text/types.js';
import type { LexiconEntry, LexiconMatch } from '../../topics/types.js';
import type { QuoteFinding, StanceLabel, TargetStance } from '../types.js';
import type { CueContext } from './cue-context.js';
import type { StanceInputs } from './stance-inputs.js';
import { defaultStanceParams, type StanceParams } from './stance-params.js';

/** Categories that state a claim: hedging or distancing them reverses their sense. */
const CLAIMS = new Set(['foreign-interference', 'threat-claim', 'legitimacy-claim', 'order-restored']);

/**
 * Categories that describe events rather than name or judge them: quotation marks around them cite
 * (an order, a toll), they do not set the outlet at a distance, so scare quotes do not reverse them.
 * Foregrounded facts are never reversed by quotation marks either.
 */
const DESCRIPTIVE = new Set([
  'repression',
  'violence-emphasis',
  'legitimacy-doubt',
  'geopolitical-gain',
  'popular-grievance',
]);

/**
 * Categories whose terms name a claimed phenomenon ("colour revolution", « Maïdan »): both camps put
 * them in quotation marks (one to cite the Western technique, the other the Kremlin's claim), so the
 * marks alone cite rather than distance; "so-called" still reverses them.
 */
const NAMED_CONCEPTS = new Set(['foreign-interference']);

/** Categories of foregrounded facts (tolls, arrests, looting): a source named for them does not make them less the outlet's. */
const FACTS = new Set(['violence-emphasis', 'repression']);

/** The smallest magnitude of a scare-quoted cue, before the `scare` multiplier. */
const SCARE_MIN = 0.6;

/** The index of the last word token of a match (quotation marks inside a phrase are transparent). */
function lastWordToken(m: LexiconMatch, pt: ProcessedText): number {
  for (let i = m.last; i > m.first; i--) if (pt.tokens[i]!.kind !== 'quote') return i;
  return m.first;
}

/**
 * One cue's contribution toward one target after voice, distance, negation and hedging, with the
 * reasons (`modifiers`, `note`). Returns null when the cue does not bear on the target.
 * - scare quotes or "so-called" reverse a label or a claim (`scare-quoted`, `so-called`), at least
 *   0.6 before the `scare` multiplier; quotation marks around a description, a foregrounded fact or
 *   a named phenomenon ("colour revolution") cite instead (`cited`: attributed voice);
 * - a negation reverses, unless the cue carries its own (« aucune preuve »);
 * - a hedge (conditional, "allegedly") reverses a claim and weakens the rest;
 * - reported cues weigh `attributed` or `quoted`, reversed under a distancing verb, more under an
 *   endorsing one; a toll or an arrest count reported with its source keeps its weight
 *   (`reported-fact`): foregrounding it is the outlet's choice;
 * - the title and foregrounded facts have their own multipliers.
 * @example
 * weighCue(match, 'intervention', pt, ctx, titleSentences, defaultStanceParams)
 * //=> { text: 'soldats de la paix', weight: -0.96, modifiers: ['scare-quoted'], voice: 'authorial', … }
 */
export function weighCue(
  m: LexiconMatch,
  target: string,
  pt: ProcessedText,
  ctx: CueContext,
  titleSentences: ReadonlySet<number>,
  params: StanceParams = defaultStanceParams,
): Evidence | null {
  const base = m.entry.stance[target];
  if (base === undefined || base === 0) return null;
  return weighed(m, base, target, pt, ctx, titleSentences, params);
}

/** {@link weighCue} of a cue whose lexicon weight toward `target` is `base` (not 0). */
function weighed(
  m: LexiconMatch,
  base: number,
  target: string,
  pt: ProcessedText,
  ctx: CueContext,
  titleSentences: ReadonlySet<number>,
  params: StanceParams,
): Evidence {
  const first = pt.tokens[m.first]!;
  let voice: Voice = ctx.voice[m.first] ?? 'authorial';
  let w = base;
  const modifiers: string[] = [];
  const notes: string[] = [];

  const quotedAtHead = ctx.scare[lastWordToken(m, pt)] === true;
  const describes = m.entry.foreground || DESCRIPTIVE.has(m.entry.category);
  const cites = describes || NAMED_CONCEPTS.has(m.entry.category);
  const scare = ((quotedAtHead && !cites) || ctx.distancedAt(m.first) >= 0) && !describes;
  const cited = quotedAtHead && cites && voice === 'authorial';
  if (cited) {
    // Quotation marks around an order, a toll or an official's aim cite someone's words: the cue
    // is reported, not the outlet's own.
    voice = 'attributed';
    modifiers.push('cited');
    notes.push("quotation marks cite a description: reported, not the outlet's own words");
  }
  if (scare) {
    // The quotation marks carry the signal: even a plain name set at a distance (« des
    // "manifestants" ») weighs at least SCARE_MIN, in the reverse direction of the name.
    w = -Math.sign(w) * Math.max(Math.abs(w), SCARE_MIN) * params.scare;
    modifiers.push(quotedAtHead && !cites ? 'scare-quoted' : 'so-called');
    notes.push('set at a distance (scare quotes or so-called): reversed');
  }
  // A cue that carries its own negation (« il n'y a aucune preuve », "no evidence") is not
  // reversed by it: « n' … aucune » is one negation.
  const neg = ctx.hasNegator(m.first, m.last) ? -1 : ctx.negatedAt(m.first);
  if (neg >= 0) {
    w = -w * params.negated;
    modifiers.push('negated');
    notes.push(`negated by "${pt.tokens[neg]!.text}": reversed`);
  }
  if (!scare && ctx.hedgedAt(m.first, m.last) >= 0) {
    if (CLAIMS.has(m.entry.category) && !m.entry.foreground) {
      w = -w * params.hedged;
      modifiers.push('hedged');
      notes.push('claim reported as unverified (conditional or "allegedly"): reversed');
    } else {
      w *= params.hedged;
      modifiers.push('hedged');
    }
  }
  const verb = ctx.verbClass[m.first];
  if (
    voice === 'attributed' &&
    !cited &&
    m.entry.foreground &&
    FACTS.has(m.entry.category) &&
    verb !== 'distancing'
  ) {
    // A toll or an arrest count "according to officials" is still the outlet's choice to foreground.
    modifiers.push('reported-fact');
  } else if (voice !== 'authorial') {
    let voiceWeight = voice === 'quoted' ? params.quoted : params.attributed;
    if (verb === 'distancing') {
      w = -w * params.distancingVerb;
      modifiers.push('distancing-verb');
      notes.push('reported under a distancing verb: reversed');
    } else if (verb === 'endorsing') {
      voiceWeight = params.endorsingVerb;
      modifiers.push('endorsing-verb');
    }
    w *= voiceWeight;
  }
  if (titleSentences.has(first.sentence)) {
    w *= params.title;
    modifiers.push('title');
  }
  if (m.entry.foreground) {
    w *= params.foreground;
    modifiers.push('foregrounded');
  }

  const e: Evidence = {
    text: pt.text.slice(m.start, m.end),
    start: m.start,
    end: m.end,
    sentence: first.sentence,
    weight: round(w),
    category: m.entry.category,
    rule: m.entry.id,
    voice,
    target,
  };
  if (modifiers.length > 0) e.modifiers = modifiers;
  if (notes.length > 0) e.note = notes.join('; ');
  return e;
}

/**
 * Stance toward one target from the topic-layer matches of a document: each cue weighed by
 * {@link weighCue}, official claims next to the outlet's own doubt dismissed, repetition decayed
 * (the k-th use of an entry in a voice weighs 1/k), and the document-level `doc/official-relay`
 * evidence when only favourable speakers are quoted and nothing is critical.
 * `score = tanh(sum / (scale · (1 + lengthDamping · √sentences)))`; the label is favor/against when
 * score ≥ favorThreshold or ≤ −againstThreshold; confidence grows with the agreement of the evidence and its amount.
 * @example
 * const s = scoreStance(stanceInputs(article, pt, topic, 'fr'), 'intervention', pt);
 * s.label; //=> 'against'
 */
export function scoreStance(
  inputs: StanceInputs,
  target: string,
  pt: ProcessedText,
  params: StanceParams = defaultStanceParams,
): TargetStance {
  const { ctx, titleSentences } = inputs;
  const cues = cuesToward(inputs, target);
  const cards: { m: LexiconMatch; e: Evidence }[] = [];
  for (const { m, weight } of cues) {
    const e = weighed(m, weight, target, pt, ctx, titleSentences, params);
    if (e.weight !== 0) cards.push({ m, e });
  }
  dismissClaims(cards, inputs, pt, params);
  const evidence: Evidence[] = [];
  // Uses so far of each rule, by voice and sign (see repetitionSlot).
  const seen = new Map<string, number[]>();
  for (const { e } of cards) {
    // Repetition adds less and less: the k-th use of the same entry in the same voice weighs 1/k.
    let uses = seen.get(e.rule);
    if (uses === undefined) {
      uses = [0, 0, 0, 0, 0, 0];
      seen.set(e.rule, uses);
    }
    const slot = repetitionSlot(e);
    const k = ++uses[slot]!;
    if (k > 1) {
      e.weight = Math.round((e.weight / k) * 1e6) / 1e6;
      e.modifiers = [...(e.modifiers ?? []), `repeated-${k}`];
    }
    evidence.push(e);
  }
  const relay = officialRelay(evidence, inputs, target, params);
  if (relay) evidence.push(relay);
  return stanceFromEvidence(evidence, pt.sentences.length, params);
}

/** The index of a cue's (voice, sign) among the six a rule's repetitions are counted by. */
function repetitionSlot(e: Evidence): number {
  const v = e.voice === 'authorial' ? 0 : e.voice === 'attributed' ? 1 : e.voice === 'quoted' ? 2 : -1;
  if (v < 0) throw new Error(`unknown voice ${e.voice}`);
  return v * 2 + (e.weight > 0 ? 0 : 1);
}

/** A topic match and its lexicon weight toward one target (not 0). */
interface TargetCue {
  m: LexiconMatch;
  weight: number;
}

/** An entry's nonzero stance weights: `weights[k]` toward `targets[k]`. */
interface EntryWeights {
  targets: string[];
  weights: number[];
}

/** Each entry's nonzero stance weights (its stance records have varying keys: read once each). */
const entryWeights = new WeakMap<LexiconEntry, EntryWeights>();

function weightsOf(entry: LexiconEntry): EntryWeights {
  let found = entryWeights.get(entry);
  if (found === undefined) {
    found = { targets: [], weights: [] };
    for (const [target, weight] of Object.entries(entry.stance)) {
      if (weight === undefined || weight === 0) continue;
      found.targets.push(target);
      found.weights.push(weight);
    }
    entryWeights.set(entry, found);
  }
  return found;
}

/** The topic matches of each document by target, in match order (one pass for all targets). */
const cuesByInputs = new WeakMap<StanceInputs, Map<string, TargetCue[]>>();

function cuesToward(inputs: StanceInputs, target: string): readonly TargetCue[] {
  let byTarget = cuesByInputs.get(inputs);
  if (byTarget === undefined) {
    byTarget = new Map();
    for (const m of inputs.topicMatches) {
      const { targets, weights } = weightsOf(m.entry);
      for (let k = 0; k < targets.length; k++) {
        const t = targets[k]!;
        const weight = weights[k]!;
        const list = byTarget.get(t);
        if (list) list.push({ m, weight });
        else byTarget.set(t, [{ m, weight }]);
      }
    }
    cuesByInputs.set(inputs, byTarget);
  }
  return byTarget.get(target) ?? [];
}

/**
 * The pure official relay: a text that quotes only speakers leaning toward the target (officials)
 * and has no critical evidence of its own reads as mild favour (it passes the official framing on
 * without distance). A text that relays only critics stays neutral: no symmetric rule.
 * Positioned on the first official quotation.
 */
function officialRelay(
  evidence: readonly Evidence[],
  inputs: StanceInputs,
  target: string,
  params: StanceParams,
): Evidence | null {
  if (params.officialRelay <= 0) return null;
  let first: QuoteFinding | null = null;
  let officials = 0;
  for (const q of inputs.quotes) {
    if (q.role === 'scare' || q.speakerGroup === null) continue;
    const leaning = inputs.leaning[q.speakerGroup]?.[target] ?? 0;
    if (leaning < 0) return null;
    if (leaning > 0) {
      officials++;
      first ??= q;
    }
  }
  if (!first) return null;
  // Names carry no judgement (their tiny weights only orient scare quotes).
  if (evidence.some((e) => e.weight < 0 && e.category !== 'neutral-name')) return null;
  return {
    text: first.text,
    start: first.start,
    end: first.end,
    sentence: first.sentence,
    weight: round(params.officialRelay),
    category: 'voice-selection',
    rule: 'doc/official-relay',
    voice: 'quoted',
    target,
    note: `only speakers leaning toward the target quoted (${officials} quotation${officials > 1 ? 's' : ''}) and no critical cue: an official relay, mild favour`,
  };
}

/** Modifiers that already reversed a cue: a dismissal does not reverse it back. */
const REVERSING = ['scare-quoted', 'so-called', 'negated', 'hedged', 'distancing-verb'];

/**
 * Official claims next to the outlet's own doubt are dismissed, not endorsed: in "Coup attempt,
 * international terrorism, foreign-trained gunmen: the usual justifying rhetoric", or "…blamed
 * foreign terrorists, without providing proof", the claims (threat, foreign interference,
 * legitimacy, labels of the protesters: the cues that favour the main target) in the sentence of an
 * authorial legitimacy-doubt cue, or in the sentence before it, are reversed like hedged claims.
 */
function dismissClaims(
  weighed: { m: LexiconMatch; e: Evidence }[],
  inputs: StanceInputs,
  pt: ProcessedText,
  params: StanceParams,
): void {
  const doubtSentences = new Set<number>();
  for (const m of inputs.topicMatches) {
    if (m.entry.category !== 'legitimacy-doubt' || inputs.ctx.voice[m.first] !== 'authorial') continue;
    if (inputs.ctx.negatedAt(m.first) >= 0) continue;
    doubtSentences.add(pt.tokens[m.first]!.sentence);
  }
  if (doubtSentences.size === 0) return;
  for (const { m, e } of weighed) {
    if ((m.entry.stance[inputs.mainTarget] ?? 0) <= 0 || m.entry.category === 'legitimacy-doubt') continue;
    if (!DISMISSABLE.has(m.entry.category) || m.entry.foreground) continue;
    if (e.modifiers?.some((x) => REVERSING.includes(x))) continue;
    if (!doubtSentences.has(e.sentence) && !doubtSentences.has(e.sentence + 1)) continue;
    e.weight = round(-e.weight * params.hedged);
    e.modifiers = [...(e.modifiers ?? []), 'dismissed'];
    e.note = [
      e.note,
      "next to the outlet's own doubt (rhetoric, pretext, no evidence): a dismissed claim, reversed",
    ]
      .filter(Boolean)
      .join('; ');
  }
}

/** Categories of official claims a doubt can dismiss. */
const DISMISSABLE = new Set([...CLAIMS, 'delegitimising-label']);

/**
 * Turns evidence into a stance: the pure arithmetic shared by documents and sources.
 * @example
 * stanceFromEvidence([{ …, weight: -1.2 }], 10).label; //=> 'against'
 */
export function stanceFromEvidence(
  evidence: Evidence[],
  sentences: number,
  params: StanceParams = defaultStanceParams,
): TargetStance {
  let sum = 0;
  let abs = 0;
  for (const e of evidence) {
    sum += e.weight;
    abs += Math.abs(e.weight);
  }
  const score = squash(sum, sentences, params);
  const agreement = abs === 0 ? 0 : Math.abs(sum) / abs;
  const amount = 1 - Math.exp(-abs / 2);
  const confidence = round(agreement * amount);
  return { score: round(score), label: labelOf(score, params), confidence, sum: round(sum), evidence };
}

/**
 * The squashing of a sum of weights into [-1, 1], damped by document length.
 * @example
 * squash(2, 16) //=> tanh(2 / (2 · 1.4)) ≈ 0.61
 */
export function squash(sum: number, sentences: number, params: StanceParams = defaultStanceParams): number {
  return Math.tanh(sum / (params.scale * (1 + params.lengthDamping * Math.sqrt(Math.max(0, sentences)))));
}

/**
 * The SemEval-2016 label of a score.
 * @example
 * labelOf(-0.4) //=> 'against'
 */
export function labelOf(score: number, params: StanceParams = defaultStanceParams): StanceLabel {
  if (score >= params.favorThreshold) return 'favor';
  if (score <= -params.againstThreshold) return 'against';
  return 'neutral';
}

function round(x: number): number {
  return Math.round(x * 1e6) / 1e6 || 0;
}
