import { describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { signedIn } from './people';

const chromium = useChromium();

const DEMO = ['admin', 'moderator', 'clinician', 'solver', 'evaluator'].map((who) => `${who}@demo.test`);

/**
 * Pages /me links to that are being built alongside it (the inbox, notification settings, saved
 * searches, account settings): not followed here until they exist. Everything else on the page
 * (what needs you now, own work, clusters) must open.
 */
const BUILT_ALONGSIDE = ['/me/notifications', '/me/notifications/preferences', '/me/saved-searches', '/me/account'];

describe('my page, for every demo account', () => {
  for (const email of DEMO) {
    it(`${email}: every link on their page opens, and each solution is listed under its own title`, async () => {
      const { context, page } = await signedIn(chromium.current, email);
      const links = (
        await page
          .locator('main a')
          .evaluateAll((anchors) =>
            anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
          )
      ).filter((link) => !BUILT_ALONGSIDE.includes(link.href.split(/[?#]/)[0] ?? ''));
      // Each page once, without its fragment (two links into one page would be one same-page jump).
      const pages = links.filter(
        (link, i) => links.findIndex((other) => other.href.split('#')[0] === link.href.split('#')[0]) === i,
      );
      for (const link of pages) {
        const res = await page.goto(link.href.split('#')[0] ?? link.href);
        expect(res?.status(), `${link.text} → ${link.href}`).toBe(200);
        if (link.href.startsWith('/solutions/')) {
          // The solution page's heading is the solution's title: the link must have said the same.
          await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(link.text);
        }
      }
      if (email === 'solver@demo.test') expect(links.some((l) => l.href.startsWith('/solutions/'))).toBe(true);
      await context.close();
    });
  }
});
