import { expect } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';

export const report = (user: TestUser | undefined, body: unknown) =>
  api('/api/v1/reports', { token: user?.token, body });
export const resolve = (user: TestUser | undefined, reportId: string, body: unknown) =>
  api(`/api/v1/reports/${reportId}/resolution`, { token: user?.token, body });

/** A report filed through the API (201 checked). */
export async function reportOk(
  user: TestUser,
  entity_type: string,
  entity_id: string,
  reason = `Looks wrong ${unique()}`,
) {
  const res = await report(user, { entity_type, entity_id, reason });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; status: string };
}

export async function askOk(
  solver: TestUser,
  challengeId: string,
  body = `A question about the data on offer ${unique()}`,
) {
  const res = await api(`/api/v1/challenges/${challengeId}/questions`, { token: solver.token, body: { body } });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; body: string };
}
