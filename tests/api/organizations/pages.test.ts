import { beforeAll, describe, expect, it } from 'vitest';
import { marker, profile } from '../../helpers/directory';
import { type ApiResponse, api } from '../../helpers/http';

/**
 * Cursor pages of the partner directory walked to the end: every organization once, none missing,
 * in the stable order (name then id without words, relevance then id with them), including
 * organizations of the same name in different countries (a tie broken by id).
 */
const m = marker();
const created: { id: string; name: string }[] = [];

beforeAll(async () => {
  const countries = ['DE', 'IT', 'RO'];
  const made = await Promise.all(
    Array.from({ length: 23 }, (_, i) =>
      profile({
        // Names 0–2 the same (in three countries), the rest distinct and out of insertion order.
        name: i < 3 ? `Twin ${m}` : `Org ${String((i * 7) % 23).padStart(2, '0')} ${m}`,
        country: countries[i % 3],
        // The word once, twice or three times: relevance varies and ties.
        description: `${Array.from({ length: 1 + (i % 3) }, () => m).join(' ')} and other words`,
        capability: [m],
        listed: true,
      }),
    ),
  );
  created.push(...made);
  // An unlisted one with the same word and capability: never on any page.
  await profile({ name: `Org 99 ${m}`, description: m, capability: [m], listed: false });
});

async function walk(query: string, limit: number) {
  const seen: { id: string; name: string }[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const res: ApiResponse = await api(
      `/api/v1/organizations?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.data.length).toBeLessThanOrEqual(limit);
    seen.push(...res.body.data);
    cursor = res.body.next_cursor;
    pages++;
  } while (cursor && pages < 50);
  return { seen, pages };
}

const byNameThenId = (a: { id: string; name: string }, b: { id: string; name: string }) =>
  a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

describe('partner search: cursor pages', () => {
  it('by name: every listed organization once, in name then id order', async () => {
    for (const limit of [1, 5, 23]) {
      const { seen, pages } = await walk(`capability=${m}`, limit);
      expect(seen.map((o) => o.id)).toEqual([...created].sort(byNameThenId).map((o) => o.id));
      expect(pages).toBe(Math.ceil(23 / limit));
    }
  });

  it('by relevance: every match once, the same set and order as one long page', async () => {
    const whole = await api(`/api/v1/organizations?q=${m}&limit=100`);
    const order = (whole.body.data as { id: string }[]).map((o) => o.id);
    expect([...order].sort()).toEqual(created.map((o) => o.id).sort());
    for (const limit of [2, 7]) {
      const { seen } = await walk(`q=${m}`, limit);
      expect(seen.map((o) => o.id)).toEqual(order);
    }
  });

  it('with a facet too, the pages still add up', async () => {
    const { seen } = await walk(`capability=${m}&country=IT`, 2);
    expect(seen.map((o) => o.id)).toEqual(
      [...created]
        .filter((_, i) => i % 3 === 1)
        .sort(byNameThenId)
        .map((o) => o.id),
    );
  });
});
