import { env } from 'cloudflare:test';
import { registerUser, type World } from './actors';
import { profile } from './directory';
import { api, must } from './http';
import { unique } from './unique';

/**
 * A new organization named at registration by its founder (its confirmed admin): its name, the
 * founder and its id. `email` gives the founder's address (an organization's domain).
 */
export async function founded(
  kind: 'clinician' | 'solver' = 'clinician',
  organization: { kind?: string; email?: string } = {},
) {
  const name = `Acme ${unique()}`;
  const founder = await registerUser(kind, {
    ...(organization.email ? { email: organization.email } : {}),
    organization: { name, kind: organization.kind ?? 'startup', country: 'DE' },
  });
  const me = await must(api('/api/v1/me', { token: founder.token }));
  return { name, founder, id: me.body.organization.id as string };
}

/**
 * An organization whose home cluster is the world's, with the clinician as its confirmed admin and
 * the solver as a confirmed member (issue 16, verified affiliation); listed or not.
 */
export async function governed(world: World, listed: boolean) {
  const { id } = await profile({ listed, description: 'Matrix clinic', capability: ['matrix-testing'] });
  const now = new Date().toISOString();
  const member = (userId: string, role: string) =>
    env.DB.prepare("INSERT INTO organization_memberships VALUES (?, ?, ?, 'confirmed', 'created', NULL, ?, ?)").bind(
      id,
      userId,
      role,
      now,
      now,
    );
  await env.DB.batch([
    env.DB.prepare('UPDATE organizations SET cluster_id = ?, verified_at = ? WHERE id = ?').bind(
      world.cluster.id,
      now,
      id,
    ),
    member(world.users.clinician.id, 'admin'),
    member(world.users.solver.id, 'member'),
  ]);
  return id;
}
