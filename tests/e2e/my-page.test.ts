import { describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { signedIn } from './people';

const chromium = useChromium();

const DEMO = ['admin', 'moderator', 'clinician', 'solver', 'evaluator'].map((who) => `${who}@demo.test`);

describe('my page, for every demo account', () => {
  for (const email of DEMO) {
    it(`${email}: every link of their own work opens, and each solution is listed under its own title`, async () => {
      const { context, page } = await signedIn(chromium.current, email);
      const links = await page
        .locator('main section a')
        .evaluateAll((anchors) =>
          anchors.map((a) => ({ href: a.getAttribute('href') ?? '', text: (a.textContent ?? '').trim() })),
        );
      for (const link of links) {
        const res = await page.goto(link.href);
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
