import { SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge, transition } from '../../helpers/challenges';
import { assignJury, decide, startEvaluation } from '../../helpers/evaluation';
import { type ApiResponse, api, d1Stats, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';

// Anonymous public reads from the Workers Cache API (worker/middleware/public-cache.ts).

const PUBLIC = 'public, max-age=0, s-maxage=60, must-revalidate';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const state = (res: ApiResponse) => res.headers.get('x-bedside-cache');
/** Reads until the answer comes from the cache (the first read of a URL is always a miss). */
async function cachedRead(path: string, headers: Record<string, string> = {}) {
  const first = await api(path, { headers });
  expect(first.status, `${path}: ${JSON.stringify(first.body)}`).toBe(200);
  const second = await api(path, { headers });
  expect(state(second), path).toBe('hit');
  return { first, second };
}

describe('anonymous public reads', () => {
  it('are served from the cache on the second request, without D1, with the same body and headers', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    for (const path of [
      `/api/v1/challenges?cluster=${world.cluster.slug}`,
      `/api/v1/challenges/${id}`,
      `/challenges/${id}`,
      `/challenges?q=${crypto.randomUUID().slice(0, 8)}`,
      `/clusters/${world.cluster.slug}`,
      `/api/v1/clusters/${world.cluster.slug}`,
      `/clusters/${world.cluster.slug}/impact`,
      `/api/v1/clusters/${world.cluster.slug}/impact`,
      `/api/v1/clusters/${world.cluster.slug}/impact.csv?from=2024-01-01`,
      '/feeds/challenges.atom',
      '/api/v1/open-data',
      '/calls',
      '/open-data',
    ]) {
      const { first, second } = await cachedRead(path);
      expect(state(first), path).toBe('miss');
      if (!path.includes('open-data')) expect(d1Stats(first).calls, path).toBeGreaterThan(0);
      expect(d1Stats(second), path).toEqual({ calls: 0, statements: 0 });
      expect(second.body, path).toEqual(first.body);
      expect(second.headers.get('content-type'), path).toBe(first.headers.get('content-type'));
      for (const res of [first, second]) {
        expect(res.headers.get('cache-control'), path).toBe(PUBLIC);
        // The impact figures' JSON and CSV share a URL: their format follows Accept too.
        const vary = /\/impact(?:\?|$)/.test(path) && path.startsWith('/api/') ? ', Accept' : '';
        expect(res.headers.get('vary'), path).toBe(`Accept-Language, Authorization, Cookie${vary}`);
        expect(res.headers.get('etag'), path).toMatch(/^"[v0-9a-f-]+"$/);
        expect(res.headers.get('set-cookie'), path).toBeNull();
      }
      expect(second.headers.get('etag'), path).toBe(first.headers.get('etag'));
      // The stored copy keeps the bookmark it was read at, not the first request's id.
      expect(second.headers.get('x-d1-bookmark'), path).toBe(first.headers.get('x-d1-bookmark'));
      expect(second.headers.get('x-request-id'), path).not.toBe(first.headers.get('x-request-id'));
    }
  });

  it('answers If-None-Match with 304 and no body, from the cache and on a miss', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    for (const path of [`/challenges/${id}`, `/api/v1/challenges/${id}`]) {
      const { first } = await cachedRead(path);
      const etag = first.headers.get('etag')!;
      for (const header of [etag, `W/${etag}`, `"other", ${etag}`]) {
        const revalidated = await api(path, { headers: { 'if-none-match': header } });
        expect(revalidated.status, `${path} ${header}`).toBe(304);
        expect(revalidated.body).toBeNull();
        expect(revalidated.headers.get('etag')).toBe(etag);
        expect(revalidated.headers.get('cache-control')).toBe(PUBLIC);
        expect(state(revalidated)).toBe('hit');
      }
      expect((await api(path, { headers: { 'if-none-match': '"stale"' } })).status).toBe(200);
    }
    // A page's first read (a miss) compares the ETag it just computed.
    const other = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const { first } = await cachedRead(`/challenges/${other}`);
    await must(api(`/api/v1/challenges/${other}/endorsement`, { method: 'PUT', token: world.users.evaluator.token }));
    const changed = await api(`/challenges/${other}`, { headers: { 'if-none-match': first.headers.get('etag')! } });
    expect(changed.status).toBe(200);
    expect(state(changed)).toBe('miss');
    const same = await api(`/challenges/${other}`, { headers: { 'if-none-match': changed.headers.get('etag')! } });
    expect(same.status).toBe(304);
  });

  it('keep each language apart: German and English readers of one URL get their own copy', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const path = `/challenges/${id}`;
    const de = await cachedRead(path, { 'accept-language': 'de-DE,de;q=0.9' });
    const en = await cachedRead(path, { 'accept-language': 'en-GB' });
    const ro = await cachedRead(path, { cookie: 'lang=ro' });
    expect(de.second.body).toContain('<html lang="de"');
    expect(en.second.body).toContain('<html lang="en"');
    expect(ro.second.body).toContain('<html lang="ro"');
    expect(de.second.headers.get('etag')).not.toBe(en.second.headers.get('etag'));
    // Choosing a language with ?lang= sets its cookie, so that answer is neither served from nor put in the cache.
    const chosen = await api(`${path}?lang=it`);
    expect(chosen.body).toContain('<html lang="it"');
    expect(chosen.headers.get('set-cookie')).toMatch(/^lang=it;/);
    expect(state(chosen)).toBeNull();
    expect(state(await api(`${path}?lang=it`))).toBeNull();
  });

  it("keep a cluster's impact figures as JSON and CSV apart: Accept: text/csv neither gets nor stores the JSON", async () => {
    const path = `/api/v1/clusters/${world.cluster.slug}/impact?from=2024-01-01&formats=1`;
    const csv = { accept: 'text/csv' };
    // A CSV reader first: answered as CSV, past the cache, so nothing is stored under the JSON's key.
    const first = await api(path, { headers: csv });
    expect(first.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(state(first)).toBeNull();
    const { first: json, second } = await cachedRead(path);
    expect(state(json)).toBe('miss');
    expect(second.headers.get('content-type')).toMatch(/^application\/json/);
    // And the stored JSON is never handed to a CSV reader.
    const after = await api(path, { headers: csv });
    expect(after.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(state(after)).toBeNull();
    for (const res of [first, second, after]) {
      expect(res.headers.get('vary')).toBe('Accept-Language, Authorization, Cookie, Accept');
    }
  });

  it('go to D1 when the client asks for a fresh answer (no-cache: a hard reload, the bench), which is stored anew', async () => {
    const path = `/api/v1/challenges?cluster=${world.cluster.slug}&fresh=1`;
    await cachedRead(path);
    for (const headers of [{ 'cache-control': 'no-cache' }, { pragma: 'no-cache' }] as Record<string, string>[]) {
      const fresh = await api(path, { headers });
      expect(state(fresh)).toBe('miss');
      expect(d1Stats(fresh).calls).toBeGreaterThan(0);
    }
    expect(state(await api(path))).toBe('hit');
  });

  it('never serve or keep a draft (or any 404) for anonymous readers', async () => {
    const draft = await createDraft(world.users.clinician, world.cluster.slug);
    for (const path of [`/api/v1/challenges/${draft.id}`, `/challenges/${draft.id}`]) {
      for (let i = 0; i < 2; i++) {
        const res = await api(path);
        expect(res.status, path).toBe(404);
        expect(state(res), path).toBeNull();
        expect(res.headers.get('cache-control'), path).toContain('no-store');
      }
    }
  });
});

