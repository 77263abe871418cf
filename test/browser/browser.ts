import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

/** Debian's chromium, which CI installs with apt; nothing downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** True when the browser tests can run here. */
export const hasChromium = existsSync(CHROMIUM);

/**
 * A headless Chromium with a new empty profile and the flags that stop it from reaching the network
 * on its own (updates, sync, background requests), so that any request the tests see comes from the page.
 */
export async function launchBrowser(options: { javaScriptEnabled?: boolean } = {}): Promise<BrowserContext> {
  return chromium.launchPersistentContext(mkdtempSync(path.join(tmpdir(), 'mf-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
    viewport: { width: 1280, height: 1600 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
}
