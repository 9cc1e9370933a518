import { env } from 'cloudflare:test';
import { adminOnly, everyone, type Role, registerUser, signedIn } from '../../helpers/actors';
import { governed } from '../../helpers/affiliation';
import { profile } from '../../helpers/directory';
import { unique } from '../../helpers/unique';
import type { MatrixCase } from './types';

/** The partner directory is public: listed profiles for everyone, unlisted ones for no one. */
export const organizationCases: MatrixCase[] = [
  {
    route: 'GET /api/v1/organizations',
    request: () => ({ path: '/api/v1/organizations?offers=pilot_site&trl=5' }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    variant: 'listed: public',
    request: async () => ({ path: `/api/v1/organizations/${(await profile()).id}` }),
    expect: everyone(200),
  },
  {
    route: 'GET /api/v1/organizations/{id}',
    variant: 'not listed: no one',
    request: async () => ({ path: `/api/v1/organizations/${(await profile({ listed: false })).id}` }),
    expect: everyone(404),
  },
];

/** Someone with a claim waiting for `organizationId`. */
async function claimantOf(organizationId: string) {
  const person = await registerUser('solver');
  await env.DB.prepare(
    "INSERT INTO organization_memberships (organization_id, user_id, claimed_at) VALUES (?, ?, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
  )
    .bind(organizationId, person.id)
    .run();
  return person.id;
}

/** Its administrators, the moderators of its home cluster and admins decide; others 403 if listed, else 404. */
const deciders = (refused: number): Record<Role, number> => ({
  anonymous: 401,
  clinician: 200,
  solver: refused,
  evaluator: refused,
  moderator: 200,
  other_moderator: refused,
  admin: 200,
});

export const affiliationCases: MatrixCase[] = [
  {
    route: 'POST /api/v1/organizations/{id}/memberships',
    variant: 'anyone signed in with a confirmed address claims',
    request: async () => ({
      path: `/api/v1/organizations/${(await profile({ listed: false })).id}/memberships`,
      method: 'POST',
    }),
    expect: signedIn(201),
  },
  ...[false, true].map(
    (listed): MatrixCase => ({
      route: 'GET /api/v1/organizations/{id}/memberships',
      variant: listed ? 'listed' : 'not listed',
      request: async (world) => ({ path: `/api/v1/organizations/${await governed(world, listed)}/memberships` }),
      expect: deciders(listed ? 403 : 404),
    }),
  ),
  ...(['confirm', 'decline'] as const).flatMap((step) =>
    [false, true].map(
      (listed): MatrixCase => ({
        route: `POST /api/v1/organizations/{id}/memberships/{userId}/${step}`,
        variant: listed ? 'listed' : 'not listed',
        request: async (world) => {
          const id = await governed(world, listed);
          return { path: `/api/v1/organizations/${id}/memberships/${await claimantOf(id)}/${step}`, method: 'POST' };
        },
        expect: deciders(listed ? 403 : 404),
      }),
    ),
  ),
  {
    route: 'PUT /api/v1/organizations/{id}/domains/{domain}',
    request: async (world) => ({
      path: `/api/v1/organizations/${await governed(world, false)}/domains/m${unique().replace(/[^a-z0-9]/g, '')}.example`,
      method: 'PUT',
    }),
    expect: adminOnly(200),
  },
  {
    route: 'DELETE /api/v1/organizations/{id}/domains/{domain}',
    request: async (world) => {
      const id = await governed(world, false);
      const domain = `m${unique().replace(/[^a-z0-9]/g, '')}.example`;
      await env.DB.prepare('INSERT INTO organization_domains (organization_id, domain, verified_at) VALUES (?, ?, ?)')
        .bind(id, domain, new Date().toISOString())
        .run();
      return { path: `/api/v1/organizations/${id}/domains/${domain}`, method: 'DELETE' };
    },
    expect: adminOnly(204),
  },
  ...[false, true].map(
    (listed): MatrixCase => ({
      route: 'PATCH /api/v1/organizations/{id}',
      variant: listed ? 'listed' : 'not listed',
      request: async (world) => ({
        path: `/api/v1/organizations/${await governed(world, listed)}`,
        method: 'PATCH',
        body: { region: 'Matrix region', facets: { offers: ['pilot_site'] } },
      }),
      expect: deciders(listed ? 403 : 404),
    }),
  ),
  {
    route: 'PATCH /api/v1/organizations/{id}',
    variant: 'verifying: moderators of its home cluster and admins',
    request: async (world) => ({
      path: `/api/v1/organizations/${await governed(world, true)}`,
      method: 'PATCH',
      body: { verified: true },
    }),
    expect: { ...deciders(403), clinician: 403 },
  },
];
