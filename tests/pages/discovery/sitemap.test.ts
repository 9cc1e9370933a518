import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { publishedCall } from '../../helpers/calls';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { BASE } from '../../helpers/http';
import { purgePublicCache } from '../../helpers/public-cache';

// robots.txt and the sitemaps (issue 18): every public page of the four kinds, nothing else,
// 50 000 URLs a file at most, each file a keyset read from the key the index names.

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const ORIGIN = env.PUBLIC_ORIGIN;
const get = (path: string) => SELF.fetch(BASE + path, { headers: { 'cache-control': 'no-cache' } });
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => (m[1] ?? '').replace(/&amp;/g, '&'));
/** The index's files, then every URL in them. */
async function crawl() {
  const index = await get('/sitemap.xml');
  expect(index.status).toBe(200);
  expect(index.headers.get('content-type')).toBe('application/xml; charset=utf-8');
  const files = locs(await index.text());
  const urls: string[] = [];
  for (const file of files) {
    expect(file.startsWith(`${ORIGIN}/sitemaps/`)).toBe(true);
    const res = await get(file.slice(ORIGIN.length));
    expect(res.status, file).toBe(200);
    const xml = await res.text();
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/,
    );
    urls.push(...locs(xml));
  }
  return { files, urls };
}

describe('robots.txt', () => {
  it('names the sitemap index on the public origin and keeps crawlers off the JSON API', async () => {
    const res = await get('/robots.txt');
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain(`Sitemap: ${ORIGIN}/sitemap.xml`);
    expect(text).toContain('Disallow: /api/v1/');
  });
});

describe('the sitemaps', () => {
  it('list public challenges, listed calls, clusters and listed organizations, and nothing else', async () => {
    const { clinician, moderator, other_moderator } = world.users;
    const open = await openChallenge(clinician, moderator, world.cluster.slug);
    const network = await openChallenge(clinician, moderator, world.cluster.slug, { visibility: 'network' });
    const draft = await createDraft(clinician, world.cluster.slug);
    const hidden = await openChallenge(clinician, moderator, world.cluster.slug);
    await env.DB.prepare('UPDATE challenges SET hidden_at = ? WHERE id = ?')
      .bind(new Date().toISOString(), hidden)
      .run();
    const call = await publishedCall(moderator, other_moderator, [world.cluster.slug, world.otherCluster.slug]);
    const listed = await profile();
    const unlisted = await profile({ listed: false });
    await purgePublicCache();

    const { urls } = await crawl();
    for (const path of [
      `/challenges/${open}`,
      `/calls/${call}`,
      `/clusters/${world.cluster.slug}`,
      `/clusters/${world.otherCluster.slug}`,
      `/organizations/${listed.id}`,
    ])
      expect(urls, path).toContain(`${ORIGIN}${path}`);
    for (const path of [
      `/challenges/${network}`,
      `/challenges/${draft.id}`,
      `/challenges/${hidden}`,
      `/organizations/${unlisted.id}`,
    ])
      expect(urls, path).not.toContain(`${ORIGIN}${path}`);
    // Every listed address answers an anonymous visitor.
    for (const url of urls) expect((await get(url.slice(ORIGIN.length))).status, url).toBe(200);
  });

  it('give a challenge its last change', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const { updated_at } = (await env.DB.prepare('SELECT updated_at FROM challenges WHERE id = ?')
      .bind(id)
      .first()) as { updated_at: string };
    const res = await get('/sitemaps/challenges.xml');
    expect(await res.text()).toContain(
      `<loc>${ORIGIN}/challenges/${id}</loc><lastmod>${new Date(updated_at).toISOString()}</lastmod>`,
    );
  });

  it('page 50 001 listed calls into two files of at most 50 000, each address once', async () => {
    await env.DB.prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50001)
       INSERT INTO calls (id, status, title, description, opens_at, closes_at, published_at)
       SELECT printf('00000000-0000-4000-8000-%012d', i), 'published', 'Bulk call ' || i, 'For the sitemap test.',
         '2026-01-01T00:00:00.000Z', '2027-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n`,
    ).run();
    await purgePublicCache();
    const { files, urls } = await crawl();
    const callFiles = files.filter((file) => file.includes('/sitemaps/calls.xml'));
    expect(callFiles).toEqual([
      `${ORIGIN}/sitemaps/calls.xml?from=00000000-0000-4000-8000-000000000001`,
      `${ORIGIN}/sitemaps/calls.xml?from=00000000-0000-4000-8000-000000050001`,
    ]);
    const calls = urls.filter((url) => url.startsWith(`${ORIGIN}/calls/`));
    expect(new Set(calls).size).toBe(calls.length);
    expect(calls.filter((url) => url.startsWith(`${ORIGIN}/calls/00000000-0000-4000-8000-`))).toHaveLength(50_001);
    const first = await (await get((callFiles[0] ?? '').slice(ORIGIN.length))).text();
    expect(locs(first)).toHaveLength(50_000);
  }, 120_000);

  it('refuse a key that is not one with a problem, and an unknown kind with 404', async () => {
    const bad = await SELF.fetch(`${BASE}/sitemaps/challenges.xml?from=${encodeURIComponent("x' OR 1=1 --")}`);
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toContain('application/problem+json');
    expect(await bad.json()).toMatchObject({ type: '/problems/validation_failed', status: 400 });
    expect((await SELF.fetch(`${BASE}/sitemaps/people.xml`)).status).toBe(404);
  });
});
