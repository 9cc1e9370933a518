import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeContext, checkPage } from './axe';
import { screenshot, useChromium } from './browser';
import { fill, followMailLink, inDays, noScript, signedIn, signInOn } from './people';

const chromium = useChromium();

/** Clicks a button of a step that cannot be undone, then "yes" on the page that asks first. */
async function confirmed(page: Page, button: string, yes: string) {
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('button', { name: yes }).click();
}

/** A jury member reads the invitation in the mailbox, accepts it, and is seated. */
async function seat(page: Page, email: string, title: string) {
  await followMailLink(page, email, title, '/invitations/accept');
  await page.getByRole('button', { name: 'Accept the invitation' }).click();
  await page.waitForURL('**/solutions?done=joined');
}

/** A jury member declares no conflict on a solution and gives every criterion `level`. */
async function declareAndScore(page: Page, challengeUrl: string, solutionTitle: string, level: string) {
  await page.goto(`${challengeUrl}/solutions`);
  await page.getByRole('link', { name: solutionTitle }).click();
  await page.getByRole('button', { name: 'I have no conflict of interest' }).click();
  await page.waitForURL('**?done=declared*');
  const criteria = page.locator('#score fieldset');
  const count = await criteria.count();
  expect(count).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) await criteria.nth(i).getByLabel(level).check();
  await page.getByRole('button', { name: 'Save the score' }).click();
  await page.waitForURL('**/solutions?done=scored');
}

/** Records a milestone on a cooperation page, done and public. */
async function milestone(
  page: Page,
  coopUrl: string,
  kind: string,
  extra: (p: Page) => Promise<void> = async () => {},
) {
  await page.goto(coopUrl);
  await page.getByRole('link', { name: 'Record a milestone' }).first().click();
  await page.getByLabel('Kind of milestone').selectOption(kind);
  await page.getByLabel('Status', { exact: true }).selectOption('done');
  await page.getByLabel('Show this milestone on the public page', { exact: false }).check();
  await extra(page);
  await page.getByRole('button', { name: 'Record the milestone' }).click();
  await page.waitForURL('**/cooperations/*?done=*');
}

/**
 * Issue 15 with JavaScript off, through the pages: a moderator creates a call with rules, the
 * admin publishes it (never its creator); a clinician posts a two-stage challenge into it; two
 * eligible solvers submit and one from Italy is refused naming the country rule; the stage-1 juror
 * scores; the owner advances a shortlist of one; the other reads "not advanced" with the jury's
 * feedback (in German); the shortlisted solver adds budget and work plan (in Italian) and submits
 * stage 2; another juror scores it; the owner decides; clinic and team record milestones and agree
 * to publish; an anonymous visitor reads the result on the cluster's impact pages.
 */
