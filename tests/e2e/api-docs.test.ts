import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';

const baseURL = inject('baseURL');
const chromium = useChromium();

describe('interactive API docs', () => {
  it('render the OpenAPI document under the strict CSP, from our own assets', async () => {
    const page = await chromium.current.newPage();
    const problems: string[] = [];
    const offsite: string[] = [];
    page.on('console', (msg) => msg.type() === 'error' && problems.push(msg.text()));
    page.on(
      'request',
      (req) => !req.url().startsWith(baseURL) && !req.url().startsWith('data:') && offsite.push(req.url()),
    );

    await page.goto(`${baseURL}/api/docs`);
    await page.locator('.swagger-ui .info .title').waitFor({ timeout: 15_000 });
    await expect(page.locator('.swagger-ui .info .title').textContent()).resolves.toContain('Bedside API');
    expect(await page.locator('.swagger-ui .opblock').count()).toBeGreaterThan(0);
    await screenshot(page, 'api-docs');
    expect(offsite).toEqual([]);
    expect(problems).toEqual([]);
  });
});
