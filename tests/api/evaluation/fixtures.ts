import { env } from 'cloudflare:test';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import type { ApiResponse } from '../../helpers/http';
import { unique } from '../../helpers/unique';

/** A fresh cluster with its moderator and a clinician who owns the challenges of one test. */
export async function freshCast() {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const [moderator, owner] = await Promise.all([createModerator(admin, cluster.slug), registerUser('clinician')]);
  return { admin, cluster, moderator, owner };
}

/** A solver with an organization of their own, so the ranking can show it. */
export const solverOf = (name: string) =>
  registerUser('solver', { organization: { name: `${name} ${unique()}`, kind: 'startup', country: 'DE' } });

export const jurors = (n: number) => Promise.all(Array.from({ length: n }, () => registerUser('clinician')));

/** Read back (only) what the evaluations table holds for one jury member on one solution. */
export async function evaluationRows(solutionId: string, evaluatorId: string) {
  const { results } = await env.DB.prepare(
    'SELECT scores, comment FROM evaluations WHERE solution_id = ? AND evaluator_id = ?',
  )
    .bind(solutionId, evaluatorId)
    .all<{ scores: string; comment: string | null }>();
  return results;
}

/** One row of the ranking. */
export interface Entry {
  rank: number;
  solution_id: string;
  title: string;
  organization: string | null;
  status: string;
  score: number | null;
  evaluations: number;
  criteria: Record<string, number>;
  submitted_at: string | null;
  summary: string | null;
}

export const scoresView = (res: ApiResponse) =>
  (res.body.data as Entry[]).map(({ rank, solution_id, score, evaluations, criteria }) => ({
    rank,
    solution_id,
    score,
    evaluations,
    criteria,
  }));
