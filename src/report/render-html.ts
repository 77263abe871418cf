import { createHash } from 'node:crypto';
import type { CorpusAnalysis } from '../compare/analyze-corpus.js';
import type { Article, Corpus } from '../corpus/types.js';
import type { Topic } from '../topics/types.js';
import { renderReportCharts } from './charts/render-report-charts.js';
import { documentFindings } from './document-findings.js';
import { escapeHtml } from './escape-html.js';
import { count } from './format-number.js';
import { renderArticlesSection } from './html/articles-section.js';
import { renderDistinctiveSection } from './html/distinctive-section.js';
import { FILTER_SCRIPT } from './html/filter-script.js';
import { renderFramesSection } from './html/frames-section.js';
import { renderLoadedSection } from './html/loaded-section.js';
import { renderNamingSection } from './html/naming-section.js';
import { pageStyles } from './html/page-styles.js';
import { renderRankingSection } from './html/ranking-section.js';
import { renderArticle } from './html/render-article.js';
import type { PlacedMark } from './html/render-highlighted-text.js';
import { renderSummariesSection } from './html/summaries-section.js';
import { renderVoicesSection } from './html/voices-section.js';
import { categoryStyles } from './palette.js';
import { topicLabels } from './topic-labels.js';

/** Options of {@link renderHtml}. */
export interface HtmlReportOptions {
  /**
   * The analysed articles (the corpus given to `analyzeCorpus`, or its documents): their original
   * text is shown with the evidence highlighted in place. Matched to the analysis by document id.
   * Without it, each article lists its findings only.
   */
  articles?: Corpus | readonly Pick<Article, 'id' | 'text'>[];
  /**
   * The topic the corpus was analysed with (for the names of targets, actors and speaker groups).
   * @default the bundled topic of the analysis's topic id, if any
   */
  topic?: Topic;
  /**
   * The page title.
   * @default 'How N sources framed <topic name>'
   */
  title?: string;
  /**
   * How many names per actor group and source the naming table lists.
   * @default 6
   */
  namesPerCell?: number;
  /**
   * How many distinctive terms per source.
   * @default 10
   */
  distinctivePerSource?: number;
}

/**
 * Renders a corpus analysis as one self-contained HTML page that works offline: inline CSS, inline
 * SVG charts (Vega-Lite specs rendered in Node), one small inline script that only adds filtering,
 * and a Content-Security-Policy that forbids every network request and every script but that one
 * (allowed by its hash). Sections: sources ranked by stance toward the main target with intervals
 * (chart and table), one summary sentence per source, loaded-vocabulary rates by category and voice,
 * the naming matrix, distinctive terms, who each source quotes, frame shares, and every article
 * with its evidence highlighted in place (hover or keyboard focus shows the cue, weight, rule and
 * voice) and a filter by source and category.
 *
 * Renders only: every figure comes from `analysis`. Everything the report did not write (article
 * text, titles, sources, terms, rule ids) is escaped. Deterministic: the same analysis and options
 * give the same bytes.
 * @example
 * const corpus = loadSeedCorpus();
 * const html = await renderHtml(analyzeCorpus(corpus), { articles: corpus });
 * writeFileSync('report.html', html);
 */
