import { env } from 'cloudflare:test';
import { createDb } from '../../worker/db/client';
import { findInvitation } from '../../worker/domain/invitations/invitations';
import { signLink } from '../../worker/domain/links';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from './actors';
import { openChallenge, transition } from './challenges';
import { count } from './db';
import { api, must } from './http';
import { submitSolution } from './solutions';

/** Open → evaluation, through the API (200 checked). */
export const startEvaluation = (user: TestUser, id: string) => must(transition(user, id, 'start_evaluation'));

/**
 * Seats `evaluator` on the jury the way people do it: `manager` (the owner or a moderator)
 * invites their address, and they accept with the link's token (signed here as the email would).
 */
export async function assignJury(manager: TestUser, challengeId: string, evaluator: TestUser) {
  const invited = await api(`/api/v1/challenges/${challengeId}/invitations`, {
    token: manager.token,
    body: { email: evaluator.email },
  });
  if (invited.status !== 202) throw new Error(`invite failed: ${invited.status} ${JSON.stringify(invited.body)}`);
  const token = await invitationToken(challengeId, evaluator.email);
  const accepted = await api('/api/v1/invitations/accept', { token: evaluator.token, body: { token } });
  if (accepted.status !== 200) throw new Error(`accept failed: ${accepted.status} ${JSON.stringify(accepted.body)}`);
}

/** The pending invitation to `email` for this seat, as the acceptance reads it (tests of late acceptances). */
export async function pendingInvitation(targetId: string, email: string) {
  const row = await env.DB.prepare(
    "SELECT id FROM invitations WHERE target_id = ? AND email = ? AND status = 'pending'",
  )
    .bind(targetId, email)
    .first<{ id: string }>();
  const invitation = row ? await findInvitation(createDb(env.DB), row.id) : undefined;
  if (!invitation) throw new Error(`no pending invitation for ${email}`);
  return invitation;
}

/** The token of the link in the newest invitation email to `email` for this seat. */
export async function invitationToken(targetId: string, email: string) {
  const row = await env.DB.prepare(
    "SELECT id, sent_count FROM invitations WHERE target_id = ? AND email = ? AND status = 'pending'",
  )
    .bind(targetId, email)
    .first<{ id: string; sent_count: number }>();
  if (!row) throw new Error(`no pending invitation for ${email}`);
  return signLink(env.LINK_SECRET ?? '', 'invitation', row.id, row.sent_count);
}

export async function declare(evaluator: TestUser, solutionId: string, conflict: boolean) {
  const res = await api(`/api/v1/solutions/${solutionId}/conflict`, {
    method: 'PUT',
    token: evaluator.token,
    body: { conflict },
  });
  if (res.status !== 200) throw new Error(`declare failed: ${res.status} ${JSON.stringify(res.body)}`);
}

export const DEFAULT_KEYS = [
  'clinical_impact',
  'feasibility',
  'innovation',
  'trl_fit',
  'regulatory_data_readiness',
  'business_case',
] as const;

export const scoresOf = (values: number[], keys: readonly string[] = DEFAULT_KEYS) =>
  Object.fromEntries(keys.map((key, i) => [key, values[i] ?? values[0] ?? 3])) as Record<string, number>;

export async function evaluate(
  evaluator: TestUser,
  solutionId: string,
  scores: Record<string, number>,
  comment?: string,
) {
  const res = await api(`/api/v1/solutions/${solutionId}/evaluation`, {
    method: 'PUT',
    token: evaluator.token,
    body: { scores, ...(comment ? { comment } : {}) },
  });
  if (res.status !== 200) throw new Error(`evaluate failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

/** The raw calls, for tests that check how they are answered. */
export const putConflict = (user: TestUser | undefined, id: string, body: unknown) =>
  api(`/api/v1/solutions/${id}/conflict`, { method: 'PUT', token: user?.token, body });
export const putEvaluation = (user: TestUser | undefined, id: string, body: unknown) =>
  api(`/api/v1/solutions/${id}/evaluation`, { method: 'PUT', token: user?.token, body });
export const jury = (
  user: TestUser | undefined,
  challengeId: string,
  userId: string,
  method: 'GET' | 'PUT' | 'DELETE',
) => api(`/api/v1/challenges/${challengeId}/evaluators/${userId}`, { method, token: user?.token });
export const ranking = (user: TestUser | undefined, challengeId: string) =>
  api(`/api/v1/challenges/${challengeId}/ranking`, { token: user?.token });
/**
 * POST the decision. Unless the body says otherwise, every winner carries an override note, so
 * tests about something else may name winners fewer jurors scored than the minimum (default 3).
 */
export const decide = (user: TestUser | undefined, id: string, body: Record<string, unknown>) =>
  api(`/api/v1/challenges/${id}/decision`, { token: user?.token, body: withOverrides(body) });

export const OVERRIDE_NOTE = 'Named in a test about something else than the minimum.';
export const withOverrides = (body: Record<string, unknown>) =>
  'overrides' in body || !Array.isArray(body.winners)
    ? body
    : {
        ...body,
        overrides: [...new Set(body.winners as unknown[])]
          .filter((w): w is string => typeof w === 'string' && w.length > 0 && w.length <= 64)
          .map((solution_id) => ({ solution_id, note: OVERRIDE_NOTE })),
      };

export const evaluationsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM evaluations WHERE solution_id = ?', solutionId);
export const declarationsOf = (solutionId: string) =>
  count('SELECT count(*) AS n FROM conflict_declarations WHERE solution_id = ?', solutionId);

/**
 * A challenge of its own cluster in evaluation with `n` submitted solutions (titled `title` 1…n),
 * one juror who declared no conflict and scored each (`score(i)`, by default 3 on every criterion):
 * the world the round-trip budgets of the working pages are measured in.
 */
export async function scoredChallenge(n: number, title: string, score: (i: number) => number = () => 3) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const [owner, solver, juror] = await Promise.all([
    registerUser('clinician'),
    registerUser('solver'),
    registerUser('clinician'),
  ]);
  const id = await openChallenge(owner, moderator, cluster.slug);
  const solutions: string[] = [];
  for (let i = 0; i < n; i++) solutions.push(await submitSolution(solver, id, { title: `${title} ${i + 1}` }));
  await assignJury(owner, id, juror);
  await transition(owner, id, 'start_evaluation');
  await Promise.all(solutions.map((s) => declare(juror, s, false)));
  await Promise.all(solutions.map((s, i) => evaluate(juror, s, scoresOf([score(i)]))));
  return { cluster, moderator, owner, solver, juror, id, solutions };
}
