import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdmin, createCluster, createModerator, PASSWORD, registerUser } from '../../helpers/actors';
import { api, isProblem } from '../../helpers/http';
import { unique } from '../../helpers/unique';

const countUsers = async (email: string) =>
  (await env.DB.prepare('SELECT count(*) AS n FROM users WHERE email = ?').bind(email).first<{ n: number }>())?.n;

describe('POST /api/v1/auth/register', () => {
  it('creates the account, creates the organization or claims the existing one, and signs in', async () => {
    const email = `  Dr.Rossi-${unique()}@Policlinico.EXAMPLE `;
    const org = { name: `Policlinico ${unique()}`, kind: 'hospital', country: 'it' };
    const res = await api('/api/v1/auth/register', {
      body: { email, password: PASSWORD, name: 'Dr. Giulia Rossi', kind: 'clinician', organization: org },
    });
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({
      email: email.trim().toLowerCase(),
      name: 'Dr. Giulia Rossi',
      kind: 'clinician',
      is_admin: false,
      organization: { name: org.name, kind: 'hospital', country: 'IT' },
    });
    expect(res.body).toMatchObject({ token_type: 'Bearer', expires_in: 900 });
    expect(res.body.token.split('.')).toHaveLength(3);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^__Host-bedside_session=[\w-]{40,};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Secure');
    expect(cookie).toContain('SameSite=Lax');
    expect(JSON.stringify(res.body)).not.toMatch(/password|pbkdf2/i);

    // A colleague with the same organization (any case) claims it instead of duplicating it: shown
    // without it until the claim is confirmed (tests/api/organizations/affiliation*.test.ts).
    const colleague = await api('/api/v1/auth/register', {
      body: {
        email: `colleague-${unique()}@policlinico.example`,
        password: PASSWORD,
        name: 'Dr. Marco Bianchi',
        kind: 'clinician',
        organization: { ...org, name: org.name.toUpperCase() },
      },
    });
    expect(colleague.status).toBe(201);
    expect(colleague.body.user.organization).toBeNull();
    const claims = await env.DB.prepare(
      'SELECT organization_id, user_id, role, status FROM organization_memberships WHERE organization_id = ? ORDER BY role',
    )
      .bind(res.body.user.organization.id)
      .all();
    expect(claims.results).toEqual([
      { organization_id: res.body.user.organization.id, user_id: res.body.user.id, role: 'admin', status: 'confirmed' },
      {
        organization_id: res.body.user.organization.id,
        user_id: colleague.body.user.id,
        role: 'member',
        status: 'claimed',
      },
    ]);
  });

  it('stores a salted PBKDF2 hash, never the password', async () => {
    const a = await registerUser('solver');
    const b = await registerUser('solver');
    const rows = await env.DB.prepare('SELECT password_hash FROM users WHERE id IN (?, ?)').bind(a.id, b.id).all<{
      password_hash: string;
    }>();
    const [ha, hb] = rows.results.map((r) => r.password_hash);
    expect(ha).toMatch(/^pbkdf2-sha256\$100000\$[\w+/=]+\$[\w+/=]+$/);
    expect(ha).not.toBe(hb); // same password, different salts
    expect(ha).not.toContain(PASSWORD);
  });

  it('answers a second account with the same email (any case) with 409 and writes nothing', async () => {
    const user = await registerUser('clinician');
    const res = await api('/api/v1/auth/register', {
      body: { email: user.email.toUpperCase(), password: PASSWORD, name: 'Someone Else', kind: 'solver' },
    });
    expect(isProblem(res, 409, 'duplicate')).toBe(true);
    expect(res.body.errors).toEqual([
      { path: 'email', message: 'This email is already registered: sign in, or reset its password.' },
    ]);
    expect(await countUsers(user.email)).toBe(1);
  });

  const valid = () => ({
    email: `valid-${unique()}@test.example`,
    password: PASSWORD,
    name: 'Valid Name',
    kind: 'solver',
  });
  const badInputs: [string, (body: Record<string, unknown>) => unknown, string][] = [
    ['a missing email', ({ email: _, ...rest }) => rest, 'email'],
    ['a bad email', (b) => ({ ...b, email: 'not-an-email' }), 'email'],
    ['an email that is a number', (b) => ({ ...b, email: 42 }), 'email'],
    ['a short password', (b) => ({ ...b, password: 'short' }), 'password'],
    ['an over-long password', (b) => ({ ...b, password: 'x'.repeat(257) }), 'password'],
    ['a missing name', ({ name: _, ...rest }) => rest, 'name'],
    ['an over-long name', (b) => ({ ...b, name: 'n'.repeat(121) }), 'name'],
    ['an unknown account kind', (b) => ({ ...b, kind: 'admin' }), 'kind'],
    ['an unknown field', (b) => ({ ...b, is_admin: true }), '(root)'],
    [
      'an organization without a kind',
      (b) => ({ ...b, organization: { name: 'Org', country: 'DE' } }),
      'organization.kind',
    ],
    [
      'a bad organization kind',
      (b) => ({ ...b, organization: { name: 'Org', kind: 'bank', country: 'DE' } }),
      'organization.kind',
    ],
    [
      'a bad country',
      (b) => ({ ...b, organization: { name: 'Org', kind: 'sme', country: 'Germany' } }),
      'organization.country',
    ],
  ];
  for (const [what, mutate, path] of badInputs) {
    it(`refuses ${what} with 400 naming ${path}, and writes nothing`, async () => {
      const body = mutate(valid()) as Record<string, unknown>;
      const res = await api('/api/v1/auth/register', { body });
      expect(isProblem(res, 400, 'validation_failed')).toBe(true);
      expect(res.body.errors.map((e: { path: string }) => e.path)).toContain(path);
      expect(res.body.detail).toContain(path);
      if (typeof body.email === 'string') expect(await countUsers(body.email)).toBe(0);
      const orgs = await env.DB.prepare("SELECT count(*) AS n FROM organizations WHERE name = 'Org'").first<{
        n: number;
      }>();
      expect(orgs?.n).toBe(0);
    });
  }

  it('refuses malformed JSON with 400 and a problem document', async () => {
    const res = await api('/api/v1/auth/register', { body: '{"email": "a@b.c", ' });
    expect(isProblem(res, 400, 'malformed_request')).toBe(true);
    expect(res.body.detail).toMatch(/JSON/i);
  });
});