describe('signed-in reads', () => {
  it('are never served from or put into the cache, and say no-store (stronger than private)', async () => {
    const id = await openChallenge(world.users.clinician, world.users.moderator, world.cluster.slug);
    const path = `/api/v1/challenges/${id}?signed-in-first=1`;
    const { solver } = world.users;
    for (const options of [{ token: solver.token }, { cookie: solver.cookie }, { cookie: solver.cookie }]) {
      const res = await api(path, options);
      expect(res.status).toBe(200);
      expect(state(res)).toBeNull();
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('vary')).toBe('Accept-Language, Authorization, Cookie');
      expect(d1Stats(res).calls).toBeGreaterThan(0);
    }
    // What they read was not stored: the first anonymous read is a miss.
    expect(state(await api(path))).toBe('miss');
    // And what anonymous readers stored is not served to them: their own view (e.g. the owner's affordances).
    await cachedRead(`/challenges/${id}`);
    const owner = await api(`/challenges/${id}`, { cookie: world.users.clinician.cookie });
    expect(state(owner)).toBeNull();
    expect(d1Stats(owner).calls).toBeGreaterThan(0);
  });
});

describe('anonymous readers with a D1 bookmark of their own', () => {
  it('are served from the cache too (their write purged it), and API clients get their bookmark back', async () => {
    const path = `/api/v1/challenges?cluster=${world.cluster.slug}&bookmark-test=1`;
    await cachedRead(path);
    const bookmark = (await api('/api/v1/health')).headers.get('x-d1-bookmark');
    expect(bookmark).toBeTruthy();
    const res = await api(path, { headers: { 'x-d1-bookmark': bookmark! } });
    expect(state(res)).toBe('hit');
    expect(res.headers.get('x-d1-bookmark')).toBe(bookmark);
  });
});

