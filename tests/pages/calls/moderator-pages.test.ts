import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, type World } from '../../helpers/actors';
import { createCall } from '../../helpers/calls';
import { inDays } from '../../helpers/challenges';
import { api } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const day = (offset: number) => inDays(offset).slice(0, 10);

/** A complete new-call form: led by the world's cluster, run jointly with the other one. */
const callForm = (overrides: Record<string, string> = {}) => ({
  lead_cluster: world.cluster.slug,
  joint_clusters: world.otherCluster.slug,
  title: 'Joint diagnostics call 2027',
  description: 'Two clusters look for diagnostics that shorten the way from biopsy to therapy.',
  language: 'en',
  opens_at: day(-1),
  closes_at: day(60),
  trl_min: '4',
  trl_max: '6',
  organization_kinds: 'sme',
  countries: 'de, at',
  'benefit.0.kind': 'money',
  'benefit.0.amount': '50000',
  'benefit.0.currency': 'eur',
  'benefit.0.details': 'Up to 50 000 EUR per winner',
  'benefit.1.kind': 'pilot',
  'benefit.1.details': 'Six months on two wards',
  // A row with its kind only is an empty row: left out.
  'benefit.2.kind': 'mentoring',
  ...overrides,
});

const idFrom = (res: Response) => /\/calls\/([0-9a-f-]{36})/.exec(res.headers.get('location') ?? '')?.[1] as string;
const readCall = async (id: string) =>
  (await api(`/api/v1/calls/${id}`, { token: world.users.admin.token })).body as {
    status: string;
    version: number;
    title: string;
    clusters: { slug: string; lead: boolean }[];
    rules: unknown[];
    benefits: unknown[];
  };

