import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { count } from '../../helpers/db';
import { api, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';
import { unique } from '../../helpers/unique';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const saved = async (user: TestUser) =>
  (await must(api('/api/v1/me/saved-searches', { token: user.token }))).body.data as {
    id: string;
    name: string;
    query: Record<string, string>;
    feed_url: string;
  }[];

describe('saving a search from the catalogue', () => {
  it('offers the form to signed-in visitors only, with the current filters as hidden fields', async () => {
    const user = await registerUser('solver');
    const path = `/challenges?q=sepsis&status=open&cluster=${world.cluster.slug}&sort=newest`;
    const signedIn = await (await page(path, user.cookie)).text();
    expect(signedIn).toContain('<h2 id="save-search-title">Save this search</h2>');
    expect(signedIn).toContain('<input type="hidden" name="q" value="sepsis"');
    expect(signedIn).toContain('<input type="hidden" name="status" value="open"');
    expect(signedIn).toContain(`<input type="hidden" name="cluster" value="${world.cluster.slug}"`);
    // Sorting is how a list is read, not what a search looks for.
    expect(signedIn).not.toContain('<input type="hidden" name="sort"');
    const anonymous = await (await page(path)).text();
    expect(anonymous).not.toContain('save-search');
    // Bad filters: nothing to save.
    const invalid = await page('/challenges?trl=12', user.cookie);
    expect(invalid.status).toBe(400);
    expect(await invalid.text()).not.toContain('save-search-title');
  });

  it('saves, lists with its link, feed and explanation, and deletes', async () => {
    const user = await registerUser('solver');
    const word = `biomarker${unique()}`;
    const res = await postForm('/me/saved-searches', user.cookie, {
      q: word,
      status: 'open',
      name: `Sepsis & <b>markers</b> ${word}`,
    });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/me/saved-searches?done=saved');

    const [search] = await saved(user);
    expect(search).toMatchObject({ name: `Sepsis & <b>markers</b> ${word}`, query: { q: word, status: 'open' } });
    const html = await (await page('/me/saved-searches?done=saved', user.cookie)).text();
    expect(html).toContain('Search saved.');
    expect(html).toContain('new challenges that match it reach you as notifications');
    expect(html).toContain(
      `<a href="/challenges?q=${word}&amp;status=open">Sepsis &amp; &lt;b&gt;markers&lt;/b&gt; ${word}</a>`,
    );
    expect(html).toContain(`Search: ${word} · State: Open`);
    expect(html).toContain(`class="feed-address">${search!.feed_url}</textarea>`);
    expect(search!.feed_url).toMatch(/^https:\/\/bedside\.test\/feeds\/saved\/[0-9a-f]{48}\.atom$/);

    const deleted = await postForm(`/me/saved-searches/${search!.id}/delete`, user.cookie, {});
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe('/me/saved-searches?done=deleted');
    expect(await saved(user)).toEqual([]);
    const after = await (await page('/me/saved-searches?done=deleted', user.cookie)).text();
    expect(after).toContain('The saved search is deleted.');
    expect(after).toContain('You have no saved searches yet.');
  });

  it('names an unnamed search by its filters, in the page language', async () => {
    const user = await registerUser('solver');
    const res = await postForm('/me/saved-searches?lang=de', user.cookie, { q: 'sepsis', status: 'open', trl: '5' });
    expect(res.status).toBe(303);
    const [search] = await saved(user);
    expect(search?.name).toBe('sepsis · Status: Offen · TRL Ihrer Lösung: 5');
    expect(search?.query).toEqual({ q: 'sepsis', status: 'open', trl: '5' });
  });

  it('answers a bad name on the catalogue, next to the field, keeping the filters; nothing is saved', async () => {
    const user = await registerUser('solver');
    const res = await postForm('/me/saved-searches', user.cookie, { q: 'sepsis', tag: 'imaging', name: 'x' });
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('<h1>Challenges</h1>');
    expect(html).toContain('<p class="field-error" id="name-error">Name needs at least 2 characters.</p>');
    expect(html).toContain('<input type="hidden" name="q" value="sepsis"');
    expect(html).toContain('<input type="hidden" name="tag" value="imaging"');
    await expect(count('SELECT count(*) AS n FROM saved_searches WHERE user_id = ?', user.id)).resolves.toBe(0);
  });

  it('says so when the list is full, in the page language', async () => {
    const user = await registerUser('solver');
    for (let i = 0; i < 20; i++) {
      await must(api('/api/v1/me/saved-searches', { token: user.token, body: { q: `topic${i}` } }), 201);
    }
    const res = await postForm('/me/saved-searches?lang=it', user.cookie, { q: 'one more' });
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('Ha già 20 ricerche salvate');
    await expect(count('SELECT count(*) AS n FROM saved_searches WHERE user_id = ?', user.id)).resolves.toBe(20);
  });

  it("a form post by someone else cannot delete another person's search", async () => {
    const owner = await registerUser('solver');
    await must(api('/api/v1/me/saved-searches', { token: owner.token, body: { q: 'sepsis' } }), 201);
    const [search] = await saved(owner);
    const res = await postForm(`/me/saved-searches/${search!.id}/delete`, world.users.clinician.cookie, {});
    expect(res.status).toBe(404);
    const row = await env.DB.prepare('SELECT id FROM saved_searches WHERE id = ?').bind(search!.id).first();
    expect(row).toEqual({ id: search!.id });
    // Nor does the other person see it listed.
    expect(await (await page('/me/saved-searches', world.users.clinician.cookie)).text()).not.toContain(search!.id);
  });
});
