import { env } from 'cloudflare:test';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { assignJury, startEvaluation } from '../../helpers/evaluation';
import { submitSolution } from '../../helpers/solutions';
import { unique } from '../../helpers/unique';

/** A solver with an organization of their own, so the pages can name it. */
export const solverOf = (organization: string) =>
  registerUser('solver', {
    name: `Solver ${organization}`,
    organization: { name: organization, kind: 'startup', country: 'DE' },
  });

/**
 * An open challenge with `n` submitted solutions (each by its own solver and organization, with a
 * team and a confidential approach) and `jurors` jury members; in evaluation unless `open`.
 */
export async function judgingWorld({ n = 3, jurors = 1, open = false } = {}) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const [moderator, owner] = await Promise.all([createModerator(admin, cluster.slug), registerUser('clinician')]);
  const id = await openChallenge(owner, moderator, cluster.slug);
  const tag = unique();
  const solutions: { id: string; title: string; organization: string; team: string; approach: string }[] = [];
  for (let i = 0; i < n; i++) {
    const organization = `Org ${i + 1} ${tag}`;
    const solver = await solverOf(organization);
    const s = {
      title: `Solution ${i + 1} ${tag}`,
      organization,
      team: `Team lead ${i + 1} ${tag} and two engineers`,
      approach: `Confidential approach ${i + 1} ${tag}: nothing a jury member sees before declaring.`,
    };
    const { organization: _, ...body } = s;
    solutions.push({ id: await submitSolution(solver, id, body), ...s });
  }
  const jury: TestUser[] = [];
  for (let i = 0; i < jurors; i++) {
    const juror = await registerUser('clinician', { name: `Juror ${i + 1} ${tag}` });
    await assignJury(owner, id, juror);
    jury.push(juror);
  }
  if (!open) await startEvaluation(owner, id);
  return { admin, moderator, owner, id, solutions, jury, tag };
}

/** Gives the challenge's criteria descriptions of their own (the jury reads them while scoring). */
export const describeCriteria = (challengeId: string) =>
  env.DB.prepare(
    "UPDATE challenge_criteria SET description = 'Good: ' || label || ' shown with evidence.' WHERE challenge_id = ?",
  )
    .bind(challengeId)
    .run();

export const declarationsBy = (jurorId: string, challengeId: string) =>
  env.DB.prepare(
    `SELECT d.solution_id, d.conflict, d.note FROM conflict_declarations d JOIN solutions s ON s.id = d.solution_id
     WHERE d.evaluator_id = ? AND s.challenge_id = ? ORDER BY s.title`,
  )
    .bind(jurorId, challengeId)
    .all<{ solution_id: string; conflict: number; note: string | null }>()
    .then((r) => r.results);