export async function renderHtml(analysis: CorpusAnalysis, options: HtmlReportOptions = {}): Promise<string> {
  const labels = topicLabels(analysis, options.topic);
  const c = analysis.comparison;
  const texts = textsById(options.articles);

  const findings = analysis.documents.map(documentFindings);
  const counts: Record<string, number> = {};
  for (const list of findings) for (const f of list) counts[f.category] = (counts[f.category] ?? 0) + 1;
  const categories = Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || (a < b ? -1 : 1));
  const styles = categoryStyles(categories, { quiet: ['neutral-name'] });
  const classIndex = new Map(categories.map((k, i) => [k, `c${i}`]));

  const order = analysis.documents
    .map((doc, index) => ({ doc, index }))
    .sort((a, b) => (a.doc.source < b.doc.source ? -1 : a.doc.source > b.doc.source ? 1 : a.index - b.index));
  const marksByDoc = new Map<string, PlacedMark[]>();
  const articles = order.map(({ doc, index }) => {
    const rendered = renderArticle({
      doc,
      text: texts.get(doc.id) ?? null,
      findings: findings[index]!,
      index,
      mainTarget: c.mainTarget,
      classOf: (k) => classIndex.get(k) ?? '',
      labels,
    });
    if (!marksByDoc.has(doc.id)) marksByDoc.set(doc.id, rendered.marks);
    return rendered.html;
  });
  const anchorOf = (docId: string, start: number, end: number) =>
    marksByDoc.get(docId)?.find((m) => m.start <= start && end <= m.end)?.id ?? null;

  const charts = await renderReportCharts(analysis, labels);
  const sources = c.sources.length;
  const title = options.title ?? labels.topicName;
  const eyebrow = `media-framing report · how ${sources} ${sources === 1 ? 'source frames' : 'sources frame'} the story`;
  const languages = countBy(analysis.documents.map((d) => d.lang));
  const words = analysis.documents.reduce((n, d) => n + d.tokens, 0);
  const lede =
    `${count(analysis.documents.length)} ${analysis.documents.length === 1 ? 'document' : 'documents'} from ${sources} ` +
    `${sources === 1 ? 'source' : 'sources'}, ${count(words)} words (${Object.entries(languages)
      .map(([lang, n]) => `${n} in ${escapeHtml(LANGUAGE_NAMES[lang] ?? lang)}`)
      .join(', ')}). Every figure below links back to highlighted words in the articles.`;

  const sections = [
    renderRankingSection(analysis, { labels, svg: charts.ranking, anchorOf }),
    renderSummariesSection(analysis),
    renderLoadedSection(analysis, {
      labels,
      categorySvg: charts.loadedByCategory,
      voiceSvg: charts.loadedByVoice,
      categories: charts.loadedCategories,
    }),
    renderNamingSection(analysis, {
      labels,
      actors: labels.actorIds,
      perCell: options.namesPerCell ?? 6,
    }),
    renderDistinctiveSection(analysis, { perSource: options.distinctivePerSource ?? 10 }),
    renderVoicesSection(analysis, { labels }),
    renderFramesSection(analysis, { labels, svg: charts.frames, frames: charts.frameIds }),
    renderArticlesSection({ articles, sources: c.sources, styles, counts, labels }),
    skippedSection(analysis),
  ];
  const toc = [
    ['ranking', 'Ranking'],
    ['summaries', 'Summaries'],
    ['loaded', 'Loaded vocabulary'],
    ['naming', 'Naming'],
    ['distinctive', 'Distinctive terms'],
    ['voices', 'Quoted voices'],
    ['frames', 'Frames'],
    ['articles', 'Articles'],
    ...(analysis.skipped.length > 0 ? [['skipped', 'Skipped input']] : []),
  ];
  const scriptHash = createHash('sha256').update(FILTER_SCRIPT, 'utf8').digest('base64');
  const csp =
    `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src data:; ` +
    `font-src 'none'; connect-src 'none'; base-uri 'none'; form-action 'none'`;
  return (
    '<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n' +
    `<meta http-equiv="Content-Security-Policy" content="${csp}">\n` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n' +
    '<meta name="referrer" content="no-referrer">\n<meta name="generator" content="media-framing">\n' +
    '<link rel="icon" href="data:,">\n' +
    `<title>${escapeHtml(title)}</title>\n<style>\n${pageStyles(styles)}</style>\n</head>\n<body>\n` +
    '<a class="skip" href="#main">Skip to the report</a>\n' +
    `<header class="page-header"><div class="wrap"><p class="eyebrow">${escapeHtml(eyebrow)}</p><h1>${escapeHtml(title)}</h1>` +
    `<p class="lede">${lede}</p></div></header>\n` +
    `<nav class="toc" aria-label="Sections"><ol>${toc.map(([id, name]) => `<li><a href="#${id}">${name}</a></li>`).join('')}</ol></nav>\n` +
    `<main id="main">\n${sections.filter(Boolean).join('\n')}\n</main>\n` +
    '<footer class="page-footer"><p>Made with media-framing. Scores are computed from lexicons and rules, not by a person: ' +
    'open an article and check the highlighted evidence before you quote a figure.</p></footer>\n' +
    `<script>${FILTER_SCRIPT}</script>\n</body>\n</html>\n`
  );
}

const LANGUAGE_NAMES: Record<string, string> = { fr: 'French', en: 'English', other: 'other languages' };

function textsById(articles: HtmlReportOptions['articles']): Map<string, string> {
  const list =
    articles === undefined ? [] : Array.isArray(articles) ? articles : (articles as Corpus).documents;
  const out = new Map<string, string>();
  for (const a of list as readonly Pick<Article, 'id' | 'text'>[]) if (!out.has(a.id)) out.set(a.id, a.text);
  return out;
}

function countBy(values: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const v of [...values].sort()) out[v] = (out[v] ?? 0) + 1;
  return out;
}

function skippedSection(analysis: CorpusAnalysis): string {
  if (analysis.skipped.length === 0) return '';
  const rows = analysis.skipped.map(
    (s) =>
      `<tr><td><code>${escapeHtml(s.file)}${s.line !== undefined ? `:${s.line}` : ''}</code></td>` +
      `<td>${escapeHtml(s.reason)}</td><td>${escapeHtml(s.message)}</td></tr>`,
  );
  return (
    '<section id="skipped" aria-labelledby="skipped-h"><h2 id="skipped-h">Skipped input</h2>' +
    '<p class="intro">These files or records could not be used; nothing else was left out.</p>' +
    '<div class="scroll"><table><thead><tr><th scope="col">where</th><th scope="col">reason</th><th scope="col">message</th></tr></thead>' +
    `<tbody>${rows.join('')}</tbody></table></div></section>`
  );
}
