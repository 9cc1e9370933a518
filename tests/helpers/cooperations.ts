import { env } from 'cloudflare:test';
import type { TestUser } from './actors';
import { openChallenge, transition } from './challenges';
import { decide } from './evaluation';
import { api, must } from './http';
import { submitSolution } from './solutions';

/**
 * A decided challenge of `owner` whose winners (one solution by each of `solvers`) each started a
 * cooperation, through the API: open, submit, close, decide (winners carry an override note).
 */
export async function decidedWithCooperations(
  owner: TestUser,
  moderator: TestUser,
  cluster: string,
  solvers: TestUser[],
  /** Runs while the challenge is still open (e.g. to add team members). */
  whileOpen?: (solutions: string[]) => Promise<unknown>,
) {
  const challenge = await openChallenge(owner, moderator, cluster);
  const solutions: string[] = [];
  for (const solver of solvers) solutions.push(await submitSolution(solver, challenge));
  await whileOpen?.(solutions);
  await must(transition(owner, challenge, 'start_evaluation'));
  await must(decide(owner, challenge, { winners: solutions, shortlist: [] }));
  const rows = await env.DB.prepare('SELECT id, solution_id FROM cooperations WHERE challenge_id = ?')
    .bind(challenge)
    .all<{ id: string; solution_id: string }>();
  const cooperations = solutions.map((s) => rows.results.find((r) => r.solution_id === s)?.id ?? '');
  return { challenge, solutions, cooperations };
}

/** One cooperation: the owner's challenge, the solver's winning solution. */
export async function freshCooperation(owner: TestUser, moderator: TestUser, cluster: string, solver: TestUser) {
  const { challenge, solutions, cooperations } = await decidedWithCooperations(owner, moderator, cluster, [solver]);
  return { challenge, solution: solutions[0] ?? '', cooperation: cooperations[0] ?? '' };
}

export const getCooperation = (user: TestUser | undefined, id: string) =>
  api(`/api/v1/cooperations/${id}`, { token: user?.token });

export const patchCooperation = (
  user: TestUser | undefined,
  id: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => api(`/api/v1/cooperations/${id}`, { method: 'PATCH', token: user?.token, body, headers });

export const addMilestone = (user: TestUser | undefined, id: string, body: Record<string, unknown>) =>
  api(`/api/v1/cooperations/${id}/milestones`, { token: user?.token, body });

export const patchMilestone = (
  user: TestUser | undefined,
  id: string,
  milestone: string,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
) => api(`/api/v1/cooperations/${id}/milestones/${milestone}`, { method: 'PATCH', token: user?.token, body, headers });

/** Both sides agree to publish, each at the version it reads. */
export async function publishBoth(clinic: TestUser, solver: TestUser, id: string) {
  const first = await must(getCooperation(clinic, id));
  await must(patchCooperation(clinic, id, { public_clinic: true, version: first.body.version }));
  const second = await must(getCooperation(solver, id));
  await must(patchCooperation(solver, id, { public_solver: true, version: second.body.version }));
}
