import axe from 'axe-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';

const baseURL = inject('baseURL');
const chromium = useChromium();

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
];

describe('accessibility (axe-core)', () => {
  for (const path of PAGES) {
    it(`${path} has no axe violations`, async () => {
      // axe is injected as a script; the strict CSP would refuse it, so this context bypasses CSP.
      const context = await chromium.current.newContext({ bypassCSP: true, baseURL });
      const page = await context.newPage();
      await page.goto(path);
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
