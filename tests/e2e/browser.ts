import { mkdirSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_LAUNCH } from './chromium';

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

/**
 * The run's one Chromium (global-setup.ts), connected to for this test file; read `.current`
 * inside tests. Closing the connection closes the contexts this file opened, not the browser:
 * launching a Chromium for each file cost 1.4 s and 1.6 s of CPU, 28 times a run. Should that
 * Chromium have died, the file launches its own rather than fail.
 */
export function useChromium(): { current: Browser } {
  const holder = {} as { current: Browser };
  beforeAll(async () => {
    holder.current = await chromium.connect(inject('chromiumEndpoint')).catch((error: unknown) => {
      console.warn(`The run's Chromium is gone (${String(error)}); this file launches its own.`);
      return chromium.launch(CHROMIUM_LAUNCH);
    });
  });
  afterAll(async () => {
    await holder.current?.close();
  });
  return holder;
}
