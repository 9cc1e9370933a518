import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser, type TestUser } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { decidedWithCooperations, publishBoth } from '../../helpers/cooperations';
import { marker } from '../../helpers/directory';
import { api } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';

/**
 * An organization's profile lists its public challenges, its solutions made public and its public
 * cooperations, and nothing confidential: not a network-only or unpublished challenge, not a
 * solution kept private, not a cooperation both sides have not published. The same for every
 * reader, the people in the confidential cooperation included.
 */
const m = marker();
let clinic: TestUser;
let solver: TestUser;
let colleague: TestUser;
let hospitalId: string;
let startupId: string;
const t = {
  open: `Open public challenge ${m}`,
  network: `Network-only challenge ${m}`,
  draft: `Unpublished draft ${m}`,
  shared: `Decided with a public cooperation ${m}`,
  confidential: `Decided with a confidential cooperation ${m}`,
  privateSolution: `Private solution ${m}`,
};
let publicCooperation: string;
let confidentialCooperation: string;

const list = async (id: string) =>
  (await env.DB.prepare("UPDATE organizations SET listed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
    .bind(id)
    .run()) && id;

beforeAll(async () => {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const hospital = { name: `Clinic ${m}`, kind: 'hospital', country: 'DE' };
  const startup = { name: `Startup ${m}`, kind: 'startup', country: 'IT' };
  [clinic, solver, colleague] = await Promise.all([
    registerUser('clinician', { organization: hospital }),
    registerUser('solver', { organization: startup }),
    registerUser('solver', { organization: startup }),
  ]);
  const me = await api('/api/v1/me', { token: clinic.token });
  hospitalId = await list(me.body.organization.id);
  startupId = await list((await api('/api/v1/me', { token: solver.token })).body.organization.id);

  await openChallenge(clinic, moderator, cluster.slug, { title: t.open });
  await openChallenge(clinic, moderator, cluster.slug, { title: t.network, visibility: 'network' });
  await createDraft(clinic, cluster.slug, { title: t.draft });
  const shared = await decidedWithCooperations(clinic, moderator, cluster.slug, [solver]);
  await env.DB.prepare('UPDATE challenges SET title = ? WHERE id = ?').bind(t.shared, shared.challenge).run();
  const secret = await decidedWithCooperations(clinic, moderator, cluster.slug, [solver], async () => {
    // Not selected, summary private: not a public result.
    const challenge = await env.DB.prepare(
      'SELECT challenge_id AS id FROM solutions WHERE submitter_id = ? ORDER BY created_at DESC LIMIT 1',
    )
      .bind(solver.id)
      .first<{ id: string }>();
    await submitSolution(colleague, challenge?.id ?? '', { title: t.privateSolution, summary_public: false });
  });
  await env.DB.prepare('UPDATE challenges SET title = ? WHERE id = ?').bind(t.confidential, secret.challenge).run();
  publicCooperation = shared.cooperations[0] ?? '';
  confidentialCooperation = secret.cooperations[0] ?? '';
  await publishBoth(clinic, solver, publicCooperation);
});

describe('organization profile', () => {
  it("lists the hospital's public challenges and public cooperation only", async () => {
    const res = await api(`/api/v1/organizations/${hospitalId}`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: hospitalId, kind: 'hospital', country: 'DE' });
    expect(res.body.challenges.items.map((c: { title: string }) => c.title).sort()).toEqual(
      [t.open, t.shared, t.confidential].sort(),
    );
    expect(res.body.challenges).toMatchObject({ count: 3, count_capped: false });
    expect(res.body.cooperations.items).toEqual([
      expect.objectContaining({ id: publicCooperation, challenge_title: t.shared, partner: `Startup ${m}` }),
    ]);
    expect(res.body.cooperations.count).toBe(1);
    const text = JSON.stringify(res.body);
    for (const hidden of [t.network, t.draft, confidentialCooperation]) expect(text).not.toContain(hidden);
  });

  it("lists the start-up's public results and public cooperation only", async () => {
    const res = await api(`/api/v1/organizations/${startupId}`);
    expect(res.status).toBe(200);
    expect(res.body.challenges).toEqual({ items: [], count: 0, count_capped: false });
    // Both winners made their summary public; the colleague's private, not selected solution is not a public result.
    expect(res.body.results.items.map((r: { challenge_title: string }) => r.challenge_title).sort()).toEqual(
      [t.shared, t.confidential].sort(),
    );
    expect(res.body.results.items.every((r: { outcome: string }) => r.outcome === 'winner')).toBe(true);
    expect(res.body.cooperations.items.map((c: { id: string }) => c.id)).toEqual([publicCooperation]);
    expect(res.body.cooperations.items[0].partner).toBe(`Clinic ${m}`);
    // It is there, of this start-up, and not public.
    const hiddenRow = await env.DB.prepare('SELECT status, organization_id FROM solutions WHERE title = ?')
      .bind(t.privateSolution)
      .first();
    expect(hiddenRow).toEqual({ status: 'not_selected', organization_id: startupId });
    const text = JSON.stringify(res.body);
    for (const hidden of [t.privateSolution, confidentialCooperation, t.network]) expect(text).not.toContain(hidden);
  });

  it('is the same for the people in the confidential cooperation as for anyone', async () => {
    const anonymous = await api(`/api/v1/organizations/${hospitalId}`);
    for (const user of [clinic, solver]) {
      const res = await api(`/api/v1/organizations/${hospitalId}`, { token: user.token });
      expect(res.body).toEqual(anonymous.body);
      expect(JSON.stringify(res.body)).not.toContain(confidentialCooperation);
    }
  });

  it('appears in the directory with its facets, and leaves it when unlisted', async () => {
    await env.DB.prepare("INSERT INTO organization_facets VALUES (?, 'offers', 'pilot_site')").bind(hospitalId).run();
    const found = await api(`/api/v1/organizations?q=${m}&offers=pilot_site`);
    expect(found.body.data.map((o: { id: string }) => o.id)).toEqual([hospitalId]);
    expect(found.body.data[0].facets.offers).toEqual(['pilot_site']);
    await env.DB.prepare('UPDATE organizations SET listed_at = NULL WHERE id = ?').bind(hospitalId).run();
    expect((await api(`/api/v1/organizations?q=${m}&offers=pilot_site`)).body.data).toEqual([]);
    expect((await api(`/api/v1/organizations/${hospitalId}`)).status).toBe(404);
    expect((await api(`/api/v1/organizations/${hospitalId}`, { token: clinic.token })).status).toBe(404);
    await list(hospitalId);
  });
});
