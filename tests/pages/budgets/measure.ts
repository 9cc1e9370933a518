import { expect } from 'vitest';
import type { TestUser } from '../../helpers/actors';
import { api, d1Stats } from '../../helpers/http';
import { page } from '../../helpers/pages';

/** D1 round trips and SQL statements of one request (the session lookup included). */
export interface Cost {
  calls: number;
  statements: number;
}

/** A GET to measure: a page (HTML, with the cookie) or its JSON twin (`api: true`, with the token). */
export interface Visit {
  name: string;
  path: string;
  as?: TestUser;
  api?: boolean;
}

/** Each visit's cost, in order; every visit must answer 200 (a refusal costs less and would hide growth). */
export async function measure(visits: Visit[]): Promise<Record<string, Cost>> {
  const costs: Record<string, Cost> = {};
  for (const visit of visits) {
    const res = visit.api
      ? await api(visit.path, { token: visit.as?.token, headers: { 'cache-control': 'no-cache' } })
      : await page(visit.path, visit.as?.cookie, {
          headers: {
            accept: 'text/html',
            'cache-control': 'no-cache',
            ...(visit.as ? { cookie: visit.as.cookie } : {}),
          },
        });
    expect(res.status, visit.name).toBe(200);
    costs[visit.name] = d1Stats(res);
  }
  return costs;
}

/** Each named read's cost, in order; every read must answer 200. For reads a `Visit` cannot say. */
export async function costsOf(
  reads: readonly (readonly [string, () => Promise<{ status: number; headers: Headers }>])[],
): Promise<Record<string, Cost>> {
  const costs: Record<string, Cost> = {};
  for (const [name, read] of reads) {
    const res = await read();
    expect(res.status, name).toBe(200);
    costs[name] = d1Stats(res);
  }
  return costs;
}

/**
 * The pin: every visit costs the same in the small and the large world (cost grows with the page,
 * not with what it lists), and exactly what `pins` says, so a new query fails here first.
 */
export function expectPinned(small: Record<string, Cost>, large: Record<string, Cost>, pins: Record<string, Cost>) {
  expect(Object.keys(small).sort()).toEqual(Object.keys(pins).sort());
  for (const [name, cost] of Object.entries(small)) {
    expect(large[name], `${name}: its cost grows with the volume`).toEqual(cost);
    expect(cost, `${name}: its pinned cost changed`).toEqual(pins[name]);
  }
}
