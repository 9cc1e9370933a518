import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import {
  assignJury,
  declare,
  evaluate,
  putEvaluation,
  ranking,
  scoresOf,
  startEvaluation,
} from '../../helpers/evaluation';
import { type ApiResponse, api, isProblem, must } from '../../helpers/http';
import {
  draftSolution,
  patchSolution,
  solutionBody,
  solutionRow,
  solutionsTitled,
  submitSolution,
  withdrawSolution,
} from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

describe('submitting solutions', () => {
  it('lets only solver accounts submit: clinicians 403, anonymous 401, nothing written', async () => {
    const { clinician, moderator, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const title = `Refused submission ${unique()}`;
    const body = { ...solutionBody({ title }), submit: true };
    for (const user of [clinician, evaluator, moderator]) {
      const res = await api(`/api/v1/challenges/${id}/solutions`, { token: user.token, body });
      expect(isProblem(res, 403, 'forbidden')).toBe(true);
    }
    expect(isProblem(await api(`/api/v1/challenges/${id}/solutions`, { body }), 401, 'unauthorized')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
  });

  it('accepts solutions only while the challenge is open: draft and in_review are invisible, evaluation 409', async () => {
    const { clinician, moderator, solver } = world.users;
    const title = `Too early or too late ${unique()}`;
    const body = { ...solutionBody({ title }), submit: true };
    const draft = await createDraft(clinician, world.cluster.slug);
    const inReview = await createDraft(clinician, world.cluster.slug);
    await must(transition(clinician, inReview.id, 'submit'));
    for (const id of [draft.id, inReview.id]) {
      const res = await api(`/api/v1/challenges/${id}/solutions`, { token: solver.token, body });
      expect(isProblem(res, 404, 'not_found')).toBe(true);
      expect(res.body.detail).toBe('There is no such challenge, or it is not visible to you.');
    }
    const inEvaluation = await openChallenge(clinician, moderator, world.cluster.slug);
    await startEvaluation(clinician, inEvaluation);
    const late = await api(`/api/v1/challenges/${inEvaluation}/solutions`, { token: solver.token, body });
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('evaluation');
    // A draft is refused the same way.
    const lateDraft = await api(`/api/v1/challenges/${inEvaluation}/solutions`, {
      token: solver.token,
      body: solutionBody({ title }),
    });
    expect(isProblem(lateDraft, 409, 'invalid_state')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
  });

  it('refuses a solution from a member of the challenge’s jury (409), but not on another challenge', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const elsewhere = await openChallenge(clinician, moderator, world.cluster.slug);
    const juror = await registerUser('solver');
    await assignJury(clinician, id, juror);
    const title = `Juror's own solution ${unique()}`;
    const res = await api(`/api/v1/challenges/${id}/solutions`, {
      token: juror.token,
      body: { ...solutionBody({ title }), submit: true },
    });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    expect(await solutionsTitled(title)).toBe(0);
    await submitSolution(juror, elsewhere, { title });
    expect(await solutionsTitled(title)).toBe(1);
  });

  it('keeps no one off the jury for a draft the owner cannot see, but a juror cannot submit it (409)', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const author = await registerUser('solver');
    const draft = await draftSolution(author, id, { title: `A draft the owner never sees ${unique()}` });
    await assignJury(clinician, id, author);
    const res = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: author.token });
    expect(isProblem(res, 409, 'invalid_state')).toBe(true);
    const row = await env.DB.prepare('SELECT status FROM solutions WHERE id = ?').bind(draft).first();
    expect(row).toEqual({ status: 'draft' });
    // A submitted solution still keeps its author off the jury.
    const submitter = await registerUser('solver');
    await submitSolution(submitter, id);
    const refused = await api(`/api/v1/challenges/${id}/evaluators/${submitter.id}`, {
      method: 'PUT',
      token: moderator.token,
    });
    expect(isProblem(refused, 409, 'duplicate')).toBe(true);
  });

  it('lets one solver submit several solutions; each is listed exactly once, across pages too', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const mine = [
      await submitSolution(solver, id, { title: `First of several ${unique()}` }),
      await submitSolution(solver, id, { title: `Second of several ${unique()}` }),
      await draftSolution(solver, id, { title: `Third of several ${unique()}` }),
    ];
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse = await api(
        `/api/v1/challenges/${id}/solutions?limit=1${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        { token: solver.token },
      );
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(1);
      seen.push(...res.body.data.map((s: { id: string; mine: boolean }) => s.id));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect([...seen].sort()).toEqual([...mine].sort());
    const byOwner = await api(`/api/v1/challenges/${id}/solutions`, { token: clinician.token });
    expect(byOwner.body.data.map((s: { id: string }) => s.id).sort()).toEqual(mine.slice(0, 2).sort());
    expect(byOwner.body.data.every((s: { mine: boolean }) => !s.mine)).toBe(true);
  });

  it('lets the submitter edit while open with the version (412 stale, 400 without, If-Match accepted)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const solution = await submitSolution(solver, id);
    const first = await patchSolution(solver, solution, { version: 1, title: 'Same-day NGS panel, revised' });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body).toMatchObject({ version: 2, title: 'Same-day NGS panel, revised', status: 'submitted' });

    const stale = await patchSolution(solver, solution, { version: 1, title: 'Edit based on the old version' });
    expect(isProblem(stale, 412, 'stale_version')).toBe(true);
    expect(stale.body.current_version).toBe(2);

    const missing = await patchSolution(solver, solution, { title: 'Edit that says no version' });
    expect(isProblem(missing, 400, 'validation_failed')).toBe(true);
    expect(missing.body.errors.map((e: { path: string }) => e.path)).toEqual(['version']);

    const read = await api(`/api/v1/solutions/${solution}`, { token: solver.token });
    const etag = read.headers.get('etag')!;
    expect(etag).toMatch(/^"v2-[0-9a-f]+"$/);
    const viaHeader = await patchSolution(solver, solution, { trl: 7 }, { 'if-match': etag });
    expect(viaHeader.status, JSON.stringify(viaHeader.body)).toBe(200);
    expect(viaHeader.body).toMatchObject({ version: 3, trl: 7 });
    const staleHeader = await patchSolution(solver, solution, { trl: 8 }, { 'if-match': etag });
    expect(isProblem(staleHeader, 412, 'stale_version')).toBe(true);
    expect(await solutionRow(solution)).toMatchObject({ version: 3, title: 'Same-day NGS panel, revised' });
  });

  it('changes only the fields an edit sends (links and the rest stay)', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const links = ['https://vendor.example/panel', 'https://vendor.example/white-paper'];
    const solution = await submitSolution(solver, id, { links, ip_status: 'open_source', summary_public: true });
    const res = await patchSolution(solver, solution, { version: 1, title: 'Only the title changes here' });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      title: 'Only the title changes here',
      links,
      ip_status: 'open_source',
      summary_public: true,
      trl: 6,
    });
    expect(JSON.parse((await solutionRow(solution))!.links)).toEqual(links);
  });

  it('refuses edits once the challenge has left open (409 naming the state), and edits of withdrawn ones', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const kept = await submitSolution(solver, id);
    const gone = await submitSolution(solver, id);
    await must(withdrawSolution(solver, gone));
    const onWithdrawn = await patchSolution(solver, gone, { version: 2, title: 'Edit after withdrawing' });
    expect(isProblem(onWithdrawn, 409, 'invalid_state')).toBe(true);
    expect(onWithdrawn.body.current_state).toBe('withdrawn');
    await startEvaluation(clinician, id);
    const late = await patchSolution(solver, kept, { version: 1, title: 'Edit during evaluation' });
    expect(isProblem(late, 409, 'invalid_state')).toBe(true);
    expect(late.body.current_state).toBe('evaluation');
    expect(await solutionRow(kept)).toMatchObject({ version: 1, title: solutionBody().title });
  });

  it('submits a draft through POST /solutions/{id}/submit, once', async () => {
    const { clinician, moderator, solver } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const draft = await draftSolution(solver, id);
    expect(isProblem(await api(`/api/v1/solutions/${draft}`, { token: clinician.token }), 404)).toBe(true);
    const res = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ status: 'submitted', version: 2, submitted_at: expect.any(String) });
    expect((await api(`/api/v1/solutions/${draft}`, { token: clinician.token })).status).toBe(200);
    const again = await api(`/api/v1/solutions/${draft}/submit`, { method: 'POST', token: solver.token });
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect(again.body.current_state).toBe('submitted');
  });

  it('withdraws a solution: status withdrawn, gone from the jury’s list, their view and the ranking', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const stays = await submitSolution(solver, id, { title: `Stays in the race ${unique()}` });
    const leaves = await submitSolution(solver, id, { title: `Leaves the race ${unique()}` });
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    await declare(evaluator, stays, false);
    await declare(evaluator, leaves, false);
    const listed = async () =>
      (await api(`/api/v1/challenges/${id}/solutions`, { token: evaluator.token })).body.data
        .map((s: { id: string }) => s.id)
        .sort();
    expect(await listed()).toEqual([stays, leaves].sort());

    const res = await withdrawSolution(solver, leaves);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.status).toBe('withdrawn');
    expect((await solutionRow(leaves))?.status).toBe('withdrawn');
    expect(await listed()).toEqual([stays]);
    expect(isProblem(await api(`/api/v1/solutions/${leaves}`, { token: evaluator.token }), 404)).toBe(true);
    expect(isProblem(await putEvaluation(evaluator, leaves, { scores: scoresOf([4]) }), 404)).toBe(true);
    const ranked = await ranking(clinician, id);
    expect(ranked.body.data.map((r: { solution_id: string }) => r.solution_id)).toEqual([stays]);
    // Scoring the one left is all the juror may do, so the ranking opens to them.
    await evaluate(evaluator, stays, scoresOf([4]));
    const theirs = await ranking(evaluator, id);
    expect(theirs.status).toBe(200);
    expect(theirs.body.data.map((r: { solution_id: string }) => r.solution_id)).toEqual([stays]);
    const again = await withdrawSolution(solver, leaves);
    expect(isProblem(again, 409, 'invalid_state')).toBe(true);
    expect(again.body.current_state).toBe('withdrawn');
  });

  it('lets nobody but the submitter edit, submit or withdraw: 403 if they can see it, 404 if not', async () => {
    const { clinician, moderator, solver, evaluator, admin, other_moderator: otherModerator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const submitted = await submitSolution(solver, id);
    const draft = await draftSolution(solver, id);
    const anotherSolver = await registerUser('solver');
    await assignJury(clinician, id, evaluator);
    await declare(evaluator, submitted, false);
    const expectations: [string, TestUser | undefined, string, number][] = [
      ['owner', clinician, submitted, 403],
      ['moderator', moderator, submitted, 403],
      ['admin', admin, submitted, 403],
      ['cleared juror', evaluator, submitted, 403],
      ['another solver', anotherSolver, submitted, 404],
      ['other moderator', otherModerator, submitted, 404],
      ['anonymous', undefined, submitted, 401],
      ['owner on a draft', clinician, draft, 404],
      ['moderator on a draft', moderator, draft, 404],
      ['another solver on a draft', anotherSolver, draft, 404],
    ];
    for (const [who, user, solution, status] of expectations) {
      const attempts = [
        await patchSolution(user, solution, { version: 1, title: `Edited by ${who}` }),
        await withdrawSolution(user, solution),
        await api(`/api/v1/solutions/${solution}/submit`, { method: 'POST', token: user?.token }),
      ];
      for (const res of attempts) expect(res.status, `${who}: ${JSON.stringify(res.body)}`).toBe(status);
    }
    expect(await solutionRow(submitted)).toMatchObject({ status: 'submitted', version: 1 });
    expect(await solutionRow(draft)).toMatchObject({ status: 'draft', version: 1 });
  });
});
