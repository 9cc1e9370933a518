import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** Debian's Chromium; we never download a browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Screenshots are for people to look at, not checks: `npm run screenshots` (and `npm run test:long`)
 * writes them under test-results/screenshots/ (git-ignored); `npm test` skips them, since they were
 * a third of the browser tests' time (layout and dashboard: 169 s of tests with them, 118 s
 * without) and nothing reads them. Whole pages as JPEG: Chromium took 434 ms for a full PNG at
 * 1 280 px and 245 ms for a JPEG. `fullPage: false` keeps only what is in view, as scrolled.
 */
export const SCREENSHOTS = process.env.BEDSIDE_SCREENSHOTS === '1' || process.env.BEDSIDE_LONG === '1';

export async function screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<void> {
  if (!SCREENSHOTS) return;
  mkdirSync('test-results/screenshots', { recursive: true });
  await page.screenshot({ path: `test-results/screenshots/${name}.jpg`, fullPage, type: 'jpeg', quality: 80 });
}

/** One Chromium per test file, closed afterwards; read `.current` inside tests. */
export function useChromium(): { current: Browser } {
  const holder = {} as { current: Browser };
  beforeAll(async () => {
    holder.current = await launchChromium();
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
