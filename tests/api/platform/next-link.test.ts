import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, BASE, must } from '../../helpers/http';

/**
 * Issue 18: a cursor page says where the next one is, `Link: <absolute URL>; rel="next"` (RFC 8288),
 * with the request's own filters and `cursor` set to `next_cursor`; the last page sends none.
 */

let world: World;
const titles = ['Sepsis alerts from vital signs', 'Delirium risk after surgery', 'Gait analysis after stroke'];

beforeAll(async () => {
  world = await createWorld();
  for (const title of titles) {
    await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, { title });
  }
});

/** The URL of `<…>; rel="next"`, or null. */
const nextOf = (link: string | null) => (link ? (/^<([^>]+)>; rel="next"$/.exec(link)?.[1] ?? 'malformed') : null);

describe('Link: rel="next" on cursor pages', () => {
  it('walks the challenges of a cluster by following Link alone', async () => {
    const seen: string[] = [];
    let path: string | null = `/api/v1/challenges?cluster=${world.cluster.slug}&sort=newest&limit=2`;
    const links: (string | null)[] = [];
    while (path) {
      const page = await must(api(path));
      seen.push(...page.body.data.map((c: { title: string }) => c.title));
      const next = nextOf(page.headers.get('link'));
      links.push(next);
      expect(next === null).toBe(page.body.next_cursor === null);
      if (next) {
        const url = new URL(next);
        expect(url.origin).toBe(BASE);
        expect(Object.fromEntries(url.searchParams)).toEqual({
          cluster: world.cluster.slug,
          sort: 'newest',
          limit: '2',
          cursor: page.body.next_cursor,
        });
      }
      path = next ? next.slice(BASE.length) : null;
    }
    expect(links.length).toBe(2);
    expect(seen.sort()).toEqual([...titles].sort());
  });

  it('on the clusters: present while there are more, absent on the last page', async () => {
    const first = await must(api('/api/v1/clusters?limit=1'));
    expect(first.body.data).toHaveLength(1);
    const next = nextOf(first.headers.get('link'));
    expect(next).toBe(`${BASE}/api/v1/clusters?limit=1&cursor=${first.body.next_cursor}`);
    const second = await must(api((next as string).slice(BASE.length)));
    expect(second.body.data[0].slug).not.toBe(first.body.data[0].slug);
    const all = await must(api('/api/v1/clusters?limit=100'));
    expect(all.body.next_cursor).toBeNull();
    expect(all.headers.get('link')).toBeNull();
  });

  it('is sent on a 304 as well, and with a signed-in reader', async () => {
    const path = `/api/v1/challenges?cluster=${world.cluster.slug}&limit=1`;
    const page = await must(api(path, { token: world.users.moderator.token }));
    expect(nextOf(page.headers.get('link'))).toContain('cursor=');
    const etag = page.headers.get('etag') as string;
    const again = await api(path, { token: world.users.moderator.token, headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    expect(again.headers.get('link')).toBe(page.headers.get('link'));
  });

  it('can be read by scripts on other origins (CORS)', async () => {
    const res = await api('/api/v1/clusters?limit=1', { headers: { origin: 'https://tool.example' } });
    const exposed = res.headers.get('access-control-expose-headers')?.toLowerCase().split(/,\s*/);
    expect(exposed).toEqual(expect.arrayContaining(['link', 'etag', 'ratelimit', 'ratelimit-policy', 'retry-after']));
  });
});
