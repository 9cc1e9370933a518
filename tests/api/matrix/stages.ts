import { everyone, registerUser, signedIn, type World } from '../../helpers/actors';
import { createDraft, transition } from '../../helpers/challenges';
import { freshDraft, freshOpen, sharedDraft, sharedEvaluation, sharedOpen } from '../../helpers/fixtures';
import { api } from '../../helpers/http';
import { twoStages } from '../../helpers/stages';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

/** The owner and the cluster's moderators (and admins) manage the jury; other signed-in users may not. */
const juryManagers = (status: number) => ({ ...signedIn(403), clinician: status, moderator: status, admin: status });

/** A two-stage challenge open in stage 1, owned by the world's clinician. */
async function freshTwoStageOpen(world: World) {
  const { clinician, moderator } = world.users;
  const draft = await createDraft(clinician, world.cluster.slug);
  await api(`/api/v1/challenges/${draft.id}/stages`, {
    method: 'PUT',
    token: clinician.token,
    body: twoStages(draft.version),
  });
  await transition(clinician, draft.id, 'submit');
  await transition(moderator, draft.id, 'approve');
  return draft.id;
}

/** Issue 15: a challenge's stages, and the jury's reads of one stage (`?stage=`). */
export const stageCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/challenges/{id}/stages',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/stages` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}/stages',
    variant: 'a draft',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedDraft(world)}/stages` }),
    expect: { ...everyone(404), clinician: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'PUT /api/v1/challenges/{id}/stages',
    variant: 'a draft: its owner sets them',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshDraft(world)}/stages`,
      method: 'PUT',
      body: twoStages(1),
    }),
    // Moderators and admins see drafts, but stages are fixed for everyone once approved: 409.
    expect: { ...everyone(404), clinician: 200, moderator: 409, admin: 409 },
  },
  {
    route: 'PUT /api/v1/challenges/{id}/stages',
    variant: 'open: fixed',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshOpen(world)}/stages`,
      method: 'PUT',
      body: twoStages(3),
    }),
    expect: { ...signedIn(403), clinician: 409, moderator: 409, admin: 409 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/ranking',
    variant: '?stage=1',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/ranking?stage=1`,
    }),
    expect: { ...signedIn(404), clinician: 200, evaluator: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluators',
    variant: '?stage=1',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluators?stage=1`,
    }),
    expect: { ...signedIn(403), clinician: 200, moderator: 200, admin: 200 },
  },
  // Per-stage juries (issue 15): every jury read takes ?stage=, a seat may be offered on a later stage.
  {
    route: 'GET /api/v1/challenges/{id}/evaluators',
    variant: '?stage=2, a later stage seated ahead',
    request: async (world) => ({ path: `/api/v1/challenges/${await freshTwoStageOpen(world)}/evaluators?stage=2` }),
    expect: juryManagers(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluators/{userId}',
    variant: '?stage=1',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluators/${world.users.evaluator.id}?stage=1`,
    }),
    expect: juryManagers(200),
  },
  {
    route: 'PUT /api/v1/challenges/{id}/evaluators/{userId}',
    variant: '?stage=2, a later stage',
    request: async (world) => {
      const juror = await registerUser('clinician');
      return {
        path: `/api/v1/challenges/${await freshTwoStageOpen(world)}/evaluators/${juror.id}?stage=2`,
        method: 'PUT',
      };
    },
    expect: { ...signedIn(403), moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/invitations',
    variant: 'to the jury of a later stage',
    request: async (world) => ({
      path: `/api/v1/challenges/${await freshTwoStageOpen(world)}/invitations`,
      method: 'POST',
      body: { email: `juror-${unique()}@test.example`, stage: 2 },
    }),
    expect: juryManagers(202),
  },
  {
    route: 'GET /api/v1/challenges/{id}/invitations',
    variant: '?stage=1',
    request: async (world) => ({ path: `/api/v1/challenges/${await sharedOpen(world)}/invitations?stage=1` }),
    expect: juryManagers(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}/agreement',
    variant: '?stage=1',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/agreement?stage=1`,
    }),
    expect: { ...signedIn(404), clinician: 200, evaluator: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluation-report',
    variant: '?stage=1',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluation-report?stage=1`,
    }),
    expect: { ...signedIn(404), clinician: 200, evaluator: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/stages/{stage}/advance',
    variant: 'a one-stage challenge in evaluation: its stage is the last',
    request: async (world) => {
      const { challenge, solution } = await sharedEvaluation(world);
      return {
        path: `/api/v1/challenges/${challenge}/stages/1/advance`,
        method: 'POST',
        body: { solution_ids: [solution] },
      };
    },
    // Those who may advance learn it is decided instead (409); the jury and the rest may not (403).
    expect: { ...signedIn(403), clinician: 409, moderator: 409, admin: 409 },
  },
];
