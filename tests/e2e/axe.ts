import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import type { useChromium } from './browser';

const baseURL = inject('baseURL');

/** Opens `path` and fails on any axe-core violation (WCAG 2.x A and AA rules and best practices). */
export async function checkPage(page: Page, path: string, signedIn: boolean) {
  const res = await page.goto(path);
  // Signed-in pages must really render, not an error page.
  if (signedIn) expect(res?.status(), path).toBe(200);
  await checkShown(page, path);
}

/** Fails on any axe-core violation of what `page` shows now (an answer to a POST, which a GET cannot reopen). */
export async function checkShown(page: Page, label: string) {
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const run = await (globalThis as unknown as { axe: typeof axe }).axe.run({
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, label).toEqual([]);
}

/** axe is injected as a script; the strict CSP would refuse it, so these contexts bypass CSP. */
export const axeContext = (chromium: ReturnType<typeof useChromium>): Promise<BrowserContext> =>
  chromium.current.newContext({ bypassCSP: true, baseURL });
