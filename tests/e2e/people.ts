import type { Browser, BrowserContext, Page } from 'playwright-core';
import { inject } from 'vitest';

const baseURL = inject('baseURL');

/** A browser context with JavaScript off: every journey must work with plain forms. */
export const noScript = (browser: Browser) => browser.newContext({ javaScriptEnabled: false, baseURL });

/** A demo account signed in through the sign-in page; without JavaScript unless asked for. */
export async function signedIn(
  browser: Browser,
  email: string,
  { javaScript = false } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, baseURL });
  const page = await context.newPage();
  await signInOn(page, email);
  return { context, page };
}

/** Signs a demo account in on this page's context, through the sign-in form. */
export async function signInOn(page: Page, email: string): Promise<void> {
  await page.goto('/signin');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/me');
}

/** A date `days` from now, as the date field wants it. */
export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Fills labelled fields (exact label text → value). */
export async function fill(page: Page, fields: Record<string, string>): Promise<void> {
  for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
}

/**
 * Opens the newest email to `to` whose subject contains `subject` in the development mailbox
 * (the local Worker's outbox), then follows its first link to `path`: how a person would click
 * the link in their inbox.
 */
export async function followMailLink(page: Page, to: string, subject: string, path: string): Promise<void> {
  await page.goto('/dev/mailbox');
  await page.locator('tbody tr', { hasText: to }).filter({ hasText: subject }).first().getByRole('link').click();
  await page.waitForURL('**/dev/mailbox/*');
  await page.locator(`a[href*="${path}?"]`).first().click();
  await page.waitForURL(`**${path}?*`);
}
