import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { checkShown, newAxeContext } from './axe';
import { screenshot, useChromium } from './browser';
import { pageWidth } from './look';
import { fill, inDays, signInOn } from './people';

const _baseURL = inject('baseURL');
const chromium = useChromium();

/** A clinician's browser with JavaScript on (axe needs it; the CSP would refuse axe's script). */
async function clinicianWithScript() {
  const context = await newAxeContext(chromium.current);
  const page = await context.newPage();
  await signInOn(page, 'clinician@demo.test');
  return { context, page };
}

const saveButton = (page: Page) => page.locator('form[data-warn-unsaved] button[type=submit]');

describe('the challenge form as Dr. Anna sees it', () => {
  for (const lang of ['de', 'ro'] as const) {
    it(`shows every problem at once, next to its field, in ${lang}, at 1280 and 375 px`, async () => {
      const { context, page } = await clinicianWithScript();
      await page.goto(`/challenges/new?lang=${lang}`);
      // Starts at "Choose…": nothing is chosen for her.
      await expect(page.locator('#cluster').inputValue()).resolves.toBe('');
      await page.locator('#title').fill('Sepsis');
      await page.locator('#regulation').selectOption('mdr');
      await page.locator('#deadline').fill(inDays(-2));
      await page.locator('#tags').fill('!!!');
      await saveButton(page).click();
      await page.waitForLoadState();
      const errors = page.locator('.field-error');
      // Required fields, the cluster, the past deadline and the tags, all in one round.
      expect(await errors.count()).toBeGreaterThanOrEqual(10);
      for (const field of ['cluster', 'deadline', 'tags', 'summary']) {
        await expect(page.locator(`#${field}-error`).count(), field).resolves.toBe(1);
      }
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe(lang);
      await checkShown(page, `new challenge with errors (${lang})`);
      for (const width of [1280, 375]) {
        await page.setViewportSize({ width, height: 900 });
        if (width === 375) expect(await pageWidth(page)).toBeLessThanOrEqual(375);
        await screenshot(page, `authoring-errors-${lang}-${width}`);
      }
      await context.close();
    });
  }
});

describe('with JavaScript on', () => {
  it('adds up the weights as she types, offers the classes of the regulation chosen, saves as she goes and warns before unsaved changes are lost', async () => {
    const { context, page } = await clinicianWithScript();
    const title = `Wound photos that nurses can compare ${crypto.randomUUID().slice(0, 6)}`;
    await page.goto('/challenges/new?lang=en');

    // The running total follows the weights.
    const total = page.locator('output[data-weight-total]');
    await expect(total.textContent()).resolves.toBe('100');
    await page.locator('#criteria\\.0\\.weight').fill('40');
    await expect(total.textContent()).resolves.toBe('110');

    // Device classes follow the regulation.
    const ivdr = page.locator('#device_class optgroup[data-regulation="ivdr"]');
    const mdr = page.locator('#device_class optgroup[data-regulation="mdr"]');
    await page.locator('#regulation').selectOption('ivdr');
    await expect(mdr.evaluate((g) => (g as unknown as { hidden: boolean }).hidden)).resolves.toBe(true);
    await expect(ivdr.evaluate((g) => (g as unknown as { hidden: boolean }).hidden)).resolves.toBe(false);
    await page.locator('#device_class').selectOption('C');

    await page.locator('#cluster').selectOption({ label: 'Life Science Nord (Schleswig-Holstein und Hamburg)' });
    await fill(page, {
      Title: title,
      Summary: 'Chronic wounds are photographed on phones; nobody can compare last week with today.',
      'The problem': 'Photos differ in light and distance, so healing cannot be judged from them.',
      Indication: 'Chronic wounds',
      'Patient population': 'Adults with diabetic foot ulcers',
      'Current standard of care': 'Ruler and a phone photo',
      'Target outcome': 'Comparable wound measurements week by week',
      'Measurable KPI': 'Wound area measured within 5 %',
      'Submissions close': inDays(40),
    });
    await saveButton(page).click();
    await page.waitForURL('**?done=saved');
    const url = page.url().split('?')[0] ?? '';

    // The edit form saves itself every 30 seconds when changed, and says when.
    await page.clock.install();
    await page.goto(`${url}/edit`);
    const status = page.locator('[data-autosave-status]');
    await expect(status.isHidden()).resolves.toBe(true);
    await page.locator('#patient_population').fill('Adults with diabetic foot ulcers, 200 a year');
    await page.clock.fastForward('00:31');
    await status.filter({ hasText: 'Saved at' }).waitFor();
    await screenshot(page, 'authoring-autosaved');
    const fresh = await context.newPage();
    await fresh.goto(`${url}/edit`);
    await expect(fresh.locator('#patient_population').inputValue()).resolves.toBe(
      'Adults with diabetic foot ulcers, 200 a year',
    );
    await fresh.close();

    // Saving by hand after the periodic save carries the version it returned: not refused as stale.
    await page.locator('#outcome_kpi').fill('Wound area measured within 2 %');
    await saveButton(page).click();
    await page.waitForURL('**?done=saved');
    await expect(page.getByText('Wound area measured within 2 %').count()).resolves.toBe(1);

    // A change not saved yet: leaving asks first.
    await page.goto(`${url}/edit`);
    await page.locator('#outcome_kpi').fill('Wound area measured within 3 %');
    const asked = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.accept();
    await context.close();
  });
});
