import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

const baseURL = inject('baseURL');

/** A browser context with JavaScript off: every journey must work with plain forms. */
export const noScript = (browser: Browser) => browser.newContext({ javaScriptEnabled: false, baseURL });

/** A demo account signed in through the sign-in page, without JavaScript. */
export async function signedIn(browser: Browser, email: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await noScript(browser);
  const page = await context.newPage();
  await page.goto('/signin');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/me');
  return { context, page };
}

/** A date `days` from now, as the date field wants it. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Fills labelled fields (exact label text → value). */
export async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}
