import { registerUser, type TestUser } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { assignJury, declare, evaluate, invitationToken, scoresOf, startEvaluation } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { twoStages } from '../../helpers/stages';
import { unique } from '../../helpers/unique';
import { freshCast, jurors } from '../evaluation/fixtures';

/** Stage 1's criteria in `twoStages`. */
export const STAGE_ONE = ['clinical_fit', 'feasibility'];

/** A solver of a German start-up, reading in `language`. */
export const solver = (language: string) =>
  registerUser('solver', {
    language,
    organization: { name: `Staged ${unique()}`, kind: 'startup', country: 'DE' },
  });

/** A two-stage challenge in stage 1's evaluation: two solutions, each scored by one juror. */
export async function stageOneEvaluated() {
  const { owner, moderator, cluster } = await freshCast();
  const draft = await createDraft(owner, cluster.slug);
  const body = twoStages(draft.version);
  await must(api(`/api/v1/challenges/${draft.id}/stages`, { method: 'PUT', token: owner.token, body }));
  await must(transition(owner, draft.id, 'submit'));
  await must(transition(moderator, draft.id, 'approve'));
  const [alpha, beta] = await Promise.all([solver('en'), solver('de')]);
  const a = await submitSolution(alpha, draft.id, { title: 'Alpha sepsis score' });
  const b = await submitSolution(beta, draft.id, { title: 'Beta sepsis score' });
  const [juror] = await jurors(1);
  if (!juror) throw new Error('no juror');
  await assignJury(owner, draft.id, juror);
  await startEvaluation(owner, draft.id);
  await declare(juror, a, false);
  await declare(juror, b, false);
  await evaluate(juror, a, scoresOf([5, 4], STAGE_ONE), 'Strong clinical fit.');
  await evaluate(juror, b, scoresOf([2, 3], STAGE_ONE), 'The data plan is thin.');
  return { id: draft.id, owner, moderator, alpha, beta, a, b, juror, stages: body.stages };
}

/** Stage 2's criteria in `twoStages`. */
export const STAGE_TWO = ['s2_feasibility', 's2_value'];

export const invite = (manager: TestUser, id: string, juror: TestUser, stage?: number) =>
  api(`/api/v1/challenges/${id}/invitations`, {
    token: manager.token,
    body: { email: juror.email, ...(stage === undefined ? {} : { stage }) },
  });

/** Invites `juror` to the jury of `stage` (default: the current one) and accepts, as people do. */
export async function seat(manager: TestUser, id: string, juror: TestUser, stage?: number) {
  await must(invite(manager, id, juror, stage), 202);
  const token = await invitationToken(id, juror.email);
  await must(api('/api/v1/invitations/accept', { token: juror.token, body: { token } }));
}

export const get = (user: TestUser, path: string) => api(path, { token: user.token });
export const status = async (user: TestUser, path: string) => (await get(user, path)).status;
export const conflict = (user: TestUser, solution: string, declared: boolean) =>
  api(`/api/v1/solutions/${solution}/conflict`, { method: 'PUT', token: user.token, body: { conflict: declared } });

/**
 * A two-stage challenge with three jurors: `first` sits on stage 1 only, `second` on stage 2 only
 * (invited to it while stage 1 runs), `both` on both; `recused` on both is from the organization of
 * Alpha's team. Stage 1 is evaluated (`both` declared a conflict on Alpha there) and Alpha advanced;
 * Alpha submitted stage 2's fields. The challenge is open in stage 2.
 */
export async function inStageTwo() {
  const { owner, moderator, cluster } = await freshCast();
  const draft = await createDraft(owner, cluster.slug);
  await must(
    api(`/api/v1/challenges/${draft.id}/stages`, { method: 'PUT', token: owner.token, body: twoStages(draft.version) }),
  );
  await must(transition(owner, draft.id, 'submit'));
  await must(transition(moderator, draft.id, 'approve'));
  const alphaOrg = `Alpha Labs ${unique()}`;
  const [alpha, beta, first, second, both, recused] = await Promise.all([
    registerUser('solver', { organization: { name: alphaOrg, kind: 'startup', country: 'DE' } }),
    registerUser('solver', { organization: { name: `Beta ${unique()}`, kind: 'startup', country: 'AT' } }),
    registerUser('clinician'),
    registerUser('clinician'),
    registerUser('clinician'),
    registerUser('clinician', { organization: { name: alphaOrg, kind: 'hospital', country: 'DE' } }),
  ]);
  const a = await submitSolution(alpha, draft.id, { title: 'Alpha sepsis score' });
  const b = await submitSolution(beta, draft.id, { title: 'Beta sepsis score' });
  const id = draft.id;

  // Stage 1's jury, and stage 2's seated ahead while stage 1 runs.
  await seat(owner, id, first);
  await seat(owner, id, both);
  await seat(moderator, id, recused);
  const ahead = { second: await get(second, `/api/v1/solutions/${b}`) };
  await seat(owner, id, second, 2);
  await seat(owner, id, both, 2);
  await seat(moderator, id, recused, 2);

  // What `second` reads in stage 1, where they do not sit: nothing.
  const stageOneReads = {
    solution: await status(second, `/api/v1/solutions/${a}`),
    declare: (await conflict(second, a, false)).status,
    ranking: await status(second, `/api/v1/challenges/${id}/ranking`),
    before: ahead.second.status,
  };

  await startEvaluation(owner, id);
  await declare(first, a, false);
  await declare(first, b, false);
  await declare(both, a, true);
  await declare(both, b, false);
  await declare(recused, b, false);
  await evaluate(first, a, scoresOf([5, 4], STAGE_ONE));
  await evaluate(first, b, scoresOf([2, 3], STAGE_ONE));
  await evaluate(both, b, scoresOf([3, 3], STAGE_ONE));
  await evaluate(recused, b, scoresOf([4, 4], STAGE_ONE));
  const stageOneReport = (await must(get(owner, `/api/v1/challenges/${id}/evaluation-report`))).body;

  await must(api(`/api/v1/challenges/${id}/stages/1/advance`, { token: owner.token, body: { solution_ids: [a] } }));
  const { version } = (await must(get(alpha, `/api/v1/solutions/${a}`))).body;
  await must(
    api(`/api/v1/solutions/${a}`, {
      method: 'PATCH',
      token: alpha.token,
      body: {
        version,
        budget_amount_minor: 9_500_000,
        budget_currency: 'EUR',
        work_plan: 'Pilot on two wards for six months.',
      },
    }),
  );
  await must(api(`/api/v1/solutions/${a}/submit`, { method: 'POST', token: alpha.token }));
  return {
    id,
    cluster,
    owner,
    moderator,
    alpha,
    beta,
    a,
    b,
    first,
    second,
    both,
    recused,
    stageOneReads,
    stageOneReport,
  };
}
