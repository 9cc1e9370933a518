import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createWorld, registerUser, type TestUser, type World } from '../../helpers/actors';
import { api, must } from '../../helpers/http';
import { outboxTo, tokenFromMail } from '../../helpers/mail';
import { unique } from '../../helpers/unique';

/**
 * Verified affiliation (issue 16): naming an existing organization at registration, or claiming
 * one, is a claim; it becomes the person's organization only when confirmed by a verified email
 * domain, one of the organization's administrators, a moderator of its home cluster or an admin.
 */
let world: World;
beforeAll(async () => {
  world = await createWorld();
});

/** A new organization registered by its founder (its confirmed admin), and its id. */
async function founded(kind: 'clinician' | 'solver' = 'clinician', domain = `${unique()}.example`) {
  const name = `Klinikum ${unique()}`;
  const founder = await registerUser(kind, {
    email: `founder-${unique()}@${domain}`,
    organization: { name, kind: 'hospital', country: 'DE' },
  });
  const me = await must(api('/api/v1/me', { token: founder.token }));
  return { name, domain, founder, id: me.body.organization.id as string };
}

/** Someone who named the organization at registration: a claim, waiting. */
const claimant = (name: string, email?: string, options: { confirmed?: boolean } = {}) =>
  registerUser(
    'clinician',
    { organization: { name, kind: 'hospital', country: 'DE' }, ...(email ? { email } : {}) },
    { claim: 'pending', ...options },
  );

const organizationOf = async (user: TestUser) =>
  (await must(api('/api/v1/me', { token: user.token }))).body.organization?.id ?? null;

const membership = (organizationId: string, userId: string) =>
  env.DB.prepare(
    'SELECT role, status, via, decided_by FROM organization_memberships WHERE organization_id = ? AND user_id = ?',
  )
    .bind(organizationId, userId)
    .first();

const confirm = (organizationId: string, userId: string, user: TestUser | undefined, query = '') =>
  api(`/api/v1/organizations/${organizationId}/memberships/${userId}/confirm${query}`, {
    method: 'POST',
    token: user?.token,
  });
const decline = (organizationId: string, userId: string, user: TestUser | undefined) =>
  api(`/api/v1/organizations/${organizationId}/memberships/${userId}/decline`, { method: 'POST', token: user?.token });

const kindsFor = async (user: TestUser) =>
  ((await must(api('/api/v1/me/notifications', { token: user.token }))).body.data as { kind: string }[]).map(
    (n) => n.kind,
  );

describe('registering with an organization', () => {
  it('makes the founder of a new organization its confirmed admin, and a colleague a claimant shown without it', async () => {
    const org = await founded();
    expect(await membership(org.id, org.founder.id)).toEqual({
      role: 'admin',
      status: 'confirmed',
      via: 'created',
      decided_by: null,
    });
    const colleague = await claimant(org.name.toUpperCase());
    expect(await organizationOf(colleague)).toBeNull();
    // GET /me says what waits, so a client can tell its user (the founder has nothing waiting).
    const theirs = await must(api('/api/v1/me', { token: colleague.token }));
    expect(theirs.body.pending_organization).toEqual({ id: org.id, name: org.name });
    expect((await must(api('/api/v1/me', { token: org.founder.token }))).body.pending_organization).toBeNull();
    expect(await membership(org.id, colleague.id)).toMatchObject({ role: 'member', status: 'claimed', via: null });
    // A new organization is not verified: it is not in the directory yet.
    const row = await env.DB.prepare('SELECT verified_at, listed_at FROM organizations WHERE id = ?')
      .bind(org.id)
      .first();
    expect(row).toEqual({ verified_at: null, listed_at: null });
  });
});