describe('POST /api/v1/auth/login, GET /api/v1/me, POST /api/v1/auth/logout', () => {
  it('signs in with any-case email, shows the profile, and signs out for good', async () => {
    const user = await registerUser('solver', {
      organization: { name: `Startup ${unique()}`, kind: 'startup', country: 'RO' },
    });
    const login = await api('/api/v1/auth/login', {
      body: { email: ` ${user.email.toUpperCase()} `, password: PASSWORD },
    });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ token_type: 'Bearer', expires_in: 900, user: { id: user.id } });
    expect(login.headers.get('cache-control')).toBe('no-store');

    const me = await api('/api/v1/me', { token: login.body.token });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({
      user: { id: user.id, kind: 'solver' },
      organization: { kind: 'startup' },
      clusters: [],
      roles: ['solver'],
    });

    const logout = await api('/api/v1/auth/logout', { method: 'POST', token: login.body.token });
    expect(logout.status).toBe(204);
    const after = await api('/api/v1/me', { token: login.body.token });
    expect(isProblem(after, 401, 'unauthorized')).toBe(true);
    // Other sessions of the same user are untouched.
    expect((await api('/api/v1/me', { token: user.token })).status).toBe(200);
  });

  it('works with the session cookie alone', async () => {
    const user = await registerUser('clinician');
    const me = await api('/api/v1/me', { cookie: user.cookie });
    expect(me.status).toBe(200);
    expect(me.body.user.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email alike, with 401', async () => {
    const user = await registerUser('clinician');
    const wrong = await api('/api/v1/auth/login', { body: { email: user.email, password: 'wrong password!' } });
    const unknown = await api('/api/v1/auth/login', {
      body: { email: `nobody-${unique()}@x.example`, password: PASSWORD },
    });
    for (const res of [wrong, unknown]) {
      expect(isProblem(res, 401, 'unauthorized')).toBe(true);
      expect(res.headers.get('www-authenticate')).toContain('Bearer');
    }
    expect(wrong.body.detail).toBe(unknown.body.detail);
  });

  it('lists the clusters a moderator moderates and their roles', async () => {
    const admin = await createAdmin();
    const cluster = await createCluster(admin);
    const moderator = await createModerator(admin, cluster.slug);
    const me = await api('/api/v1/me', { token: moderator.token });
    expect(me.body.clusters).toEqual([{ slug: cluster.slug, name: `Cluster ${cluster.slug}`, role: 'moderator' }]);
    expect(me.body.roles).toEqual(['clinician', 'moderator']);
    const adminMe = await api('/api/v1/me', { token: admin.token });
    expect(adminMe.body.roles).toEqual(['clinician', 'moderator', 'admin']);
  });
});
