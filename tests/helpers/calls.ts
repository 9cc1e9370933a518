import type { TestUser } from './actors';
import { inDays } from './challenges';
import { api, must } from './http';

/** A complete, valid call; override any field. */
export function callBody(clusters: string[], overrides: Record<string, unknown> = {}) {
  return {
    title: 'Precision oncology call 2027',
    description: 'Two clusters look for diagnostics that shorten the way from biopsy to targeted therapy.',
    opens_at: inDays(-1),
    closes_at: inDays(60),
    clusters,
    rules: [
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
    ],
    benefits: [{ kind: 'money', amount_minor: 5_000_000, currency: 'EUR', details: 'Up to 50 000 EUR per winner' }],
    ...overrides,
  };
}

export const callTransition = (user: TestUser, id: string, action: string, note?: string) =>
  api(`/api/v1/calls/${id}/transitions`, { token: user.token, body: { action, ...(note ? { note } : {}) } });

export async function createCall(user: TestUser, clusters: string[], overrides: Record<string, unknown> = {}) {
  const res = await must(api('/api/v1/calls', { token: user.token, body: callBody(clusters, overrides) }), 201);
  return res.body as { id: string; version: number; status: string };
}

/** Draft → in review (by its creator) → published (by the reviewer), through the API. */
export async function publishedCall(
  creator: TestUser,
  reviewer: TestUser,
  clusters: string[],
  overrides: Record<string, unknown> = {},
) {
  const call = await createCall(creator, clusters, overrides);
  await must(callTransition(creator, call.id, 'submit'));
  await must(callTransition(reviewer, call.id, 'publish'));
  return call.id;
}
