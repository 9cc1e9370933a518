import { env } from 'cloudflare:test';
import { expect } from 'vitest';
import type { TestUser } from './actors';
import { count } from './db';
import { api, must } from './http';

/** The detail of every 404 for a solution, whether it is missing or hidden from the caller. */
export const NOT_VISIBLE = 'There is no such solution, or it is not visible to you.';

/** A complete, valid solution; override any field. */
export function solutionBody(overrides: Record<string, unknown> = {}) {
  return {
    title: 'Point-of-care NGS panel with same-day reporting',
    summary: 'A cartridge-based NGS panel that reports EGFR, ALK, ROS1 and KRAS within 24 hours of biopsy.',
    approach: 'Amplicon panel on a benchtop sequencer, automated variant calling, FHIR report to the HIS.',
    trl: 6,
    team: 'Molecular biologists and two bioinformaticians',
    ip_status: 'patent_filed',
    links: ['https://vendor.example/panel'],
    summary_public: true,
    ...overrides,
  };
}

export async function submitSolution(solver: TestUser, challengeId: string, overrides: Record<string, unknown> = {}) {
  const res = await api(`/api/v1/challenges/${challengeId}/solutions`, {
    token: solver.token,
    body: { ...solutionBody(overrides), submit: true },
  });
  if (res.status !== 201) throw new Error(`submit solution failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id as string;
}

/** A solution saved as a draft (not submitted). */
export async function draftSolution(solver: TestUser, challengeId: string, overrides: Record<string, unknown> = {}) {
  const res = await api(`/api/v1/challenges/${challengeId}/solutions`, {
    token: solver.token,
    body: solutionBody(overrides),
  });
  if (res.status !== 201) throw new Error(`draft solution failed: ${res.status} ${JSON.stringify(res.body)}`);
  expect(res.body.status).toBe('draft');
  return res.body.id as string;
}

export const withdrawSolution = (user: TestUser | undefined, id: string) =>
  api(`/api/v1/solutions/${id}/withdraw`, { method: 'POST', token: user?.token });

export const patchSolution = (
  user: TestUser | undefined,
  id: string,
  body: Record<string, unknown>,
  headers?: Record<string, string>,
) => api(`/api/v1/solutions/${id}`, { method: 'PATCH', token: user?.token, body, headers });

/** Hides a solution the way moderators do: a report, resolved with `hide`. */
export async function hideSolution(reporter: TestUser, moderator: TestUser, solutionId: string) {
  const report = await must(
    api('/api/v1/reports', {
      token: reporter.token,
      body: { entity_type: 'solution', entity_id: solutionId, reason: 'It names a patient; please take it down.' },
    }),
    201,
  );
  await must(api(`/api/v1/reports/${report.body.id}/resolution`, { token: moderator.token, body: { action: 'hide' } }));
}

export const solutionsTitled = (title: string) => count('SELECT count(*) AS n FROM solutions WHERE title = ?', title);

export const solutionRow = (id: string) =>
  env.DB.prepare('SELECT status, version, title, links FROM solutions WHERE id = ?')
    .bind(id)
    .first<{ status: string; version: number; title: string; links: string }>();
