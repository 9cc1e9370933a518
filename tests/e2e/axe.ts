import axe from 'axe-core';
import type { BrowserContext, Page } from 'playwright-core';
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
  await page.addScriptTag({ content: axe.source });
  const violations = await page.evaluate(async () => {
    const run = await (globalThis as unknown as { axe: typeof axe }).axe.run({
      // Only violations are read: collecting the passes' details too cost about 80 ms a page.
      resultTypes: ['violations'],
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  });
  expect(violations, label).toEqual([]);
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

/**
 * A fresh browser context, anonymous or signed in as `account`. axe is injected as a script; the
 * strict CSP would refuse it, so these contexts bypass CSP.
 */
export async function axeContext(chromium: Chromium, account?: string): Promise<BrowserContext> {
  const storageState = account ? await signedIn(chromium, account) : undefined;
  return chromium.current.newContext({ bypassCSP: true, baseURL, storageState });
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
