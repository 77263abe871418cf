/// <reference lib="dom" />
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeCorpus } from '../../src/compare/analyze-corpus.js';
import { loadCorpus, loadSeedCorpus } from '../../src/corpus/index.js';
import { renderHtml } from '../../src/report/render-html.js';
import { hostileCorpus } from '../report/hostile-corpus.js';
import { hasChromium, launchBrowser } from './browser.js';

if (!hasChromium) {
  console.warn('Browser tests skipped: /usr/bin/chromium is absent (apt-get install -y chromium).');
}

const SCREENSHOT = path.resolve('examples/output/report.png');

/** What a page did while loading and being used. */
interface Watch {
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function open(context: BrowserContext, file: string): Promise<{ page: Page; watch: Watch }> {
  const page = await context.newPage();
  const watch: Watch = { requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') watch.errors.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`pageerror: ${e.message}`));
  page.on('dialog', async (d) => {
    watch.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, watch };
}

function writeTemp(name: string, html: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'mf-report-')), name);
  writeFileSync(file, html);
  return file;
}

describe.skipIf(!hasChromium)('the HTML report in headless Chromium', () => {
  let context: BrowserContext;
  let seedFile: string;
  let hostileFile: string;

  beforeAll(async () => {
    const seeds = loadSeedCorpus();
    seedFile = writeTemp('report.html', await renderHtml(analyzeCorpus(seeds), { articles: seeds }));
    const hostile = loadCorpus(hostileCorpus);
    hostileFile = writeTemp('hostile.html', await renderHtml(analyzeCorpus(hostile), { articles: hostile }));
    context = await launchBrowser();
  });

  afterAll(async () => {
    await context?.close();
  });

  it('renders the charts, the naming table and the highlights, with no request and no console error', async () => {
    const { page, watch } = await open(context, seedFile);
    const charts = page.locator('figure.chart svg[role="img"]');
    expect(await charts.count()).toBeGreaterThanOrEqual(4);
    for (const svg of await charts.all()) {
      const box = await svg.boundingBox();
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(60);
    }
    const ranking = page.locator('#ranking svg text', { hasText: 'News-Front' });
    await expect.poll(() => ranking.count()).toBeGreaterThan(0);

    const naming = page.locator('table.naming');
    expect(await naming.isVisible()).toBe(true);
    expect(await naming.locator('tbody tr').count()).toBeGreaterThanOrEqual(4);
    expect(await naming.locator('thead th').allTextContents()).toEqual([
      'actor group',
      'EVZ',
      'Express.co.uk',
      'News-Front',
      'Office of Sviatlana Tsikhanouskaya',
    ]);

    const marks = page.locator('mark.hl');
    expect(await marks.count()).toBeGreaterThan(50);
    const first = marks.first();
    const style = await first.evaluate((m) => getComputedStyle(m).borderBottomStyle);
    expect(style).not.toBe('none');

    mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, clip: { x: 0, y: 0, width: 1280, height: 1600 } });

    expect(watch.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('shows a highlight’s evidence when it gets keyboard focus (Tab) and on hover', async () => {
    const { page, watch } = await open(context, seedFile);
    await page.focus('#f-category');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { tag: el.tagName, cls: el.className, tip: el.getAttribute('aria-describedby') };
    });
    expect(focused.tag).toBe('MARK');
    expect(focused.cls).toContain('hl');
    const tip = page.locator(`[id="${focused.tip}"]`);
    expect(await tip.isVisible()).toBe(true);
    const text = await tip.innerText();
    expect(text).toMatch(/voice/);
    expect(text).toMatch(/rule/);
    expect(text).toMatch(/category/);

    await page.keyboard.press('Tab');
    expect(await tip.isVisible()).toBe(false);

    const stanceMark = page
      .locator('mark.hl', { has: page.locator('.tip-head', { hasText: 'Stance toward' }) })
      .first();
    await stanceMark.scrollIntoViewIfNeeded();
    await page.mouse.move(0, 0);
    await stanceMark.hover();
    const hoverTip = stanceMark.locator('.tip');
    expect(await hoverTip.isVisible()).toBe(true);
    expect(await hoverTip.innerText()).toMatch(/weight [+−]\d\.\d\d/);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('filters the articles by source and by category', async () => {
    const { page, watch } = await open(context, seedFile);
    const articles = page.locator('article.doc');
    expect(await page.locator('#filter').isVisible()).toBe(true);
    expect(await page.locator('#f-status').innerText()).toBe('Showing 5 of 5 articles');

    await page.selectOption('#f-source', 'News-Front');
    expect(await page.locator('#f-status').innerText()).toBe('Showing 2 of 5 articles');
    const shown = await articles.evaluateAll((list) =>
      list.map((a) => [a.getAttribute('data-source'), (a as HTMLElement).hidden] as const),
    );
    for (const [source, hidden] of shown) expect(hidden).toBe(source !== 'News-Front');

    await page.selectOption('#f-source', '');
    const category = await page.locator('#f-category option').nth(1).getAttribute('value');
    await page.selectOption('#f-category', category!);
    const visible = await page.locator('article.doc:visible').count();
    expect(visible).toBeGreaterThan(0);
    const faded = await page.locator('mark.hl.off').count();
    const lit = await page.locator('mark.hl:not(.off)').count();
    expect(faded).toBeGreaterThan(0);
    expect(lit).toBeGreaterThan(0);
    const litCategories = await page
      .locator('mark.hl:not(.off)')
      .evaluateAll((marks) => marks.map((m) => JSON.parse(m.getAttribute('data-cats') ?? '[]') as string[]));
    for (const cats of litCategories) expect(cats).toContain(category);
    await page.selectOption('#f-category', '');
    expect(await page.locator('mark.hl.off').count()).toBe(0);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('reads fine without JavaScript: every article shown, no filter, tooltips still on focus', async () => {
    const noScript = await launchBrowser({ javaScriptEnabled: false });
    try {
      const { page } = await open(noScript, seedFile);
      expect(await page.locator('#filter').isVisible()).toBe(false);
      expect(await page.locator('article.doc:visible').count()).toBe(5);
      const mark = page.locator('mark.hl').nth(3);
      await mark.focus();
      expect(await mark.locator('.tip').isVisible()).toBe(true);
    } finally {
      await noScript.close();
    }
  });

  it('runs nothing from a corpus full of hostile HTML', async () => {
    const { page, watch } = await open(context, hostileFile);
    // Every highlight gets the events a pointer and the keyboard send (dispatched, so that a highlight
    // too small or covered to be hovered still gets them).
    const marks = page.locator('mark.hl');
    expect(await marks.count()).toBeGreaterThan(0);
    for (const m of await marks.all()) {
      await m.dispatchEvent('mouseover');
      await m.dispatchEvent('mouseenter');
      await m.focus();
    }
    const options = await page.locator('#f-source option').all();
    for (const o of options) await page.selectOption('#f-source', (await o.getAttribute('value'))!);
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(await page.locator('img, iframe, object, embed').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(1);
    expect(await page.locator('h3', { hasText: '"><script>window.__pwned = "title"</script>' }).count()).toBe(
      1,
    );
    expect(await page.locator('table.ranking tbody th', { hasText: '<img src=x onerror=' }).count()).toBe(1);
    expect(watch.requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:'))).toEqual([]);
    expect(watch.errors).toEqual([]);
    await page.close();
  });
});
