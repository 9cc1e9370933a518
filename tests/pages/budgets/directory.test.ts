import { env } from 'cloudflare:test';
import { describe, it } from 'vitest';
import { createAdmin, createCluster, createModerator, registerUser } from '../../helpers/actors';
import { openChallenge } from '../../helpers/challenges';
import { profile } from '../../helpers/directory';
import { api, must } from '../../helpers/http';
import { unique } from '../../helpers/unique';
import { type Cost, expectPinned, measure } from './measure';

const TAG = 'digital-pathology';

/**
 * A verified organization of a fresh cluster with its administrator, `n` waiting claims and `n`
 * confirmed members; `n` other listed partners with the same capability; `n` open challenges
 * tagged with it (so the organization's members get `n` suggested challenges and each challenge
 * `n + 1` suggested partners); `n` public expert profiles.
 */
async function world(n: number) {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const moderator = await createModerator(admin, cluster.slug);
  const owner = await registerUser('clinician');
  const org = await profile({
    kind: 'sme',
    trl: [4, 8],
    capability: [TAG],
    pathway: ['diagnosis'],
    offers: ['regulatory_advice', 'pilot_site'],
  });
  const orgAdmin = await registerUser('solver');
  const now = new Date().toISOString();
  const member = (userId: string, role: string) =>
    env.DB.prepare("INSERT INTO organization_memberships VALUES (?, ?, ?, 'confirmed', 'created', NULL, ?, ?)").bind(
      org.id,
      userId,
      role,
      now,
      now,
    );
  await env.DB.batch([
    env.DB.prepare('UPDATE organizations SET cluster_id = ?, verified_at = ? WHERE id = ?').bind(
      cluster.id,
      now,
      org.id,
    ),
    member(orgAdmin.id, 'admin'),
    env.DB.prepare('UPDATE users SET organization_id = ? WHERE id = ?').bind(org.id, orgAdmin.id),
  ]);
  const organization = { name: org.name, kind: 'sme', country: 'DE' };
  let challenge = '';
  for (let i = 0; i < n; i++) {
    await registerUser('clinician', { organization }, { claim: 'pending' });
    await registerUser('solver', { organization });
    await profile({ kind: 'hospital', capability: [TAG], pathway: ['diagnosis'], offers: ['pilot_site'] });
    challenge = await openChallenge(owner, moderator, cluster.slug, { tags: [TAG], trl_min: 5, trl_max: 6 });
    const expert = await registerUser('clinician');
    await must(
      api('/api/v1/me/profile', {
        method: 'PATCH',
        token: expert.token,
        body: { public: true, headline: `Pathologist ${unique()}`, expertise: [TAG], languages: ['de'], juror: true },
      }),
    );
  }
  return measure([
    { name: 'members and claims page, organization admin', path: `/organizations/${org.id}/members`, as: orgAdmin },
    { name: 'members and claims page, moderator', path: `/organizations/${org.id}/members`, as: moderator },
    {
      name: 'members and claims JSON, organization admin',
      path: `/api/v1/organizations/${org.id}/memberships`,
      as: orgAdmin,
      api: true,
    },
    { name: 'organization edit page', path: `/organizations/${org.id}/edit`, as: orgAdmin },
    { name: 'organization profile page, signed in', path: `/organizations/${org.id}`, as: owner },
    { name: 'organization profile JSON', path: `/api/v1/organizations/${org.id}`, as: owner, api: true },
    { name: 'partner search page, signed in', path: `/partners?capability=${TAG}`, as: owner },
    { name: 'partner search JSON', path: `/api/v1/organizations?capability=${TAG}`, as: owner, api: true },
    { name: 'people page, signed in', path: `/people?expertise=${TAG}`, as: owner },
    { name: 'people JSON', path: `/api/v1/people?expertise=${TAG}`, as: owner, api: true },
    { name: 'suggested partners page, owner', path: `/challenges/${challenge}/partners`, as: owner },
    { name: 'suggested partners JSON, owner', path: `/api/v1/challenges/${challenge}/matches`, as: owner, api: true },
    { name: 'my page with suggested challenges, member', path: '/me', as: orgAdmin },
    { name: 'my matches JSON, member', path: '/api/v1/me/matches', as: orgAdmin, api: true },
  ]);
}

const PINS: Record<string, Cost> = {
  // The organization with the asker's place in it and its claims and members in one batch; the
  // list is handed out only once the policy allowed (was 3 calls: the list read after the check).
  'members and claims page, organization admin': { calls: 2, statements: 3 },
  'members and claims page, moderator': { calls: 2, statements: 3 },
  'members and claims JSON, organization admin': { calls: 2, statements: 3 },
  'organization edit page': { calls: 3, statements: 3 },
  'organization profile page, signed in': { calls: 3, statements: 9 },
  'organization profile JSON': { calls: 2, statements: 8 },
  // One keyset page over the facet indexes.
  'partner search page, signed in': { calls: 2, statements: 2 },
  'partner search JSON': { calls: 2, statements: 2 },
  'people page, signed in': { calls: 2, statements: 2 },
  'people JSON': { calls: 2, statements: 2 },
  // The challenge, then its candidates scored in one statement.
  'suggested partners page, owner': { calls: 2, statements: 3 },
  'suggested partners JSON, owner': { calls: 2, statements: 3 },
  'my page with suggested challenges, member': { calls: 2, statements: 9 },
  'my matches JSON, member': { calls: 2, statements: 3 },
};

describe('round trips of the directory and matches pages', { timeout: 120_000 }, () => {
  it('cost the same for 3 and for 8 of what they list, and exactly the pinned cost', async () => {
    const small = await world(3);
    const large = await world(8);
    expectPinned(small, large, PINS);
  });
});
