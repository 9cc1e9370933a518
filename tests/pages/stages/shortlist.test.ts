import { describe, expect, it } from 'vitest';
import { freshCast } from '../../api/evaluation/fixtures';
import { solver, stageOneEvaluated } from '../../api/stages/fixtures';
import { createDraft } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

// Issue 15, the pages of a two-stage challenge: the shortlist form on the ranking page (owner or
// moderator, stage 1 under evaluation), the stage-2 fields and "Submit stage 2" for the
// shortlist, and each solution's outcome per stage for its team.

const stageOf = async (id: string) => (await must(api(`/api/v1/challenges/${id}/stages`))).body.current_stage;

describe('the shortlist form on the ranking page', () => {
  it('offers a checkbox per solution instead of the decision, asks first, then advances; the outcome is on each solution', {
    timeout: 60_000,
  }, async () => {
    const f = await stageOneEvaluated();
    const html = await (await page(`/challenges/${f.id}/ranking`, f.owner.cookie)).text();
    expect(html).toContain('<h2 id="shortlist-title">Shortlist for stage 2</h2>');
    expect(html).toContain(`action="/challenges/${f.id}/advance"`);
    expect(html).toContain(`name="shortlist.${f.a}"`);
    expect(html).toContain(`name="shortlist.${f.b}"`);
    expect(html).toContain('<span>1. Alpha sepsis score</span>');
    // Stage 1 is not the last: no decision is offered (the API would refuse it).
    expect(html).not.toContain(`action="/challenges/${f.id}/decision"`);
    expect(html).toContain('class="danger"');
    // The juror reads the ranking without the form.
    const juror = await (await page(`/challenges/${f.id}/ranking`, f.juror.cookie)).text();
    expect(juror).not.toContain('/advance"');

    // Nothing ticked: said next to the fieldset, in German too; nothing advanced.
    const none = await postForm(`/challenges/${f.id}/advance?lang=de`, f.owner.cookie, { stage: '1' });
    expect(none.status).toBe(400);
    const noneHtml = await none.text();
    expect(noneHtml).toContain('Kreuzen Sie mindestens eine Lösung an, die weiterkommt.');
    expect(noneHtml).toContain('href="#solution_ids"');
    expect(await stageOf(f.id)).toBe(1);

    // First the confirm step (it cannot be undone), which advances nothing.
    const fields = { stage: '1', [`shortlist.${f.a}`]: 'on', share_feedback: 'on' };
    const ask = await postForm(`/challenges/${f.id}/advance`, f.owner.cookie, fields);
    expect(ask.status).toBe(200);
    const askHtml = await ask.text();
    expect(askHtml).toContain('Advance the shortlist of “');
    expect(askHtml).toContain('Solutions on the shortlist: 1.');
    expect(await stageOf(f.id)).toBe(1);

    const done = await postForm(`/challenges/${f.id}/advance`, f.owner.cookie, { ...fields, confirmed: 'yes' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/challenges/${f.id}?done=advanced#stages`);
    expect(await stageOf(f.id)).toBe(2);
    const notice = await (await page(`/challenges/${f.id}?done=advanced`, f.owner.cookie)).text();
    expect(notice).toContain('The shortlist has advanced to the next stage');

    // Stage 1 is no longer under evaluation: a second post is refused on the page, in its words.
    const again = await postForm(`/challenges/${f.id}/advance`, f.owner.cookie, { ...fields, confirmed: 'yes' });
    expect(again.status).toBe(400);
    expect(await again.text()).toContain('A shortlist is advanced once a stage’s evaluation has begun'.slice(0, 30));

    // The solver not advanced reads "not advanced" and the jury's shared feedback, in German.
    const beta = await (await page(`/solutions/${f.b}?lang=de`, f.beta.cookie)).text();
    expect(beta).toContain('<html lang="de"');
    expect(beta).toContain('Lösungen: Nicht weiter');
    expect(beta).toContain('Das Feedback der Jury zu Phase 1');
    expect(beta).toContain('The data plan is thin.');
    expect(beta).not.toContain('Phase 2 einreichen');
    // Not shortlisted: no longer edited.
    expect(beta).not.toContain(`href="/solutions/${f.b}/edit"`);
    // The shortlisted solver: advanced, no feedback of stage 1 (it went on), and the stage-2 step.
    const alpha = await (await page(`/solutions/${f.a}`, f.alpha.cookie)).text();
    expect(alpha).toContain('Solutions: Advanced');
    expect(alpha).toContain('Full proposal: Pending');
    expect(alpha).not.toContain('The jury’s feedback on stage 1');
    expect(alpha).toContain('Submit stage 2');
    // The owner sees both outcomes, never the feedback section meant for the team.
    const owner = await (await page(`/solutions/${f.b}`, f.owner.cookie)).text();
    expect(owner).toContain('Solutions: Not advanced');
    expect(owner).not.toContain('The jury’s feedback on stage 1');
  });

  it('is refused to those who may not advance: a solver of it, a stranger, the juror; 404 where the challenge is unseen', {
    timeout: 60_000,
  }, async () => {
    const f = await stageOneEvaluated();
    const stranger = await solver('en');
    const fields = { stage: '1', [`shortlist.${f.a}`]: 'on', confirmed: 'yes' };
    // The challenge is published: they see it, so they are told they may not (403).
    expect((await postForm(`/challenges/${f.id}/advance`, stranger.cookie, fields)).status).toBe(403);
    expect((await postForm(`/challenges/${f.id}/advance`, f.alpha.cookie, fields)).status).toBe(403);
    expect([403, 404]).toContain((await postForm(`/challenges/${f.id}/advance`, f.juror.cookie, fields)).status);
    expect(await stageOf(f.id)).toBe(1);
    // A challenge they do not see (a draft): 404, the same as one that does not exist.
    const { owner, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    expect((await postForm(`/challenges/${draft.id}/advance`, stranger.cookie, fields)).status).toBe(404);
    // The moderator may, as the API says.
    const html = await (await page(`/challenges/${f.id}/ranking`, f.moderator.cookie)).text();
    expect(html).toContain(`action="/challenges/${f.id}/advance"`);
  });
});

describe('stage 2 on the solution form and page', () => {
  it('shows what stage 2 asks for, refuses to submit naming each missing field, then submits', {
    timeout: 60_000,
  }, async () => {
    const f = await stageOneEvaluated();
    await must(
      api(`/api/v1/challenges/${f.id}/stages/1/advance`, { token: f.owner.token, body: { solution_ids: [f.a] } }),
    );
    // Missing budget and work plan: refused, each named, in the solver's language (Italian here).
    const refused = await postForm(`/solutions/${f.a}/stage?lang=it`, f.alpha.cookie, {});
    expect(refused.status).toBe(400);
    const refusedHtml = await refused.text();
    expect(refusedHtml).toContain('Fase non ancora inviata');
    expect(refusedHtml).toContain('Budget: questa fase lo richiede');
    expect(refusedHtml).toContain('Piano di lavoro: questa fase lo richiede');
    expect(refusedHtml).toContain(`href="/solutions/${f.a}/edit#budget_amount_minor"`);

    // The edit form shows the stage's fields; a wrong currency is said next to it.
    const form = await (await page(`/solutions/${f.a}/edit`, f.alpha.cookie)).text();
    expect(form).toContain('What stage 2 asks for');
    expect(form).toContain('name="budget_amount_minor"');
    expect(form).toContain('name="work_plan"');
    const { version } = (await must(api(`/api/v1/solutions/${f.a}`, { token: f.alpha.token }))).body;
    const base = {
      version: String(version),
      title: 'Alpha sepsis score',
      summary: 'An early-warning score that nurses trust, with an escalation loop on the ward.',
      approach: 'Vital signs every hour, a validated score, and a nurse-led escalation within the hour.',
      trl: '5',
      ip_status: 'none',
    };
    const wrong = await postForm(`/solutions/${f.a}/edit`, f.alpha.cookie, {
      ...base,
      budget_amount_minor: '120000.50',
      budget_currency: 'euro',
      work_plan: 'Months 1–3 set-up; months 4–12 the pilot on two wards.',
    });
    expect(wrong.status).toBe(400);
    expect(await wrong.text()).toContain('Budget currency');
    const saved = await postForm(`/solutions/${f.a}/edit`, f.alpha.cookie, {
      ...base,
      budget_amount_minor: '120000.50',
      budget_currency: 'eur',
      work_plan: 'Months 1–3 set-up; months 4–12 the pilot on two wards.',
    });
    expect(saved.status).toBe(303);
    const solution = (await must(api(`/api/v1/solutions/${f.a}`, { token: f.alpha.token }))).body;
    expect(solution).toMatchObject({ budget_amount_minor: 12_000_050, budget_currency: 'EUR' });
    expect(await (await page(`/solutions/${f.a}/edit`, f.alpha.cookie)).text()).toContain('value="120000.50"');

    const sent = await postForm(`/solutions/${f.a}/stage`, f.alpha.cookie, {});
    expect(sent.status).toBe(303);
    expect(sent.headers.get('location')).toBe(`/solutions/${f.a}?done=stage_submitted#stage-outcomes`);
    const after = await (await page(`/solutions/${f.a}?done=stage_submitted`, f.alpha.cookie)).text();
    expect(after).toContain('Submitted to this stage. Its jury reads the solution as it is now.');
    expect(after).toContain('Submitted to this stage:');
    // Submitted: the stage no longer changes, so neither edit nor submit is offered.
    expect(after).not.toContain('Submit stage 2');
    expect(after).not.toContain(`href="/solutions/${f.a}/edit"`);
    // Someone not on the team cannot submit the stage (404: they do not see the solution).
    const stranger = await solver('en');
    expect((await postForm(`/solutions/${f.a}/stage`, stranger.cookie, {})).status).toBe(404);
  });
});
