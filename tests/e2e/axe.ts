import axe from 'axe-core';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, expect, inject } from 'vitest';
import type { useChromium } from './browser';
import { signInOn } from './people';

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
  expect(await axeViolations(page), label).toEqual([]);
}

/** The rules every check runs: WCAG 2.x A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core's violations on what `page` shows now, one line each with the elements at fault. A tab
 * of `newAxeContext` has axe already (its init script); any other page, or content set without a
 * navigation, gets it injected here.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (tags) => {
    const run = await (globalThis as unknown as { axe: typeof axe }).axe.run({
      // Only violations are read: collecting the passes' details too cost about 80 ms a page.
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: tags },
    });
    return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
}

/**
 * A browser context where axe can run: it bypasses the strict CSP (which would refuse axe's
 * script), and axe comes with every page as an init script. Injecting its 500 KB source into each
 * page after loading it cost 300–600 ms a page; as an init script, 12 pages took 7.0 s instead of 10.8.
 */
export async function newAxeContext(browser: Browser, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ bypassCSP: true, baseURL, ...options });
  await context.addInitScript({ content: axe.source });
  return context;
}

type Chromium = ReturnType<typeof useChromium>;
type SignedIn = Awaited<ReturnType<BrowserContext['storageState']>>;

/**
 * Each account's session cookie, signed in once per test file (sessions live on the server and are
 * not rotated, so a copy stays valid): signing in through the form cost about a second a page.
 */
const sessions = new Map<string, Promise<SignedIn>>();
function signedIn(chromium: Chromium, account: string): Promise<SignedIn> {
  let state = sessions.get(account);
  if (!state) {
    state = (async () => {
      const context = await chromium.current.newContext({ baseURL });
      await signInOn(await context.newPage(), account);
      const cookies = await context.storageState();
      await context.close();
      return cookies;
    })();
    sessions.set(account, state);
  }
  return state;
}

/** A fresh `newAxeContext`, anonymous or signed in as `account`. */
export async function axeContext(chromium: Chromium, account?: string): Promise<BrowserContext> {
  const storageState = account ? await signedIn(chromium, account) : undefined;
  return newAxeContext(chromium.current, { storageState });
}

/**
 * One page per account, open for the whole file: checking each page in a fresh context and tab
 * took about 1.75 s a page, on a tab that stays open 0.8 s (no context to start, no renderer
 * process to launch). Each check navigates, so nothing of one page is left for the next.
 */
export function axePages(chromium: Chromium): (account?: string) => Promise<Page> {
  const pages = new Map<string, Promise<Page>>();
  // Registered after useChromium's, so it runs before the browser closes (vitest's hooks stack).
  afterAll(async () => {
    for (const page of pages.values()) await (await page).context().close();
  });
  return (account) => {
    let page = pages.get(account ?? '');
    if (!page) {
      page = axeContext(chromium, account).then((context) => context.newPage());
      pages.set(account ?? '', page);
    }
    return page;
  };
}
