import type { Topic } from '../topics/types.js';
import { type SourceResult, surfaceOf } from './source-result.js';
import { compareStrings } from './source-stats.js';

/** Options of {@link summarizeSource}. */
export interface SummaryOptions {
  /**
   * The actor groups whose naming the sentence reports.
   * @default the first two actor groups of the topic that bear on a target
   */
  actors?: readonly string[];
  /**
   * The target whose stance the sentence reports.
   * @default topic.mainTarget
   */
  target?: string;
}

/**
 * A one-sentence plain-English summary of a source, generated from its figures: how many documents
 * and words, which name it uses most for each reported actor group in its own voice (in its most
 * frequent written form; tied names are all given, up to three), whom it quotes
 * most, and where its stance toward the main target sits with its interval.
 *
 * The stance wording is read off the interval as printed (two decimals), so it can never contradict
 * the numbers beside it: "leans against" only when the whole interval is below 0, "leans in favour of"
 * only when it is above 0, "is unclear on" when it contains 0, "shows no stance evidence on" when the
 * source has no evidence on the target.
 * @example
 * summarizeSource(result, cstoKazakhstan2022);
 * //=> 'News-Front (2 documents, 1,310 words) calls the foreign forces "soldat de la paix" most often in
 * //    its own voice (4 times) and the protesters "terroriste" (3 times), quotes Kazakh officials most
 * //    (3 quotations, 61 words), and leans in favour of the CSTO intervention (score 0.52, 90% interval
 * //    0.21 to 0.77).'
 */
export function summarizeSource(result: SourceResult, topic: Topic, options: SummaryOptions = {}): string {
  const actorIds = options.actors ?? topic.actors.filter((a) => a.target !== undefined).map((a) => a.id);
  const actors = actorIds.slice(0, options.actors ? actorIds.length : 2);
  const clauses: string[] = [];

  const named: string[] = [];
  const unnamed: string[] = [];
  for (const id of actors) {
    const label = topic.actors.find((a) => a.id === id)?.label.en ?? readable(id);
    const top = topAuthorial(result, id);
    if (top.names.length === 0) {
      unnamed.push(label);
      continue;
    }
    const names = top.names.map((n) => `"${n}"`);
    const listed = top.more > 0 ? `${names.join(', ')} or ${top.more} other names` : joinOr(names);
    const tied = top.names.length > 1;
    const times = `${timesOf(top.count)}${tied ? ' each' : ''}`;
    if (named.length === 0) {
      named.push(`calls ${label} ${listed}${tied ? '' : ' most often'} in its own voice (${times})`);
    } else named.push(`${label} ${listed} (${times})`);
  }
  if (named.length > 0) clauses.push(joinAnd(named));
  if (unnamed.length > 0) clauses.push(`does not name ${joinOr(unnamed)} in its own voice`);

  const voice = topVoice(result);
  if (voice) {
    const label =
      voice.group === 'unidentified'
        ? 'unidentified speakers'
        : (topic.speakers.find((s) => s.id === voice.group)?.label.en ?? readable(voice.group));
    clauses.push(
      `quotes ${label} most (${plural(voice.quotations, 'quotation')}, ${plural(voice.words, 'word')})`,
    );
  } else clauses.push('quotes no one');

  const targetId = options.target ?? topic.mainTarget;
  const targetLabel = topic.targets.find((t) => t.id === targetId)?.label.en ?? readable(targetId);
  const stance = result.stance[targetId];
  if (!stance || stance.evidenceCount === 0) clauses.push(`shows no stance evidence on ${targetLabel}`);
  else {
    const score = fixed(stance.score);
    const low = fixed(stance.interval.low);
    const high = fixed(stance.interval.high);
    const verb = high < 0 ? 'leans against' : low > 0 ? 'leans in favour of' : 'is unclear on';
    const level = Math.round(stance.interval.level * 100);
    clauses.push(
      `${verb} ${targetLabel} (score ${show(score)}, ${level}% interval ${show(low)} to ${show(high)})`,
    );
  }

  const size = `${plural(result.documents.length, 'document')}, ${plural(result.tokens, 'word')}`;
  return `${result.source} (${size}) ${joinClauses(clauses)}.`;
}

/**
 * The name(s) a source uses most for an actor in its own voice: all names tied at the top count (at
 * most three shown, ordered by all their uses, then code-unit order), in their most frequent written form.
 */
function topAuthorial(result: SourceResult, actor: string): { names: string[]; more: number; count: number } {
  const terms = result.naming[actor] ?? {};
  let count = 0;
  for (const cell of Object.values(terms)) count = Math.max(count, cell.authorial);
  if (count === 0) return { names: [], more: 0, count: 0 };
  const tied = Object.keys(terms)
    .filter((term) => terms[term]!.authorial === count)
    .map((term) => {
      const c = terms[term]!;
      return { name: surfaceOf(c.surfaces) || term, uses: c.authorial + c.quoted + c.attributed };
    })
    .sort((a, b) => b.uses - a.uses || compareStrings(a.name, b.name));
  const names = [...new Set(tied.map((t) => t.name))];
  return { names: names.slice(0, 3), more: Math.max(0, names.length - 3), count };
}

function topVoice(result: SourceResult): { group: string; quotations: number; words: number } | null {
  let best: { group: string; quotations: number; words: number } | null = null;
  for (const group of Object.keys(result.voices).sort(compareStrings)) {
    const v = result.voices[group]!;
    if (v.quotations === 0) continue;
    // A named group wins over unidentified speakers on a tie.
    const better =
      best === null ||
      v.quotations > best.quotations ||
      (v.quotations === best.quotations && v.words > best.words) ||
      (v.quotations === best.quotations && v.words === best.words && best.group === 'unidentified');
    if (better) best = { group, quotations: v.quotations, words: v.words };
  }
  return best;
}

function timesOf(count: number): string {
  return count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
}

/** A number rounded to two decimals, the way the sentence prints it. */
function fixed(x: number): number {
  return Math.round(x * 100) / 100 || 0;
}

function show(x: number): string {
  return x < 0 ? `\u2212${(-x).toFixed(2)}` : x.toFixed(2);
}

function plural(n: number, noun: string): string {
  return `${thousands(n)} ${noun}${n === 1 ? '' : 's'}`;
}

/** Integer with comma thousands separators, independent of the machine's locale. */
function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function readable(id: string): string {
  return id.replace(/-/g, ' ');
}

function joinAnd(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

function joinOr(items: readonly string[]): string {
  return items.length <= 1
    ? (items[0] ?? '')
    : `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

function joinClauses(clauses: readonly string[]): string {
  if (clauses.length <= 1) return clauses[0] ?? '';
  if (clauses.length === 2) return `${clauses[0]} and ${clauses[1]}`;
  return `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}`;
}
