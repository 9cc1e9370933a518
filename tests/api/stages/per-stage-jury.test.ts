import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { registerUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { declare, evaluate, invitationToken, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';
import { freshCast } from '../evaluation/fixtures';
import { conflict, get, inStageTwo, invite, STAGE_ONE, STAGE_TWO, status } from './fixtures';

/**
 * Juries are per stage (issue 15): a seat is on one stage's jury, offered ahead for a later stage,
 * closed for a stage already advanced; conflicts, progress, rankings, agreement and the report are
 * read per stage (`?stage=`); a juror reads a solution only in the stage the challenge is in, when
 * they sit on its jury, the solution is in its cohort and they declared no conflict there.
 * Everything over HTTP against the real local D1.
 */

const ids = (rows: { solution_id: string }[]) => rows.map((r) => r.solution_id);
const progress = (rows: { user_id: string; declared: number; conflicts: number; scored: number }[]) =>
  Object.fromEntries(rows.map((r) => [r.user_id, [r.declared, r.conflicts, r.scored]]));

describe('jury seats per stage', () => {
  it('invites to a later stage ahead, lists invitations and jury per stage, and keeps an advanced stage’s jury fixed', {
    timeout: 60_000,
  }, async () => {
    const f = await inStageTwo();
    const base = `/api/v1/challenges/${f.id}`;

    // The invitations, each with its stage; one stage's with ?stage=.
    const all = (await must(get(f.owner, `${base}/invitations`))).body.data as { email: string; stage: number }[];
    const seats = all.map((i) => `${i.email}:${i.stage}`).sort();
    expect(seats).toEqual(
      [
        `${f.first.email}:1`,
        `${f.both.email}:1`,
        `${f.recused.email}:1`,
        `${f.second.email}:2`,
        `${f.both.email}:2`,
        `${f.recused.email}:2`,
      ].sort(),
    );
    const two = (await must(get(f.owner, `${base}/invitations?stage=2`))).body.data as { email: string }[];
    expect(two.map((i) => i.email).sort()).toEqual([f.second.email, f.both.email, f.recused.email].sort());
    expect((await get(f.owner, `${base}/invitations?stage=3`)).status).toBe(404);
    expect((await get(f.owner, `${base}/invitations?stage=zero`)).status).toBe(400);

    // The jury of each stage, with its progress there: stage 1 as it judged, stage 2 just seated.
    const stageOne = progress((await must(get(f.owner, `${base}/evaluators?stage=1`))).body.data);
    expect(stageOne).toEqual({
      [f.first.id]: [2, 0, 2],
      [f.both.id]: [2, 1, 1],
      // Recused from Alpha automatically; declared on Beta and scored it.
      [f.recused.id]: [2, 1, 1],
    });
    const stageTwo = progress((await must(get(f.owner, `${base}/evaluators`))).body.data);
    // Stage 2's cohort is Alpha alone: the recusal holds there too, the others start afresh.
    expect(stageTwo).toEqual({ [f.second.id]: [0, 0, 0], [f.both.id]: [0, 0, 0], [f.recused.id]: [1, 1, 0] });
    expect((await must(get(f.owner, `${base}/evaluators/${f.both.id}?stage=1`))).body.conflicts).toBe(1);
    expect((await must(get(f.owner, `${base}/evaluators/${f.both.id}?stage=2`))).body.conflicts).toBe(0);
    const notThere = await get(f.owner, `${base}/evaluators/${f.first.id}`);
    expect(notThere.status).toBe(404);
    expect(notThere.body.detail).toMatch(/not on the jury of stage 2/);
    expect((await get(f.owner, `${base}/evaluators?stage=3`)).status).toBe(404);

    // Stage 1 is over: no one is invited to, seated on or taken off its jury any more (409, saying why).
    const late = await invite(f.owner, f.id, await registerUser('clinician'), 1);
    expect(late.status).toBe(409);
    expect(late.body.detail).toMatch(/Stage 1 of this challenge is over .* Seat jury members on stage 2/);
    const seatLate = await api(`${base}/evaluators/${(await registerUser('clinician')).id}?stage=1`, {
      method: 'PUT',
      token: f.moderator.token,
    });
    expect(seatLate.status).toBe(409);
    const off = await api(`${base}/evaluators/${f.first.id}?stage=1`, { method: 'DELETE', token: f.owner.token });
    expect(off.status).toBe(409);
    expect((await invite(f.owner, f.id, f.first, 3)).status).toBe(404);
    expect((await invite(f.owner, f.id, f.first, 0)).status).toBe(400);

    // A moderator seats by id on the current stage (default) and takes a member off it.
    const extra = await registerUser('clinician');
    const seated = await must(
      api(`${base}/evaluators/${extra.id}?stage=2`, { method: 'PUT', token: f.moderator.token }),
    );
    expect(seated.body.user_id).toBe(extra.id);
    await must(api(`${base}/evaluators/${extra.id}`, { method: 'DELETE', token: f.owner.token }), 204);
    expect(Object.keys(progress((await must(get(f.owner, `${base}/evaluators`))).body.data))).not.toContain(extra.id);

    // An invitation to stage 1 left pending until stage 1 was advanced no longer seats anyone.
    const { owner, moderator, cluster } = await freshCast();
    const draft = await createDraft(owner, cluster.slug);
    await must(
      api(`/api/v1/challenges/${draft.id}/stages`, {
        method: 'PUT',
        token: owner.token,
        body: twoStages(draft.version),
      }),
    );
    await must(transition(owner, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const s = await submitSolution(await registerUser('solver'), draft.id);
    const slow = await registerUser('clinician');
    await must(invite(owner, draft.id, slow), 202);
    // Invited again for another stage while the first is pending: one invitation, for the stage named last.
    const undecided = await registerUser('clinician');
    await must(invite(owner, draft.id, undecided, 1), 202);
    await must(invite(owner, draft.id, undecided, 2), 202);
    const pending = (await must(get(owner, `/api/v1/challenges/${draft.id}/invitations`))).body.data as {
      email: string;
      stage: number;
      sent_count: number;
    }[];
    expect(pending.filter((i) => i.email === undecided.email)).toEqual([
      expect.objectContaining({ stage: 2, sent_count: 2 }),
    ]);
    await startEvaluation(owner, draft.id);
    await must(
      api(`/api/v1/challenges/${draft.id}/stages/1/advance`, { token: owner.token, body: { solution_ids: [s] } }),
    );
    const token = await invitationToken(draft.id, slow.email);
    const accepted = await api('/api/v1/invitations/accept', { token: slow.token, body: { token } });
    expect(accepted.status).toBe(409);
    expect(accepted.body.detail).toMatch(/jury of stage 1, which is over/);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM evaluator_assignments WHERE challenge_id = ?')
      .bind(draft.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });
});

describe('what a juror reads, per stage', () => {
  it('shows each juror only the solutions of the stage they sit on, after declaring there; conflicts do not carry over', {
    timeout: 60_000,
  }, async () => {
    const f = await inStageTwo();
    const base = `/api/v1/challenges/${f.id}`;

    // While stage 1 ran, the stage-2 juror read nothing of it.
    expect(f.stageOneReads).toEqual({ solution: 404, declare: 404, ranking: 404, before: 404 });

    // The stage-1 juror, now that the challenge is in stage 2: no solution, no stage-2 ranking;
    // stage 1's ranking, which they finished, stays theirs.
    expect(await status(f.first, `/api/v1/solutions/${f.a}`)).toBe(404);
    expect((await conflict(f.first, f.a, false)).status).toBe(404);
    expect(await status(f.first, `${base}/ranking`)).toBe(404);
    expect(await status(f.first, `${base}/ranking?stage=2`)).toBe(404);
    expect(await status(f.first, `${base}/ranking?stage=1`)).toBe(200);
    expect(await status(f.first, `${base}/agreement?stage=1`)).toBe(200);

    // The stage-2 juror: Beta was not advanced, so it is not theirs to read or declare on (404);
    // Alpha is, once they declare no conflict in stage 2.
    expect(await status(f.second, `/api/v1/solutions/${f.b}`)).toBe(404);
    expect((await conflict(f.second, f.b, false)).status).toBe(404);
    expect(await status(f.second, `/api/v1/solutions/${f.a}`)).toBe(403);
    await declare(f.second, f.a, false);
    const read = (await must(get(f.second, `/api/v1/solutions/${f.a}`))).body;
    // What a stage-2 juror reads: the solution as submitted to stage 2 (it no longer changes),
    // stage 1's fields and stage 2's budget and work plan.
    expect(read).toMatchObject({
      title: 'Alpha sepsis score',
      budget_amount_minor: 9_500_000,
      work_plan: 'Pilot on two wards for six months.',
    });
    const list = (await must(get(f.second, `${base}/solutions`))).body.data as { id: string }[];
    expect(list.map((s) => s.id)).toEqual([f.a]);
    // Not on stage 1's jury: its ranking, agreement and report are not theirs (404).
    expect(await status(f.second, `${base}/ranking?stage=1`)).toBe(404);
    expect(await status(f.second, `${base}/agreement?stage=1`)).toBe(404);
    expect(await status(f.second, `${base}/evaluation-report?stage=1`)).toBe(404);

    // On both juries: the conflict declared on Alpha in stage 1 does not carry into stage 2: they
    // declare again, and read it once they declare none.
    expect(await status(f.both, `/api/v1/solutions/${f.a}`)).toBe(403);
    await declare(f.both, f.a, false);
    expect(await status(f.both, `/api/v1/solutions/${f.a}`)).toBe(200);
    // An automatic recusal holds in every stage the juror sits on, and cannot be cleared.
    expect(await status(f.recused, `/api/v1/solutions/${f.a}`)).toBe(404);
    expect((await conflict(f.recused, f.a, false)).status).toBe(409);
    const recusals = await env.DB.prepare(
      'SELECT stage FROM conflict_declarations WHERE solution_id = ? AND evaluator_id = ? AND automatic = 1 ORDER BY stage',
    )
      .bind(f.a, f.recused.id)
      .all<{ stage: number }>();
    expect(recusals.results.map((r) => r.stage)).toEqual([1, 2]);

    // Stage 2's evaluation: each stage its own ranking, progress and report.
    await startEvaluation(f.owner, f.id);
    await evaluate(f.second, f.a, scoresOf([4, 5], STAGE_TWO));
    await evaluate(f.both, f.a, scoresOf([2, 3], STAGE_TWO));
    const rankTwo = (await must(get(f.second, `${base}/ranking`))).body;
    expect(rankTwo.criteria.map((c: { key: string }) => c.key)).toEqual(STAGE_TWO);
    expect(
      rankTwo.data.map((r: { solution_id: string; evaluations: number }) => [r.solution_id, r.evaluations]),
    ).toEqual([[f.a, 2]]);
    const rankOne = (await must(get(f.both, `${base}/ranking?stage=1`))).body;
    // Stage 1 as it was: both solutions; the juror on both sees none they declared a conflict on there.
    expect(ids(rankOne.data)).toEqual([f.b]);
    expect(ids((await must(get(f.owner, `${base}/ranking?stage=1`))).body.data)).toEqual([f.a, f.b]);

    // Agreement and report per stage, for the owner; a stage not reached is 404, bad input 400.
    const agreeOne = (await must(get(f.owner, `${base}/agreement?stage=1`))).body;
    const agreeTwo = (await must(get(f.owner, `${base}/agreement`))).body;
    expect(agreeOne.jurors).toBe(3);
    expect(agreeTwo.jurors).toBe(2);
    expect((await get(f.owner, `${base}/agreement?stage=3`)).status).toBe(404);
    expect((await get(f.owner, `${base}/agreement?stage=two`)).status).toBe(400);

    const reportOne = (await must(get(f.owner, `${base}/evaluation-report?stage=1`))).body;
    expect(reportOne.challenge.criteria.map((c: { key: string }) => c.key)).toEqual(STAGE_ONE);
    // Stage 1 as it was judged, with its own minimum of evaluations (2; stage 2 asks for 3).
    expect(reportOne.ranking).toEqual(f.stageOneReport.ranking);
    expect(reportOne.challenge.min_evaluations).toBe(2);
    expect(
      reportOne.conflicts
        .map((c: { evaluator_id: string; solution_id: string }) => `${c.evaluator_id}:${c.solution_id}`)
        .sort(),
    ).toEqual([`${f.both.id}:${f.a}`, `${f.recused.id}:${f.a}`].sort());
    const reportTwo = (await must(get(f.owner, `${base}/evaluation-report`))).body;
    expect(reportTwo.challenge.criteria.map((c: { key: string }) => c.key)).toEqual(STAGE_TWO);
    expect(reportTwo.challenge.min_evaluations).toBe(3);
    expect(reportTwo.conflicts.map((c: { evaluator_id: string }) => c.evaluator_id)).toEqual([f.recused.id]);
    const csv = await get(f.owner, `${base}/evaluation-report?stage=1&format=csv&table=conflicts`);
    expect(csv.status).toBe(200);
    // One line per conflict on Alpha in stage 1 (the juror on both, and the recused one).
    expect(
      String(csv.body)
        .split('\n')
        .filter((line) => line.includes('Alpha sepsis score')),
    ).toHaveLength(2);
    expect((await get(f.owner, `${base}/evaluation-report?stage=3`)).status).toBe(404);
    expect((await get(f.owner, `${base}/evaluation-report?stage=9`)).status).toBe(400);
  });

  it('keeps an advanced stage’s report open while the next stage is open, and the current stage’s closed until its evaluation', {
    timeout: 60_000,
  }, async () => {
    const f = await inStageTwo();
    const base = `/api/v1/challenges/${f.id}/evaluation-report`;
    expect(await status(f.owner, `${base}?stage=1`)).toBe(200);
    expect(await status(f.moderator, `${base}?stage=1`)).toBe(200);
    const now = await get(f.owner, base);
    expect(now.status).toBe(403);
    expect(now.body.detail).toMatch(/opens once the challenge is in evaluation/);
    // Jurors never read the report, whatever stage.
    expect(await status(f.first, `${base}?stage=1`)).toBe(403);
  });
});
