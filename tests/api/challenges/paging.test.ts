import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { inDays, openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { walk } from './fixtures';

// Cursor pages walk every item exactly once while items are inserted.

describe('pagination under concurrent inserts', () => {
  let world: World;
  const sharedDeadline = inDays(20);

  beforeAll(async () => {
    world = await createWorld();
  });

  const openOne = (slug: string, days: number | string, title = 'Paged challenge for the cursor walk') =>
    openChallenge(world.users.clinician, world.users.moderator, slug, {
      title,
      deadline: typeof days === 'string' ? days : inDays(days),
    });

  /** A cluster of 11 open challenges, 4 of them sharing one deadline (ties broken by id). */
  async function seed(slug: string) {
    const before: string[] = [];
    for (const days of [3, 40, sharedDeadline, 9, sharedDeadline, 15, sharedDeadline, 30, 2, sharedDeadline, 50]) {
      before.push(await openOne(slug, days));
    }
    return before;
  }

  const DEADLINES_DURING_WALK: (number | string)[] = [1, sharedDeadline, 60, 10, sharedDeadline, 4, 45, 25];

  for (const sort of ['newest', 'deadline'] as const) {
    it(`sort=${sort}, limit=3: sees every earlier challenge exactly once, and no id twice`, async () => {
      // each walk gets its own cluster so the other walk's inserts do not count as "earlier"
      const admin = world.users.admin;
      const cluster = await must(
        api('/api/v1/clusters', {
          token: admin.token,
          body: {
            slug: `paging-${sort}-${crypto.randomUUID().slice(0, 6)}`,
            name: `Paging ${sort}`,
            region: 'Test region',
            country: 'DE',
            description: 'For the cursor walk.',
          },
        }),
        201,
      );
      await must(
        api(`/api/v1/clusters/${cluster.body.slug}/moderators/${world.users.moderator.id}`, {
          method: 'PUT',
          token: admin.token,
        }),
      );
      const slug: string = cluster.body.slug;
      const before = await seed(slug);
      const inserted: string[] = [];
      let next = 0;
      const seen = await walk({ cluster: slug, sort, limit: 3 }, undefined, async () => {
        const days = DEADLINES_DURING_WALK[next++ % DEADLINES_DURING_WALK.length]!;
        inserted.push(await openOne(slug, days, 'Inserted while a client was paging'));
      });
      expect(new Set(seen).size, 'no id is repeated').toBe(seen.length);
      for (const id of before)
        expect(
          seen.filter((s) => s === id),
          id,
        ).toHaveLength(1);
      expect(inserted.length).toBeGreaterThan(2);
      for (const id of seen) expect([...before, ...inserted]).toContain(id);
      // the walk's order is the sort's order
      const rows = await env.DB.prepare(
        `SELECT id, deadline FROM challenges WHERE id IN (${seen.map(() => '?').join(',')})`,
      )
        .bind(...seen)
        .all<{ id: string; deadline: string }>();
      const deadlineOf = new Map(rows.results.map((r) => [r.id, r.deadline]));
      const expectedOrder =
        sort === 'newest'
          ? [...seen].sort((a, b) => (a < b ? 1 : -1))
          : [...seen].sort((a, b) => {
              const da = deadlineOf.get(a)!;
              const db = deadlineOf.get(b)!;
              return da === db ? (a < b ? -1 : 1) : da < db ? -1 : 1;
            });
      expect(seen).toEqual(expectedOrder);
    });
  }
});
