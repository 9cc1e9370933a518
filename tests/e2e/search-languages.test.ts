import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useChromium } from './browser';
import { lookAt } from './look';

const baseURL = inject('baseURL');
const chromium = useChromium();

// Issue 12: Marco searches the demo world in his words; the challenges are written in others.

const LUNG_RO = 'Timp de răspuns mai scurt pentru testele companion în cancerul pulmonar';
const NODULES_EN = 'AI triage of incidental pulmonary nodules on routine chest CT';
const CTDNA_EN = 'ctDNA monitoring of minimal residual disease after colorectal cancer surgery';

/** The titles of the result cards, in order. */
const resultTitles = (page: Page) => page.locator('.card h3 a').allTextContents();

/** Types `words` into the search field (its label in the page's language) and sends the form. */
async function searchFor(page: Page, label: string, button: string, words: string) {
  await page.getByLabel(label, { exact: true }).fill(words);
  await page.getByRole('button', { name: button }).click();
  await page.waitForURL(`**/challenges?*q=${encodeURIComponent(words).replaceAll('%20', '+')}*`);
}

describe('searching across languages, without JavaScript', () => {
  it('in German, "Lungenkrebs" finds the English and the Romanian challenge on lung cancer', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/challenges?lang=de');
    // The hint under the field says that medical terms cross languages.
    await expect(page.getByText('„Lungenkrebs“ findet auch „lung cancer“', { exact: false }).count()).resolves.toBe(1);
    await searchFor(page, 'Suche', 'Challenges anzeigen', 'Lungenkrebs');
    const titles = await resultTitles(page);
    expect(titles).toContain(NODULES_EN);
    expect(titles).toContain(LUNG_RO);
    await lookAt(chromium, page, 'search-lungenkrebs-de');
    await context.close();
  });

  it('on a phone in Romanian, "lung cancer" finds the Romanian challenge', async () => {
    const context = await chromium.current.newContext({
      javaScriptEnabled: false,
      baseURL,
      viewport: { width: 375, height: 800 },
    });
    const page = await context.newPage();
    await page.goto('/challenges?lang=ro');
    // On a phone the filters are folded away under "Filtre".
    await page.getByText('Filtre', { exact: true }).click();
    // The form's default sort sends none, so a search is ranked by relevance: checked below.
    await searchFor(page, 'Căutare', 'Afișați provocările', 'lung cancer');
    const titles = await resultTitles(page);
    expect(titles).toContain(LUNG_RO);
    // The words as typed come first: the English challenge has "lung" and "cancer".
    expect(titles.indexOf(NODULES_EN)).toBeLessThan(titles.indexOf(LUNG_RO));
    await lookAt(chromium, page, 'search-lung-cancer-ro');
    await context.close();
  });

  it('in English, "tumor" finds the challenge that writes "tumour"', async () => {
    const context = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const page = await context.newPage();
    await page.goto('/challenges?lang=en');
    await searchFor(page, 'Search', 'Show challenges', 'tumor');
    expect(await resultTitles(page)).toContain(CTDNA_EN);
    await lookAt(chromium, page, 'search-tumor-en');
    await context.close();
  });
});
