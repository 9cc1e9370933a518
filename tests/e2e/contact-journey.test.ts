import { describe, expect, it } from 'vitest';
import { useChromium } from './browser';
import { lookAt } from './look';
import { signedIn } from './people';

// Relayed contact without JavaScript (issue 16): a start-up (Lena Brandt, Helixio) completes its
// organization's profile, finds a hospital
// through partner search and writes to it; the hospital's clinician (Dr. Jonas Petersen,
// Universitätsklinikum Nordhafen) reads it in their inbox and replies; neither sees the other's
// address. Every page passes axe and fits a 375 px phone.

const chromium = useChromium();

describe('contact journey', () => {
  it('a start-up contacts a hospital found in partner search, and the hospital replies', async () => {
    const startUp = await signedIn(chromium.current, 'solver@demo.test');
    const page = startUp.page;
    // First the start-up completes its own profile (its founder administers it), so whoever it
    // writes to can see who it is and what it looks for.
    await page.goto('/partners?q=Helixio');
    await page.getByRole('link', { name: 'Helixio Health GmbH' }).click();
    await page.waitForURL('**/organizations/*');
    await page.getByRole('link', { name: 'Edit the profile' }).click();
    await page.waitForURL('**/organizations/*/edit');
    await page
      .getByLabel('Description', { exact: true })
      .fill('Hamburg start-up: patch ECG and pharmacogenomic alerts, looking for a first pilot clinic.');
    await page.getByLabel('Capabilities', { exact: true }).fill('wearable ECG, pharmacogenomics, liquid biopsy');
    await page.getByRole('group', { name: 'Looks for' }).getByLabel('Pilot site').check();
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.waitForURL('**/edit?done=saved');
    expect(await page.getByText('The profile of Helixio Health GmbH is saved.').count()).toBe(1);
    await lookAt(chromium, page, 'organization-edited');

    await page.goto('/partners');
    await page.getByLabel('Search', { exact: true }).fill('liquid biopsy');
    await page.getByRole('group', { name: 'Kind of organization' }).getByLabel('Hospital').check();
    await page.getByRole('button', { name: 'Show partners' }).click();
    await page.waitForURL('**/partners?*');
    await page.getByRole('link', { name: 'Universitätsklinikum Nordhafen' }).click();
    await page.waitForURL('**/organizations/*');
    await page.getByRole('link', { name: 'Contact this organization' }).click();
    await page.waitForURL('**/conversations/new?*');
    await lookAt(chromium, page, 'contact-form');
    await page.getByLabel('Subject', { exact: true }).fill('A liquid biopsy pilot on your oncology ward');
    await page.getByLabel('Your message', { exact: true }).fill('Hello,\nwe would like to run a pilot with you.');
    await page.getByRole('button', { name: 'Send' }).click();
    await page.waitForURL('**/conversations/*?done=sent');
    const path = new URL(page.url()).pathname;
    expect(await page.getByText('Your message was sent.').count()).toBe(1);
    expect(await page.content()).not.toContain('clinician@demo.test');
    await lookAt(chromium, page, 'conversation');

    const hospital = await signedIn(chromium.current, 'clinician@demo.test');
    await hospital.page.goto('/conversations');
    await lookAt(chromium, hospital.page, 'conversations');
    await hospital.page.locator(`a[href="${path}"]`).click();
    await hospital.page.waitForURL(`**${path}`);
    expect(await hospital.page.getByText('we would like to run a pilot with you.').count()).toBeGreaterThan(0);
    expect(await hospital.page.content()).not.toContain('solver@demo.test');
    await hospital.page.getByLabel('Your reply', { exact: true }).fill('Gladly: shall we talk on Thursday?');
    await hospital.page.getByRole('button', { name: 'Send reply' }).click();
    await hospital.page.waitForURL(`**${path}?done=sent`);

    await page.goto(path);
    expect(await page.getByText('Gladly: shall we talk on Thursday?').count()).toBe(1);
    expect(await page.content()).not.toContain('clinician@demo.test');
    await startUp.context.close();
    await hospital.context.close();
  });
});
