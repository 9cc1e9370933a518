import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { api, must } from '../../helpers/http';
import { endorse, list } from './fixtures';

// ETags and caching.

describe('ETags and caching', () => {
  let world: World;
  let id: string;
  beforeAll(async () => {
    world = await createWorld();
    id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
  });

  const detail = (headers: Record<string, string> = {}, token?: string) =>
    api(`/api/v1/challenges/${id}`, { headers, token });
  const clusterList = (headers: Record<string, string> = {}, token?: string) =>
    list({ cluster: world.cluster.slug }, token, headers);

  for (const [what, read] of [
    ['detail', detail],
    ['list', clusterList],
  ] as const) {
    it(`anonymous ${what}: ETag, public (browsers revalidate, shared caches 60 s), and 304 with an empty body for If-None-Match`, async () => {
      const first = await read();
      expect(first.status).toBe(200);
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(what === 'detail' ? /^"v\d+-[0-9a-f]+"$/ : /^"[0-9a-f]+"$/);
      expect(first.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
      const again = await read();
      expect(again.headers.get('etag')).toBe(etag);

      for (const header of [etag, `W/${etag}`, `"something-else", ${etag}`]) {
        const cached = await read({ 'if-none-match': header });
        expect(cached.status, header).toBe(304);
        expect(cached.body).toBeNull();
        expect(cached.headers.get('etag')).toBe(etag);
        expect(cached.headers.get('cache-control')).toBe('public, max-age=0, s-maxage=60, must-revalidate');
      }
      const other = await read({ 'if-none-match': '"not-the-etag"' });
      expect(other.status).toBe(200);
      expect(other.body).toEqual(first.body);
    });

    it(`signed-in ${what}: no-store, kept by no cache (bearer and cookie)`, async () => {
      const { solver } = world.users;
      const byToken = await read({}, solver.token);
      expect(byToken.status).toBe(200);
      expect(byToken.headers.get('cache-control')).toBe('no-store');
      expect(byToken.headers.get('etag')).toBeTruthy();
      expect(byToken.headers.get('vary') ?? '').toMatch(/authorization/i);
      const byCookie = await read({ cookie: solver.cookie });
      expect(byCookie.status).toBe(200);
      expect(byCookie.headers.get('cache-control')).toBe('no-store');
      const revalidated = await read({ 'if-none-match': byToken.headers.get('etag')! }, solver.token);
      expect(revalidated.status).toBe(304);
      expect(revalidated.headers.get('cache-control')).toBe('no-store');
    });
  }

  it('changes the ETag of detail and list when an endorsement changes the count', async () => {
    const detailBefore = await detail();
    const listBefore = await clusterList();
    await endorse(world.users.evaluator, id);

    const detailAfter = await detail({ 'if-none-match': detailBefore.headers.get('etag')! });
    expect(detailAfter.status).toBe(200);
    expect(detailAfter.body.endorsement_count).toBe(detailBefore.body.endorsement_count + 1);
    expect(detailAfter.headers.get('etag')).not.toBe(detailBefore.headers.get('etag'));
    // the version did not change, so the ETag still works as If-Match
    expect(detailAfter.headers.get('etag')).toMatch(new RegExp(`^"v${detailBefore.body.version}-`));

    const listAfter = await clusterList({ 'if-none-match': listBefore.headers.get('etag')! });
    expect(listAfter.status).toBe(200);
    expect(listAfter.headers.get('etag')).not.toBe(listBefore.headers.get('etag'));
    expect(listAfter.body.data.find((c: { id: string }) => c.id === id).endorsement_count).toBe(
      detailAfter.body.endorsement_count,
    );

    // and back: withdrawing changes the count, and so the ETag, again
    await must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'DELETE', token: world.users.evaluator.token }));
    const withdrawn = await detail({ 'if-none-match': detailAfter.headers.get('etag')! });
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.endorsement_count).toBe(detailBefore.body.endorsement_count);
  });

  it('changes the ETag when a question is asked', async () => {
    const before = await detail();
    await must(
      api(`/api/v1/challenges/${id}/questions`, {
        token: world.users.solver.token,
        body: { body: 'Is retrospective data available for validation?' },
      }),
      201,
    );
    const after = await detail({ 'if-none-match': before.headers.get('etag')! });
    expect(after.status).toBe(200);
    expect(after.body.question_count).toBe(before.body.question_count + 1);
  });
});
