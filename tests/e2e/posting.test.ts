import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { lookAt } from './look';
import * as people from './people';
import { inDays } from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();

const signedIn = (email: string) => people.signedIn(chromium.current, email);

describe('posting and approving a challenge, without JavaScript', () => {
  it('a clinician posts and submits, a moderator approves, the public finds it', async () => {
    const title = `Sepsis alerts that nurses trust ${crypto.randomUUID().slice(0, 6)}`;
    const clinician = await signedIn('clinician@demo.test');
    const page = clinician.page;
    await page.getByRole('link', { name: 'Post a challenge' }).click();
    await page.waitForURL('**/challenges/new');

    // First without the required fields: errors next to them, values kept.
    await page.getByLabel('Title', { exact: true }).fill(title);
    await page.getByRole('button', { name: 'Save draft' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Please correct the following');
    await expect(page.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(title);
    // Nothing is chosen for her: the cluster is asked for, among her own clusters first.
    await expect(page.getByRole('alert').textContent()).resolves.toContain('Cluster');
    await page
      .getByLabel('Cluster', { exact: true })
      .selectOption({ label: 'Life Science Nord (Schleswig-Holstein und Hamburg)' });

    const fields: Record<string, string> = {
      Summary: 'Our sepsis early-warning score fires so often that nurses ignore it; we need alerts they trust.',
      'The problem': 'The current score alerts on 30 % of admissions; most alerts are false and are silenced.',
      Indication: 'Sepsis',
      'ICD-10 code (optional)': 'A41.9',
      'Patient population': 'Adults on general wards',
      'Current standard of care': 'Modified early warning score checked every 8 hours',
      'Target outcome': 'Fewer false alerts without missing septic patients',
      'Measurable KPI': 'Positive predictive value of alerts ≥ 30 %',
      'Submissions close': inDays(40),
      Tags: 'AI, infectious diseases',
    };
    for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
    await screenshot(page, 'challenge-form');
    await page.getByRole('button', { name: 'Save draft' }).click();
    await page.waitForURL('**/challenges/*?done=saved');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    // The tags were typed as words and stored as slugs.
    await expect(page.locator('a[href$="tag=infectious-diseases"]').count()).resolves.toBe(1);
    const url = page.url().split('?')[0] ?? '';

    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.waitForURL('**?done=submit');
    await expect(page.getByRole('status').textContent()).resolves.toContain('In review');
    await clinician.context.close();

    const moderator = await signedIn('moderator@demo.test');
    await moderator.page.getByRole('link', { name: 'Moderation' }).click();
    await moderator.page.getByRole('link', { name: title }).click();
    await screenshot(moderator.page, 'moderation-review');
    await moderator.page.getByRole('button', { name: 'Approve and publish' }).click();
    await moderator.page.getByRole('button', { name: 'Yes, publish it' }).click();
    await moderator.page.waitForURL('**?done=approve');
    await expect(moderator.page.getByRole('status').textContent()).resolves.toContain('Open');
    await moderator.context.close();

    const visitor = await chromium.current.newContext({ javaScriptEnabled: false, baseURL });
    const anonymous = await visitor.newPage();
    await anonymous.goto(`/challenges?q=${encodeURIComponent('sepsis nurses trust')}`);
    await anonymous.getByRole('link', { name: title }).click();
    expect(anonymous.url()).toBe(url);
    await visitor.close();
  });

  it('a moderator must write a note to request changes, and the owner reads it', async () => {
    const clinician = await signedIn('clinician@demo.test');
    const title = `Bed-flow dashboard needed ${crypto.randomUUID().slice(0, 6)}`;
    await clinician.page.goto('/challenges/new');
    const fields: Record<string, string> = {
      Title: title,
      Summary: 'Wards cannot see discharges coming, so admissions wait in the emergency department for hours.',
      'The problem': 'Bed status is updated by phone; discharge times are unknown until the patient leaves.',
      Indication: 'All inpatients',
      'Patient population': 'Adult inpatients',
      'Current standard of care': 'Phone calls between wards and bed management',
      'Target outcome': 'Predictable discharges',
      'Measurable KPI': 'ED boarding time below 2 hours',
      'Submissions close': inDays(30),
    };
    for (const [label, value] of Object.entries(fields))
      await clinician.page.getByLabel(label, { exact: true }).fill(value);
    await clinician.page.getByLabel('Care-pathway step', { exact: true }).selectOption('care_organisation');
    await clinician.page
      .getByLabel('Cluster', { exact: true })
      .selectOption({ label: 'Medizin.NRW (Nordrhein-Westfalen)' });
    await clinician.page.getByRole('button', { name: 'Save draft' }).click();
    await clinician.page.waitForURL('**?done=saved');
    const url = clinician.page.url().split('?')[0] ?? '';
    await clinician.page.getByRole('button', { name: 'Submit for review' }).click();
    await clinician.page.waitForURL('**?done=submit');

    const moderator = await signedIn('moderator@demo.test');
    await moderator.page.goto(url);
    await moderator.page.getByRole('button', { name: 'Request changes' }).click();
    await expect(moderator.page.getByRole('alert').textContent()).resolves.toContain('Write a note');
    await moderator.page.getByLabel('Note to the owner').fill('Please add how many beds the hospital has.');
    await moderator.page.getByRole('button', { name: 'Request changes' }).click();
    await moderator.page.waitForURL('**?done=request_changes');
    await moderator.context.close();

    await clinician.page.goto(url);
    await expect(clinician.page.locator('.notice').first().textContent()).resolves.toContain(
      'Please add how many beds',
    );
    await clinician.page.getByRole('link', { name: 'Edit' }).click();
    // The note is where she works, too (axe-clean and 375 px wide, like the rest of the form).
    await lookAt(chromium, clinician.page, 'authoring-edit-note');
    await expect(
      clinician.page.getByRole('region', { name: 'The moderators asked for changes' }).textContent(),
    ).resolves.toContain('Please add how many beds');
    await clinician.page
      .getByLabel('Patient population', { exact: true })
      .fill('Adult inpatients of a 900-bed hospital');
    await clinician.page.getByRole('button', { name: 'Save draft' }).click();
    await clinician.page.waitForURL('**?done=saved');
    await expect(clinician.page.getByText('900-bed hospital').count()).resolves.toBe(1);
    await clinician.context.close();
  });
});