describe('the new call form', () => {
  it('offers a moderator their own clusters to lead and the others to join; others may not create calls', async () => {
    const res = await page('/calls/new', world.users.moderator.cookie);
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<h1>New call</h1>');
    expect(html).toMatch(new RegExp(`<select[^>]*name="lead_cluster"[\\s\\S]*value="${world.cluster.slug}"`));
    expect(html).toContain(`name="joint_clusters" value="${world.otherCluster.slug}"`);
    expect(html).toContain('name="benefit.3.details"');
    expect((await page('/calls/new', world.users.clinician.cookie)).status).toBe(403);
    expect((await page('/calls/new', undefined, { redirect: 'manual' })).status).toBe(303);
  });

  it('says each mistake at its field in the page language and keeps what was typed', async () => {
    const res = await postForm(
      '/calls/new?lang=de',
      world.users.moderator.cookie,
      callForm({ title: 'Kurz', countries: 'Germany', 'benefit.0.currency': 'euro', trl_min: '7' }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toContain('id="title-error"');
    expect(html).toContain('id="countries-error"');
    expect(html).toContain('id="benefit.0.currency-error"');
    expect(html).toContain('id="trl_max-error"');
    expect(html).toContain('Bitte korrigieren Sie');
    expect(html).toContain('value="Germany"');
    expect(html).not.toMatch(/ISO 3166|min must not/);
    // Nothing was created.
    const list = await api(`/api/v1/calls?cluster=${world.cluster.slug}`, { token: world.users.moderator.token });
    expect((list.body as { items: { title: string }[] }).items.map((c) => c.title)).not.toContain('Kurz');
  });

  it('refuses a cluster the moderator does not run as the lead', async () => {
    const res = await postForm(
      '/calls/new',
      world.users.moderator.cookie,
      callForm({ lead_cluster: world.otherCluster.slug, joint_clusters: '' }),
    );
    // The form offers none; a forged one is refused, with the reason at the top of the form.
    expect(res.status).toBe(400);
    expect(await res.text()).toContain('You moderate none of the clusters named');
  });
});

describe('a call from draft to published through the pages', () => {
  let id: string;
  it('is created as a draft with its rules, benefits and clusters', async () => {
    const res = await postForm('/calls/new', world.users.moderator.cookie, callForm());
    expect(res.status).toBe(303);
    id = idFrom(res);
    expect(res.headers.get('location')).toBe(`/calls/${id}?done=created`);
    const call = await readCall(id);
    expect(call.status).toBe('draft');
    expect(call.clusters.map((c) => [c.slug, c.lead])).toEqual([
      [world.cluster.slug, true],
      [world.otherCluster.slug, false],
    ]);
    expect(call.rules).toEqual([
      { rule: 'trl', params: { min: 4, max: 6 } },
      { rule: 'organization_kinds', params: { kinds: ['sme'] } },
      { rule: 'countries', params: { countries: ['DE', 'AT'] } },
    ]);
    expect(call.benefits).toEqual([
      { kind: 'money', amount_minor: 5_000_000, currency: 'EUR', details: 'Up to 50 000 EUR per winner' },
      { kind: 'pilot', amount_minor: null, currency: null, details: 'Six months on two wards' },
    ]);
    const html = await (await page(`/calls/${id}?done=created`, world.users.moderator.cookie)).text();
    expect(html).toContain('The call is saved as a draft.');
    expect(html).toContain(`href="/calls/${id}/edit"`);
    expect(html).toContain('value="submit"');
  });

  it('is submitted by its creator, who is told why they cannot publish it and is refused', async () => {
    const res = await postForm(`/calls/${id}/transitions`, world.users.moderator.cookie, { action: 'submit' });
    expect(res.status).toBe(303);
    expect((await readCall(id)).status).toBe('in_review');
    const html = await (await page(`/calls/${id}`, world.users.moderator.cookie)).text();
    expect(html).toContain('You created this call, so you cannot publish it');
    expect(html).not.toContain('value="publish"');
    const refused = await postForm(`/calls/${id}/transitions`, world.users.moderator.cookie, {
      action: 'publish',
      confirmed: 'yes',
    });
    expect(refused.status).toBe(403);
    expect((await readCall(id)).status).toBe('in_review');
  });

  it('is published by a moderator of the joint cluster after the confirm step, in Italian', async () => {
    const reviewer = world.users.other_moderator.cookie;
    const html = await (await page(`/calls/${id}?lang=it`, reviewer)).text();
    expect(html).toContain('Pubblica il bando');
    expect(html).toContain('Richiedi modifiche');
    const asked = await postForm(`/calls/${id}/transitions?lang=it`, reviewer, { action: 'publish' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('Pubblicare il bando «Joint diagnostics call 2027»?');
    expect((await readCall(id)).status).toBe('in_review');
    const done = await postForm(`/calls/${id}/transitions?lang=it`, reviewer, { action: 'publish', confirmed: 'yes' });
    expect(done.status).toBe(303);
    expect(done.headers.get('location')).toBe(`/calls/${id}?done=publish`);
    expect((await readCall(id)).status).toBe('published');
    const after = await (await page(`/calls/${id}?done=publish&lang=it`, reviewer)).text();
    expect(after).toContain('Fatto: ora lo stato del bando è «Aperto»');
    // Open to everyone now, and listed.
    expect((await page(`/calls/${id}`)).status).toBe(200);
  });
});

describe('review and editing', () => {
  it('a request for changes needs a note; with one, the call goes back with the note shown', async () => {
    const { id } = await createCall(world.users.moderator, [world.cluster.slug]);
    await postForm(`/calls/${id}/transitions`, world.users.moderator.cookie, { action: 'submit' });
    const admin = world.users.admin.cookie;
    const bare = await postForm(`/calls/${id}/transitions`, admin, { action: 'request_changes' });
    expect(bare.headers.get('location')).toBe(`/calls/${id}?failed=note#actions`);
    expect(await (await page(`/calls/${id}?failed=note`, admin)).text()).toContain(
      'a request for changes needs a note',
    );
    const sent = await postForm(`/calls/${id}/transitions`, admin, {
      action: 'request_changes',
      note: 'Name the pilot sites.',
    });
    expect(sent.status).toBe(303);
    expect((await readCall(id)).status).toBe('changes_requested');
    const html = await (await page(`/calls/${id}`, world.users.moderator.cookie)).text();
    expect(html).toContain('Name the pilot sites.');
  });

  it('the edit form saves; a stale version comes back with what was typed and the current version', async () => {
    const { id, version } = await createCall(world.users.moderator, [world.cluster.slug]);
    const cookie = world.users.moderator.cookie;
    const form = await (await page(`/calls/${id}/edit`, cookie)).text();
    expect(form).toContain('<h1>Edit call</h1>');
    expect(form).toContain(`name="version" value="${version}"`);
    expect(form).toContain('value="DE, AT"');
    expect((await page(`/calls/${id}/edit`, world.users.other_moderator.cookie)).status).toBe(404);

    const fields = {
      title: 'Precision oncology call 2027, amended',
      description: 'Two clusters look for diagnostics that shorten the way from biopsy to targeted therapy.',
      language: 'en',
      opens_at: day(-1),
      closes_at: day(90),
      countries: 'DE, AT, CH',
    };
    const saved = await postForm(`/calls/${id}/edit`, cookie, { ...fields, version: String(version) });
    expect(saved.status).toBe(303);
    const call = await readCall(id);
    expect(call.title).toBe('Precision oncology call 2027, amended');
    expect(call.rules).toEqual([{ rule: 'countries', params: { countries: ['DE', 'AT', 'CH'] } }]);
    expect(call.benefits).toEqual([]);

    const stale = await postForm(`/calls/${id}/edit`, cookie, {
      ...fields,
      title: 'A stale edit of the call',
      version: String(version),
    });
    expect(stale.status).toBe(400);
    const html = await stale.text();
    expect(html).toContain('Someone changed this call while you were editing it.');
    expect(html).toContain('value="A stale edit of the call"');
    expect(html).toContain(`name="version" value="${version + 1}"`);
    expect((await readCall(id)).title).toBe('Precision oncology call 2027, amended');
  });

  it('withdraw asks first, then the call is withdrawn', async () => {
    const { id } = await createCall(world.users.moderator, [world.cluster.slug]);
    const cookie = world.users.moderator.cookie;
    const asked = await postForm(`/calls/${id}/transitions`, cookie, { action: 'withdraw' });
    expect(asked.status).toBe(200);
    expect(await asked.text()).toContain('A withdrawn call cannot be submitted or published again.');
    expect((await readCall(id)).status).toBe('draft');
    await postForm(`/calls/${id}/transitions`, cookie, { action: 'withdraw', confirmed: 'yes' });
    expect((await readCall(id)).status).toBe('withdrawn');
  });
});

describe('navigation', () => {
  it('every page links to the calls; moderators find "New call" on the list', async () => {
    expect(await (await page('/')).text()).toContain('<a href="/calls">Calls</a>');
    expect(await (await page('/calls', world.users.moderator.cookie)).text()).toContain('href="/calls/new"');
    expect(await (await page('/calls', world.users.solver.cookie)).text()).not.toContain('href="/calls/new"');
  });

  it("a moderator's page lists their clusters' calls in every state; nobody else's does", async () => {
    const draft = await createCall(world.users.moderator, [world.cluster.slug], { title: 'A draft call on /me page' });
    const mine = await (await page('/me', world.users.moderator.cookie)).text();
    expect(mine).toContain('<h2 id="my-calls">Calls of your clusters</h2>');
    expect(mine).toContain(`href="/calls/${draft.id}"`);
    expect(mine).toContain('Draft');
    const other = await (await page('/me', world.users.other_moderator.cookie)).text();
    expect(other).toContain('id="my-calls"');
    expect(other).not.toContain(`href="/calls/${draft.id}"`);
    expect(await (await page('/me', world.users.solver.cookie)).text()).not.toContain('id="my-calls"');
  });

  it("the cluster page links to its calls and its impact stories; /calls?cluster= lists that cluster's", async () => {
    const html = await (await page(`/clusters/${world.cluster.slug}?lang=de`)).text();
    expect(html).toContain(`href="/calls?cluster=${world.cluster.slug}"`);
    expect(html).toContain(`href="/clusters/${world.cluster.slug}/impact-stories"`);
    expect(html).toContain('Ausschreibungen dieses Clusters');
    const own = await (await page(`/calls?cluster=${world.cluster.slug}`, world.users.moderator.cookie)).text();
    const others = await (await page(`/calls?cluster=${world.otherCluster.slug}`, world.users.moderator.cookie)).text();
    expect(own).toContain('A draft call on /me page');
    expect(others).not.toContain('A draft call on /me page');
  });
});
