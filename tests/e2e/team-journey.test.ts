import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { post } from './demo';
import { fill, inDays, signedIn } from './people';

const chromium = useChromium();

/** A small, valid PDF: what a founder attaches (the type is read from these bytes, not the name). */
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/MediaBox[0 0 595 842]/Parent 2 0 R>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Everything that would tell a jury member who is behind the solution of this journey. */
const WHO = [
  'Lena Brandt', // solver@demo.test
  'Helixio', // her organization
  'Davide Rinaldi', // the co-applicant
  'Sentinella', // his organization
  'helixio-sepsis-whitepaper', // the file's name
];

/** The page as served, attributes and hidden parts included: nothing who may hide there either. */
const bodyText = (page: Page) => page.content();

/**
 * Issue 14, with JavaScript off: a founder forms a team (a co-applicant from another company
 * accepts from his page), both accept the challenge's terms, she attaches a PDF and submits to a
 * challenge reviewed blind; two jury
 * members score without seeing who they are, far apart; the owner reads the evaluation report,
 * sees the solution flagged for discussion, and decides.
 */
describe('a team, a file, a blind jury and the evaluation report, without JavaScript', () => {
  it('from a team submission to a defensible decision', async () => {
    const browser = chromium.current;
    const tag = crypto.randomUUID().slice(0, 6);
    const title = `Sepsis alerts on the ward, reviewed blind ${tag}`;
    const solutionTitle = `Early-warning score with a nurse escalation loop ${tag}`;

    // The clinician's challenge, reviewed blind, approved by the moderator (their pages are the
    // main journey's): through the API, as the signed-in browsers.
    const clinician = await signedIn(browser, 'clinician@demo.test');
    const cp = clinician.page;
    const draft = await post(clinician.context.request, '/api/v1/challenges', {
      cluster: 'life-science-nord',
      title,
      summary: 'Sepsis on general wards is recognised hours late; we want alerts nurses trust and act on.',
      problem_statement: 'Deterioration shows in vital signs hours before the rapid-response call.',
      indication: 'Sepsis',
      care_pathway_step: 'monitoring',
      patient_population: 'Adults on general medical wards',
      standard_of_care: 'Manual early-warning score every eight hours',
      target_outcome: 'Escalation within one hour of deterioration',
      outcome_kpi: 'Median time to antibiotics below 60 minutes',
      trl_min: 4,
      trl_max: 8,
      reward_kind: 'pilot',
      deadline: new Date(`${inDays(30)}T23:59:59Z`).toISOString(),
      blind_review: true,
      min_evaluations: 2,
    });
    const id = draft.id as string;
    // The cluster's terms (a moderator keeps them), chosen by the owner before approval.
    const moderator = await signedIn(browser, 'moderator@demo.test');
    const template = await post(moderator.context.request, '/api/v1/clusters/life-science-nord/terms', {
      key: `ward-pilots-${tag}`,
      language: 'en',
      title: `Ward pilot terms ${tag}`,
      body_md: '## Confidentiality\n\nWhat you submit is read by the owner, the moderators and the jury only.',
      confidentiality: 'confidential',
      ip_option: 'solver_keeps',
      clinic_use: 'The clinic uses what it learns only to decide this challenge.',
      data_access: null,
    });
    const putTerms = await clinician.context.request.put(`/api/v1/challenges/${id}/terms`, {
      data: { template_key: template.key },
      headers: { Origin: new URL(cp.url()).origin },
    });
    expect(putTerms.status(), await putTerms.text()).toBe(200);
    await post(clinician.context.request, `/api/v1/challenges/${id}/transitions`, { action: 'submit' });
    await post(moderator.context.request, `/api/v1/challenges/${id}/transitions`, { action: 'approve' });

    // The founder reads that it is reviewed blind before she writes, and saves a draft.
    const solver = await signedIn(browser, 'solver@demo.test');
    const sp = solver.page;
    await sp.goto(`/challenges/${id}`);
    await expect(bodyText(sp)).resolves.toContain('This challenge is reviewed blind');
    await sp.getByRole('link', { name: 'Submit a solution' }).click();
    await expect(bodyText(sp)).resolves.toContain('Do not name yourself, your team or your organization');
    await fill(sp, {
      Title: solutionTitle,
      Summary: 'A validated early-warning score computed from the monitor feed, with a closed escalation loop.',
      Approach: 'Vital signs stream from bedside monitors; nurses confirm each alert on the ward tablet.',
    });
    await sp.getByRole('button', { name: 'Save draft' }).click();
    await sp.waitForURL('**/solutions/*?done=saved');
    const solutionPath = new URL(sp.url()).pathname;

    // She invites a co-applicant from another company as clinical lead.
    await sp.getByLabel('Their email address').fill('davide.rinaldi@demo.test');
    await sp.getByLabel('Their role on the team').selectOption('clinical_lead');
    await sp.getByRole('button', { name: 'Send the invitation' }).click();
    await sp.waitForURL('**?done=invited*');

    // He accepts from his page, and reads (and may edit) the draft.
    const member = await signedIn(browser, 'davide.rinaldi@demo.test');
    const mp = member.page;
    await mp.getByRole('button', { name: `Accept the invitation: ${solutionTitle}` }).click();
    await mp.goto(solutionPath);
    await expect(mp.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(solutionTitle);
    await expect(mp.locator('table', { hasText: 'Davide Rinaldi' }).textContent()).resolves.toContain('Clinical lead');

    // Both accept the exact terms before anyone can submit.
    for (const page of [sp, mp]) {
      await page.goto(solutionPath);
      await expect(page.getByRole('button', { name: 'Submit the solution' }).count()).resolves.toBe(0);
      await page.getByLabel('I accept these terms (version 1)').check();
      await page.getByRole('button', { name: 'Accept the terms' }).click();
      await page.waitForURL(`**${solutionPath}?*`);
    }

    // She attaches the white paper (a plain file field) and submits.
    await sp.goto(solutionPath);
    await sp
      .getByLabel('File to attach')
      .setInputFiles({ name: 'helixio-sepsis-whitepaper.pdf', mimeType: 'application/pdf', buffer: PDF });
    await sp.getByRole('button', { name: 'Attach the file' }).click();
    await sp.waitForURL(`**${solutionPath}?*`);
    await expect(sp.getByRole('link', { name: /helixio-sepsis-whitepaper\.pdf/ }).count()).resolves.toBe(1);
    await sp.getByRole('button', { name: 'Submit the solution' }).click();
    await sp.waitForURL('**?done=submitted');
    await screenshot(sp, 'team-solution');

    // The owner seats two jury members (they accept from their pages) and starts the evaluation.
    for (const email of ['evaluator@demo.test', 'francesca.galli@demo.test']) {
      await post(clinician.context.request, `/api/v1/challenges/${id}/invitations`, { email });
    }
    const jurors = [];
    for (const [email, score] of [
      ['evaluator@demo.test', '5 · excellent'],
      ['francesca.galli@demo.test', '1 · poor'],
    ] as const) {
      const juror = await signedIn(browser, email);
      await juror.page.getByRole('button', { name: `Accept the invitation: ${title}` }).click();
      await juror.page.waitForURL('**/solutions?done=joined');
      jurors.push({ ...juror, score });
    }
    await post(clinician.context.request, `/api/v1/challenges/${id}/transitions`, { action: 'start_evaluation' });

    // Each juror declares and scores, never seeing who is behind the solution; they disagree.
    for (const { page, score } of jurors) {
      await page.goto(`/challenges/${id}/solutions`);
      for (const who of WHO) expect(await bodyText(page), who).not.toContain(who);
      await page.getByRole('link', { name: solutionTitle }).click();
      await expect(bodyText(page)).resolves.toContain('Blind review: who is behind this solution is withheld');
      await page.getByRole('button', { name: 'I have no conflict of interest' }).click();
      await page.waitForURL('**?done=declared*');
      const text = await bodyText(page);
      for (const who of WHO) expect(text, who).not.toContain(who);
      await expect(page.getByRole('link', { name: /attachment-\w{6}\.pdf/ }).count()).resolves.toBe(1);
      const criteria = page.locator('#score fieldset');
      const count = await criteria.count();
      for (let i = 0; i < count; i++) await criteria.nth(i).getByLabel(score).check();
      await page.getByRole('button', { name: 'Save the score' }).click();
      await page.waitForURL('**/solutions?done=scored');
    }
    await screenshot(jurors[0]?.page as Page, 'blind-juror-solutions');

    // The owner reads the evaluation report: the solution is flagged for discussion.
    await cp.goto(`/challenges/${id}/evaluation-report`);
    await expect(cp.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('Evaluation report');
    const disputed = cp.locator('ul.disputed');
    await expect(disputed.textContent()).resolves.toContain(solutionTitle);
    await screenshot(cp, 'evaluation-report');

    // She decides from the ranking: two jurors scored it, the minimum, so no override is asked.
    await cp.goto(`/challenges/${id}/ranking`);
    await cp.getByLabel(`Decision for ${solutionTitle}`).selectOption('winner');
    await cp.getByRole('button', { name: 'Decide and publish the results' }).click();
    await cp.getByRole('button', { name: 'Yes, decide and publish' }).click();
    await cp.waitForURL('**?done=decided*');
    await sp.goto(solutionPath);
    await expect(sp.locator('.badge').first().textContent()).resolves.toBe('Winner');
    await mp.goto(solutionPath);
    await expect(mp.locator('.badge').first().textContent()).resolves.toBe('Winner');

    for (const context of [clinician.context, moderator.context, solver.context, member.context]) await context.close();
    for (const { context } of jurors) await context.close();
  });
});
