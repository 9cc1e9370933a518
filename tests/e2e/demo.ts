import type { APIRequestContext } from 'playwright-core';
import { expect, inject } from 'vitest';

/**
 * Finding and making things in the demo world from a browser context's request (its session
 * cookie counts): ids differ per seed, so the page tests look them up through our own API.
 */

/** Reads our own API as the context's person. */
export async function api(request: APIRequestContext, path: string) {
  const res = await request.get(path);
  expect(res.status(), path).toBe(200);
  return res.json();
}

/** Writes through the API as the signed-in browser does (same-origin, so the cookie counts). */
export async function post(request: APIRequestContext, path: string, data: unknown) {
  const res = await request.post(path, { data, headers: { Origin: inject('baseURL') } });
  expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
  return res.json();
}

export async function challengeId(request: APIRequestContext, status: string, q: string): Promise<string> {
  const found = (await api(request, `/api/v1/challenges?status=${status}&q=${encodeURIComponent(q)}`)).data[0];
  expect(found, `a ${status} challenge matching "${q}"`).toBeDefined();
  return found.id;
}

export const solutionsOf = async (request: APIRequestContext, id: string) =>
  (await api(request, `/api/v1/challenges/${id}/solutions`)).data as {
    id: string;
    mine: boolean;
    my_conflict: boolean | null;
  }[];

/** The demo challenge in evaluation: owned by the demo clinician, judged by the demo evaluator. */
export const inEvaluation = (r: APIRequestContext) => challengeId(r, 'evaluation', 'ctDNA');
/** The demo challenge in evaluation reviewed blind (the demo evaluator is on its jury). */
export const blindNodules = (r: APIRequestContext) => challengeId(r, 'evaluation', 'pulmonary nodules');
/** A solution of the blind demo challenge the demo evaluator may open (declared no conflict, or not yet). */
export const blindSolution = async (r: APIRequestContext) =>
  (await solutionsOf(r, await blindNodules(r))).find((s) => s.my_conflict !== true)?.id;
/** The open demo challenge solvers submit to. */
export const openPgx = (r: APIRequestContext) => challengeId(r, 'open', 'pharmacogenomic dosing');

/**
 * The purge form of an audit entry holding text (the demo's entries record states only): the admin
 * files a report on the open demo challenge and dismisses it with `note`, then opens that entry.
 */
export async function purgePath(r: APIRequestContext, note: string): Promise<string> {
  const id = await openPgx(r);
  const report = await post(r, '/api/v1/reports', {
    entity_type: 'challenge',
    entity_id: id,
    reason: 'Checking the audit trail for the page tests.',
  });
  await post(r, `/api/v1/reports/${report.id}/resolution`, { action: 'dismiss', note });
  const entries = (await api(r, `/api/v1/audit?entity_type=challenge&entity_id=${id}`)).data;
  return `/challenges/${id}/audit/${entries[0].id}/purge`;
}
