import { everyone, signedIn } from '../../helpers/actors';
import { freshDraft, freshOpen, sharedDraft, sharedEvaluation, sharedOpen } from '../../helpers/fixtures';
import { twoStages } from '../../helpers/stages';
import type { MatrixCase } from './types';

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
