import type { Browser, Page } from 'playwright-core';
import { expect } from 'vitest';
import { axeViolations, checkPage, newAxeContext } from './axe';
import { screenshot, type useChromium } from './browser';

/** How wide the page really is: no wider than the viewport means nothing to scroll sideways. */
export const pageWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

/**
 * Looks at what `page` shows the way a person would, at 1280 and at 375 px: no axe violations at
 * either width, nothing to scroll sideways on the phone, a screenshot of each. It opens the same
 * address in a second context with the same cookies, because axe needs JavaScript and the flow
 * under test runs without; a GET never spends a link's token, so the flow can carry on after.
 */
export async function lookAt(chromium: ReturnType<typeof useChromium>, page: Page, name: string): Promise<void> {
  const url = new URL(page.url());
  const path = `${url.pathname}${url.search}`;
  const look = await lookingTab(chromium.current);
  await look.context().clearCookies();
  await look.context().addCookies((await page.context().storageState()).cookies);
  for (const width of [1280, 375]) {
    await look.setViewportSize({ width, height: 900 });
    await checkPage(look, path, false);
    if (width === 375) expect(await pageWidth(look), `${path} at 375 px`).toBeLessThanOrEqual(375);
    await screenshot(look, `${name}-${width}`);
  }
}

/**
 * `lookAt` for a page that answers a POST (a confirm step, a form with its errors): opening its
 * address again would show something else, so the HTML the person sees is rendered in the looking
 * tab, at 1280 and 375 px: no axe violations, nothing to scroll sideways, a screenshot of each.
 */
export async function lookAtAnswer(chromium: ReturnType<typeof useChromium>, page: Page, name: string): Promise<void> {
  const html = await page.content();
  const look = await lookingTab(chromium.current);
  // The site's address first, so the copy loads the site's stylesheet.
  await look.goto('/robots.txt');
  for (const width of [1280, 375]) {
    await look.setViewportSize({ width, height: 900 });
    await look.setContent(html, { waitUntil: 'load' });
    expect(await axeViolations(look), `${name} at ${width} px`).toEqual([]);
    if (width === 375) expect(await pageWidth(look), `${name} at 375 px`).toBeLessThanOrEqual(375);
    await screenshot(look, `${name}-${width}`);
  }
}

/**
 * The second context's one tab, kept for the browser's life (closing the browser closes it): a new
 * context and tab for each look cost about a second, most of it a new renderer process.
 */
const lookingTabs = new WeakMap<Browser, Promise<Page>>();
function lookingTab(browser: Browser): Promise<Page> {
  let tab = lookingTabs.get(browser);
  if (!tab) {
    tab = newAxeContext(browser).then((context) => context.newPage());
    lookingTabs.set(browser, tab);
  }
  return tab;
}
