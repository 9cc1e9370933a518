import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { axeContext, checkShown } from './axe';
import { screenshot, useChromium } from './browser';
import { lookAt, pageWidth } from './look';
import { inDays, signedIn, signInOn } from './people';

const chromium = useChromium();
const baseURL = inject('baseURL');

/** Fills the new-key form (name, the scopes by their boxes, a last day) and sends it. */
async function createKey(page: Page, name: string, scopes: string[]): Promise<string> {
  await page.getByLabel('Name', { exact: true }).fill(name);
  for (const scope of scopes) await page.locator(`input[name="scopes"][value="${scope}"]`).check();
  await page.getByLabel('Expires on (optional)').fill(inDays(30));
  await page.getByRole('button', { name: 'Create the key' }).click();
  await page.waitForLoadState();
  await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Your new API key');
  return page.locator('#secret').inputValue();
}

/** Issue 18: a person makes an API key on their page without JavaScript, uses it, and revokes it. */
describe('API keys on my page, without JavaScript', () => {
  it('creates a key, sees its secret once, uses it against the API, and revokes it', async () => {
    const { context, page } = await signedIn(chromium.current, 'moderator@demo.test');
    await page.getByRole('link', { name: 'API keys' }).click();
    await page.waitForURL('**/me/api-keys');
    await lookAt(chromium, page, 'api-keys');

    const name = `E2E sync ${Date.now()}`;
    const secret = await createKey(page, name, ['challenges:read', 'account:read']);
    expect(secret).toMatch(/^bsk_[A-Za-z0-9_-]{43}$/);
    // The answer to the POST itself: the address is the list's, the secret in no address.
    expect(new URL(page.url()).pathname).toBe('/me/api-keys');
    expect(page.url()).not.toContain(secret);
    await expect(page.getByText('Copy it now: it will not be shown again.')).toBeDefined();

    // The key works with the API, within its scopes, as its owner.
    const me = await fetch(`${baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } });
    expect(me.status).toBe(200);
    expect(JSON.stringify(await me.json())).toContain('moderator@demo.test');
    const list = await fetch(`${baseURL}/api/v1/challenges`, { headers: { authorization: `Bearer ${secret}` } });
    expect(list.status).toBe(200);
    const outOfScope = await fetch(`${baseURL}/api/v1/moderation/queue`, {
      headers: { authorization: `Bearer ${secret}` },
    });
    expect(outOfScope.status).toBe(403);

    // Never shown again: the list has its name and prefix, not the secret.
    await page.getByRole('link', { name: 'Back to your API keys' }).click();
    await page.waitForURL('**/me/api-keys');
    expect(await page.content()).not.toContain(secret);
    await page.getByRole('link', { name: `Usage and revoking of ${name}` }).click();
    await page.waitForURL('**/me/api-keys/*');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(name);
    // The three requests above, counted today (the one its scopes refused too: it reached Bedside).
    await expect(page.locator('td.num').first().textContent()).resolves.toBe('3');
    await lookAt(chromium, page, 'api-key');

    // Revoke: without JavaScript the question is a page of its own, then the key is refused.
    await page.getByRole('button', { name: 'Revoke the key' }).click();
    await page.waitForLoadState();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(`Revoke the API key “${name}”?`);
    await page.getByRole('button', { name: 'Yes, revoke the key' }).click();
    await page.waitForURL('**/me/api-keys?done=revoked');
    await expect(page.getByText('The key is revoked.').isVisible()).resolves.toBe(true);
    expect(await page.content()).not.toContain(name);
    const refused = await fetch(`${baseURL}/api/v1/challenges`, { headers: { authorization: `Bearer ${secret}` } });
    expect(refused.status).toBe(401);
    await context.close();
  }, 120_000);

  it('the page with the secret is axe clean and fits a phone (1280 and 375 px)', async () => {
    // axe needs JavaScript (and its script past the CSP); the page is the answer to a POST, so it is looked at where it was made.
    const context = await axeContext(chromium);
    const page = await context.newPage();
    await signInOn(page, 'solver@demo.test');
    await page.goto('/me/api-keys');
    const secret = await createKey(page, `E2E look ${Date.now()}`, ['challenges:read']);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      if (width === 375) expect(await pageWidth(page), 'the secret at 375 px').toBeLessThanOrEqual(375);
      await screenshot(page, `api-key-created-${width}`);
    }
    await checkShown(page, 'the new key’s secret');
    // Tidy: the demo account keeps no key from this test.
    await page.getByRole('link', { name: 'Back to your API keys' }).click();
    const id = await page.locator('a[href^="/me/api-keys/"]').first().getAttribute('href');
    const revoked = await context.request.delete(`/api/v1/me/api-keys/${id?.split('/').pop()}`, {
      headers: { Origin: baseURL },
    });
    expect(revoked.status()).toBe(204);
    expect((await fetch(`${baseURL}/api/v1/me`, { headers: { authorization: `Bearer ${secret}` } })).status).toBe(401);
    await context.close();
  }, 120_000);
});
