import type { CorpusAnalysis } from '../compare/analyze-corpus.js';
import type { Topic } from '../topics/types.js';
import { interval, signed, stanceWord } from './format-number.js';
import { topicLabels } from './topic-labels.js';

/** The parts of the terminal view, in the order they print. */
export type TerminalSection = 'documents' | 'ranking' | 'naming' | 'voices' | 'distinctive';

/** Options of {@link renderTerminal}. */
export interface TerminalOptions {
  /**
   * Maximum width of a line.
   * @default 100
   */
  width?: number;
  /**
   * How many naming terms per actor group and source.
   * @default 3
   */
  termsPerCell?: number;
  /**
   * How many of each source's strongest cues the ranking shows.
   * @default 2
   */
  cuesPerSource?: number;
  /**
   * How many distinctive terms per source.
   * @default 6
   */
  distinctivePerSource?: number;
  /**
   * How many of each document's strongest cues the documents part shows.
   * @default 3
   */
  cuesPerDocument?: number;
  /**
   * Which parts to print. `documents` lists every document (source, language, size, what cleaning
   * set aside and why, its stance toward the main target with its strongest cues).
   * @default ['ranking', 'naming', 'voices', 'distinctive']
   */
  sections?: readonly TerminalSection[];
  /** The topic the corpus was analysed with (names of targets and groups); default: the bundled topic of the same id. */
  topic?: Topic;
}

/**
 * A compact plain-text view of a corpus analysis for a terminal: sources ranked by stance toward the
 * main target with their intervals (a gauge from −1 to +1) and strongest cues, the naming table
 * (which terms each source uses for each actor group, in its own voice; quoted or reported uses in
 * brackets; scare-quoted uses marked with ″), whom each source quotes, and each source's most
 * distinctive terms. Computes nothing: it only lays out the analysis. Lines never exceed `width`.
 * @example
 * process.stdout.write(renderTerminal(analyzeCorpus(loadSeedCorpus())));
 * // Stance toward the CSTO intervention (score in [-1, 1], 90% interval)
 * //   News-Front   │───────────●───  +0.79 [+0.04, +0.99]  in favour …
 */
