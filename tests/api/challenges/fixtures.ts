import { env } from 'cloudflare:test';
import { uuidv7 } from 'uuidv7';
import { expect } from 'vitest';
import type { Role, TestUser } from '../../helpers/actors';
import { transition } from '../../helpers/challenges';
import { type ApiResponse, api, d1Stats, must } from '../../helpers/http';

/**
 * Reading challenges over HTTP, shared by the reading-*, search*, and paging tests: who sees what
 * (detail and list agree), filters, full-text search, sorting, cursor pages under concurrent
 * inserts, ETags and caching, the D1 query budget of every read path, and the shape of the detail view.
 */

export type Query = Record<string, string | number | undefined>;

export const queryString = (query: Query) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
};

export const list = (query: Query, token?: string, headers?: Record<string, string>) =>
  api(`/api/v1/challenges${queryString(query)}`, { token, headers });

export const idsOf = (res: ApiResponse): string[] => {
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return (res.body.data as { id: string }[]).map((c) => c.id);
};

export const listIds = async (query: Query, token?: string) => idsOf(await list(query, token));

/** Follows `next_cursor` to the end; `between` runs after every page that has a next one. */
export async function walk(query: Query, token?: string, between?: () => Promise<void>): Promise<string[]> {
  const seen: string[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 200; page++) {
    const res = await list({ ...query, cursor }, token);
    seen.push(...idsOf(res));
    cursor = res.body.next_cursor ?? undefined;
    if (!cursor) return seen;
    await between?.();
  }
  throw new Error('the cursor walk never ended');
}

export const d1Calls = (res: ApiResponse) => d1Stats(res).calls;

export const step = (user: TestUser, id: string, action: string, note?: string) =>
  must(transition(user, id, action, note));
export const endorse = (user: TestUser, id: string) =>
  must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'PUT', token: user.token }));

/** Text fields that none of the search tests look for, so only the overridden field can match. */
export const neutral = {
  summary: 'Clinicians on the ward describe a recurring gap in everyday practice.',
  problem_statement: 'The current workflow relies on manual steps and paper forms that slow the team down.',
  indication: 'Various conditions',
  tags: ['medtech'],
};

/** Roles that see every challenge of the world's cluster: its owner, its moderator, admins. */
export const INSIDERS: Role[] = ['clinician', 'moderator', 'admin'];

/** `count` copies of challenge `id` with fresh ids, in one statement (the FTS triggers index each). */
export async function copies(id: string, count: number) {
  const ids = JSON.stringify(Array.from({ length: count }, () => uuidv7()));
  await env.DB.prepare(
    `INSERT INTO challenges (id, cluster_id, owner_id, status, title, summary, problem_statement, indication,
       care_pathway_step, patient_population, standard_of_care, target_outcome, outcome_kpi, trl_min, trl_max,
       reward_kind, deadline, visibility, published_at)
     SELECT j.value, c.cluster_id, c.owner_id, c.status, c.title, c.summary, c.problem_statement, c.indication,
       c.care_pathway_step, c.patient_population, c.standard_of_care, c.target_outcome, c.outcome_kpi, c.trl_min,
       c.trl_max, c.reward_kind, c.deadline, c.visibility, c.published_at
     FROM json_each(?) j JOIN challenges c ON c.id = ?`,
  )
    .bind(ids, id)
    .run();
}