describe('a claim confirmed by a verified email domain', () => {
  it('is confirmed when the claimant confirms an address on that domain, in the same step', async () => {
    const org = await founded();
    // Only admins verify domains.
    const url = `/api/v1/organizations/${org.id}/domains/${org.domain.toUpperCase()}`;
    expect((await api(url, { method: 'PUT', token: org.founder.token })).status).toBe(403);
    expect((await api(url, { method: 'PUT', token: world.users.moderator.token })).status).toBe(403);
    expect((await api(url, { method: 'PUT' })).status).toBe(401);
    const verified = await must(api(url, { method: 'PUT', token: world.users.admin.token }));
    expect(verified.body).toMatchObject({ organization_id: org.id, domain: org.domain });
    // The same domain for another organization is refused.
    const other = await founded();
    const taken = await api(`/api/v1/organizations/${other.id}/domains/${org.domain}`, {
      method: 'PUT',
      token: world.users.admin.token,
    });
    expect(taken.status).toBe(409);

    const onDomain = await claimant(org.name, `dr-${unique()}@${org.domain}`, { confirmed: false });
    const elsewhere = await claimant(org.name, `dr-${unique()}@gmail.example`, { confirmed: false });
    expect(await organizationOf(onDomain)).toBeNull();
    for (const person of [onDomain, elsewhere]) {
      const token = await tokenFromMail(person.email, 'confirm_email', '/confirm-email');
      await must(api('/api/v1/auth/verification/confirm', { body: { token } }));
    }
    expect(await organizationOf(onDomain)).toBe(org.id);
    expect(await membership(org.id, onDomain.id)).toMatchObject({ status: 'confirmed', via: 'domain' });
    // An address elsewhere confirms the account, not the claim.
    expect(await organizationOf(elsewhere)).toBeNull();
    expect(await membership(org.id, elsewhere.id)).toMatchObject({ status: 'claimed' });
    const audit = await env.DB.prepare(
      "SELECT action, actor_id, after FROM audit_log WHERE entity_type = 'organization' AND entity_id = ? AND action = 'membership.confirm'",
    )
      .bind(org.id)
      .all();
    expect(audit.results).toEqual([
      { action: 'membership.confirm', actor_id: onDomain.id, after: expect.stringContaining('"via":"domain"') },
    ]);
  });

  it('confirms the claims already waiting from confirmed addresses on the domain when an admin verifies it, and tells each claimant', async () => {
    const org = await founded();
    const onDomain = await claimant(org.name, `Dr-${unique()}@${org.domain.toUpperCase()}`);
    const unconfirmed = await claimant(org.name, `dr-${unique()}@${org.domain}`, { confirmed: false });
    const elsewhere = await claimant(org.name, `dr-${unique()}@sub.${org.domain}`);
    await must(
      api(`/api/v1/organizations/${org.id}/domains/${org.domain}`, { method: 'PUT', token: world.users.admin.token }),
    );
    expect(await organizationOf(onDomain)).toBe(org.id);
    expect(await membership(org.id, onDomain.id)).toMatchObject({ status: 'confirmed', via: 'domain' });
    expect(await kindsFor(onDomain)).toContain('affiliation_confirmed');
    // An address not confirmed yet waits for its confirmation; a subdomain is another domain.
    expect(await membership(org.id, unconfirmed.id)).toMatchObject({ status: 'claimed' });
    expect(await membership(org.id, elsewhere.id)).toMatchObject({ status: 'claimed' });
    expect(await kindsFor(elsewhere)).not.toContain('affiliation_confirmed');
  });

  it('is no longer confirmed by a domain an admin removed; what it confirmed before stays (404 for a domain it does not have)', async () => {
    const org = await founded();
    const url = `/api/v1/organizations/${org.id}/domains/${org.domain}`;
    await must(api(url, { method: 'PUT', token: world.users.admin.token }));
    const onDomain = async () => {
      const person = await claimant(org.name, `dr-${unique()}@${org.domain}`, { confirmed: false });
      const token = await tokenFromMail(person.email, 'confirm_email', '/confirm-email');
      await must(api('/api/v1/auth/verification/confirm', { body: { token } }));
      return person;
    };
    const before = await onDomain();
    expect(await organizationOf(before)).toBe(org.id);
    expect((await api(url, { method: 'DELETE', token: org.founder.token })).status).toBe(403);
    expect((await api(url, { method: 'DELETE', token: world.users.admin.token })).status).toBe(204);
    const again = await api(url, { method: 'DELETE', token: world.users.admin.token });
    expect(again.status).toBe(404);
    expect(again.body.detail).toContain(`has no verified domain ${org.domain}`);
    const after = await onDomain();
    expect(await membership(org.id, after.id)).toMatchObject({ status: 'claimed' });
    expect(await organizationOf(before)).toBe(org.id);
    const removed = await env.DB.prepare(
      "SELECT actor_id, before FROM audit_log WHERE entity_id = ? AND action = 'organization.remove_domain'",
    )
      .bind(org.id)
      .all();
    expect(removed.results).toEqual([
      { actor_id: world.users.admin.id, before: JSON.stringify({ domain: org.domain }) },
    ]);
    // The domain may now be verified for another organization.
    const other = await founded();
    await must(
      api(`/api/v1/organizations/${other.id}/domains/${org.domain}`, { method: 'PUT', token: world.users.admin.token }),
    );
  });

  it('leaves every other membership as it is when the confirmed address is on no verified domain', async () => {
    const name = `Klinikum ${unique()}`;
    const founder = await registerUser(
      'clinician',
      { organization: { name, kind: 'hospital', country: 'DE' } },
      { confirmed: false },
    );
    const token = await tokenFromMail(founder.email, 'confirm_email', '/confirm-email');
    await must(api('/api/v1/auth/verification/confirm', { body: { token } }));
    const id = await organizationOf(founder);
    expect(id).not.toBeNull();
    expect(await membership(id, founder.id)).toMatchObject({ role: 'admin', status: 'confirmed', via: 'created' });
  });

  it('confirms a claim made through the API at once when the confirmed address is on the domain', async () => {
    const org = await founded();
    await must(
      api(`/api/v1/organizations/${org.id}/domains/${org.domain}`, { method: 'PUT', token: world.users.admin.token }),
    );
    const person = await registerUser('solver', { email: `x-${unique()}@${org.domain}` });
    const claimed = await api(`/api/v1/organizations/${org.id}/memberships`, { method: 'POST', token: person.token });
    expect(claimed.status).toBe(201);
    expect(claimed.body).toMatchObject({
      organization_id: org.id,
      user_id: person.id,
      status: 'confirmed',
      via: 'domain',
    });
    expect(await organizationOf(person)).toBe(org.id);
  });
});

