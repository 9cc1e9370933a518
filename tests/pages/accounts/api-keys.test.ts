import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { api, BASE, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

/** Issue 18: API keys on one's own page, through the same domain as /api/v1/me/api-keys. */

/** A form with a field repeated (the scopes' checkboxes), as a browser posts it. */
const post = (path: string, cookie: string, fields: [string, string][]) =>
  SELF.fetch(BASE + path, {
    method: 'POST',
    headers: { accept: 'text/html', cookie, origin: BASE, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });

const keysOf = async (user: TestUser) =>
  (await must(api('/api/v1/me/api-keys', { token: user.token }))).body.data as {
    id: string;
    name: string;
    prefix: string;
    scopes: string[];
    cluster: string | null;
    expires_at: string | null;
  }[];

const keyCount = (user: TestUser) => count('SELECT count(*) AS n FROM api_keys WHERE user_id = ?', user.id);

let admin: TestUser;
let cluster: { id: string; slug: string };
let otherCluster: { id: string; slug: string };
let moderator: TestUser;
beforeAll(async () => {
  admin = await createAdmin();
  cluster = await createCluster(admin);
  otherCluster = await createCluster(admin);
  moderator = await createModerator(admin, cluster.slug);
});

describe('the API keys page', () => {
  it('is linked from /me, explains keys and offers each scope with a plain sentence; no cluster for a solver', async () => {
    const solver = await registerUser('solver');
    expect(await (await page('/me', solver.cookie)).text()).toContain('<a href="/me/api-keys">API keys</a>');
    const res = await page('/me/api-keys', solver.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>API keys</h1>');
    expect(html).toContain('You have no API keys.');
    expect(html).toContain('Each key may make 120 requests a minute and 10,000 a day. You may hold 20 keys.');
    expect(html).toContain('<input id="scopes-challenges:read" type="checkbox" name="scopes" value="challenges:read"');
    expect(html).toContain('Read challenges, calls, clusters, attachments, feeds and open data, as you may see them.');
    expect(html).toContain('<input id="expires_at" name="expires_at" type="date"');
    expect(html).not.toContain('name="cluster"');
  });

  it('offers a moderator the clusters they moderate, an admin every cluster', async () => {
    const mine = await (await page('/me/api-keys', moderator.cookie)).text();
    expect(mine).toContain(`<option value="${cluster.slug}"`);
    expect(mine).not.toContain(`<option value="${otherCluster.slug}"`);
    const all = await (await page('/me/api-keys', admin.cookie)).text();
    expect(all).toContain(`<option value="${cluster.slug}"`);
    expect(all).toContain(`<option value="${otherCluster.slug}"`);
  });

  it('asks an unconfirmed person to confirm first, with no form, and refuses their post', async () => {
    const user = await registerUser('solver', {}, { confirmed: false });
    const html = await (await page('/me/api-keys', user.cookie)).text();
    expect(html).toContain('Confirm your email address before you create an API key');
    expect(html).not.toContain('action="/me/api-keys"');
    const res = await post('/me/api-keys', user.cookie, [
      ['name', 'Sync'],
      ['scopes', 'challenges:read'],
    ]);
    expect(res.status).toBe(403);
    await expect(keyCount(user)).resolves.toBe(0);
  });

  it('shows the secret once, as the answer to the post, and never again; the key works with the API', async () => {
    const solver = await registerUser('solver');
    const res = await post('/me/api-keys', solver.cookie, [
      ['name', 'Portal <sync>'],
      ['scopes', 'challenges:read'],
      ['scopes', 'account:read'],
      ['expires_at', '2099-06-30'],
    ]);
    expect(res.status).toBe(200);
    expect(res.headers.get('location')).toBeNull();
    expect(res.headers.get('cache-control')).toBe('no-store');
    // Nothing remembers it: no redirect to a page that shows it, no cookie that carries it.
    expect(res.headers.get('set-cookie') ?? '').not.toContain('bsk_');
    const html = await res.text();
    expect(html).toContain('Copy it now: it will not be shown again.');
    const secret = /<textarea id="secret"[^>]*>(bsk_[A-Za-z0-9_-]{43})<\/textarea>/.exec(html)?.[1];
    expect(secret).toBeDefined();
    expect(html).toContain('<h2>Portal &lt;sync&gt;</h2>');

    const [key] = await keysOf(solver);
    expect(key).toMatchObject({
      name: 'Portal <sync>',
      scopes: ['challenges:read', 'account:read'],
      cluster: null,
      expires_at: '2099-06-30T23:59:59.000Z',
    });
    // The key acts as its owner through the API, within its scopes.
    const me = await must(api('/api/v1/me', { token: secret }));
    expect(me.body.id ?? me.body.user?.id).toBe(solver.id);

    // Listed afterwards, and on its own page, without the secret.
    const list = await (await page('/me/api-keys', solver.cookie)).text();
    expect(list).toContain('<h3>Portal &lt;sync&gt;</h3>');
    expect(list).toContain(`<code>${key!.prefix}…</code>`);
    expect(list).toContain(`href="/me/api-keys/${key!.id}"`);
    expect(list).not.toContain(secret!);
    const one = await (await page(`/me/api-keys/${key!.id}`, solver.cookie)).text();
    expect(one).not.toContain(secret!);
    expect(one).toContain('<th scope="row">');
    expect(one).toContain('<td class="num">1</td>');
  });

  it('restricts a moderator’s key to a cluster they moderate, and refuses one they do not, next to the field', async () => {
    const ok = await post('/me/api-keys', moderator.cookie, [
      ['name', 'Queue watcher'],
      ['scopes', 'moderation:read'],
      ['cluster', cluster.slug],
    ]);
    expect(ok.status).toBe(200);
    expect((await keysOf(moderator)).find((k) => k.name === 'Queue watcher')?.cluster).toBe(cluster.slug);

    const before = await keyCount(moderator);
    const refused = await post('/me/api-keys?lang=de', moderator.cookie, [
      ['name', 'Elsewhere'],
      ['scopes', 'moderation:read'],
      ['cluster', otherCluster.slug],
    ]);
    expect(refused.status).toBe(400);
    const html = await refused.text();
    expect(html).toContain(
      '<p class="field-error" id="cluster-error">Sie moderieren diesen Cluster nicht. Wählen Sie einen Ihrer Cluster oder lassen Sie „Nur für einen Cluster“ leer.</p>',
    );
    expect(html).toContain('value="Elsewhere"');
    const unknown = await post('/me/api-keys', moderator.cookie, [
      ['name', 'Nowhere'],
      ['scopes', 'moderation:read'],
      ['cluster', 'no-such-cluster'],
    ]);
    expect(unknown.status).toBe(400);
    expect(await unknown.text()).toContain('Choose one of the options for “Only for one cluster”.');
    await expect(keyCount(moderator)).resolves.toBe(before);
  });

  it('answers a bad form with each field’s message in the page language, keeps what was typed, and writes nothing', async () => {
    const solver = await registerUser('solver');
    const res = await post('/me/api-keys?lang=it', solver.cookie, [
      ['name', 'x'],
      ['expires_at', '2001-01-01'],
    ]);
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="name-error"');
    expect(html).toContain('id="scopes-error"');
    expect(html).toContain('id="expires_at-error"');
    expect(html).toContain('value="2001-01-01"');
    const unknownScope = await post('/me/api-keys', solver.cookie, [
      ['name', 'Sync'],
      ['scopes', 'everything:write'],
    ]);
    expect(unknownScope.status).toBe(400);
    expect(await unknownScope.text()).toContain('id="scopes-error"');
    await expect(keyCount(solver)).resolves.toBe(0);
  });

  it('asks for a ticked box when none is, in each language, naming the field as the page does', async () => {
    const solver = await registerUser('solver');
    const expected = {
      en: 'Tick at least one box under “What the key may do”',
      de: 'Kreuzen Sie unter „',
      it: 'Spunta almeno una casella in «',
      ro: 'Bifați cel puțin o căsuță la „',
    };
    for (const [lang, words] of Object.entries(expected)) {
      const res = await post(`/me/api-keys?lang=${lang}`, solver.cookie, [['name', 'Portal sync']]);
      expect(res.status).toBe(400);
      const html = await res.text();
      const message = /id="scopes-error"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
      expect(message).toContain(words);
      expect(message).not.toContain('{label}');
      expect(html).toContain('value="Portal sync"');
    }
    await expect(keyCount(solver)).resolves.toBe(0);
  });

  it('says so in the page language when twenty keys are held, and writes nothing', async () => {
    const solver = await registerUser('solver');
    for (let i = 0; i < 20; i++) {
      await must(
        api('/api/v1/me/api-keys', { token: solver.token, body: { name: `Key ${i}`, scopes: ['challenges:read'] } }),
        201,
      );
    }
    const res = await post('/me/api-keys?lang=ro', solver.cookie, [
      ['name', 'One more'],
      ['scopes', 'challenges:read'],
    ]);
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Aveți deja 20 chei API');
    await expect(keyCount(solver)).resolves.toBe(20);
  });
});

describe('revoking a key', () => {
  it('asks first, then revokes: the key is refused by the API and gone from the list', async () => {
    const solver = await registerUser('solver');
    const created = await must(
      api('/api/v1/me/api-keys', { token: solver.token, body: { name: 'Old sync', scopes: ['challenges:read'] } }),
      201,
    );
    const { id, secret } = created.body as { id: string; secret: string };
    const ask = await postForm(`/me/api-keys/${id}/revoke`, solver.cookie, {});
    expect(ask.status).toBe(200);
    const question = await ask.text();
    expect(question).toContain('<h1>Revoke the API key “Old sync”?</h1>');
    expect(question).toContain('<input type="hidden" name="confirmed" value="yes"');
    await expect(count('SELECT count(*) AS n FROM api_keys WHERE id = ? AND revoked_at IS NULL', id)).resolves.toBe(1);

    const done = await postForm(`/me/api-keys/${id}/revoke`, solver.cookie, { confirmed: 'yes' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe('/me/api-keys?done=revoked');
    expect((await api('/api/v1/challenges', { token: secret })).status).toBe(401);
    const list = await (await page('/me/api-keys?done=revoked', solver.cookie)).text();
    expect(list).toContain('The key is revoked.');
    expect(list).not.toContain('Old sync');
    expect((await page(`/me/api-keys/${id}`, solver.cookie)).status).toBe(404);
  });

  it('is 404 for another person’s key, on its page and its revoke, and leaves it working', async () => {
    const owner = await registerUser('solver');
    const created = await must(
      api('/api/v1/me/api-keys', { token: owner.token, body: { name: 'Mine', scopes: ['challenges:read'] } }),
      201,
    );
    const { id, secret } = created.body as { id: string; secret: string };
    for (const other of [moderator, admin]) {
      expect((await page(`/me/api-keys/${id}`, other.cookie)).status).toBe(404);
      expect((await postForm(`/me/api-keys/${id}/revoke`, other.cookie, { confirmed: 'yes' })).status).toBe(404);
      expect(await (await page('/me/api-keys', other.cookie)).text()).not.toContain(id);
    }
    const row = await env.DB.prepare('SELECT revoked_at FROM api_keys WHERE id = ?').bind(id).first();
    expect(row).toEqual({ revoked_at: null });
    expect((await api('/api/v1/challenges', { token: secret })).status).toBe(200);
  });

  it('never lets a key open the keys page (nor any page): it is not a session', async () => {
    const owner = await registerUser('solver');
    const created = await must(
      api('/api/v1/me/api-keys', { token: owner.token, body: { name: 'Machine', scopes: ['account:read'] } }),
      201,
    );
    const res = await SELF.fetch(`${BASE}/me/api-keys`, {
      headers: { accept: 'text/html', authorization: `Bearer ${created.body.secret}` },
      redirect: 'manual',
    });
    expect(res.status).toBe(401);
    expect(await res.text()).not.toContain('<h1>API keys</h1>');
  });
});
