import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { lookAt, pageWidth } from './look';
import * as people from './people';

const baseURL = inject('baseURL');
const chromium = useChromium();

const signedIn = (email: string) => people.signedIn(chromium.current, email);

/** A JSON API call from this signed-in browser (its session cookie, our own Origin), 2xx checked. */
async function call(page: Page, method: 'GET' | 'POST' | 'PATCH' | 'PUT', path: string, data?: unknown) {
  const res = await page.request.fetch(path, {
    method,
    headers: { origin: baseURL, 'content-type': 'application/json' },
    data: data === undefined ? undefined : JSON.stringify(data),
  });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBe(true);
  return res.status() === 204 ? null : await res.json();
}

/** The demo cluster the Life Science Nord challenges belong to, by name and slug. */
async function firstCluster(page: Page) {
  const clusters = await call(page, 'GET', '/api/v1/clusters');
  return clusters.data.find((c: { slug: string }) => c.slug === 'life-science-nord') as { slug: string; name: string };
}

const later = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** A complete challenge draft (the API's fields), posted by the signed-in clinician. */
const draft = (cluster: string, title: string) => ({
  cluster,
  title,
  summary: 'Oncology wards wait too long for pharmacogenomic results before the first dose.',
  problem_statement: 'Genotype results arrive as PDFs days after the first prescription, when they no longer help.',
  clinical_context: 'University hospital oncology, about 900 new patients a year.',
  indication: 'Fluoropyrimidine chemotherapy',
  icd10_code: null,
  care_pathway_step: 'treatment',
  patient_population: 'Adults starting fluoropyrimidine chemotherapy',
  standard_of_care: 'DPYD genotyping sent out, results by PDF',
  target_outcome: 'Genotype known before the first dose',
  outcome_kpi: 'Share of patients genotyped before the first dose ≥ 90 %',
  regulation: 'unsure',
  device_class: null,
  ce_marking_required: false,
  data_on_offer: 'none',
  involves_patient_data: true,
  integration_needs: '',
  trl_min: 4,
  trl_max: 7,
  reward_kind: 'pilot',
  reward_details: '',
  deadline: later(30),
  language: 'en',
  visibility: 'public',
  share_feedback: false,
  tags: ['pharmacogenomics'],
});

describe('moderation, without JavaScript', () => {
  it('a moderator filters the queue by cluster, follows a reported question to it, and hides it after confirming', async () => {
    const stamp = crypto.randomUUID().slice(0, 6);
    const questionText = `Would you license our finished product instead of a pilot? ${stamp}`;
    const reason = `A sales pitch, not a question about the need (${stamp}).`;

    // A solver asks on an open demo challenge; a clinician reports the question (reports are filed through the API).
    const solver = await signedIn('solver@demo.test');
    const cluster = await firstCluster(solver.page);
    const open = await call(solver.page, 'GET', `/api/v1/challenges?status=open&cluster=${cluster.slug}`);
    const challenge = open.data[0] as { id: string; title: string };
    const question = await call(solver.page, 'POST', `/api/v1/challenges/${challenge.id}/questions`, {
      body: questionText,
    });
    const clinician = await signedIn('clinician@demo.test');
    await call(clinician.page, 'POST', '/api/v1/reports', {
      entity_type: 'question',
      entity_id: question.id,
      reason,
    });
    // The same clinician submits a challenge of their own for review.
    const reviewTitle = `Genotype results before the first dose ${stamp}`;
    const submitted = await call(clinician.page, 'POST', '/api/v1/challenges', draft(cluster.slug, reviewTitle));
    await call(clinician.page, 'POST', `/api/v1/challenges/${submitted.id}/transitions`, { action: 'submit' });

    const moderator = await signedIn('moderator@demo.test');
    const mp = moderator.page;
    await mp.goto('/moderation?lang=de');
    await mp.getByLabel('Cluster', { exact: true }).selectOption({ label: cluster.name });
    await mp.getByRole('button', { name: 'Anzeigen' }).click();
    await mp.waitForURL(`**/moderation?cluster=${cluster.slug}`);
    // The challenge in review: by its cluster's name, with how long it has waited.
    const inReview = (await mp.locator('ul.queue li', { hasText: reviewTitle }).textContent()) ?? '';
    expect(inReview).toContain(cluster.name);
    expect(inReview).toContain('wartet seit weniger als einer Stunde');
    expect(inReview).not.toContain(cluster.slug);
    const item = mp.locator('li.report', { hasText: questionText });
    const text = (await item.textContent()) ?? '';
    expect(text).toContain(`zu „${challenge.title}“`);
    expect(text).toContain(cluster.name);
    expect(text).toContain('wartet seit weniger als einer Stunde');
    expect(text).toContain('Begründung von');
    expect(text).toContain(reason);
    await expect(item.getByRole('button', { name: 'Inhalt ausblenden' }).getAttribute('class')).resolves.toBe('danger');
    await expect(item.getByRole('button', { name: 'Meldung zurückweisen' }).getAttribute('class')).resolves.toBe(
      'secondary',
    );
    await lookAt(chromium, mp, 'moderation-queue-de');
    await mp.goto(`/moderation?cluster=${cluster.slug}&lang=ro`);
    await expect(mp.locator('li.report', { hasText: questionText }).textContent()).resolves.toContain(
      'așteaptă de mai puțin de o oră',
    );
    await lookAt(chromium, mp, 'moderation-queue-ro');

    // The link leads to the question on its challenge page.
    await mp.goto(`/moderation?cluster=${cluster.slug}&lang=de`);
    await mp.locator('li.report', { hasText: questionText }).getByRole('link', { name: questionText }).click();
    await mp.waitForURL(`**/challenges/${challenge.id}#q-${question.id}`);
    await expect(mp.locator(`#q-${question.id}`).textContent()).resolves.toContain(questionText);

    // Hiding asks first, then returns to the same filtered queue, where the report is gone.
    await mp.goto(`/moderation?cluster=${cluster.slug}`);
    await mp.locator('li.report', { hasText: questionText }).getByRole('button', { name: 'Inhalt ausblenden' }).click();
    await expect(mp.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Diesen Inhalt ausblenden?');
    await mp.getByRole('button', { name: 'Ja, ausblenden' }).click();
    await mp.waitForURL(`**/moderation?cluster=${cluster.slug}&done=hide`);
    await expect(mp.getByRole('status').textContent()).resolves.toContain('Der Inhalt ist ausgeblendet.');
    await expect(mp.locator('li.report', { hasText: questionText }).count()).resolves.toBe(0);

    await solver.page.goto(`/challenges/${challenge.id}`);
    await expect(solver.page.getByText(questionText).count()).resolves.toBe(0);
    for (const context of [solver.context, clinician.context, moderator.context]) await context.close();
  });

  it('the audit trail reads as what changed, fits 375 px and shows every column at 1280 px', async () => {
    const title = `Genotype before the first dose ${crypto.randomUUID().slice(0, 6)}`;
    const clinician = await signedIn('clinician@demo.test');
    const cluster = await firstCluster(clinician.page);
    const created = await call(clinician.page, 'POST', '/api/v1/challenges', draft(cluster.slug, title));
    await call(clinician.page, 'POST', `/api/v1/challenges/${created.id}/transitions`, { action: 'submit' });

    // The moderator approves on the page, amends the deadline and seats a jury member.
    const moderator = await signedIn('moderator@demo.test');
    const mp = moderator.page;
    await mp.goto(`/challenges/${created.id}`);
    await mp.getByRole('button', { name: 'Approve and publish' }).click();
    await mp.getByRole('button', { name: 'Yes, publish it' }).click();
    await mp.waitForURL('**?done=approve');
    const amended = later(75);
    await call(mp, 'PATCH', `/api/v1/challenges/${created.id}`, { version: 3, deadline: amended });
    const evaluator = await signedIn('evaluator@demo.test');
    const juror = (await call(evaluator.page, 'GET', '/api/v1/me')).user as { id: string; name: string };
    await call(mp, 'PUT', `/api/v1/challenges/${created.id}/evaluators/${juror.id}`);

    await mp.goto(`/challenges/${created.id}/audit?lang=de`);
    const trail = mp.locator('table.audit-trail');
    // What a reader sees before opening the recorded data: each entry's title and its changes.
    const seen = (await trail.locator('.audit-title, .audit-changes').allTextContents()).join(' ').replace(/\s+/g, ' ');
    expect(seen).toContain('Freigegeben und veröffentlicht');
    expect(seen).toContain('Status: In Prüfung → Offen');
    expect(seen).toMatch(/Einreichungsschluss: \d{2}\.\d{2}\.\d{4} → \d{2}\.\d{2}\.\d{4}/);
    expect(seen).toContain(`Jury: ${juror.name} hinzugefügt`);
    expect(seen).not.toContain('challenge.approve');
    // The recorded data opens without JavaScript.
    await trail.locator('summary').first().click();
    await expect(trail.locator('details').first().locator('code').textContent()).resolves.toBe('jury.assign');
    // Opened on a phone, the recorded data wraps: still nothing to scroll sideways.
    await trail.locator('summary').nth(1).click();
    await mp.setViewportSize({ width: 375, height: 900 });
    expect(await pageWidth(mp)).toBeLessThanOrEqual(375);
    await screenshot(mp, 'audit-trail-recorded-de-375');

    // At 1280 px every column is in view: the table is no wider than its box.
    await mp.setViewportSize({ width: 1280, height: 900 });
    const fits = await trail.evaluate((table) => {
      const box = table.parentElement as { clientWidth: number };
      return { table: (table as unknown as { scrollWidth: number }).scrollWidth, box: box.clientWidth };
    });
    expect(fits.table).toBeLessThanOrEqual(fits.box);
    await lookAt(chromium, mp, 'audit-trail-de');
    await mp.goto(`/challenges/${created.id}/audit?lang=ro`);
    const citit = (await mp.locator('table.audit-trail .audit-changes').allTextContents()).join(' ');
    expect(citit).toContain(`Juriu: s-a adăugat ${juror.name}`);
    await lookAt(chromium, mp, 'audit-trail-ro');
    for (const context of [clinician.context, moderator.context, evaluator.context]) await context.close();
  });
});
