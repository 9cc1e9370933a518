import { env } from 'cloudflare:test';
import { api } from './http';
import { unique } from './unique';

export const PASSWORD = 'correct horse battery';

export interface TestUser {
  id: string;
  email: string;
  token: string;
  cookie: string;
}

/**
 * Registers a user through the API and returns their token and session cookie. Their address is
 * confirmed straight in the database unless `confirmed: false`: the confirmation flow itself is
 * tested in accounts/verification, everything else needs accounts that may take part. Likewise a
 * claim to an existing organization (issue 16) is confirmed straight away unless `claim: 'pending'`
 * (the claim's decision is tested in organizations/affiliation*): colleagues stay colleagues.
 */
export async function registerUser(
  kind: 'clinician' | 'solver' = 'clinician',
  extra: Record<string, unknown> = {},
  { confirmed = true, claim = 'confirmed' }: { confirmed?: boolean; claim?: 'confirmed' | 'pending' } = {},
) {
  const email = (extra.email as string | undefined) ?? `${kind}-${unique()}@test.example`;
  const res = await api('/api/v1/auth/register', {
    body: { email, password: PASSWORD, name: `Test ${kind}`, kind, ...extra },
  });
  if (res.status !== 201) throw new Error(`register failed: ${res.status} ${JSON.stringify(res.body)}`);
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const id = res.body.user.id as string;
  if (confirmed) await confirmDirectly(id);
  if (claim === 'confirmed' && extra.organization) await confirmClaimDirectly(id);
  return { id, email, token: res.body.token as string, cookie } satisfies TestUser;
}

/** Marks an account's address confirmed, as opening its confirmation link would. */
export const confirmDirectly = (userId: string) =>
  env.DB.prepare("UPDATE users SET email_confirmed_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?")
    .bind(userId)
    .run();

/**
 * Confirms an account's waiting organization claim in the database, as one of the organization's
 * administrators would (POST …/memberships/{userId}/confirm): it becomes their affiliation.
 */
export const confirmClaimDirectly = (userId: string) =>
  env.DB.batch([
    env.DB.prepare(
      `UPDATE organization_memberships SET status = 'confirmed', via = 'admin',
        decided_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE user_id = ? AND status = 'claimed'`,
    ).bind(userId),
    env.DB.prepare(
      `UPDATE users SET organization_id = (SELECT organization_id FROM organization_memberships
        WHERE user_id = ?1 AND status = 'confirmed') WHERE id = ?1`,
    ).bind(userId),
  ]);

/** Admins are made in the database: no API creates them (an operator does). */
export async function createAdmin(): Promise<TestUser> {
  const user = await registerUser('clinician');
  await env.DB.prepare('UPDATE users SET is_admin = 1 WHERE id = ?').bind(user.id).run();
  return user;
}

export async function createCluster(admin: TestUser, slug = `cluster-${unique()}`) {
  const res = await api('/api/v1/clusters', {
    token: admin.token,
    body: { slug, name: `Cluster ${slug}`, region: 'Test region', country: 'DE', description: 'For tests.' },
  });
  if (res.status !== 201) throw new Error(`create cluster failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body as { id: string; slug: string };
}

export async function createModerator(admin: TestUser, clusterSlug: string): Promise<TestUser> {
  const user = await registerUser('clinician');
  const res = await api(`/api/v1/clusters/${clusterSlug}/moderators/${user.id}`, { method: 'PUT', token: admin.token });
  if (res.status !== 200) throw new Error(`appoint failed: ${res.status} ${JSON.stringify(res.body)}`);
  return user;
}

export type Role = 'anonymous' | 'clinician' | 'solver' | 'evaluator' | 'moderator' | 'other_moderator' | 'admin';
export const ROLES: Role[] = ['anonymous', 'clinician', 'solver', 'evaluator', 'moderator', 'other_moderator', 'admin'];

/** The same status for every role. */
export const everyone = (status: number): Record<Role, number> => ({
  anonymous: status,
  clinician: status,
  solver: status,
  evaluator: status,
  moderator: status,
  other_moderator: status,
  admin: status,
});

/** Signed-in users get `status`, anonymous 401. */
export const signedIn = (status: number): Record<Role, number> => ({ ...everyone(status), anonymous: 401 });

/** Admin gets `status`, other signed-in users 403, anonymous 401. */
export const adminOnly = (status: number): Record<Role, number> => ({
  ...everyone(403),
  anonymous: 401,
  admin: status,
});

export interface World {
  cluster: { id: string; slug: string };
  otherCluster: { id: string; slug: string };
  users: Record<Exclude<Role, 'anonymous'>, TestUser>;
  token(role: Role): string | undefined;
}

/**
 * One user per role around a fresh cluster: the moderator moderates it, the other moderator
 * moderates another cluster. The evaluator is a clinician account; routes about challenges and
 * solutions put them on the jury of the resource under test.
 */
export async function createWorld(): Promise<World> {
  const admin = await createAdmin();
  const cluster = await createCluster(admin);
  const otherCluster = await createCluster(admin);
  const [clinician, solver, evaluator, moderator, otherModerator] = await Promise.all([
    registerUser('clinician'),
    registerUser('solver'),
    registerUser('clinician'),
    createModerator(admin, cluster.slug),
    createModerator(admin, otherCluster.slug),
  ]);
  const users = { admin, clinician, solver, evaluator, moderator, other_moderator: otherModerator };
  return { cluster, otherCluster, users, token: (role) => (role === 'anonymous' ? undefined : users[role].token) };
}