describe('a claim decided by people', () => {
  it('is confirmed by a moderator of the home cluster, not by one of another cluster', async () => {
    const org = await founded();
    // Its home cluster is set by an admin; no one else may.
    const home = { cluster_id: world.cluster.id };
    expect(
      (await api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: org.founder.token, body: home })).status,
    ).toBe(403);
    await must(api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: world.users.admin.token, body: home }));
    const person = await claimant(org.name);
    // Not listed: the moderator of another cluster is told nothing exists.
    expect((await confirm(org.id, person.id, world.users.other_moderator)).status).toBe(404);
    const list = await must(api(`/api/v1/organizations/${org.id}/memberships`, { token: world.users.moderator.token }));
    expect(list.body.data[0]).toMatchObject({ user_id: person.id, status: 'claimed', email_domain: 'test.example' });
    expect(JSON.stringify(list.body)).not.toContain(person.email);
    const confirmed = await must(confirm(org.id, person.id, world.users.moderator));
    expect(confirmed.body).toMatchObject({ status: 'confirmed', via: 'moderator', role: 'member' });
    expect(await organizationOf(person)).toBe(org.id);
    expect(await kindsFor(person)).toContain('affiliation_confirmed');
    const [mail] = await outboxTo(person.email, 'affiliation_confirmed');
    expect(mail?.params).toContain(org.name);
    // Confirmed once: a second confirmation is refused and says why.
    const again = await confirm(org.id, person.id, world.users.moderator);
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('confirmed already');
  });

  it('is confirmed by an administrator of the organization, who may make another administrator', async () => {
    const org = await founded();
    const person = await claimant(org.name);
    const second = await claimant(org.name);
    // A claimant cannot confirm themselves, nor a fellow claimant.
    expect((await confirm(org.id, person.id, person)).status).toBe(404);
    expect((await confirm(org.id, person.id, second)).status).toBe(404);
    expect((await confirm(org.id, person.id, undefined)).status).toBe(401);
    await must(confirm(org.id, person.id, org.founder, '?role=admin'));
    expect(await membership(org.id, person.id)).toEqual({
      role: 'admin',
      status: 'confirmed',
      via: 'admin',
      decided_by: org.founder.id,
    });
    // The new administrator decides too; a plain member does not.
    const member = await must(confirm(org.id, second.id, person));
    expect(member.body).toMatchObject({ role: 'member', status: 'confirmed' });
    const third = await claimant(org.name);
    expect((await confirm(org.id, third.id, second)).status).toBe(404);
    expect((await api(`/api/v1/organizations/${org.id}/memberships`, { token: second.token })).status).toBe(404);
  });

  it('is declined: the person stays without the organization, is told, and a member can be removed the same way', async () => {
    const org = await founded();
    const person = await claimant(org.name);
    const declined = await must(decline(org.id, person.id, org.founder));
    expect(declined.body).toMatchObject({ status: 'declined', via: 'admin' });
    expect(await organizationOf(person)).toBeNull();
    expect(await kindsFor(person)).toContain('affiliation_declined');
    expect((await confirm(org.id, person.id, org.founder)).status).toBe(409);
    // A member removed: their affiliation is cleared in the same step.
    const member = await claimant(org.name);
    await must(confirm(org.id, member.id, org.founder));
    expect(await organizationOf(member)).toBe(org.id);
    await must(decline(org.id, member.id, world.users.admin));
    expect(await organizationOf(member)).toBeNull();
    // No claim at all: 404.
    expect((await decline(org.id, world.users.solver.id, org.founder)).status).toBe(404);
  });

  it('keeps one claim waiting at a time, and moving to another organization leaves the first', async () => {
    const first = await founded();
    const second = await founded();
    const person = await registerUser('clinician');
    await must(api(`/api/v1/organizations/${first.id}/memberships`, { method: 'POST', token: person.token }), 201);
    await must(api(`/api/v1/organizations/${second.id}/memberships`, { method: 'POST', token: person.token }), 201);
    const rows = await env.DB.prepare('SELECT organization_id, status FROM organization_memberships WHERE user_id = ?')
      .bind(person.id)
      .all();
    expect(rows.results).toEqual([{ organization_id: second.id, status: 'claimed' }]);
    await must(confirm(second.id, person.id, second.founder));
    // Claiming the first again, then confirmed there: the second membership ends.
    await must(api(`/api/v1/organizations/${first.id}/memberships`, { method: 'POST', token: person.token }), 201);
    expect(await organizationOf(person)).toBe(second.id);
    await must(confirm(first.id, person.id, first.founder));
    expect(await organizationOf(person)).toBe(first.id);
    expect(await membership(second.id, person.id)).toBeNull();
    // Already a member: a claim is refused and says so.
    const again = await api(`/api/v1/organizations/${first.id}/memberships`, { method: 'POST', token: person.token });
    expect(again.status).toBe(409);
    expect(again.body.detail).toContain('already belong');
  });

  it('needs a confirmed address to claim, and an organization that exists', async () => {
    const org = await founded();
    const unconfirmed = await registerUser('solver', {}, { confirmed: false });
    const refused = await api(`/api/v1/organizations/${org.id}/memberships`, {
      method: 'POST',
      token: unconfirmed.token,
    });
    expect(refused.status).toBe(403);
    expect(refused.body.detail).toContain('Confirm your email address');
    expect((await api(`/api/v1/organizations/${org.id}/memberships`, { method: 'POST' })).status).toBe(401);
    const missing = await api(`/api/v1/organizations/${crypto.randomUUID()}/memberships`, {
      method: 'POST',
      token: world.users.solver.token,
    });
    expect(missing.status).toBe(404);
  });
});
