import type { CorpusAnalysis } from '../compare/index.js';

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
}

/**
 * A compact plain-text view of a corpus analysis for a terminal: sources ranked by stance toward the
 * main target with their intervals, then the naming table (which terms each source uses for each
 * actor group, in its own voice; quoted uses in brackets; scare-quoted uses marked with ″).
 * Computes nothing: it only lays out `analysis.comparison`.
 * @example
 * process.stdout.write(renderTerminal(analyzeCorpus(loadSeedCorpus())));
 */
export function renderTerminal(analysis: CorpusAnalysis, options: TerminalOptions = {}): string {
  const width = options.width ?? 100;
  const perCell = options.termsPerCell ?? 3;
  const c = analysis.comparison;
  const lines: string[] = [];
  lines.push(`Stance toward ${c.mainTarget} (score in [-1, 1], 90% interval)`);
  const ranking = c.ranking[c.mainTarget] ?? [];
  const nameWidth = Math.min(36, Math.max(6, ...ranking.map((r) => r.source.length)));
  for (const r of ranking) {
    lines.push(
      `  ${pad(r.source, nameWidth)}  ${bar(r.score, r.interval.low, r.interval.high, 31)}  ` +
        `${signed(r.score)} [${signed(r.interval.low)}, ${signed(r.interval.high)}]  ${r.label}`,
    );
  }
  lines.push('');
  lines.push('Who calls whom what (own voice; [quoted]; ″ scare-quoted)');
  const actors = [...new Set(c.naming.map((n) => n.actor))];
  for (const actor of actors) {
    lines.push(`  ${actor}`);
    for (const source of c.sources) {
      const rows = c.naming
        .filter((n) => n.actor === actor && n.source === source)
        .sort((a, b) => b.total - a.total || (a.term < b.term ? -1 : 1))
        .slice(0, perCell);
      if (rows.length === 0) continue;
      const cells = rows.map((n) => {
        const own = n.authorial > 0 ? `${n.surface} ×${n.authorial}` : '';
        const other = n.quoted + n.attributed > 0 ? `[${n.surface} ×${n.quoted + n.attributed}]` : '';
        return `${[own, other].filter(Boolean).join(' ')}${n.scare > 0 ? ' ″' : ''}`;
      });
      lines.push(truncate(`    ${pad(source, nameWidth)}  ${cells.join(' · ')}`, width));
    }
  }
  return `${lines.join('\n')}\n`;
}

function pad(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s.padEnd(n);
}

function truncate(s: string, n: number): string {
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}

function signed(x: number): string {
  return `${x >= 0 ? '+' : ''}${x.toFixed(2)}`;
}

/** A one-line gauge from -1 to 1: the interval as ─, the score as ●, zero as │. */
function bar(score: number, low: number, high: number, size: number): string {
  const at = (x: number) => Math.max(0, Math.min(size - 1, Math.round(((x + 1) / 2) * (size - 1))));
  const cells = new Array<string>(size).fill(' ');
  for (let i = at(low); i <= at(high); i++) cells[i] = '─';
  cells[at(0)] = '│';
  cells[at(score)] = '●';
  return cells.join('');
}
