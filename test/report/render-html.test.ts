import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus, type CorpusAnalysis } from '../../src/compare/analyze-corpus.js';
import { loadCorpus } from '../../src/corpus/index.js';
import type { Corpus } from '../../src/corpus/types.js';
import { FILTER_SCRIPT } from '../../src/report/html/filter-script.js';
import { renderHtml } from '../../src/report/render-html.js';
import { hostileCorpus } from './hostile-corpus.js';
import { allElements, byClass, byId, byTag, parseHtml, textOf, textWithoutTips } from './html-dom.js';

const benign = [
  {
    id: 'fr-1',
    source: 'Journal A',
    title: 'Les soldats de la paix arrivent',
    lang: 'fr',
    text:
      'Les soldats de la paix de l’OTSC sont arrivés à Almaty.\n\n' +
      '« Ces terroristes seront punis », a déclaré le président Tokaïev.\n\n' +
      'Des manifestants dénoncent une occupation du pays.',
  },
  {
    id: 'en-1',
    source: 'Paper B',
    title: 'Troops deployed',
    lang: 'en',
    text:
      'Russian paratroopers landed in Almaty as part of the CSTO force.\n\n' +
      'Critics called the deployment an occupation and a crackdown on peaceful protesters.',
  },
];

let corpus: Corpus;
let analysis: CorpusAnalysis;
let html: string;
let hostile: Corpus;
let hostileAnalysis: CorpusAnalysis;
let hostileHtml: string;

beforeAll(async () => {
  corpus = loadCorpus(benign);
  analysis = analyzeCorpus(corpus);
  html = await renderHtml(analysis, { articles: corpus });
  hostile = loadCorpus(hostileCorpus);
  hostileAnalysis = analyzeCorpus(hostile);
  hostileHtml = await renderHtml(hostileAnalysis, { articles: hostile });
});