describe('freshness: a write purges what anonymous readers see here', () => {
  const titleOf = async (id: string) => (await api(`/api/v1/challenges/${id}`)).body.title as string;

  it('after an approval (publish), the catalogue, the cluster page and the challenge show it at once', async () => {
    const { clinician, moderator } = world.users;
    const draft = await createDraft(clinician, world.cluster.slug, { title: `Published ${crypto.randomUUID()}` });
    const list = `/api/v1/challenges?cluster=${world.cluster.slug}&limit=100`;
    const page = `/clusters/${world.cluster.slug}`;
    await cachedRead(list);
    await cachedRead(page);
    await cachedRead('/feeds/challenges.atom');
    await must(transition(clinician, draft.id, 'submit'));
    await must(transition(moderator, draft.id, 'approve'));
    const after = await api(list);
    expect(state(after)).toBe('miss');
    expect(after.body.data.map((c: { id: string }) => c.id)).toContain(draft.id);
    expect((await api(`/api/v1/challenges/${draft.id}`)).status).toBe(200);
    const detailPage = await api(`/challenges/${draft.id}`);
    expect(detailPage.status).toBe(200);
    expect((await api('/feeds/challenges.atom')).body).toContain(draft.id);
  });

  it('after an edit, the API and the page show the new title at once', async () => {
    const { clinician, moderator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    await cachedRead(`/api/v1/challenges/${id}`);
    await cachedRead(`/challenges/${id}`);
    const read = await api(`/api/v1/challenges/${id}`, { token: moderator.token });
    const title = `Edited ${crypto.randomUUID()}`;
    await must(
      api(`/api/v1/challenges/${id}`, {
        method: 'PATCH',
        token: moderator.token,
        body: { version: read.body.version, title },
      }),
    );
    expect(await titleOf(id)).toBe(title);
    expect((await api(`/challenges/${id}`)).body).toContain(title);
  });

  it('after an endorsement, the count is the new one at once (a page form write too)', async () => {
    const { clinician, moderator, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const before = (await cachedRead(`/api/v1/challenges/${id}`)).second.body.endorsement_count as number;
    await must(api(`/api/v1/challenges/${id}/endorsement`, { method: 'PUT', token: evaluator.token }));
    expect((await api(`/api/v1/challenges/${id}`)).body.endorsement_count).toBe(before + 1);

    // The same through the page's form, by a signed-in browser.
    await cachedRead(`/api/v1/challenges/${id}`);
    const other = await registerUser('clinician');
    const form = await SELF.fetch(`https://bedside.test/challenges/${id}/endorsement`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        cookie: other.cookie,
        origin: 'https://bedside.test',
        'content-type': 'application/x-www-form-urlencoded',
        'cf-connecting-ip': crypto.randomUUID(),
      },
      body: 'endorsed=1',
    });
    expect(form.status).toBeLessThan(400);
    expect((await api(`/api/v1/challenges/${id}`)).body.endorsement_count).toBe(before + 2);
  });

  it('after a decision, the challenge reads as decided at once, and the public impact figures count it', async () => {
    const { clinician, moderator, solver, evaluator } = world.users;
    const id = await openChallenge(clinician, moderator, world.cluster.slug);
    const s = await submitSolution(solver, id);
    await assignJury(clinician, id, evaluator);
    await startEvaluation(clinician, id);
    const before = (await cachedRead(`/api/v1/challenges/${id}`)).second;
    expect(before.body.status).toBe('evaluation');
    await cachedRead(`/challenges/${id}`);
    const impact = `/api/v1/clusters/${world.cluster.slug}/impact`;
    const decisions = (res: ApiResponse) =>
      (res.body.decisions as { value: number }[]).reduce((sum, quarter) => sum + quarter.value, 0);
    const impactBefore = decisions((await cachedRead(impact)).second);
    await cachedRead(`/clusters/${world.cluster.slug}/impact`);
    await must(decide(moderator, id, { winners: [s] }));
    const after = await api(`/api/v1/challenges/${id}`);
    expect(state(after)).toBe('miss');
    expect(after.body.status).toBe('decided');
    expect(state(await api(`/challenges/${id}`))).toBe('miss');
    const impactAfter = await api(impact);
    expect(state(impactAfter)).toBe('miss');
    expect(decisions(impactAfter)).toBe(impactBefore + 1);
    expect(state(await api(`/clusters/${world.cluster.slug}/impact`))).toBe('miss');
  });

  it('writes that change nothing public (a failed write, a notification read) keep the cache', async () => {
    const path = `/api/v1/challenges?cluster=${world.cluster.slug}&quiet=1`;
    await cachedRead(path);
    const refused = await transition(world.users.solver, crypto.randomUUID(), 'approve');
    expect(refused.status).toBe(404);
    await must(
      api('/api/v1/me/notifications/read', { method: 'POST', token: world.users.solver.token, body: { all: true } }),
    );
    expect(state(await api(path))).toBe('hit');
  });
});
