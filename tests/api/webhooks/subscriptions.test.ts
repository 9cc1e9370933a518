import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { PASSWORD, registerUser, type TestUser } from '../../helpers/actors';
import { api, must } from '../../helpers/http';

/** Issue 18, webhook subscriptions: managed by their owner, secret shown once, targets on the public internet. */

let owner: TestUser;
let other: TestUser;
const target = () => `${env.TEST_WEBHOOK_RECEIVER}/hook/subscriptions`;
const count = async (userId: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM webhooks WHERE user_id = ?').bind(userId).first<{ n: number }>())
    ?.n ?? 0;

beforeAll(async () => {
  owner = await registerUser('solver');
  other = await registerUser('clinician');
});

describe('managing subscriptions', () => {
  it('shows the secret once, lists and reads the subscription without it', async () => {
    const created = await must(
      api('/api/v1/webhooks', { token: owner.token, body: { url: target(), events: ['challenge.published'] } }),
      201,
    );
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    expect(created.body).toMatchObject({ url: target(), events: ['challenge.published'], enabled: true });
    const list = await must(api('/api/v1/webhooks', { token: owner.token }));
    expect(list.body.data.map((h: { id: string }) => h.id)).toContain(created.body.id);
    const one = await must(api(`/api/v1/webhooks/${created.body.id}`, { token: owner.token }));
    expect(JSON.stringify([list.body, one.body])).not.toContain(created.body.secret);
    expect(one.headers.get('cache-control')).toContain('no-store');
  });

  it('changes the events and the URL, switches off and on, and deletes', async () => {
    const created = await must(
      api('/api/v1/webhooks', { token: owner.token, body: { url: target(), events: ['call.opened'] } }),
      201,
    );
    const path = `/api/v1/webhooks/${created.body.id}`;
    const changed = await must(
      api(path, {
        token: owner.token,
        method: 'PATCH',
        body: { events: ['question.answered', 'decision.published'], url: `${target()}-2` },
      }),
    );
    expect(changed.body).toMatchObject({ events: ['question.answered', 'decision.published'], url: `${target()}-2` });
    const types = await env.DB.prepare('SELECT type FROM webhook_event_types WHERE webhook_id = ? ORDER BY type')
      .bind(created.body.id)
      .all<{ type: string }>();
    expect(types.results.map((t) => t.type)).toEqual(['decision.published', 'question.answered']);
    const off = await must(api(path, { token: owner.token, method: 'PATCH', body: { enabled: false } }));
    expect(off.body.enabled).toBe(false);
    const on = await must(api(path, { token: owner.token, method: 'PATCH', body: { enabled: true } }));
    expect(on.body.enabled).toBe(true);
    await must(api(path, { token: owner.token, method: 'DELETE' }), 204);
    expect((await api(path, { token: owner.token })).status).toBe(404);
  });

  it('keeps one person’s subscriptions from everyone else (404 to read, change, delete or list their log)', async () => {
    const created = await must(
      api('/api/v1/webhooks', { token: owner.token, body: { url: target(), events: ['call.opened'] } }),
      201,
    );
    const path = `/api/v1/webhooks/${created.body.id}`;
    for (const [method, body, suffix] of [
      ['GET', undefined, ''],
      ['PATCH', { enabled: false }, ''],
      ['DELETE', undefined, ''],
      ['GET', undefined, '/deliveries'],
    ] as const) {
      const res = await api(`${path}${suffix}`, { token: other.token, method, body });
      expect(res.status, `${method} ${suffix}`).toBe(404);
    }
    const mine = await must(api(path, { token: owner.token }));
    expect(mine.body.enabled).toBe(true);
    const theirs = await must(api('/api/v1/webhooks', { token: other.token }));
    expect(theirs.body.data).toEqual([]);
  });

  it('refuses bad input with a problem naming the field, and writes nothing', async () => {
    const before = await count(owner.id);
    for (const body of [
      { url: target(), events: [] },
      { url: target(), events: ['challenge.deleted'] },
      { url: target(), events: ['call.opened', 'call.opened'] },
      { url: `${target()}/${'x'.repeat(500)}`, events: ['call.opened'] },
      { url: target(), events: ['call.opened'], secret: 'whsec_mine' },
    ]) {
      const res = await api('/api/v1/webhooks', { token: owner.token, body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(await count(owner.id)).toBe(before);
  });

  it('needs a confirmed address to subscribe', async () => {
    const unconfirmed = await registerUser('solver', {}, { confirmed: false });
    const res = await api('/api/v1/webhooks', {
      token: unconfirmed.token,
      body: { url: target(), events: ['call.opened'] },
    });
    expect(res.status).toBe(403);
    expect(await count(unconfirmed.id)).toBe(0);
  });

  it('holds at most 20 subscriptions per person', async () => {
    const full = await registerUser('solver');
    for (let i = 0; i < 20; i++)
      await must(api('/api/v1/webhooks', { token: full.token, body: { url: target(), events: ['call.opened'] } }), 201);
    const res = await api('/api/v1/webhooks', { token: full.token, body: { url: target(), events: ['call.opened'] } });
    expect(res.status).toBe(409);
    expect(await count(full.id)).toBe(20);
  });
});

describe('targets inside a network (SSRF)', () => {
  it.each([
    'http://example.org/hook',
    'https://127.0.0.1/hook',
    'https://127.1.2.3/hook',
    'http://localhost:8787/hook',
    'https://localhost/hook',
    'https://10.1.2.3/hook',
    'https://172.20.0.1/hook',
    'https://192.168.1.10/hook',
    'https://169.254.169.254/latest/meta-data/',
    'https://100.64.0.1/hook',
    'https://[::1]/hook',
    'https://[::ffff:127.0.0.1]/hook',
    'https://[::ffff:10.0.0.1]/hook',
    'https://[fd12:3456::1]/hook',
    'https://[fe80::1]/hook',
    'https://2130706433/hook',
    'https://0x7f000001/hook',
    'https://router.local/hook',
    'https://metadata.google.internal/computeMetadata/v1/',
  ])('refuses %s at creation and on change, naming the url', async (url) => {
    const before = await count(owner.id);
    const res = await api('/api/v1/webhooks', { token: owner.token, body: { url, events: ['call.opened'] } });
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ path: 'url' })]);
    expect(await count(owner.id)).toBe(before);

    const created = await must(
      api('/api/v1/webhooks', { token: owner.token, body: { url: target(), events: ['call.opened'] } }),
      201,
    );
    const patched = await api(`/api/v1/webhooks/${created.body.id}`, {
      token: owner.token,
      method: 'PATCH',
      body: { url },
    });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toEqual([expect.objectContaining({ path: 'url' })]);
    const still = await must(api(`/api/v1/webhooks/${created.body.id}`, { token: owner.token }));
    expect(still.body.url).toBe(target());
    await must(api(`/api/v1/webhooks/${created.body.id}`, { token: owner.token, method: 'DELETE' }), 204);
  });
});

describe('personal data', () => {
  it('lists subscriptions in the data export without their secrets, and deletes them with the account', async () => {
    const leaving = await registerUser('solver');
    const created = await must(
      api('/api/v1/webhooks', { token: leaving.token, body: { url: target(), events: ['question.answered'] } }),
      201,
    );
    const exported = await must(api('/api/v1/me/export', { token: leaving.token }));
    expect(exported.body.webhooks).toEqual([
      { url: target(), events: ['question.answered'], disabled_at: null, created_at: expect.any(String) },
    ]);
    expect(JSON.stringify(exported.body)).not.toContain(created.body.secret);

    await must(api('/api/v1/me/deletion', { token: leaving.token, body: { password: PASSWORD } }), 204);
    expect(await count(leaving.id)).toBe(0);
    const types = await env.DB.prepare('SELECT count(*) AS n FROM webhook_event_types WHERE webhook_id = ?')
      .bind(created.body.id)
      .first<{ n: number }>();
    expect(types?.n).toBe(0);
  });
});
