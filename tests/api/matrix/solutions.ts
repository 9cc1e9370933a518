import { registerUser, signedIn } from '../../helpers/actors';
import { assignJury, scoresOf, withOverrides } from '../../helpers/evaluation';
import { sharedEvaluation, sharedOpen } from '../../helpers/fixtures';
import { freshEvaluation, freshOpenWithSolution } from '../../helpers/solution-fixtures';
import { solutionBody } from '../../helpers/solutions';
import type { MatrixCase } from './types';

/** The owner and the cluster's moderators (and admins) manage the jury; other signed-in users may not. */
const juryManagers = (status: number) => ({ ...signedIn(403), clinician: status, moderator: status, admin: status });

export const solutionCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/challenges/{id}/solutions',
    request: async (world) => ({ path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/solutions` }),
    expect: signedIn(200),
  },
  {
    route: 'POST /api/v1/challenges/{id}/solutions',
    request: async (world) => ({
      path: `/api/v1/challenges/${await sharedOpen(world)}/solutions`,
      method: 'POST',
      body: solutionBody(),
    }),
    expect: { ...signedIn(403), solver: 201 },
  },
  {
    route: 'GET /api/v1/solutions/{id}',
    request: async (world) => ({ path: `/api/v1/solutions/${(await sharedEvaluation(world)).solution}` }),
    expect: { ...signedIn(200), other_moderator: 404 },
  },
  {
    route: 'PATCH /api/v1/solutions/{id}',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await freshOpenWithSolution(world)).solution}`,
      method: 'PATCH',
      body: { version: 1, trl: 7 },
    }),
    // The evaluator is not on this challenge's jury, so the solution is invisible to them.
    expect: { ...signedIn(403), solver: 200, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/submit',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await freshOpenWithSolution(world, false)).solution}/submit`,
      method: 'POST',
    }),
    // A draft is the solver's alone: invisible even to the challenge owner and moderators.
    expect: { ...signedIn(404), solver: 200 },
  },
  {
    route: 'POST /api/v1/solutions/{id}/withdraw',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await freshOpenWithSolution(world)).solution}/withdraw`,
      method: 'POST',
    }),
    expect: { ...signedIn(403), solver: 200, evaluator: 404, other_moderator: 404 },
  },
  {
    route: 'PUT /api/v1/solutions/{id}/conflict',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await sharedEvaluation(world)).solution}/conflict`,
      method: 'PUT',
      body: { conflict: false },
    }),
    expect: { ...signedIn(403), evaluator: 200, other_moderator: 404 },
  },
  {
    route: 'PUT /api/v1/solutions/{id}/evaluation',
    request: async (world) => ({
      path: `/api/v1/solutions/${(await sharedEvaluation(world)).solution}/evaluation`,
      method: 'PUT',
      body: { scores: scoresOf([4]) },
    }),
    expect: { ...signedIn(403), evaluator: 200, other_moderator: 404 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluators',
    request: async (world) => ({ path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluators` }),
    expect: juryManagers(200),
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluators/{userId}',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluators/${world.users.evaluator.id}`,
    }),
    expect: juryManagers(200),
  },
  {
    route: 'PUT /api/v1/challenges/{id}/evaluators/{userId}',
    request: async (world) => {
      const juror = await registerUser('clinician');
      return { path: `/api/v1/challenges/${await sharedOpen(world)}/evaluators/${juror.id}`, method: 'PUT' };
    },
    // Seating by id is for moderators; the owner invites by email.
    expect: { ...signedIn(403), moderator: 200, admin: 200 },
  },
  {
    route: 'DELETE /api/v1/challenges/{id}/evaluators/{userId}',
    request: async (world) => {
      const juror = await registerUser('clinician');
      const challenge = await sharedOpen(world);
      await assignJury(world.users.clinician, challenge, juror);
      return { path: `/api/v1/challenges/${challenge}/evaluators/${juror.id}`, method: 'DELETE' };
    },
    expect: juryManagers(204),
  },
  {
    route: 'GET /api/v1/challenges/{id}/ranking',
    request: async (world) => ({ path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/ranking` }),
    // Jury members see it once they scored everything; everyone else waits for the public results.
    expect: { ...signedIn(404), clinician: 200, evaluator: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/agreement',
    request: async (world) => ({ path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/agreement` }),
    // Whoever sees the full ranking, with the ranking's refusals for everyone else.
    expect: { ...signedIn(404), clinician: 200, evaluator: 200, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluation-report',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluation-report`,
    }),
    // Those who manage the jury; a juror who finished sees the ranking but not the report.
    expect: { ...signedIn(404), clinician: 200, evaluator: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'GET /api/v1/challenges/{id}/evaluation-report',
    variant: 'CSV',
    request: async (world) => ({
      path: `/api/v1/challenges/${(await sharedEvaluation(world)).challenge}/evaluation-report?format=csv&table=comments`,
    }),
    expect: { ...signedIn(404), clinician: 200, evaluator: 403, moderator: 200, admin: 200 },
  },
  {
    route: 'POST /api/v1/challenges/{id}/decision',
    request: async (world) => {
      const { challenge, solution } = await freshEvaluation(world);
      const body = withOverrides({ winners: [solution] });
      return { path: `/api/v1/challenges/${challenge}/decision`, method: 'POST', body };
    },
    expect: juryManagers(200),
  },
];
