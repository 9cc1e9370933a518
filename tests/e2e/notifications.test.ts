import type { APIRequestContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { axePages, checkPage } from './axe';
import { screenshot, useChromium } from './browser';
import { signedIn } from './people';

const chromium = useChromium();
const pageFor = axePages(chromium);

const CLINICIAN = 'clinician@demo.test';
const SOLVER = 'solver@demo.test';
const PAGES = [
  { name: 'inbox', path: '/me/notifications' },
  { name: 'preferences', path: '/me/notifications/preferences' },
  { name: 'saved-searches', path: '/me/saved-searches' },
];

/** Nothing wider than the viewport: no sideways scrolling on a phone. */
const fitsWidth = (page: Page) =>
  page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document.documentElement
        .scrollWidth,
  );

const json = async (request: APIRequestContext, path: string) => {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.json();
};

/** An open challenge of the demo clinician's, found through the API as they see it. */
async function clinicianOpenChallenge(request: APIRequestContext): Promise<string> {
  const me = await json(request, '/api/v1/me');
  const open = await json(request, '/api/v1/challenges?status=open&limit=100');
  for (const { id } of open.data as { id: string }[]) {
    if ((await json(request, `/api/v1/challenges/${id}`)).owner.id === me.user.id) return id;
  }
  throw new Error('The demo clinician owns no open challenge.');
}

/** The demo clinician's inbox has lines whatever the seed wrote: the demo solver asks them a question… */
beforeAll(async () => {
  const clinician = await signedIn(chromium.current, CLINICIAN);
  const id = await clinicianOpenChallenge(clinician.context.request);
  // …and keeps a saved search, so its list is checked with an entry in it.
  await clinician.page.goto('/challenges?q=sepsis&status=open');
  await clinician.page.getByRole('button', { name: 'Save this search' }).click();
  await clinician.page.waitForURL('**/me/saved-searches?done=saved');
  await clinician.context.close();
  const { context, page } = await signedIn(chromium.current, SOLVER);
  await page.goto(`/challenges/${id}`);
  await page.getByLabel('Your question').fill('Could the pilot start with anonymised sample data?');
  await page.getByRole('button', { name: 'Ask the question' }).click();
  await page.waitForURL('**?done=asked*');
  await context.close();
});

describe('notifications and saved searches, without JavaScript', () => {
  for (const { name, path } of PAGES) {
    it(`${name} has no axe violations`, async () => {
      await checkPage(await pageFor(CLINICIAN), path, true);
    });
  }

  it('every page reads at 1280 and at 375 px wide (in German too), without sideways scrolling', async () => {
    const { context, page } = await signedIn(chromium.current, CLINICIAN);
    for (const { name, path } of PAGES) {
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        const res = await page.goto(path);
        expect(res?.status(), path).toBe(200);
        await screenshot(page, `notifications-${name}-${width}`);
        if (width === 375) expect(await fitsWidth(page), `${path} at 375 px`).toBeLessThanOrEqual(375);
      }
      // German has the longest words of the four languages.
      await page.setViewportSize({ width: 375, height: 900 });
      await page.goto(`${path}?lang=de`);
      await screenshot(page, `notifications-${name}-375-de`);
      expect(await fitsWidth(page), `${path} in German at 375 px`).toBeLessThanOrEqual(375);
    }
    await context.close();
  });

  it('opens the inbox from the header, marks a line read, and the header count follows', async () => {
    const { context, page } = await signedIn(chromium.current, CLINICIAN);
    await page.goto('/challenges');
    const link = page.locator('header a[href="/me/notifications"]');
    const unread = async () =>
      Number(
        /^(\d+) unread notifications?$/.exec(
          await link.evaluate((a) => a.querySelector('.visually-hidden')?.textContent ?? ''),
        )?.[1] ?? 0,
      );
    const before = await unread();
    expect(before).toBeGreaterThan(0);
    // The count is in the link's accessible name, in words.
    const name = before === 1 ? '1 unread notification' : `${before} unread notifications`;
    await expect(page.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    await link.click();
    await page.waitForURL('**/me/notifications');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Notifications');
    const line = page.locator('.inbox li.unread', { hasText: 'Could the pilot start with anonymised sample data?' });
    await expect(line.locator('.badge').textContent()).resolves.toBe('Unread');
    await line.getByRole('button', { name: 'Mark as read' }).click();
    await page.waitForURL('**/me/notifications?done=read');
    await expect(page.getByRole('status').textContent()).resolves.toBe('Marked as read.');
    expect(await unread()).toBe(before - 1);
    await context.close();
  });

  it('saves a search from the catalogue with a keyword, sees it listed with its feed, and deletes it', async () => {
    const { context, page } = await signedIn(chromium.current, SOLVER);
    await page.goto('/challenges');
    await page.getByLabel('Search', { exact: true }).fill('pharmacogenomic');
    await page.getByRole('button', { name: 'Show challenges' }).click();
    await page.waitForURL('**/challenges?**q=pharmacogenomic**');
    await page.getByLabel('Name (optional)', { exact: true }).fill('PGx dosing calls');
    await page.setViewportSize({ width: 375, height: 900 });
    expect(await fitsWidth(page)).toBeLessThanOrEqual(375);
    await screenshot(page, 'notifications-save-search-375');
    await page.setViewportSize({ width: 1280, height: 900 });
    await screenshot(page, 'notifications-save-search-1280');
    await page.getByRole('button', { name: 'Save this search' }).click();
    await page.waitForURL('**/me/saved-searches?done=saved');
    await expect(page.getByRole('status').textContent()).resolves.toContain('Search saved.');
    const item = page.locator('.saved-searches li', { hasText: 'PGx dosing calls' });
    await expect(item.count()).resolves.toBe(1);
    await expect(item.getByRole('link', { name: 'PGx dosing calls' }).getAttribute('href')).resolves.toBe(
      '/challenges?q=pharmacogenomic',
    );
    const feed = await item.getByLabel('Atom feed address').inputValue();
    expect(feed).toMatch(/\/feeds\/saved\/[0-9a-f]{48}\.atom$/);
    await screenshot(page, 'notifications-saved-listed');

    await item.getByRole('button', { name: 'Delete the saved search “PGx dosing calls”' }).click();
    await page.waitForURL('**/me/saved-searches?done=deleted');
    await expect(page.locator('.saved-searches li', { hasText: 'PGx dosing calls' }).count()).resolves.toBe(0);
    await context.close();
  });

  it('keeps preferences across a save', async () => {
    const { context, page } = await signedIn(chromium.current, SOLVER);
    await page.goto('/me/notifications/preferences');
    await page.getByLabel('An answer on a challenge you take part in', { exact: true }).selectOption('daily');
    await page.getByLabel('Time zone', { exact: true }).selectOption('Europe/Rome');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.waitForURL('**/me/notifications/preferences?done=saved');
    await expect(
      page.getByLabel('An answer on a challenge you take part in', { exact: true }).inputValue(),
    ).resolves.toBe('daily');
    await expect(page.getByLabel('Time zone', { exact: true }).inputValue()).resolves.toBe('Europe/Rome');
    await context.close();
  });
});
