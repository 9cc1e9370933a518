import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PASSWORD, registerUser, type TestUser, type World } from '../../helpers/actors';
import { createDraft, openChallenge } from '../../helpers/challenges';
import { assignJury } from '../../helpers/evaluation';
import { api, must } from '../../helpers/http';
import { submitSolution } from '../../helpers/solutions';
import { getTeam } from '../../helpers/team';
import { unique } from '../../helpers/unique';

/**
 * What an affiliation changes (issue 16): until a claim is confirmed the person is shown without
 * the organization everywhere, and conflict-of-interest checks ignore it; an organization's profile
 * is edited and listed by its administrators; the claims are in the person's data export and go
 * with their account.
 */
let world: World;
beforeAll(async () => {
  world = await createWorld();
});

async function founded(kind: 'clinician' | 'solver') {
  const name = `Acme ${unique()}`;
  const founder = await registerUser(kind, { organization: { name, kind: 'startup', country: 'DE' } });
  const me = await must(api('/api/v1/me', { token: founder.token }));
  return { name, founder, id: me.body.organization.id as string };
}

const claimant = (kind: 'clinician' | 'solver', name: string) =>
  registerUser(kind, { organization: { name, kind: 'startup', country: 'DE' } }, { claim: 'pending' });

const confirm = (organizationId: string, userId: string, by: TestUser) =>
  must(
    api(`/api/v1/organizations/${organizationId}/memberships/${userId}/confirm`, { method: 'POST', token: by.token }),
  );

const patch = (organizationId: string, by: TestUser | undefined, body: unknown) =>
  api(`/api/v1/organizations/${organizationId}`, { method: 'PATCH', token: by?.token, body });

describe('an unconfirmed claimant', () => {
  it('is shown without the organization on their challenges and solutions, and only confirmed ones recuse a juror', async () => {
    const { clinician: owner, moderator } = world.users;
    const acme = await founded('solver');
    const waiting = await claimant('solver', acme.name);
    // Their draft challenge and their solution carry no organization.
    const clinic = await founded('clinician');
    const clinician = await claimant('clinician', clinic.name);
    const draft = (await createDraft(clinician, world.cluster.slug)) as unknown as { organization: unknown };
    expect(draft.organization).toBeNull();
    const founders = (await createDraft(clinic.founder, world.cluster.slug)) as unknown as { organization: unknown };
    expect(founders.organization).toMatchObject({
      name: clinic.name,
    });
    const id = await openChallenge(owner, moderator, world.cluster.slug);
    const solution = await submitSolution(waiting, id);
    expect((await must(api(`/api/v1/solutions/${solution}`, { token: owner.token }))).body.organization).toBeNull();

    // Jurors who only claim the submitter's organization are not recused; a confirmed one is.
    const acmeSolution = await submitSolution(acme.founder, id);
    const claimingJuror = await claimant('clinician', acme.name);
    const memberJuror = await claimant('clinician', acme.name);
    await confirm(acme.id, memberJuror.id, acme.founder);
    await assignJury(owner, id, claimingJuror);
    await assignJury(owner, id, memberJuror);
    const team = await must(getTeam(owner, acmeSolution));
    expect((team.body.recusals as { juror_id: string }[]).map((r) => r.juror_id)).toEqual([memberJuror.id]);
  });
});

