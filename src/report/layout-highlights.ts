import type { Span } from '../core/types.js';

/**
 * A run of text outside any highlight, with its shading: inside a quotation, inside a region that
 * cleaning set aside (with the reason).
 * @example
 * const r: TextRun = { start: 0, end: 12, quoted: false, removed: null };
 */
export interface TextRun extends Span {
  quoted: boolean;
  removed: string | null;
}

/**
 * A highlight: the union of the findings whose spans overlap (so that highlights never cross), the
 * findings themselves, and the shaded runs it covers.
 * @example
 * const m: MarkRun<Span> = { start: 4, end: 22, findings: [{ start: 4, end: 22 }], runs: [{ start: 4, end: 22, quoted: false, removed: null }] };
 */
export interface MarkRun<T extends Span> extends Span {
  findings: T[];
  runs: TextRun[];
}

/**
 * The text of a document cut into a flat sequence of plain runs and highlights that covers
 * `[0, length)` exactly once, in order.
 * @example
 * const l: HighlightLayout<Span> = { items: [{ kind: 'text', start: 0, end: 5, quoted: false, removed: null }] };
 */
export interface HighlightLayout<T extends Span> {
  items: (({ kind: 'text' } & TextRun) | ({ kind: 'mark' } & MarkRun<T>))[];
}

/**
 * Lays out highlights over a text from offsets alone: findings whose spans overlap or nest are
 * merged into one highlight (touching spans stay apart), and the quotation and removed-region shades
 * are cut at every highlight boundary, so the result nests properly whatever the input. Spans
 * outside `[0, length]`, empty or not integers are dropped; shades are clipped to the text. Pure: the
 * caller escapes each run's `text.slice(start, end)`.
 * @example
 * layoutHighlights(11, [{ start: 0, end: 5 }, { start: 3, end: 7 }], { quoted: [{ start: 6, end: 11 }] }).items;
 * //=> [{ kind: 'mark', start: 0, end: 7, findings: [2 spans], runs: [{ start: 0, end: 6, quoted: false, … }, { start: 6, end: 7, quoted: true, … }] },
 * //    { kind: 'text', start: 7, end: 11, quoted: true, removed: null }]
 */
export function layoutHighlights<T extends Span>(
  length: number,
  findings: readonly T[],
  shades: { quoted?: readonly Span[]; removed?: readonly (Span & { reason: string })[] } = {},
): HighlightLayout<T> {
  const valid = findings
    .filter((f) => isSpanIn(f, length) && f.end > f.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const clusters: { start: number; end: number; findings: T[] }[] = [];
  for (const f of valid) {
    const last = clusters[clusters.length - 1];
    if (last && f.start < last.end) {
      last.end = Math.max(last.end, f.end);
      last.findings.push(f);
    } else clusters.push({ start: f.start, end: f.end, findings: [f] });
  }
  const quoted = mergeSpans((shades.quoted ?? []).map((s) => clip(s, length)));
  const removed = mergeSpans((shades.removed ?? []).map((s) => ({ ...clip(s, length), reason: s.reason })));

  const cuts = new Set<number>([0, length]);
  for (const s of [...clusters, ...quoted, ...removed]) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const bounds = [...cuts].sort((a, b) => a - b);
  const items: HighlightLayout<T>['items'] = [];
  let c = 0;
  let q = 0;
  let r = 0;
  for (let i = 0; i + 1 < bounds.length; i++) {
    const start = bounds[i]!;
    const end = bounds[i + 1]!;
    while (c < clusters.length && clusters[c]!.end <= start) c++;
    while (q < quoted.length && quoted[q]!.end <= start) q++;
    while (r < removed.length && removed[r]!.end <= start) r++;
    const run: TextRun = {
      start,
      end,
      quoted: q < quoted.length && quoted[q]!.start <= start,
      removed: r < removed.length && removed[r]!.start <= start ? removed[r]!.reason : null,
    };
    const cluster = c < clusters.length && clusters[c]!.start <= start ? clusters[c]! : null;
    const last = items[items.length - 1];
    if (cluster) {
      if (last?.kind === 'mark' && last.start === cluster.start) appendRun(last.runs, run);
      else
        items.push({
          kind: 'mark',
          start: cluster.start,
          end: cluster.end,
          findings: cluster.findings,
          runs: [run],
        });
    } else if (last?.kind === 'text' && last.quoted === run.quoted && last.removed === run.removed) {
      last.end = end;
    } else items.push({ kind: 'text', ...run });
  }
  return { items };
}

function appendRun(runs: TextRun[], run: TextRun): void {
  const last = runs[runs.length - 1];
  if (last && last.quoted === run.quoted && last.removed === run.removed) last.end = run.end;
  else runs.push(run);
}

function isSpanIn(s: Span, length: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end <= length;
}

function clip<S extends Span>(s: S, length: number): Span {
  const start = Number.isFinite(s.start) ? Math.max(0, Math.min(length, Math.floor(s.start))) : 0;
  const end = Number.isFinite(s.end) ? Math.max(start, Math.min(length, Math.ceil(s.end))) : start;
  return { start, end };
}

function mergeSpans<S extends Span>(spans: readonly S[]): S[] {
  const sorted = spans.filter((s) => s.end > s.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: S[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}
