import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { type ApiResponse, api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';

describe('clusters', () => {
  it('are listed by slug with counts, a page at a time, every cluster exactly once', async () => {
    const admin = await createAdmin();
    const made = await Promise.all([1, 2, 3].map(() => createCluster(admin, `page-${unique()}`)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const res: ApiResponse = await api(`/api/v1/clusters?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(res.status).toBe(200);
      expect(res.body.data.length).toBeLessThanOrEqual(2);
      seen.push(...res.body.data.map((c: { slug: string }) => c.slug));
      cursor = res.body.next_cursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort());
    for (const cluster of made) expect(seen).toContain(cluster.slug);
    const one = await api(`/api/v1/clusters/${made[0]!.slug}`);
    expect(one.body).toMatchObject({ slug: made[0]!.slug, country: 'DE', challenge_count: 0, open_challenge_count: 0 });
  });

  it('answers an unknown slug with 404, and bad paging input with 400', async () => {
    expect(isProblem(await api('/api/v1/clusters/no-such-cluster'), 404, 'not_found')).toBe(true);
    for (const query of ['limit=0', 'limit=101', 'limit=ten', 'cursor=%%%garbage']) {
      const res = await api(`/api/v1/clusters?${query}`);
      expect(isProblem(res, 400, 'validation_failed'), query).toBe(true);
      expect(res.body.errors[0].path).toBe(query.split('=')[0]);
    }
    expect((await api('/api/v1/clusters?unknown=1')).status).toBe(200);
  });

  it('are created by admins, with an audit entry; a duplicate slug is 409', async () => {
    const admin = await createAdmin();
    const slug = `new-${unique()}`;
    const res = await api('/api/v1/clusters', {
      token: admin.token,
      body: {
        slug,
        name: 'Neuer Cluster',
        region: 'Bayern',
        country: 'de',
        description: 'x',
        website: 'https://x.example',
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ slug, country: 'DE', website: 'https://x.example', challenge_count: 0 });
    const audit = await env.DB.prepare(
      "SELECT actor_id FROM audit_log WHERE action = 'cluster.create' AND entity_id = ?",
    )
      .bind(res.body.id)
      .first<{ actor_id: string }>();
    expect(audit?.actor_id).toBe(admin.id);

    const again = await api('/api/v1/clusters', {
      token: admin.token,
      body: { slug, name: 'Other', region: 'Elsewhere', country: 'DE' },
    });
    expect(isProblem(again, 409, 'duplicate')).toBe(true);
    expect(again.body.errors[0].path).toBe('slug');
  });

  it('refuse invalid input field by field and write nothing', async () => {
    const admin = await createAdmin();
    const cases: [Record<string, unknown>, string][] = [
      [{ slug: 'Bad Slug', name: 'N', region: 'R', country: 'DE' }, 'slug'],
      [{ slug: 'ok-slug', name: 'N', region: 'Region', country: 'DEU' }, 'country'],
      [
        { slug: 'ok-slug', name: 'Name', region: 'Region', country: 'DE', website: 'http://insecure.example' },
        'website',
      ],
      [{ slug: 'ok-slug', region: 'Region', country: 'DE' }, 'name'],
    ];
    const before = await env.DB.prepare('SELECT count(*) AS n FROM clusters').first<{ n: number }>();
    for (const [body, path] of cases) {
      const res = await api('/api/v1/clusters', { token: admin.token, body });
      expect(isProblem(res, 400, 'validation_failed'), path).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
    }
    const after = await env.DB.prepare('SELECT count(*) AS n FROM clusters').first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe('cluster moderators', () => {
  it('are appointed idempotently and removed by admins, each change audited', async () => {
    const admin = await createAdmin();
    const cluster = await createCluster(admin);
    const user = await registerUser('clinician');
    const path = `/api/v1/clusters/${cluster.slug}/moderators/${user.id}`;
    for (let i = 0; i < 2; i++) {
      const res = await api(path, { method: 'PUT', token: admin.token });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ cluster: cluster.slug, user_id: user.id, role: 'moderator' });
    }
    expect((await api('/api/v1/me', { token: user.token })).body.roles).toContain('moderator');
    expect((await api(path, { method: 'DELETE', token: admin.token })).status).toBe(204);
    expect((await api('/api/v1/me', { token: user.token })).body.roles).toEqual(['clinician']);
    expect(isProblem(await api(path, { method: 'DELETE', token: admin.token }), 404, 'not_found')).toBe(true);

    const { results } = await env.DB.prepare(
      "SELECT action FROM audit_log WHERE entity_id = ? AND action LIKE 'cluster.moderator.%' ORDER BY id",
    )
      .bind(user.id)
      .all<{ action: string }>();
    expect(results.map((r) => r.action)).toEqual([
      'cluster.moderator.appoint',
      'cluster.moderator.appoint',
      'cluster.moderator.remove',
    ]);
  });

  it('answer 404 for an unknown cluster or user', async () => {
    const admin = await createAdmin();
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const noCluster = await api(`/api/v1/clusters/nope-${unique()}/moderators/${moderator.id}`, {
      method: 'PUT',
      token: admin.token,
    });
    expect(isProblem(noCluster, 404)).toBe(true);
    expect(noCluster.body.detail).toMatch(/no cluster/);
    const noUser = await api(`/api/v1/clusters/${cluster.slug}/moderators/nobody`, {
      method: 'PUT',
      token: admin.token,
    });
    expect(isProblem(noUser, 404)).toBe(true);
    expect(noUser.body.detail).toMatch(/no user/);
  });
});
