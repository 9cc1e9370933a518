import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import type { components } from '../../../clients/typescript/src/index';
import {
  createAdmin,
  createCluster,
  createModerator,
  PASSWORD,
  registerUser,
  type TestUser,
} from '../../helpers/actors';
import { typedClient } from '../../helpers/client';
import { api, isProblem, must } from '../../helpers/http';
import { tableCounts } from '../../helpers/row-counts';

/** Issue 18, API keys: a machine acts as its owner, narrowed to the key's scopes and cluster. */

const newKey = async (owner: TestUser, body: components['schemas']['ApiKeyInput']) => {
  const { data, error } = await typedClient({ token: owner.token }).POST('/api/v1/me/api-keys', { body });
  if (!data) throw new Error(`creating a key failed: ${JSON.stringify(error)}`);
  return data;
};

let admin: TestUser;
let moderator: TestUser;
let solver: TestUser;
let cluster: { id: string; slug: string };
let otherCluster: { id: string; slug: string };

beforeAll(async () => {
  admin = await createAdmin();
  cluster = await createCluster(admin);
  otherCluster = await createCluster(admin);
  moderator = await createModerator(admin, cluster.slug);
  solver = await registerUser('solver');
});

describe('creating and listing keys', () => {
  it('shows the secret once, keeps only its digest, and lists the key without it', async () => {
    const key = await newKey(solver, { name: 'Portal sync', scopes: ['challenges:read'] });
    expect(key.secret).toMatch(/^bsk_[A-Za-z0-9_-]{43}$/);
    expect(key.secret.startsWith(key.prefix)).toBe(true);
    const stored = await env.DB.prepare('SELECT secret_hash FROM api_keys WHERE id = ?')
      .bind(key.id)
      .first<{ secret_hash: string }>();
    expect(stored?.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(key.secret);

    const list = await must(api('/api/v1/me/api-keys', { token: solver.token }));
    const listed = list.body.data.find((k: { id: string }) => k.id === key.id);
    expect(listed).toMatchObject({
      name: 'Portal sync',
      scopes: ['challenges:read'],
      cluster: null,
      last_used_at: null,
    });
    expect(JSON.stringify(list.body)).not.toContain(key.secret);
    expect(list.headers.get('cache-control')).toContain('no-store');
  });

  it('refuses unknown scopes, a past expiry and unknown fields, writing nothing', async () => {
    const before = await tableCounts();
    for (const body of [
      { name: 'x1', scopes: ['challenges:everything'] },
      { name: 'Past', scopes: ['challenges:read'], expires_at: '2020-01-01T00:00:00Z' },
      { name: 'Nothing', scopes: [] },
      { name: 'Twice', scopes: ['challenges:read', 'challenges:read'] },
      { name: 'Extra', scopes: ['challenges:read'], admin: true },
    ]) {
      const res = await api('/api/v1/me/api-keys', { token: solver.token, body });
      expect(isProblem(res, 400), JSON.stringify(res.body)).toBe(true);
      expect(res.body.errors?.length).toBeGreaterThan(0);
    }
    expect(await tableCounts()).toEqual(before);
  });

  it('lets only moderators of a cluster and admins restrict a key to it', async () => {
    const refused = await api('/api/v1/me/api-keys', {
      token: solver.token,
      body: { name: 'Cluster', scopes: ['moderation:read'], cluster: cluster.slug },
    });
    expect(isProblem(refused, 403)).toBe(true);
    const elsewhere = await api('/api/v1/me/api-keys', {
      token: moderator.token,
      body: { name: 'Other cluster', scopes: ['moderation:read'], cluster: otherCluster.slug },
    });
    expect(isProblem(elsewhere, 403)).toBe(true);
    const unknown = await api('/api/v1/me/api-keys', {
      token: moderator.token,
      body: { name: 'Nowhere', scopes: ['moderation:read'], cluster: 'no-such-cluster' },
    });
    expect(isProblem(unknown, 400)).toBe(true);
    expect(unknown.body.errors[0].path).toBe('cluster');
    const key = await newKey(moderator, { name: 'Own cluster', scopes: ['moderation:read'], cluster: cluster.slug });
    expect(key).toMatchObject({ scopes: ['moderation:read'] });
  });

  it('refuses a webhook from a key restricted to a cluster: its deliveries would act for the whole account', async () => {
    const key = await newKey(moderator, { name: 'Cluster hooks', scopes: ['webhooks:manage'], cluster: cluster.slug });
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM webhooks WHERE user_id = ?')
      .bind(moderator.id)
      .first<{ n: number }>();
    const refused = await api('/api/v1/webhooks', {
      token: key.secret,
      body: { url: 'https://hooks.example.org/bedside', events: ['challenge.published'] },
    });
    expect(isProblem(refused, 403)).toBe(true);
    expect(refused.body.detail).toContain('restricted to one cluster');
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM webhooks WHERE user_id = ?')
      .bind(moderator.id)
      .first<{ n: number }>();
    expect(after?.n).toBe(before?.n);
  });
});

describe('using a key', () => {
  it('reads with challenges:read but cannot write: 403 naming the missing scope', async () => {
    const key = await newKey(moderator, { name: 'Reader', scopes: ['challenges:read'] });
    const read = await api('/api/v1/challenges', { token: key.secret });
    expect(read.status).toBe(200);
    expect(read.headers.get('ratelimit-policy')).toBe('"minute";q=120;w=60, "day";q=10000;w=86400');
    expect(read.headers.get('ratelimit')).toMatch(/^"minute";r=119;t=\d+, "day";r=9999;t=\d+$/);

    const before = await tableCounts();
    const write = await api('/api/v1/challenges', {
      token: key.secret,
      body: { cluster: cluster.slug, title: 'A need written by a machine', summary: 'x'.repeat(40) },
    });
    expect(isProblem(write, 403), JSON.stringify(write.body)).toBe(true);
    expect(write.body.detail).toContain('"challenges:write"');
    const after = await tableCounts();
    // The refused request is counted against the quota (api_key_usage's row was there already), nothing else.
    expect(after).toEqual(before);
  });

  it('acts as its owner: what the owner may not do, the key may not either', async () => {
    const key = await newKey(solver, { name: 'Moderation', scopes: ['moderation:read'] });
    const queue = await api('/api/v1/moderation/queue', { token: key.secret });
    expect(isProblem(queue, 403)).toBe(true);
    expect(queue.body.detail).not.toContain('scope');
  });

  it('is refused once its owner lost the role it relied on', async () => {
    const lead = await createModerator(admin, cluster.slug);
    const key = await newKey(lead, { name: 'Queue', scopes: ['moderation:read'] });
    await must(api(`/api/v1/moderation/queue?cluster=${cluster.slug}`, { token: key.secret }));
    await must(
      api(`/api/v1/clusters/${cluster.slug}/moderators/${lead.id}`, { token: admin.token, method: 'DELETE' }),
      204,
    );
    const after = await api(`/api/v1/moderation/queue?cluster=${cluster.slug}`, { token: key.secret });
    expect(isProblem(after, 403)).toBe(true);
  });

  it('moderates only its cluster when restricted to one', async () => {
    const adminKey = await newKey(admin, { name: 'One cluster', scopes: ['moderation:read'], cluster: cluster.slug });
    // The admin moderates every cluster; their key restricted to one sees that one's queue only.
    const everything = await must(api('/api/v1/moderation/queue', { token: admin.token }));
    expect(everything.body.clusters.map((c: { slug: string }) => c.slug)).toContain(otherCluster.slug);
    const queue = await must(api('/api/v1/moderation/queue', { token: adminKey.secret }));
    expect(queue.body.clusters.map((c: { slug: string }) => c.slug)).toEqual([cluster.slug]);
    // Admin-only routes are out of its reach: restricted to a cluster, it is nobody's admin.
    const outbox = await api('/api/v1/admin/emails', { token: adminKey.secret });
    expect(isProblem(outbox, 403)).toBe(true);
  });

  it('cannot manage keys, sign in or out, or download the account', async () => {
    const key = await newKey(solver, { name: 'Everything', scopes: ['account:read', 'account:write'] });
    const routes: [string, string][] = [
      ['GET', '/api/v1/me/api-keys'],
      ['POST', '/api/v1/auth/logout'],
      ['GET', '/api/v1/me/export'],
    ];
    for (const [method, path] of routes) {
      const res = await api(path, { token: key.secret, method });
      expect(isProblem(res, 403), `${method} ${path}`).toBe(true);
      expect(res.body.detail).toContain('needs a person signed in');
    }
    await must(api('/api/v1/me', { token: key.secret }));
  });

  it('works with the API only, never the pages', async () => {
    const key = await newKey(solver, { name: 'Pages', scopes: ['challenges:read'] });
    const page = await api('/challenges', { token: key.secret, headers: { accept: 'text/html' } });
    expect(page.status).toBe(401);
  });

  it('is a 401 at once when revoked, expired, unknown or malformed', async () => {
    const key = await newKey(solver, { name: 'Revoked', scopes: ['challenges:read'] });
    await must(api('/api/v1/challenges', { token: key.secret }));
    await must(api(`/api/v1/me/api-keys/${key.id}`, { token: solver.token, method: 'DELETE' }), 204);
    const revoked = await api('/api/v1/challenges', { token: key.secret });
    expect(isProblem(revoked, 401)).toBe(true);
    expect(revoked.body.detail).toContain('revoked');
    // Revoking again, or someone else's key, is as absent as a missing one.
    expect((await api(`/api/v1/me/api-keys/${key.id}`, { token: solver.token, method: 'DELETE' })).status).toBe(404);
    const mine = await newKey(moderator, { name: 'Not yours', scopes: ['challenges:read'] });
    expect((await api(`/api/v1/me/api-keys/${mine.id}`, { token: solver.token, method: 'DELETE' })).status).toBe(404);
    expect((await api(`/api/v1/me/api-keys/${mine.id}/usage`, { token: solver.token })).status).toBe(404);

    const expiring = await newKey(solver, {
      name: 'Expiring',
      scopes: ['challenges:read'],
      expires_at: new Date(Date.now() + 60_000).toISOString(),
    });
    await env.DB.prepare("UPDATE api_keys SET expires_at = '2026-01-01T00:00:00.000Z' WHERE id = ?")
      .bind(expiring.id)
      .run();
    const expired = await api('/api/v1/challenges', { token: expiring.secret });
    expect(isProblem(expired, 401)).toBe(true);
    expect(expired.body.detail).toContain('expired');

    const unknown = await api('/api/v1/challenges', { token: `bsk_${'A'.repeat(43)}` });
    expect(isProblem(unknown, 401)).toBe(true);
    expect((await api('/api/v1/challenges', { token: 'bsk_short' })).status).toBe(401);
  });
});

describe('quotas and usage', () => {
  it('answers 429 with Retry-After and RateLimit beyond the minute quota, and counts usage per day', async () => {
    const key = await newKey(solver, { name: 'Busy', scopes: ['challenges:read'] });
    await must(api('/api/v1/challenges?limit=1', { token: key.secret }));
    // 118 more requests in this minute, as a loop would make them: set the count, as sending them would.
    await env.DB.prepare('UPDATE api_key_usage SET minute_requests = 120 WHERE key_id = ?').bind(key.id).run();
    const over = await api('/api/v1/challenges?limit=1', { token: key.secret });
    expect(isProblem(over, 429), JSON.stringify(over.body)).toBe(true);
    expect(Number(over.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(over.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(over.headers.get('ratelimit')).toMatch(/^"minute";r=0;/);
    expect(over.body.detail).toContain('120 requests a minute');

    await env.DB.prepare('UPDATE api_key_usage SET minute_requests = 1, requests = 10000 WHERE key_id = ?')
      .bind(key.id)
      .run();
    const day = await api('/api/v1/challenges?limit=1', { token: key.secret });
    expect(isProblem(day, 429)).toBe(true);
    expect(day.body.detail).toContain('10000 requests a day');

    const usage = await must(api(`/api/v1/me/api-keys/${key.id}/usage`, { token: solver.token }));
    expect(usage.body).toMatchObject({ key_id: key.id, per_minute: 120, per_day: 10_000 });
    expect(usage.body.days).toEqual([{ day: new Date().toISOString().slice(0, 10), requests: 10_001 }]);
    const listed = (await must(api('/api/v1/me/api-keys', { token: solver.token }))).body.data.find(
      (k: { id: string }) => k.id === key.id,
    );
    expect(Date.parse(listed.last_used_at)).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe('account deletion', () => {
  it('takes the keys with the account', async () => {
    const leaving = await registerUser('solver');
    const key = await newKey(leaving, { name: 'Leaving', scopes: ['challenges:read'] });
    await must(api('/api/v1/me/deletion', { token: leaving.token, body: { password: PASSWORD } }), 204);
    expect((await api('/api/v1/challenges', { token: key.secret })).status).toBe(401);
    const rows = await env.DB.prepare('SELECT count(*) AS n FROM api_keys WHERE id = ?')
      .bind(key.id)
      .first<{ n: number }>();
    expect(rows?.n).toBe(0);
  });
});
