import type { TestUser } from './actors';
import { api, must } from './http';
import { unique } from './unique';

/** A complete terms template; override any field. */
export const templateBody = (overrides: Record<string, unknown> = {}) => ({
  key: `standard-${unique()}`,
  language: 'en',
  title: 'Standard participation terms',
  body_md: '## Confidentiality\n\nWhat you submit is read by the owner, the moderators and the jury only.',
  confidentiality: 'confidential',
  ip_option: 'solver_keeps',
  clinic_use: 'The clinic uses what it learns only to decide this challenge.',
  data_access: null,
  ...overrides,
});

export const postTemplate = (user: TestUser | undefined, cluster: string, body: Record<string, unknown>) =>
  api(`/api/v1/clusters/${cluster}/terms`, { token: user?.token, body });

/** A template in the cluster, written by one of its moderators; returns its key. */
export async function createTemplate(moderator: TestUser, cluster: string, overrides: Record<string, unknown> = {}) {
  const res = await must(postTemplate(moderator, cluster, templateBody(overrides)), 201);
  return res.body as { id: string; key: string; version: number };
}

export const putTerms = (user: TestUser | undefined, challengeId: string, body: Record<string, unknown>) =>
  api(`/api/v1/challenges/${challengeId}/terms`, { method: 'PUT', token: user?.token, body });

export const acceptTerms = (user: TestUser | undefined, solutionId: string, version: number) =>
  api(`/api/v1/solutions/${solutionId}/terms-acceptance`, { token: user?.token, body: { version } });

export const submitDraft = (user: TestUser | undefined, solutionId: string) =>
  api(`/api/v1/solutions/${solutionId}/submit`, { method: 'POST', token: user?.token });