export function renderTerminal(analysis: CorpusAnalysis, options: TerminalOptions = {}): string {
  const width = options.width ?? 100;
  const sections = options.sections ?? ['ranking', 'naming', 'voices', 'distinctive'];
  const labels = topicLabels(analysis, options.topic);
  const c = analysis.comparison;
  const ranking = c.ranking[c.mainTarget] ?? [];
  const nameWidth = Math.min(
    Math.max(12, Math.floor(width * 0.32)),
    Math.max(6, ...c.sources.map((s) => s.length)),
  );
  const bySource = new Map(analysis.sources.map((s) => [s.source, s]));
  const blocks: string[][] = [];

  if (sections.includes('documents')) {
    const lines = [`Documents (stance toward ${labels.target(c.mainTarget)}, strongest cues)`];
    const cues = options.cuesPerDocument ?? 3;
    for (const d of analysis.documents) {
      const lang = d.langDetected ? `${d.lang} (detected, ${d.langConfidence.toFixed(2)})` : d.lang;
      lines.push(`  ${d.id}  ${d.source}`);
      if (d.title) lines.push(`    title: ${d.title}`);
      lines.push(`    ${lang}; ${d.tokens} words, ${d.sentences} sentences, ${d.quotes.length} quotations`);
      lines.push(`    set aside: ${countReasons(d.removed.map((r) => r.reason)) || 'nothing'}`);
      const s = d.stance[c.mainTarget];
      if (!s) continue;
      lines.push(
        `    stance: ${stanceWord(s.label)} (score ${signed(s.score)}, confidence ${s.confidence.toFixed(2)})`,
      );
      const top = [...s.evidence].sort(
        (a, b) => Math.abs(b.weight) - Math.abs(a.weight) || a.start - b.start,
      );
      for (const e of top.slice(0, cues)) {
        const mods = e.modifiers?.length ? `, ${e.modifiers.join(', ')}` : '';
        lines.push(`      ${signed(e.weight).padStart(5)}  «${e.text}»  ${e.category}, ${e.voice}${mods}`);
      }
    }
    blocks.push(lines);
  }

  if (sections.includes('ranking')) {
    const level = Math.round((ranking[0]?.interval.level ?? 0.9) * 100);
    const lines = [`Stance toward ${labels.target(c.mainTarget)} (score in [−1, +1], ${level}% interval)`];
    const cues = options.cuesPerSource ?? 2;
    for (const r of ranking) {
      lines.push(
        `  ${pad(r.source, nameWidth)}  ${bar(r.score, r.interval.low, r.interval.high, 25)}  ` +
          `${signed(r.score).padStart(5)} ${interval(r.interval).padEnd(16)}  ${stanceWord(r.label)}`,
      );
      const top = (bySource.get(r.source)?.stance[c.mainTarget]?.evidence ?? []).slice(0, cues);
      if (top.length > 0) {
        lines.push(
          `  ${' '.repeat(nameWidth)}  ${top.map((e) => `«${e.text}» ${signed(e.weight)}`).join(' · ')}`,
        );
      }
    }
    blocks.push(lines);
  }

  if (sections.includes('naming')) {
    const perCell = options.termsPerCell ?? 3;
    const lines = ['Who calls whom what (own voice ×n; [quoted or reported ×n]; ″ scare-quoted)'];
    const present = new Set(c.naming.map((n) => n.actor));
    const actors = [
      ...labels.actorIds.filter((a) => present.has(a)),
      ...[...present].filter((a) => !labels.actorIds.includes(a)).sort(),
    ];
    for (const actor of actors) {
      lines.push(`  ${labels.actor(actor)}`);
      for (const source of c.sources) {
        const rows = c.naming
          .filter((n) => n.actor === actor && n.source === source)
          .sort((a, b) => b.authorial - a.authorial || b.total - a.total || (a.surface < b.surface ? -1 : 1))
          .slice(0, perCell);
        if (rows.length === 0) continue;
        const cells = rows.map((n) => {
          const own = n.authorial > 0 ? `${n.surface} ×${n.authorial}` : '';
          const other = n.quoted + n.attributed > 0 ? `[${n.surface} ×${n.quoted + n.attributed}]` : '';
          return `${[own, other].filter(Boolean).join(' ')}${n.scare > 0 ? ' ″' : ''}`;
        });
        lines.push(`    ${pad(source, nameWidth)}  ${cells.join(' · ')}`);
      }
    }
    if (actors.length === 0) lines.push('  (no actor group named)');
    blocks.push(lines);
  }

  if (sections.includes('voices')) {
    const lines = ['Who each source quotes (quotations, words)'];
    for (const source of c.sources) {
      const rows = c.voices
        .filter((v) => v.source === source && v.quotations > 0)
        .sort((a, b) => b.words - a.words || (a.speakerGroup < b.speakerGroup ? -1 : 1));
      const cells = rows.map((v) => `${labels.speaker(v.speakerGroup)} ${v.quotations}/${v.words}`);
      lines.push(`  ${pad(source, nameWidth)}  ${cells.join(' · ') || '(no attributed quotation)'}`);
    }
    blocks.push(lines);
  }

  if (sections.includes('distinctive')) {
    const per = options.distinctivePerSource ?? 6;
    const lines = ['Most distinctive terms (count here/elsewhere)'];
    for (const source of c.sources) {
      const terms = (c.distinctive[source] ?? [])
        .slice(0, per)
        .map((t) => `${t.surface} ${t.count}/${t.rest}`);
      lines.push(`  ${pad(source, nameWidth)}  ${terms.join(' · ') || '(none stands out)'}`);
    }
    blocks.push(lines);
  }
  return `${blocks.map((b) => b.map((l) => truncate(oneLine(l), width)).join('\n')).join('\n\n')}\n`;
}

/** `reason ×n` for each distinct reason, in order of first appearance. */
function countReasons(reasons: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts].map(([r, n]) => (n > 1 ? `${r} ×${n}` : r)).join(', ');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n\u2028\u2029\t]+/g, ' ');
}

function pad(s: string, n: number): string {
  return [...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s.padEnd(n);
}

function truncate(s: string, n: number): string {
  return [...s].length > n ? `${[...s].slice(0, n - 1).join('')}…` : s;
}

/** A one-line gauge from −1 to +1: the interval as ─, the score as ●, zero as │. */
function bar(score: number, low: number, high: number, size: number): string {
  const at = (x: number) => Math.max(0, Math.min(size - 1, Math.round(((x + 1) / 2) * (size - 1))));
  const cells = new Array<string>(size).fill(' ');
  for (let i = at(low); i <= at(high); i++) cells[i] = '─';
  cells[at(0)] = '│';
  cells[at(score)] = '●';
  return cells.join('');
}
