import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';

const baseURL = inject('baseURL');
const chromium = useChromium();

/** Pages that need an account, and whose. */
const SIGNED_IN: Record<string, string> = {
  '/challenges/new': 'clinician@demo.test',
  '/moderation': 'moderator@demo.test',
  '/me': 'solver@demo.test',
};

async function signIn(page: Page, email: string) {
  await page.goto('/signin');
  await page.getByLabel('Email address', { exact: true }).fill(email);
  await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/me');
}

/** Page types checked with axe-core (WCAG 2.x A and AA rules). */
const PAGES = [
  '/',
  '/signin',
  '/register',
  '/challenges',
  '/challenges?status=decided',
  '/problems',
  '/no-such-page',
  '/?lang=de',
  '/register?lang=ro',
  '/challenges?lang=it',
  '/challenges/new',
  '/moderation',
  '/me',
];

describe('accessibility (axe-core)', () => {
  for (const path of PAGES) {
    it(`${path} has no axe violations`, async () => {
      // axe is injected as a script; the strict CSP would refuse it, so this context bypasses CSP.
      const context = await chromium.current.newContext({ bypassCSP: true, baseURL });
      const page = await context.newPage();
      const account = SIGNED_IN[path];
      if (account) await signIn(page, account);
      const res = await page.goto(path);
      // Signed-in pages must really render, not an error page.
      if (account) expect(res?.status()).toBe(200);
      await page.addScriptTag({ content: axe.source });
      const result = await page.evaluate(async () => {
        const run = await (globalThis as unknown as { axe: typeof axe }).axe.run({
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return run.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      });
      expect(result).toEqual([]);
      await context.close();
    });
  }
});
