import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { lookAt, lookAtAnswer } from './look';
import * as people from './people';

// The challenge page as Lena (a solver), Dr. Petersen (its owner) and the public walk it, without
// JavaScript (issue 12).

const chromium = useChromium();
const signedIn = (email: string) => people.signedIn(chromium.current, email);

const PGX = 'Pharmacogenomic dosing alerts at the point of prescribing';
const SEPSIS = 'Early warning of sepsis on general wards from routine EHR data';
const STEWARDSHIP = 'Stewardship antimicrobica guidata dai dati microbiologici in tempo reale';

/** Opens a challenge by its title, the way a person finds it: the catalogue's search. */
async function openChallenge(page: Page, title: string, query: string, lang = 'en') {
  await page.goto(`/challenges?q=${encodeURIComponent(query)}&status=&lang=${lang}`);
  await page.getByRole('link', { name: title }).first().click();
  await page.waitForURL('**/challenges/*');
}

/** Whether the element is inside the viewport as it is scrolled now (read from layout, no script needed). */
async function inView(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const viewport = page.viewportSize();
  if (!box || !viewport) return false;
  return box.y >= 0 && box.y + box.height <= viewport.height;
}

describe('the challenge page, without JavaScript', () => {
  it('a solver with a solution is led to it, is not offered to endorse, and lands at the question form with its error', async () => {
    const { context, page } = await signedIn('solver@demo.test');
    await page.setViewportSize({ width: 1280, height: 800 });
    await openChallenge(page, PGX, 'pharmacogenomic dosing alerts');
    const url = page.url().split('?')[0] ?? '';

    const mine = page.locator('.call', { hasText: 'You already have a solution on this challenge' });
    await expect(mine.getByRole('link', { name: /Helixio PGx Bridge/ }).count()).resolves.toBe(1);
    await expect(page.getByRole('link', { name: 'Submit a solution' }).count()).resolves.toBe(0);
    await expect(page.getByRole('button', { name: 'We have this need too' }).count()).resolves.toBe(0);

    // An empty question: the page comes back at the form, with the message in view.
    await page.getByRole('button', { name: 'Ask the question' }).click();
    await page.waitForURL('**/questions#ask');
    const error = page.locator('#body-error');
    await expect(error.textContent()).resolves.toContain('Your question');
    await expect(inView(page, error)).resolves.toBe(true);
    await expect(inView(page, page.getByRole('heading', { level: 1 }))).resolves.toBe(false);
    // What the person sees now, as scrolled (not the full page): the form and its message.
    await screenshot(page, 'public-question-error-view-1280', { fullPage: false });

    // Too short, then a real one (a sales pitch, for the owner to hide below).
    await page.getByLabel('Your question', { exact: true }).fill('Price?');
    await page.getByRole('button', { name: 'Ask the question' }).click();
    await expect(inView(page, page.locator('#body-error'))).resolves.toBe(true);
    await page
      .getByLabel('Your question', { exact: true })
      .fill('Our PGx suite is ready today: shall we send you a quote for a licence instead of a pilot?');
    await page.getByRole('button', { name: 'Ask the question' }).click();
    await page.waitForURL(`${url}?done=asked#questions`);
    await expect(page.locator('#questions').getByRole('status').textContent()).resolves.toContain(
      'Your question is published',
    );
    await context.close();
  });

  it('the owner sees the questions waiting, and hides a sales pitch after confirming', async () => {
    const { context, page } = await signedIn('clinician@demo.test');
    await openChallenge(page, PGX, 'pharmacogenomic dosing alerts');
    const questions = page.locator('#questions');
    await expect(questions.textContent()).resolves.toMatch(/\d+ questions? waits? for your answer\./);
    await lookAt(chromium, page, 'public-owner-questions');

    const pitch = questions.locator('li', { hasText: 'shall we send you a quote for a licence' }).first();
    await pitch.getByRole('button', { name: 'Hide this question' }).click();
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Hide this question?');
    await lookAtAnswer(chromium, page, 'public-hide-question-confirm');
    await page.getByRole('button', { name: 'Yes, hide the question' }).click();
    await page.waitForURL('**?done=hidden#questions');
    await expect(questions.getByRole('status').textContent()).resolves.toContain('The question is hidden');
    await expect(questions.textContent()).resolves.not.toContain('shall we send you a quote for a licence');
    await context.close();

    const visitor = await people.noScript(chromium.current);
    const anonymous = await visitor.newPage();
    await anonymous.goto(page.url().split('?')[0] ?? '');
    await expect(anonymous.locator('#questions').textContent()).resolves.not.toContain('send you a quote');
    await visitor.close();
  });

  it('a wrong link is named by its place, in German, next to the links field', async () => {
    const { context, page } = await signedIn('thomas.weber@demo.test');
    await openChallenge(page, STEWARDSHIP, 'stewardship', 'de');
    await page.getByRole('link', { name: 'Lösung einreichen' }).click();
    await page.waitForURL('**/solutions/new');
    await page.getByLabel('Titel', { exact: true }).fill('Genomische Resistenzbestimmung am selben Tag');
    await page.getByLabel('Links (optional)', { exact: true }).fill('https://example.org/studie\nexample.org/demo');
    await page.getByRole('button', { name: 'Entwurf speichern' }).click();
    const error = page.locator('#links-error');
    await expect(error.textContent()).resolves.toBe('Link 2 ist keine Webadresse (https://…).');
    await expect(page.getByLabel('Uns nennen, falls wir gewinnen').count()).resolves.toBe(1);
    await lookAtAnswer(chromium, page, 'public-solution-form-de');
    await context.close();
  });

  it('the public results come first on a decided challenge, and fit a phone (German, Italian)', async () => {
    const visitor = await people.noScript(chromium.current);
    const page = await visitor.newPage();
    await openChallenge(page, SEPSIS, 'sepsis', 'de');
    const results = page.locator('#results');
    await expect(results.getByRole('heading', { name: 'Gewinner' }).count()).resolves.toBe(1);
    const resultsBox = await results.boundingBox();
    const needBox = await page.getByRole('heading', { name: 'Der klinische Bedarf' }).boundingBox();
    expect(resultsBox && needBox && resultsBox.y < needBox.y).toBe(true);
    await lookAt(chromium, page, 'public-results-de');
    await page.goto(`${page.url().split('?')[0]}?lang=it`);
    await expect(results.getByRole('heading', { name: 'Vincitore' }).count()).resolves.toBe(1);
    await lookAt(chromium, page, 'public-results-it');
    await visitor.close();
  });

  it('a challenge in evaluation says when submissions closed', async () => {
    const visitor = await people.noScript(chromium.current);
    const page = await visitor.newPage();
    await page.goto('/challenges?status=evaluation');
    await expect(page.locator('.card').first().textContent()).resolves.toContain('Submissions closed');
    await page.locator('.card h3 a').first().click();
    await expect(page.locator('article').textContent()).resolves.toMatch(/Submissions closed on \d{1,2} \w+ \d{4}/);
    await lookAt(chromium, page, 'public-closed');
    await visitor.close();
  });
});