describe('editing an organization', () => {
  it('lists a complete profile once verified, keeps it out on `listed: false`, and refuses a member', async () => {
    const acme = await founded('solver');
    const member = await claimant('solver', acme.name);
    await confirm(acme.id, member.id, acme.founder);
    const complete = {
      region: 'Bayern',
      website: 'https://acme.example',
      description: 'Point-of-care sequencing for oncology.',
      trl_min: 4,
      trl_max: 6,
      facets: { capability: ['Liquid-Biopsy'], offers: ['co_development'], seeks: ['pilot_site'] },
    };
    // A member reads nothing of it (not listed yet: 404), and cannot edit it.
    expect((await patch(acme.id, member, complete)).status).toBe(404);
    expect((await patch(acme.id, undefined, complete)).status).toBe(401);
    const saved = await must(patch(acme.id, acme.founder, complete));
    expect(saved.body).toMatchObject({
      id: acme.id,
      region: 'Bayern',
      trl_min: 4,
      facets: { capability: ['liquid-biopsy'], offers: ['co_development'], seeks: ['pilot_site'] },
      verified_at: null,
      listed_at: null,
    });
    // Not verified: not in the directory. Its administrator cannot vouch for it; an admin can.
    expect((await api(`/api/v1/organizations/${acme.id}`)).status).toBe(404);
    expect((await patch(acme.id, acme.founder, { verified: true })).status).toBe(403);
    const verified = await must(patch(acme.id, world.users.admin, { verified: true }));
    expect(verified.body.verified_at).toEqual(expect.any(String));
    expect(verified.body.listed_at).toEqual(expect.any(String));
    const listed = await must(api(`/api/v1/organizations/${acme.id}`));
    expect(listed.body).toMatchObject({ name: acme.name, description: complete.description });
    const search = await must(api('/api/v1/organizations?capability=liquid-biopsy&limit=100'));
    expect((search.body.data as { id: string }[]).map((o) => o.id)).toContain(acme.id);
    // Listed now: a member is refused with 403, and the audit says which fields changed.
    expect((await patch(acme.id, member, { region: 'Elsewhere' })).status).toBe(403);
    const audit = await env.DB.prepare(
      "SELECT after FROM audit_log WHERE entity_id = ? AND action = 'organization.update' ORDER BY id LIMIT 1",
    )
      .bind(acme.id)
      .first<{ after: string }>();
    expect(JSON.parse(audit?.after ?? '{}').fields).toEqual([
      'description',
      'facets',
      'region',
      'trl_max',
      'trl_min',
      'website',
    ]);

    // Leaving the directory, and an incomplete profile, take it out.
    await must(patch(acme.id, acme.founder, { listed: false }));
    expect((await api(`/api/v1/organizations/${acme.id}`)).status).toBe(404);
    await must(patch(acme.id, acme.founder, { listed: true }));
    expect((await api(`/api/v1/organizations/${acme.id}`)).status).toBe(200);
    await must(patch(acme.id, acme.founder, { facets: { capability: [] } }));
    expect((await api(`/api/v1/organizations/${acme.id}`)).status).toBe(404);
  });

  it('refuses what it cannot save, naming the field', async () => {
    const acme = await founded('solver');
    for (const [body, field] of [
      [{ trl_min: 4 }, 'trl_max'],
      [{ trl_min: 7, trl_max: 3 }, 'trl_max'],
      [{ website: 'http://acme.example' }, 'website'],
      [{ name: 'Another name' }, ''],
      [{ facets: { offers: ['money'] } }, 'facets.offers.0'],
    ] as const) {
      const res = await patch(acme.id, acme.founder, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      if (field) expect(JSON.stringify(res.body.errors), JSON.stringify(body)).toContain(field);
    }
    const unknownCluster = await patch(acme.id, world.users.admin, { cluster_id: crypto.randomUUID() });
    expect(unknownCluster.status).toBe(400);
    expect(unknownCluster.body.detail).toContain('no such cluster');
  });
});

describe('the person’s data', () => {
  it('has their claims in the export, and deleting the account takes them but keeps the organization', async () => {
    const acme = await founded('solver');
    const person = await claimant('solver', acme.name);
    const exported = await must(api('/api/v1/me/export', { token: person.token }));
    expect(exported.body.organization_memberships).toEqual([
      expect.objectContaining({
        organization_id: acme.id,
        organization_name: acme.name,
        status: 'claimed',
        role: 'member',
      }),
    ]);
    expect(exported.body.organization_memberships[0]).not.toHaveProperty('decided_by');
    // The founder (its only administrator) leaves Bedside: the organization stays.
    await must(api('/api/v1/me/deletion', { token: acme.founder.token, body: { password: PASSWORD } }), 204);
    const left = await env.DB.prepare('SELECT count(*) AS n FROM organization_memberships WHERE user_id = ?')
      .bind(acme.founder.id)
      .first<{ n: number }>();
    expect(left?.n).toBe(0);
    expect(await env.DB.prepare('SELECT id FROM organizations WHERE id = ?').bind(acme.id).first()).toEqual({
      id: acme.id,
    });
    // An admin still decides the waiting claim.
    await confirm(acme.id, person.id, world.users.admin);
  });
});
