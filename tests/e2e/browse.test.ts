import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';

const baseURL = inject('baseURL');
const chromium = useChromium();

describe('browsing challenges, without JavaScript', () => {
  it('filters with the plain GET form, pages through, and opens a challenge', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/challenges');
    expect(await page.locator('.card').count()).toBeGreaterThan(3);

    await page.getByLabel('State', { exact: true }).selectOption('open');
    await page.getByRole('button', { name: 'Show challenges' }).click();
    await page.waitForURL('**/challenges?**status=open**');
    const cards = page.locator('.card');
    expect(await cards.count()).toBeGreaterThan(0);
    for (const badge of await page.locator('.card .badge').allTextContents()) expect(badge).toBe('Open');
    await screenshot(page, 'challenges-open');

    await page.getByLabel('Search', { exact: true }).fill('pharmacogenomic');
    await page.getByRole('button', { name: 'Show challenges' }).click();
    await page.locator('.card h3 a').first().click();
    await page.waitForURL('**/challenges/*');
    await expect(page.getByRole('heading', { level: 2, name: 'The clinical need' }).count()).resolves.toBe(1);
    await expect(page.locator('table caption').first().textContent()).resolves.toBe(
      'Evaluation criteria and their weights',
    );
    await screenshot(page, 'challenge');
    await context.close();
  });

  it('shows a bad filter next to its field', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    const res = await page.goto('/challenges?sort=relevance');
    expect(res?.status()).toBe(400);
    await expect(page.locator('#sort-error').textContent()).resolves.toContain('relevance');
    await context.close();
  });

  it("lets a signed-in clinician endorse another clinic's challenge", async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/signin');
    await page.getByLabel('Email address', { exact: true }).fill('evaluator@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('demo-password-1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL('**/me');
    await page.goto('/challenges?status=open&sort=deadline');
    const links = page.locator('.card h3 a');
    const count = await links.count();
    for (let i = 0; i < count; i++) {
      await page.goto('/challenges?status=open&sort=deadline');
      await links.nth(i).click();
      const endorse = page.getByRole('button', { name: 'We have this need too' });
      if ((await endorse.count()) === 0) continue;
      await endorse.click();
      await expect(page.getByRole('status').textContent()).resolves.toContain('your endorsement is counted');
      await expect(page.getByRole('button', { name: 'Withdraw our endorsement' }).count()).resolves.toBe(1);
      break;
    }
    await context.close();
  });

  it('renders a German and a Romanian page translated', async () => {
    const context = await chromium.current.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto('/challenges?lang=de');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Challenges');
    await expect(page.getByRole('button', { name: 'Challenges anzeigen' }).count()).resolves.toBe(1);
    await page.goto('/register?lang=ro');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('ro');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Creați un cont');
    await screenshot(page, 'register-ro');
    await context.close();
  });
});
