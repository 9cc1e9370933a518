import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { signedIn } from './people';

const chromium = useChromium();

const DEMO = ['admin', 'moderator', 'clinician', 'solver', 'evaluator'].map((who) => `${who}@demo.test`);

/** Sections whose links are named after what they open: the page they open has the same heading. */
const TITLED = ['my-challenges', 'my-solutions'];

interface Link {
  href: string;
  text: string;
  /** The `aria-labelledby` of the section it is in (which list it belongs to). */
  section: string;
}

/** Every link in the page's main content, in order. */
const linksIn = (page: Page): Promise<Link[]> =>
  page.locator('main a').evaluateAll((anchors) =>
    anchors.map((a) => ({
      href: a.getAttribute('href') ?? '',
      text: (a.textContent ?? '').trim(),
      section: a.closest('section, nav')?.getAttribute('aria-labelledby') ?? '',
    })),
  );

/** Clicks the `index`th link in main (JavaScript off: a plain navigation) and returns the status of the page it opens. */
async function follow(page: Page, index: number): Promise<number | undefined> {
  const anchor = page.locator('main a').nth(index);
  const [response] = await Promise.all([
    page.waitForResponse((res) => res.request().isNavigationRequest() && res.request().frame() === page.mainFrame()),
    anchor.click(),
  ]);
  await page.waitForLoadState();
  return response.status();
}

/**
 * Issue 12, blocker: "My solutions" once linked every solution to a page that does not exist
 * (the challenge's id and title instead of the solution's). Here every demo account follows every
 * link in the main part of /me: the first by a click, the others by opening the href it holds (with
 * JavaScript off a click on a plain link is exactly that navigation; reopening /me before each
 * click, a page of a dozen queries that is never reused, took most of this file's minute).
 */
describe('my page, for every demo account', () => {
  for (const email of DEMO) {
    it(`${email}: every link in main opens (200), and each challenge and solution is listed under its own title`, async () => {
      const { context, page } = await signedIn(chromium.current, email);
      const links = await linksIn(page);
      // Everyone has at least the settings links; the solver has solutions, the clinician challenges.
      expect(links.length, email).toBeGreaterThanOrEqual(3);
      if (email === 'solver@demo.test') expect(links.some((l) => l.section === 'my-solutions')).toBe(true);
      if (email === 'clinician@demo.test') expect(links.some((l) => l.section === 'my-challenges')).toBe(true);

      // Plain links only: none opens elsewhere or downloads, so following one is navigating to its href.
      const plain = await page
        .locator('main a')
        .evaluateAll((anchors) => anchors.every((a) => !a.hasAttribute('target') && !a.hasAttribute('download')));
      expect(plain, email).toBe(true);
      const me = page.url();
      const here = () => new URL(page.url()).pathname + new URL(page.url()).search;
      for (const [index, link] of links.entries()) {
        const target = new URL(link.href, me);
        // From the page just opened, a link into it (`/moderation#reports` after `/moderation`) would only scroll.
        if (index > 0 && target.pathname + target.search === here()) await page.goto('about:blank');
        const status = index === 0 ? await follow(page, index) : (await page.goto(target.href))?.status();
        expect(status, `${email}: “${link.text}” → ${link.href}`).toBe(200);
        expect(new URL(page.url()).pathname, link.href).toBe(link.href.split(/[?#]/)[0]);
        if (TITLED.includes(link.section)) {
          // A solution link opens the solution (its heading is the solution's title, not the challenge's).
          await expect(page.getByRole('heading', { level: 1 }).textContent(), link.href).resolves.toBe(link.text);
        }
        if (link.section === 'my-solutions') expect(link.href, link.text).toMatch(/^\/solutions\/[0-9a-f-]{36}$/);
      }
      await context.close();
    }, 180_000);
  }
});
