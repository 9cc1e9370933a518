import { describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { lookAt } from './look';
import { noScript } from './people';

// Partner search without JavaScript (issue 16): a start-up looks for a hospital that offers a pilot
// site, opens its profile; both pages pass axe and fit a 375 px phone.

const chromium = useChromium();

describe('partner search', () => {
  it('finds a hospital offering a pilot site and opens its profile, without JavaScript', async () => {
    const context = await noScript(chromium.current);
    const page = await context.newPage();
    await page.goto('/partners');
    await lookAt(chromium, page, 'partners');
    await page.getByLabel('Search', { exact: true }).fill('liquid biopsy');
    await page.getByRole('group', { name: 'Kind of organization' }).getByLabel('Hospital').check();
    await page.getByRole('group', { name: 'Offers' }).getByLabel('Pilot site').check();
    await page.getByRole('button', { name: 'Show partners' }).click();
    await page.waitForURL('**/partners?*');
    expect(new URL(page.url()).searchParams.getAll('offers')).toEqual(['pilot_site']);
    await lookAt(chromium, page, 'partners-filtered');
    await page.getByRole('link', { name: 'Universitätsklinikum Nordhafen' }).click();
    await page.waitForURL('**/organizations/*');
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Universitätsklinikum Nordhafen');
    await lookAt(chromium, page, 'organization-profile');
    await context.close();
  });
});
