import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { purgePublic } from '../../../worker/middleware/public-cache';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, BASE, must } from '../../helpers/http';
import { purgePublicCache } from '../../helpers/public-cache';

// Found by the attacker review of issue 17's public cache and catalogue search; each case was a
// working attack before its fix (worker/middleware/public-cache.ts, worker/domain/challenges/list.ts).

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** `copies` more rows like challenge `id` (fresh ids), in one statement: the FTS triggers index each. */
async function clone(id: string, copies: number) {
  const columns = (await env.DB.prepare('PRAGMA table_info(challenges)').all<{ name: string }>()).results
    .map((c) => c.name)
    .filter((name) => name !== 'seq' && name !== 'id');
  const list = columns.map((c) => `"${c}"`).join(', ');
  await env.DB.prepare(
    `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
     INSERT INTO challenges (id, ${list})
     SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
       || '-a' || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))), ${list}
     FROM challenges, n WHERE challenges.id = ?`,
  )
    .bind(copies, id)
    .run();
}

const generation = async () =>
  (await (await caches.default.match(`${env.PUBLIC_ORIGIN}/__cache/generation`))?.json()) as {
    id: string;
    bookmark: string | null;
  };

/** A word no other test uses. */
const word = () =>
  `zq${crypto
    .randomUUID()
    .replace(/[^a-f]/g, '')
    .slice(0, 8)}`;

describe('the public cache after the review', () => {
  it('is not emptied by an anonymous POST (a 303 to the sign-in page writes nothing)', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const path = `/challenges/${id}`;
    await api(path);
    expect((await api(path)).headers.get('x-bedside-cache')).toBe('hit');
    const res = await SELF.fetch(`${BASE}/solutions/${crypto.randomUUID()}/withdraw`, {
      method: 'POST',
      headers: { origin: BASE },
      redirect: 'manual',
    });
    await res.text();
    expect(res.status).toBe(303);
    expect((await api(path)).headers.get('x-bedside-cache')).toBe('hit');
  });

  it('keeps the bookmark of the last write through a purge without one (the cron’s)', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    await must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'PUT', token: world.users.evaluator.token }));
    const afterWrite = await generation();
    expect(afterWrite.bookmark).not.toBeNull();
    await purgePublic(env);
    const afterCron = await generation();
    expect(afterCron.id).not.toBe(afterWrite.id);
    expect(afterCron.bookmark).toBe(afterWrite.bookmark);
  });

  it('does not store a streamed open-data export (a slow reader would hold it all in memory), but sends public headers', async () => {
    await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const path = '/api/v1/open-data/challenges.json';
    for (let n = 0; n < 2; n++) {
      const res = await SELF.fetch(BASE + path, { headers: { 'cf-connecting-ip': `export-reader-${n}` } });
      expect(res.status).toBe(200);
      expect(res.headers.get('x-bedside-cache')).toBeNull();
      expect(res.headers.get('cache-control')).toMatch(/^public, /);
      expect(res.headers.get('vary')).toContain('Accept-Language');
      await res.text();
    }
  });
});

describe('relevance search after the review', () => {
  it('is not emptied of a published challenge by 500 drafts holding its word', async () => {
    const term = word();
    const published = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
      title: `Sepsis triage ${term}`,
    });
    const attacker = await registerUser('clinician');
    const draft = await createDraft(attacker, world.cluster.slug, { title: `Draft ${term}` });
    await clone(draft.id, 499);
    await purgePublicCache();
    const ids = (body: { data: { id: string }[] }) => body.data.map((c) => c.id);
    expect(ids((await api(`/api/v1/challenges?q=${term}`)).body)).toEqual([published]);
    expect(ids((await api(`/api/v1/challenges?q=${term}`, { token: world.users.solver.token })).body)).toEqual([
      published,
    ]);
    expect(String((await api(`/challenges?q=${term}`)).body)).toContain(published);
  }, 60_000);

  it('ranks nothing after a cursor naming a challenge the reader may not see (no word oracle)', async () => {
    const [shared, secret, absent] = [word(), word(), word()];
    for (let i = 0; i < 3; i++)
      await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug, {
        title: `Public ${shared} ${secret} ${absent} ${i}`,
      });
    const draft = await createDraft(world.users.clinician, world.cluster.slug, { title: `Draft ${shared} ${secret}` });
    const cursor = btoa(JSON.stringify(['relevance', draft.id]))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    const pageAfter = async (term: string) =>
      (await api(`/api/v1/challenges?q=${term}&sort=relevance&cursor=${cursor}`)).body.data.length as number;
    // Both answers are the same whether or not the draft holds the word.
    expect(await pageAfter(secret)).toBe(await pageAfter(absent));
  });
});
