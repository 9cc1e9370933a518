import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { api, BASE, isProblem, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const text = (node: unknown): string =>
  typeof node === 'object' && node !== null ? String((node as Record<string, unknown>)['#text'] ?? '') : String(node);

/** Saves a search through the API and returns its feed's path. */
async function saveSearch(user: TestUser, body: Record<string, unknown>) {
  const res = await must(api('/api/v1/me/saved-searches', { token: user.token, body }), 201);
  return { id: res.body.id as string, path: new URL(res.body.feed_url as string).pathname };
}

/** Reads a feed anonymously (as a feed reader would), checks it is valid Atom, and returns its parts. */
async function readFeed(path: string) {
  const res = await api(path);
  expect(res.status, String(res.body)).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
  expect(res.headers.get('cache-control')).toContain('private');
  const xml = res.body as string;
  expect(XMLValidator.validate(xml)).toBe(true);
  const { feed } = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    isArray: (name) => name === 'entry' || name === 'link',
  }).parse(xml);
  expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
  const links = feed.link as { '@_href': string; '@_rel'?: string }[];
  const entries = ((feed.entry ?? []) as Record<string, unknown>[]).map((e) => ({
    id: text(e.id),
    title: text(e.title),
    updated: text(e.updated),
  }));
  return { feed, links, entries };
}

describe('the feed of a saved search', () => {
  it('carries the public challenges that match, never network-only ones or drafts', async () => {
    const { clinician, moderator, solver } = world.users;
    const word = `feedword${unique()}`;
    const title = (what: string) => `Saved feed: ${what} ${word}`;
    const publicMatch = await openChallenge(clinician, moderator, world.cluster.slug, { title: title('public') });
    const networkMatch = await openChallenge(clinician, moderator, world.cluster.slug, {
      title: title('network only'),
      visibility: 'network',
    });
    const draft = await createDraft(clinician, world.cluster.slug, { title: title('draft') });
    const elsewhere = await openChallenge(clinician, moderator, world.cluster.slug, { title: 'Saved feed: no match' });

    // The searcher is signed in and sees the network-only match in the catalogue; the feed still does not carry it.
    const listed = await api(`/api/v1/challenges?q=${word}`, { token: solver.token });
    expect(listed.body.data.map((c: { id: string }) => c.id)).toContain(networkMatch);

    const name = `Sepsis & <biomarkers> ${word}`;
    const { path } = await saveSearch(solver, { q: word, cluster: world.cluster.slug, name });
    expect(path).toMatch(/^\/feeds\/saved\/[0-9a-f]{48}\.atom$/);
    const { feed, links, entries } = await readFeed(path);

    expect(text(feed.id)).toBe(`${BASE}${path}`);
    expect(text(feed.title)).toBe(`Bedside: ${name}`);
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toBe(`${BASE}${path}`);
    const alternate = links.find((l) => !l['@_rel'] || l['@_rel'] === 'alternate')?.['@_href'] ?? '';
    expect(new URL(alternate).pathname).toBe('/challenges');
    expect(new URL(alternate).searchParams.get('q')).toBe(word);

    const ids = entries.map((e) => e.id);
    expect(ids).toEqual([`${BASE}/challenges/${publicMatch}`]);
    for (const hidden of [networkMatch, draft.id, elsewhere]) expect(ids).not.toContain(`${BASE}/challenges/${hidden}`);
    expect(entries[0]?.title).toBe(title('public'));
    expect(Number.isNaN(Date.parse(entries[0]?.updated ?? ''))).toBe(false);
  });

  it('is the same document whoever asks, the owner included', async () => {
    const { clinician, moderator } = world.users;
    const word = `ownerword${unique()}`;
    await openChallenge(clinician, moderator, world.cluster.slug, { title: `Network ${word}`, visibility: 'network' });
    const { path } = await saveSearch(clinician, { q: word });
    const asOwner = await api(path, { token: clinician.token });
    expect(asOwner.status).toBe(200);
    expect(asOwner.body).not.toContain(`Network ${word}`);
    expect((await readFeed(path)).entries).toEqual([]);
  });

  it('answers 404 with a problem for an unknown token, a wrong name, or a deleted search', async () => {
    const unknown = await api(`/feeds/saved/${'ab'.repeat(24)}.atom`);
    expect(isProblem(unknown, 404, 'not_found')).toBe(true);
    const { id, path } = await saveSearch(world.users.solver, { tag: 'oncology' });
    const token = path.slice('/feeds/saved/'.length, -'.atom'.length);
    expect(isProblem(await api(`/feeds/saved/${token}`), 404, 'not_found')).toBe(true);
    expect(isProblem(await api(`/feeds/saved/${token}.xml`), 404, 'not_found')).toBe(true);
    expect((await api(path)).status).toBe(200);
    await must(api(`/api/v1/me/saved-searches/${id}`, { method: 'DELETE', token: world.users.solver.token }), 204);
    expect(isProblem(await api(path), 404, 'not_found')).toBe(true);
  });
});