describe('a call, two stages, a cooperation and its public impact, without JavaScript', () => {
  it('from a call for challenges to a published KPI result', { timeout: 600_000 }, async () => {
    const browser = chromium.current;
    const tag = crypto.randomUUID().slice(0, 6);
    const callTitle = `Digital oncology call ${tag}`;
    const title = `Same-day EGFR results in two stages ${tag}`;
    const first = `Liquid biopsy EGFR in six hours ${tag}`;
    const other = `EGFR panel with a courier loop ${tag}`;
    const refused = `EGFR from Italy ${tag}`;

    // (1) A moderator creates the call: TRL 4–6, Germany and Austria.
    const moderator = await signedIn(browser, 'moderator@demo.test');
    const mp = moderator.page;
    await mp.goto('/calls/new');
    await mp.locator('select[name="lead_cluster"]').selectOption('life-science-nord');
    await fill(mp, {
      Title: callTitle,
      'What the call is about': 'Diagnostics that shorten the way from biopsy to therapy in lung cancer.',
      Opens: inDays(-1),
      Closes: inDays(120),
      'Lowest TRL accepted': '4',
      'Highest TRL accepted': '6',
      Countries: 'DE, AT',
    });
    await mp.getByRole('button', { name: 'Create the call as a draft' }).click();
    await mp.waitForURL('**/calls/*');
    const callUrl =
      mp
        .url()
        .split('?')[0]
        ?.replace(/\/edit$/, '') ?? '';
    await mp.goto(callUrl);
    await mp.getByRole('button', { name: 'Submit for review' }).click();
    await mp.waitForURL('**/calls/*?done=*');
    // Its creator does not publish it: another moderator or an admin does.
    await expect(mp.getByRole('button', { name: 'Publish the call' }).count()).resolves.toBe(0);
    const admin = await signedIn(browser, 'admin@demo.test');
    await admin.page.goto(callUrl);
    await confirmed(admin.page, 'Publish the call', 'Yes, publish it');
    await admin.page.waitForURL('**/calls/*?done=*');
    await screenshot(admin.page, 'call');

    // (2) The clinician posts a two-stage challenge into the call; the moderator approves it.
    const clinician = await signedIn(browser, 'clinician@demo.test');
    const cp = clinician.page;
    await cp.goto('/challenges/new');
    await fill(cp, {
      Title: title,
      Summary: 'EGFR results arrive days after the biopsy; we want them the same day, in two rounds of selection.',
      'The problem': 'Therapy starts late because molecular results take a week.',
      Indication: 'Non-small-cell lung cancer',
      'Patient population': 'Adults with suspected advanced NSCLC',
      'Current standard of care': 'Tissue NGS sent out, results in 7 to 10 days',
      'Target outcome': 'EGFR status known on the day of the biopsy',
      'Measurable KPI': 'Median turnaround ≤ 1 day',
      'Submissions close': inDays(45),
    });
    await cp
      .getByLabel('Cluster', { exact: true })
      .selectOption({ label: 'Life Science Nord (Schleswig-Holstein und Hamburg)' });
    await cp.getByLabel('Call', { exact: true }).selectOption({ label: callTitle });
    await cp.getByRole('button', { name: 'Save draft' }).click();
    await cp.waitForURL('**?done=saved');
    const challengeUrl = cp.url().split('?')[0] ?? '';
    await cp.goto(`${challengeUrl}/stages`);
    const two = cp.locator('#stage-2');
    await two.getByLabel('Name (empty: the default name)').fill('Full proposal');
    await two.getByLabel('Kind').selectOption('full_proposal');
    await two.getByLabel('Submissions close').fill(inDays(90));
    await two.getByLabel('Minimum number of jurors who score a solution').fill('1');
    await two.getByLabel('Budget', { exact: true }).check();
    await two.getByLabel('Work plan', { exact: true }).check();
    await two.locator('fieldset.criterion').first().getByLabel('Name').fill('Value for money');
    await two.locator('fieldset.criterion').first().getByLabel('Weight (1–100)').fill('100');
    await cp.getByRole('button', { name: 'Save the stages' }).click();
    await cp.waitForURL('**/stages?done=saved');
    await cp.goto(challengeUrl);
    await cp.getByRole('button', { name: 'Submit for review' }).click();
    await cp.waitForURL('**?done=submit');
    await mp.goto('/moderation');
    await mp.getByRole('link', { name: title }).click();
    await confirmed(mp, 'Approve and publish', 'Yes, publish it');
    await mp.waitForURL('**?done=approve');

    // (3) Solver 1 (Helixio, DE) reads the call's rules and submits stage 1.
    const solver = await signedIn(browser, 'solver@demo.test');
    const sp = solver.page;
    await sp.goto(challengeUrl);
    await sp.getByRole('link', { name: 'Submit a solution' }).click();
    await expect(
      sp.getByText('Your organization meets the rules of this call', { exact: false }).count(),
    ).resolves.toBe(1);
    await fill(sp, {
      Title: first,
      Summary: 'A liquid-biopsy EGFR assay run next to the bronchoscopy suite, results in six hours.',
      Approach: 'Cartridge-based PCR on plasma, validated against tissue NGS, reported straight to the EHR.',
    });
    await sp.getByLabel('Technology readiness').selectOption('5');
    await sp.getByRole('button', { name: 'Submit the solution' }).click();
    await sp.waitForURL('**/solutions/*?done=submitted');
    const firstUrl = sp.url().split('?')[0] ?? '';

    // (4) Solver 2 (Sentinella, IT), in Italian: warned before writing, refused naming the country rule.
    const italian = await signedIn(browser, 'davide.rinaldi@demo.test');
    const ip = italian.page;
    await ip.goto(`${challengeUrl}?lang=it`);
    await ip.getByRole('link', { name: 'Invia una soluzione' }).click();
    const notice = (await ip.locator('main').textContent()) ?? '';
    expect(notice).toContain('IT');
    await fill(ip, {
      Titolo: refused,
      Riepilogo: 'An AI reading of EGFR from routine histology slides, no extra tissue needed.',
      Approccio: 'A model trained on 4 000 slides with known EGFR status, run on the hospital scanner.',
    });
    await ip.getByRole('button', { name: 'Invia la soluzione' }).click();
    await expect(ip.getByRole('alert').textContent()).resolves.toContain(
      'Paese: le regole di questo bando non ammettono il tuo dato',
    );
    await screenshot(ip, 'not-eligible');

    // (5) Solver 3 (Vantaris, DE) submits too.
    const third = await signedIn(browser, 'thomas.weber@demo.test');
    const tp = third.page;
    await tp.goto(challengeUrl);
    await tp.getByRole('link', { name: 'Submit a solution' }).click();
    await fill(tp, {
      Title: other,
      Summary: 'Tissue EGFR panel in the hospital lab with a courier loop that collects twice a day.',
      Approach: 'Two runs a day on an in-house sequencer; a courier collects biopsies at 10:00 and 15:00.',
    });
    await tp.getByLabel('Technology readiness').selectOption('6');
    await tp.getByRole('button', { name: 'Submit the solution' }).click();
    await tp.waitForURL('**/solutions/*?done=submitted');
    const otherUrl = tp.url().split('?')[0] ?? '';

    // (6) The stage-1 juror is seated, the owner closes submissions, the juror declares and scores.
    await cp.goto(`${challengeUrl}/jury`);
    await cp.getByLabel('Their email address').fill('evaluator@demo.test');
    await cp.getByRole('button', { name: 'Send the invitation' }).click();
    await cp.waitForURL('**?done=invited');
    const evaluator = await signedIn(browser, 'evaluator@demo.test');
    const ep = evaluator.page;
    await seat(ep, 'evaluator@demo.test', title);
    await cp.goto(challengeUrl);
    await confirmed(cp, 'Close submissions and start the evaluation', 'Yes, close submissions');
    await cp.waitForURL('**?done=start_evaluation');
    await declareAndScore(ep, challengeUrl, first, '5 · excellent');
    await declareAndScore(ep, challengeUrl, other, '2 · weak');

    // (7) The owner advances solver 1 through the shortlist form, sharing the jury's feedback. The
    // demo world has no stage under evaluation before a later one, so axe reads this form here.
    const ax = await axeContext(chromium);
    const axPage = await ax.newPage();
    await signInOn(axPage, 'clinician@demo.test');
    await checkPage(axPage, `${challengeUrl}/ranking`, true);
    await ax.close();
    await cp.goto(`${challengeUrl}/ranking`);
    await expect(cp.getByRole('button', { name: 'Decide and publish the results' }).count()).resolves.toBe(0);
    await cp.getByRole('button', { name: 'Advance the shortlist to stage 2' }).click();
    await expect(cp.getByRole('alert').textContent()).resolves.toContain('Tick at least one solution');
    await cp.getByLabel(first, { exact: false }).check();
    await cp.getByLabel('Share the jury’s feedback with the solutions that do not advance').check();
    await screenshot(cp, 'shortlist');
    await confirmed(cp, 'Advance the shortlist to stage 2', 'Yes, advance the shortlist');
    await cp.waitForURL('**?done=advanced*');
    await expect(cp.getByText('The shortlist has advanced', { exact: false }).count()).resolves.toBe(1);

    // The solver not advanced reads it, with the jury's feedback, in German.
    await tp.goto(`${otherUrl}?lang=de`);
    const outcome = (await tp.locator('#stage-outcomes').textContent()) ?? '';
    expect(outcome).toContain('Lösungen: Nicht weiter');
    expect(outcome).toContain('Das Feedback der Jury zu Phase 1');
    await screenshot(tp, 'not-advanced');

    // (8) Solver 1, in Italian: refused while the budget is missing, then fills it in and submits stage 2.
    await sp.goto(`${firstUrl}?lang=it`);
    await sp.getByRole('button', { name: 'Invia la fase 2' }).click();
    await expect(sp.getByRole('alert').textContent()).resolves.toContain('Budget: questa fase lo richiede');
    await sp.getByRole('link', { name: 'Compila ciò che chiede la fase 2' }).click();
    await fill(sp, {
      'Budget (importo)': '180000.00',
      'Valuta del budget': 'EUR',
      'Piano di lavoro': 'Mesi 1–3 validazione su 200 campioni; mesi 4–9 pilota in due reparti; mese 10 rapporto.',
    });
    await sp.getByRole('button', { name: 'Salva le modifiche' }).click();
    await sp.waitForURL('**?done=saved');
    await sp.getByRole('button', { name: 'Invia la fase 2' }).click();
    await sp.waitForURL('**?done=stage_submitted*');
    await sp.goto(`${firstUrl}?lang=en`);
    await expect(sp.locator('#stage-outcomes').textContent()).resolves.toContain('Solutions: Advanced');

    // The stage-2 juror (another person) is seated; submissions close; they declare and score.
    await cp.goto(`${challengeUrl}/jury`);
    await cp.getByLabel('Their email address').fill('sabine.krueger@demo.test');
    await cp.getByRole('button', { name: 'Send the invitation' }).click();
    await cp.waitForURL('**?done=invited');
    const juror2 = await signedIn(browser, 'sabine.krueger@demo.test');
    await seat(juror2.page, 'sabine.krueger@demo.test', title);
    await cp.goto(challengeUrl);
    await confirmed(cp, 'Close submissions and start the evaluation', 'Yes, close submissions');
    await cp.waitForURL('**?done=start_evaluation');
    await declareAndScore(juror2.page, challengeUrl, first, '4 · good');

    // (9) The owner decides the last stage: a cooperation opens.
    await cp.goto(`${challengeUrl}/ranking`);
    await cp.getByLabel(`Decision for ${first}`).selectOption('winner');
    await confirmed(cp, 'Decide and publish the results', 'Yes, decide and publish');
    await cp.waitForURL('**?done=decided*');
    await cp.goto('/cooperations');
    await cp.getByRole('link', { name: title }).first().click();
    await cp.waitForURL('**/cooperations/*');
    const coopUrl = cp.url().split('?')[0] ?? '';

    // (10) Both sides record milestones; the clinic says the KPI was met; both agree to publish.
    await milestone(cp, coopUrl, 'letter_of_intent');
    await milestone(sp, coopUrl, 'pilot_start');
    // The team reports the KPI; the clinic, whose target it is, says it was met.
    await milestone(sp, coopUrl, 'kpi_result', async (p) => {
      await fill(p, {
        'Measured value (KPI results only)': '0.8',
        'Unit, e.g. % or minutes (KPI results only)': 'days',
        'How it was measured (KPI results only)': 'Median turnaround over 120 consecutive patients',
      });
    });
    await cp.goto(coopUrl);
    await cp.getByRole('link', { name: 'Update the milestone “KPI result”' }).click();
    await cp.getByLabel('Was the target met? (the clinic’s word)').selectOption('yes');
    await cp.getByRole('button', { name: 'Save the milestone' }).click();
    await cp.waitForURL('**/cooperations/*?done=*');
    await expect(cp.locator('main').textContent()).resolves.toContain('0.8 days · Target met');
    await cp.goto(coopUrl);
    await cp.getByLabel('The clinic agrees to publish this cooperation').check();
    await cp.getByRole('button', { name: 'Save our choice' }).click();
    await cp.waitForURL('**?done=*');
    await sp.goto(coopUrl);
    await sp.getByLabel('Our team agrees to publish this cooperation').check();
    await sp.getByRole('button', { name: 'Save our choice' }).click();
    await sp.waitForURL('**?done=*');

    // (11) An anonymous visitor reads the result: the cooperation page and the cluster's impact pages.
    const visitor = await noScript(browser);
    const anonymous = await visitor.newPage();
    await anonymous.goto(coopUrl);
    const coop = (await anonymous.locator('main').textContent()) ?? '';
    expect(coop).toContain(title);
    expect(coop).toContain('Target met');
    await anonymous.goto('/clusters/life-science-nord/impact-stories');
    await expect(anonymous.locator('main').textContent()).resolves.toContain(title);
    const impact = await anonymous.goto('/clusters/life-science-nord/impact');
    expect(impact?.status()).toBe(200);
    await screenshot(anonymous, 'impact');

    for (const context of [
      moderator.context,
      admin.context,
      clinician.context,
      solver.context,
      italian.context,
      third.context,
      evaluator.context,
      juror2.context,
      visitor,
    ]) {
      await context.close();
    }
  });
});