describe('renderHtml: a self-contained offline page', () => {
  it('forbids every network request and every script but its own, by hash', () => {
    const doc = parseHtml(html);
    const meta = byTag(doc, 'meta').find((m) => m.attribs['http-equiv'] === 'Content-Security-Policy');
    const csp = meta?.attribs.content ?? '';
    const hash = createHash('sha256').update(FILTER_SCRIPT).digest('base64');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
    expect(csp).not.toContain("script-src 'unsafe-inline'");
    const scripts = byTag(doc, 'script');
    expect(scripts).toHaveLength(1);
    expect(textOf(scripts[0]!)).toBe(FILTER_SCRIPT);
  });

  it('references nothing outside the file', () => {
    const doc = parseHtml(html);
    for (const el of allElements(doc)) {
      for (const attr of ['src', 'href', 'xlink:href', 'action', 'srcset']) {
        const value = el.attribs[attr];
        if (value === undefined) continue;
        expect(value.startsWith('#') || value.startsWith('data:'), `${el.name} ${attr}=${value}`).toBe(true);
      }
    }
    expect(html).not.toMatch(/https?:\/\/(?!www\.w3\.org\/)/);
  });

  it('has landmarks, labelled sections, scoped table headers and accessible charts', () => {
    const doc = parseHtml(html);
    expect(byTag(doc, 'header')[0]?.attribs.class).toBe('page-header');
    expect(byTag(doc, 'nav')[0]?.attribs['aria-label']).toBe('Sections');
    expect(byTag(doc, 'main')).toHaveLength(1);
    const sections = byTag(doc, 'section');
    expect(sections.map((s) => s.attribs.id)).toEqual([
      'ranking',
      'summaries',
      'loaded',
      'naming',
      'distinctive',
      'voices',
      'frames',
      'articles',
    ]);
    for (const s of sections) expect(byId(doc, s.attribs['aria-labelledby']!)?.name).toBe('h2');
    for (const th of byTag(doc, 'th')) expect(['col', 'row']).toContain(th.attribs.scope);
    const svgs = byTag(doc, 'svg');
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    for (const svg of svgs) {
      expect(svg.attribs.role).toBe('img');
      const [title, desc] = svg.attribs['aria-labelledby']!.split(' ');
      expect(textOf(byId(doc, title!)!).length).toBeGreaterThan(10);
      expect(textOf(byId(doc, desc!)!).length).toBeGreaterThan(10);
    }
  });

  it('ranks the sources in the ranking table as the comparison does', () => {
    const doc = parseHtml(html);
    const table = byClass(doc, 'ranking')[0]!;
    const rows = byTag(table, 'tbody').flatMap((b) => byTag(b, 'tr'));
    const names = rows.map((r) => textOf(byTag(r, 'th')[0]!));
    expect(names).toEqual(analysis.comparison.ranking.intervention!.map((r) => r.source));
  });

  it('shows each article’s original text exactly, tooltips aside', () => {
    const doc = parseHtml(html);
    for (const [i, d] of analysis.documents.entries()) {
      const article = byId(doc, `d${i}`)!;
      const text = byClass(article, 'text')[0]!;
      expect(textWithoutTips(text)).toBe(corpus.documents.find((a) => a.id === d.id)!.text);
    }
  });

  it('highlights every stance cue at its offsets, with a tooltip giving weight, rule and voice', () => {
    const doc = parseHtml(html);
    let checked = 0;
    for (const [i, d] of analysis.documents.entries()) {
      const marks = byTag(byId(doc, `d${i}`)!, 'mark').map((m) => ({
        el: m,
        start: Number(m.attribs.id!.split('-m')[1]),
        text: textWithoutTips(m),
      }));
      for (const e of Object.values(d.stance).flatMap((s) => s.evidence)) {
        const mark = marks.find((m) => m.start <= e.start && e.end <= m.start + m.text.length);
        expect(mark, `${e.text} at ${e.start}`).toBeDefined();
        expect(mark!.el.attribs.tabindex).toBe('0');
        const tip = byId(doc, mark!.el.attribs['aria-describedby']!)!;
        expect(tip.attribs.role).toBe('tooltip');
        expect(textOf(tip)).toContain(e.rule);
        expect(textOf(tip)).toContain(e.voice);
        expect(textOf(tip)).toMatch(/weight [+−]?\d\.\d\d/);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('ships the filter hidden, so the page reads fine without JavaScript', () => {
    const doc = parseHtml(html);
    const form = byId(doc, 'filter')!;
    expect(form.attribs.hidden).toBe('');
    const options = byTag(byId(doc, 'f-source')!, 'option').map((o) => o.attribs.value);
    expect(options).toEqual(['', 'Journal A', 'Paper B']);
    for (const a of byClass(doc, 'doc')) expect(a.attribs.hidden).toBeUndefined();
  });

  it('is deterministic', async () => {
    const again = await renderHtml(analysis, { articles: corpus });
    expect(again === html).toBe(true);
  });

  it('lists the findings of each article when the texts are not given', async () => {
    const page = await renderHtml(analysis);
    const doc = parseHtml(page);
    expect(byClass(doc, 'text')).toHaveLength(0);
    expect(byTag(doc, 'mark')).toHaveLength(0);
    const details = byClass(doc, 'findings');
    expect(details.length).toBe(
      analysis.documents.filter(
        (d) =>
          Object.values(d.stance).some((s) => s.evidence.length > 0) ||
          d.loaded.length > 0 ||
          d.naming.length > 0,
      ).length,
    );
    for (const d of details) expect(d.attribs.open).toBe('');
  });
});

describe('renderHtml: hostile input renders as text', () => {
  it('writes no element, attribute or URL the report did not write itself', () => {
    const doc = parseHtml(hostileHtml);
    const names = new Set(allElements(doc).map((e) => e.name));
    for (const tag of ['img', 'iframe', 'object', 'embed', 'base', 'link[rel=import]'])
      expect(names.has(tag)).toBe(false);
    expect(byTag(doc, 'script')).toHaveLength(1);
    for (const el of allElements(doc)) {
      for (const [name, value] of Object.entries(el.attribs)) {
        expect(name.startsWith('on'), `${el.name} has ${name}`).toBe(false);
        expect(/^\s*javascript:/i.test(value), `${el.name} ${name}=${value}`).toBe(false);
      }
    }
    const anchors = byTag(doc, 'a').map((a) => a.attribs.href ?? '');
    for (const href of anchors) expect(href.startsWith('#')).toBe(true);
  });

  it('keeps every payload readable as text where it was', () => {
    const doc = parseHtml(hostileHtml);
    for (const [i, d] of hostileAnalysis.documents.entries()) {
      const article = byId(doc, `d${i}`)!;
      expect(textWithoutTips(byClass(article, 'text')[0]!)).toBe(
        hostile.documents.find((a) => a.id === d.id)!.text,
      );
      expect(textOf(byTag(article, 'h3')[0]!)).toBe(d.title);
      expect(article.attribs['data-source']).toBe(d.source);
    }
    const sourceCells = byTag(byClass(doc, 'ranking')[0]!, 'th').map(textOf);
    expect(sourceCells).toContain('<img src=x onerror="window.__pwned = \'source\'">');
  });

  it('escapes the source names inside the SVG charts too', () => {
    for (const svg of hostileHtml.match(/<svg[\s\S]*?<\/svg>/g) ?? []) {
      expect(svg).not.toMatch(/<(img|script|iframe)/);
    }
  });
});
