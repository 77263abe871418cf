import type { CorpusAnalysis } from '../../compare/analyze-corpus.js';
import { VOICE_COLOURS } from '../palette.js';
import type { TopicLabels } from '../topic-labels.js';
import { type HeatmapCell, heatmapChartSpec } from './heatmap-chart-spec.js';
import { rankingChartSpec } from './ranking-chart-spec.js';
import { renderChartSvg } from './render-chart-svg.js';
import { type BarSegment, stackedBarChartSpec } from './stacked-bar-chart-spec.js';

/**
 * The SVG charts of the HTML report.
 * @example
 * const c: ReportCharts = await renderReportCharts(analysis, labels);
 * c.ranking.startsWith('<svg'); //=> true
 */
export interface ReportCharts {
  ranking: string;
  loadedByCategory: string;
  loadedByVoice: string;
  /** Null when no source has a frame cue. */
  frames: string | null;
  /** Loaded categories in chart order (most frequent in the corpus first). */
  loadedCategories: string[];
  /** Frames in chart order (largest mean share first). */
  frameIds: string[];
}

/**
 * Lays the analysis's figures out as chart data (no figure is computed: rates, shares, scores and
 * intervals are read from the analysis) and renders the four charts: the ranking toward the main
 * target, loaded-vocabulary rates by category and by voice, frame shares.
 * @example
 * const charts = await renderReportCharts(analyzeCorpus(loadSeedCorpus()), labels);
 */
export async function renderReportCharts(
  analysis: CorpusAnalysis,
  labels: TopicLabels,
): Promise<ReportCharts> {
  const c = analysis.comparison;
  const order = (c.ranking[c.mainTarget] ?? []).map((r) => r.source);
  const sources = [...order, ...c.sources.filter((s) => !order.includes(s))];
  const target = labels.target(c.mainTarget);

  const ranking = await renderChartSvg(rankingChartSpec(c.ranking[c.mainTarget] ?? [], target), {
    id: 'chart-ranking',
    title: `Sources ranked by stance toward ${target}`,
    description: `${sources.length} sources, each with its score from −1 (against) to +1 (in favour) and its interval; the same figures are in the table below the chart.`,
  });

  const categoryTotals = new Map<string, number>();
  for (const s of analysis.sources)
    for (const [k, n] of Object.entries(s.loadedCounts.byCategory))
      categoryTotals.set(k, (categoryTotals.get(k) ?? 0) + n);
  const loadedCategories = [...categoryTotals.keys()].sort(
    (a, b) => categoryTotals.get(b)! - categoryTotals.get(a)! || (a < b ? -1 : 1),
  );
  const cells: HeatmapCell[] = [];
  for (const s of analysis.sources)
    for (const k of loadedCategories)
      cells.push({ source: s.source, key: labels.plain(k), value: s.loadedRates.byCategory[k] ?? 0 });
  const loadedByCategory = await renderChartSvg(
    heatmapChartSpec(cells, {
      sources,
      keys: loadedCategories.map(labels.plain),
      valueTitle: 'per 1,000 words',
      format: '.1f',
    }),
    {
      id: 'chart-loaded-category',
      title: 'Loaded vocabulary by category',
      description:
        'Cues per 1,000 words, one row per source and one column per category; the figures are in the table below.',
    },
  );

  const voices = ['authorial', 'quoted', 'attributed'] as const;
  const segments: BarSegment[] = [];
  for (const s of analysis.sources)
    for (const v of voices)
      segments.push({ source: s.source, part: v, value: s.loadedRates.byVoice[v] ?? 0 });
  const loadedByVoice = await renderChartSvg(
    stackedBarChartSpec(segments, {
      sources,
      parts: voices,
      colours: voices.map((v) => VOICE_COLOURS[v]),
      valueTitle: 'loaded cues per 1,000 words',
      partTitle: 'voice',
    }),
    {
      id: 'chart-loaded-voice',
      title: 'Loaded vocabulary by voice',
      description:
        'Cues per 1,000 words of each source, split by who speaks: the outlet, a quoted speaker, or reported speech.',
    },
  );

  const frameMeans = new Map<string, number>();
  for (const source of c.sources)
    for (const [f, share] of Object.entries(c.frames[source] ?? {}))
      frameMeans.set(f, (frameMeans.get(f) ?? 0) + share.share / c.sources.length);
  const frameIds = [...frameMeans.keys()].sort(
    (a, b) => frameMeans.get(b)! - frameMeans.get(a)! || (a < b ? -1 : 1),
  );
  let frames: string | null = null;
  if (frameIds.length > 0) {
    const frameCells: HeatmapCell[] = [];
    for (const source of c.sources)
      for (const f of frameIds)
        frameCells.push({ source, key: labels.plain(f), value: c.frames[source]?.[f]?.share ?? 0 });
    frames = await renderChartSvg(
      heatmapChartSpec(frameCells, {
        sources,
        keys: frameIds.map(labels.plain),
        valueTitle: 'share of sentences',
        format: '.0%',
      }),
      {
        id: 'chart-frames',
        title: 'Frames by source',
        description:
          'Share of each source’s sentences carrying each frame; the figures are in the table below.',
      },
    );
  }
  return { ranking, loadedByCategory, loadedByVoice, frames, loadedCategories, frameIds };
}
