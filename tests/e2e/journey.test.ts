import { describe, expect, it } from 'vitest';
import { screenshot, useChromium } from './browser';
import { fill, followMailLink, inDays, noScript, signedIn } from './people';

const chromium = useChromium();

/**
 * Every role once, end to end, with JavaScript off: a clinician posts and submits, a moderator
 * approves, a solver asks and submits, the clinician answers, invites a jury member (who accepts
 * from the email) and starts the evaluation, an evaluator declares and scores, the clinician decides, the public sees the results.
 */
describe('the whole journey, without JavaScript', () => {
  it('from a clinical need to public results', async () => {
    const browser = chromium.current;
    const tag = crypto.randomUUID().slice(0, 6);
    const title = `Faster pharmacogenomic reports ${tag}`;
    const solutionTitle = `PGx report in 48 hours ${tag}`;

    // Clinician: post and submit.
    const clinician = await signedIn(browser, 'clinician@demo.test');
    const cp = clinician.page;
    await cp.goto('/challenges/new');
    await fill(cp, {
      Title: title,
      Summary: 'Pharmacogenomic panel results arrive weeks after the first prescription; we need them in days.',
      'The problem': 'Results come back after the drug is chosen, so nobody acts on them.',
      Indication: 'Depression treated with SSRIs',
      'Patient population': 'Adults starting antidepressants',
      'Current standard of care': 'Trial and error dosing',
      'Target outcome': 'Genotype known before the first prescription',
      'Measurable KPI': 'Median turnaround ≤ 3 days',
      'Submissions close': inDays(45),
    });
    await cp
      .getByLabel('Cluster', { exact: true })
      .selectOption({ label: 'Life Science Nord (Schleswig-Holstein und Hamburg)' });
    await cp.getByRole('button', { name: 'Save draft' }).click();
    await cp.waitForURL('**?done=saved');
    const challengeUrl = cp.url().split('?')[0] ?? '';
    await cp.getByRole('button', { name: 'Submit for review' }).click();
    await cp.waitForURL('**?done=submit');

    // Moderator: approve.
    const moderator = await signedIn(browser, 'moderator@demo.test');
    await moderator.page.goto('/moderation');
    await moderator.page.getByRole('link', { name: title }).click();
    await moderator.page.getByRole('button', { name: 'Approve and publish' }).click();
    // Steps that cannot be undone ask first, on a page of their own (no JavaScript needed).
    await expect(moderator.page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      `Approve and publish “${title}”?`,
    );
    await moderator.page.getByRole('button', { name: 'Yes, publish it' }).click();
    await moderator.page.waitForURL('**?done=approve');

    // Solver: ask a question, then submit a solution, confidentiality spelled out first.
    const solver = await signedIn(browser, 'solver@demo.test');
    const sp = solver.page;
    await sp.goto(challengeUrl);
    await sp.getByLabel('Your question').fill('Which genes does your current panel cover?');
    await sp.getByRole('button', { name: 'Ask the question' }).click();
    await sp.waitForURL('**?done=asked*');
    await sp.getByRole('link', { name: 'Submit a solution' }).click();
    await expect(sp.getByRole('heading', { name: 'Who sees what you write' }).count()).resolves.toBe(1);
    await fill(sp, { Title: solutionTitle, Summary: 'Too short.' });
    await sp.getByRole('button', { name: 'Submit the solution' }).click();
    await expect(sp.getByRole('alert').textContent()).resolves.toContain('Summary');
    await expect(sp.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(solutionTitle);
    await fill(sp, {
      Summary: 'Point-of-care genotyping of CYP2D6 and CYP2C19 with a report in the EHR within 48 hours.',
      Approach: 'A validated qPCR panel run in the hospital lab, with CPIC-based dosing advice sent to the EHR.',
    });
    await sp.getByLabel('Make the summary public').check();
    await screenshot(sp, 'solution-form');
    await sp.getByRole('button', { name: 'Submit the solution' }).click();
    await sp.waitForURL('**/solutions/*?done=submitted');
    const solutionUrl = sp.url().split('?')[0] ?? '';
    await expect(sp.locator('.badge').first().textContent()).resolves.toBe('Submitted');
    await sp.getByRole('link', { name: 'Edit' }).click();
    await sp.getByLabel('Technology readiness').selectOption('7');
    await sp.getByRole('button', { name: 'Save changes' }).click();
    await sp.waitForURL('**?done=saved');
    await expect(sp.getByText('TRL 7', { exact: true }).count()).resolves.toBe(1);

    // Clinician: answer, form the jury (an unknown email first), start the evaluation.
    await cp.goto(challengeUrl);
    await cp.getByLabel('Your answer').fill('CYP2D6, CYP2C19 and CYP2C9.');
    await cp.getByRole('button', { name: 'Publish the answer' }).click();
    await cp.waitForURL('**?done=answered*');
    await expect(cp.locator('.qa p', { hasText: 'CYP2D6, CYP2C19 and CYP2C9.' }).count()).resolves.toBe(1);
    await cp.getByRole('link', { name: 'Jury' }).click();
    await cp.getByLabel('Their email address').fill('not an address');
    await cp.getByRole('button', { name: 'Send the invitation' }).click();
    await expect(cp.getByRole('alert').textContent()).resolves.toContain('Their email address');
    await cp.getByLabel('Their email address').fill('evaluator@demo.test');
    await cp.getByRole('button', { name: 'Send the invitation' }).click();
    await cp.waitForURL('**?done=invited');
    await expect(cp.locator('table', { hasText: 'evaluator@demo.test' }).textContent()).resolves.toContain('Waiting');
    await screenshot(cp, 'jury');

    // Evaluator: the invitation arrives by email; its link, signed in, seats them on the jury.
    const evaluator = await signedIn(browser, 'evaluator@demo.test');
    const ep = evaluator.page;
    await followMailLink(ep, 'evaluator@demo.test', title, '/invitations/accept');
    await screenshot(ep, 'invitation');
    await ep.getByRole('button', { name: 'Accept the invitation' }).click();
    await ep.waitForURL('**/solutions?done=joined');
    await expect(ep.locator('.notice').textContent()).resolves.toContain('You are on the jury now');

    // Clinician: start the evaluation.
    await cp.getByRole('link', { name: 'Challenge', exact: true }).click();
    await cp.getByRole('button', { name: 'Close submissions and start the evaluation' }).click();
    await screenshot(cp, 'confirm-close-submissions');
    // "No, go back" changes nothing.
    await cp.getByRole('link', { name: 'No, go back' }).click();
    await expect(cp.getByRole('button', { name: 'Close submissions and start the evaluation' }).count()).resolves.toBe(
      1,
    );
    await cp.getByRole('button', { name: 'Close submissions and start the evaluation' }).click();
    await cp.getByRole('button', { name: 'Yes, close submissions' }).click();
    await cp.waitForURL('**?done=start_evaluation');

    // Evaluator: from my page to the solution; declare, then score (a missing criterion first).
    await ep.goto('/me');
    await ep.getByRole('link', { name: title }).first().click();
    await ep.waitForURL('**/solutions');
    await ep.getByRole('link', { name: solutionTitle }).click();
    await expect(ep.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Declare a conflict of interest');
    await screenshot(ep, 'declare');
    await ep.getByRole('button', { name: 'I have no conflict of interest' }).click();
    await ep.waitForURL('**?done=declared*');
    const criteria = ep.locator('#score fieldset');
    const count = await criteria.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 1; i < count; i++) await criteria.nth(i).getByLabel('4 · good').check();
    await ep.getByRole('button', { name: 'Save the score' }).click();
    await expect(ep.getByRole('alert').textContent()).resolves.toContain('score every criterion');
    await criteria.nth(0).getByLabel('5 · excellent').check();
    await screenshot(ep, 'score');
    await ep.getByRole('button', { name: 'Save the score' }).click();
    await ep.waitForURL('**/solutions?done=scored');
    await expect(ep.locator('.progress').textContent()).resolves.toContain('You have scored 1 of 1 solutions');
    // Changing a score: the form comes back with the scores given.
    await ep.getByRole('link', { name: solutionTitle }).click();
    await expect(ep.getByRole('heading', { name: 'Change your score' }).count()).resolves.toBe(1);
    await expect(criteria.nth(0).getByLabel('5 · excellent').isChecked()).resolves.toBe(true);
    await criteria.nth(1).getByLabel('2 · weak').check();
    await ep.getByRole('button', { name: 'Save the changed score' }).click();
    await ep.waitForURL('**/solutions?done=scored');

    // Clinician: the ranking, then the decision.
    await cp.goto(`${challengeUrl}/ranking`);
    await screenshot(cp, 'ranking');
    await cp.getByRole('button', { name: 'Decide and publish the results' }).click();
    await expect(cp.getByRole('alert').textContent()).resolves.toContain('Choose at least one winner');
    await cp.getByLabel(`Decision for ${solutionTitle}`).selectOption('winner');
    // One juror scored it, fewer than the minimum of 3: the decision says why it may win anyway.
    await expect(cp.getByText('Scored by fewer than 3 jurors').count()).resolves.toBe(1);
    await cp
      .getByLabel(`Why “${solutionTitle}” may win with fewer than 3 scores`)
      .fill('Only one juror could score it; the pilot will show more.');
    await cp.getByLabel('Note to all solvers (optional)').fill('A pilot starts in the spring.');
    await cp.getByRole('button', { name: 'Decide and publish the results' }).click();
    await cp.getByRole('button', { name: 'Yes, decide and publish' }).click();
    await cp.waitForURL('**?done=decided*');

    // The public sees the results; the solver sees the outcome.
    const visitor = await noScript(browser);
    const anonymous = await visitor.newPage();
    await anonymous.goto(challengeUrl);
    const results = anonymous.locator('#results');
    await expect(results.textContent()).resolves.toContain(solutionTitle);
    await expect(results.textContent()).resolves.toContain('Winner');
    await expect(results.textContent()).resolves.toContain('A pilot starts in the spring.');
    await screenshot(anonymous, 'results');
    await sp.goto(solutionUrl);
    await expect(sp.locator('.badge').first().textContent()).resolves.toBe('Winner');

    // Moderator: the audit trail tells the story; then the call is archived, results stay public.
    const mp = moderator.page;
    await mp.goto(`${challengeUrl}/audit`);
    const trail = (await mp.locator('table').textContent()) ?? '';
    for (const action of ['challenge.create', 'challenge.approve', 'jury.assign', 'challenge.decide']) {
      expect(trail).toContain(action);
    }
    await screenshot(mp, 'audit');
    await mp.getByRole('link', { name: 'Challenge', exact: true }).click();
    await mp.getByRole('button', { name: 'Archive' }).click();
    await mp.getByRole('button', { name: 'Yes, archive it' }).click();
    await mp.waitForURL('**?done=archive');
    await anonymous.reload();
    await expect(anonymous.locator('#results').textContent()).resolves.toContain(solutionTitle);

    for (const context of [clinician.context, moderator.context, solver.context, evaluator.context, visitor]) {
      await context.close();
    }
  });
});
