import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { CHALLENGE_STATUSES, ORGANIZATION_KINDS } from '../../../worker/db/enums';
import { verifyPassword } from '../../../worker/domain/accounts/password';
import { demoWorld } from '../../../worker/seed/demo-world';
import { DEMO_PASSWORD, seedDemo } from '../../../worker/seed/seed';

const TABLES = [
  'clusters',
  'organizations',
  'users',
  'cluster_memberships',
  'challenges',
  'challenge_criteria',
  'challenge_tags',
  'questions',
  'endorsements',
  'evaluator_assignments',
  'solutions',
  'conflict_declarations',
  'evaluations',
  'reports',
  'audit_log',
  'notifications',
];

/** Every row of every seeded table: equal snapshots mean nothing changed. */
async function snapshot() {
  const results = await env.DB.batch(TABLES.map((table) => env.DB.prepare(`SELECT * FROM ${table} ORDER BY rowid`)));
  return Object.fromEntries(TABLES.map((table, i) => [table, results[i]?.results]));
}

describe('demo seed', () => {
  it('seeds an empty database once; a second run changes nothing', async () => {
    const db = createDb(env.DB);
    expect(await seedDemo(db, demoWorld)).toEqual({ seeded: true });
    const first = await snapshot();
    expect(await seedDemo(db, demoWorld)).toEqual({ seeded: false });
    expect(await snapshot()).toEqual(first);
  });

  it('has the five demo accounts with the documented password', async () => {
    const { results } = await env.DB.prepare(
      `SELECT email, kind, is_admin, password_hash FROM users WHERE email LIKE '%@demo.test' AND email IN
        ('admin@demo.test','moderator@demo.test','clinician@demo.test','solver@demo.test','evaluator@demo.test')`,
    ).all<{ email: string; kind: string; is_admin: number; password_hash: string }>();
    expect(results.map((r) => r.email).sort()).toEqual([
      'admin@demo.test',
      'clinician@demo.test',
      'evaluator@demo.test',
      'moderator@demo.test',
      'solver@demo.test',
    ]);
    for (const user of results) expect(await verifyPassword(DEMO_PASSWORD, user.password_hash)).toBe(true);
    expect(results.find((r) => r.email === 'admin@demo.test')?.is_admin).toBe(1);
    const moderated = await env.DB.prepare(
      `SELECT count(*) AS n FROM cluster_memberships m JOIN users u ON u.id = m.user_id
       WHERE u.email = 'moderator@demo.test' AND m.role = 'moderator'`,
    ).first<{ n: number }>();
    expect(moderated?.n).toBe(5);
  });

  it('covers five clusters, every organization kind and every challenge state', async () => {
    const [clusters, kinds, states, solutions, evaluations] = await env.DB.batch<Record<string, unknown>>([
      env.DB.prepare('SELECT slug FROM clusters ORDER BY slug'),
      env.DB.prepare('SELECT DISTINCT kind FROM organizations'),
      env.DB.prepare('SELECT DISTINCT status FROM challenges'),
      env.DB.prepare('SELECT count(*) AS n FROM solutions'),
      env.DB.prepare('SELECT count(*) AS n FROM evaluations'),
    ]);
    expect(clusters?.results.map((r) => r.slug)).toEqual([
      'biorn',
      'clust-er-health',
      'imago-mol',
      'life-science-nord',
      'medizin-nrw',
    ]);
    expect(kinds?.results.map((r) => String(r.kind)).sort()).toEqual([...ORGANIZATION_KINDS].sort());
    expect(states?.results.map((r) => String(r.status)).sort()).toEqual([...CHALLENGE_STATUSES].sort());
    expect(Number(solutions?.results[0]?.n)).toBeGreaterThan(10);
    expect(Number(evaluations?.results[0]?.n)).toBeGreaterThan(10);
    const challenges = await env.DB.prepare('SELECT count(*) AS n FROM challenges').first<{ n: number }>();
    expect(challenges?.n).toBeGreaterThanOrEqual(12);
  });

  it('writes the audit trail as real transitions do: statuses before and after, never an action code', async () => {
    const { results } = await env.DB.prepare(
      "SELECT action, json_extract(before, '$.status') AS before, json_extract(after, '$.status') AS after FROM audit_log WHERE entity_type = 'challenge'",
    ).all<{ action: string; before: string; after: string }>();
    expect(results.length).toBeGreaterThan(10);
    for (const entry of results) {
      expect(CHALLENGE_STATUSES, entry.action).toContain(entry.before);
      expect(CHALLENGE_STATUSES, entry.action).toContain(entry.after);
    }
  });

  it('gives every demo account a confirmed address, a digest morning and news in their inbox, with the tally to match', async () => {
    const { results } = await env.DB.prepare(
      `SELECT u.email, u.email_confirmed_at, u.time_zone, u.digest_next_at, u.unread_notifications AS tally,
        (SELECT count(*) FROM notifications n WHERE n.user_id = u.id) AS lines,
        (SELECT count(*) FROM notifications n WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread
       FROM users u ORDER BY u.email`,
    ).all<{
      email: string;
      email_confirmed_at: string | null;
      time_zone: string;
      digest_next_at: string | null;
      tally: number;
      lines: number;
      unread: number;
    }>();
    for (const user of results) {
      expect(user.email_confirmed_at, user.email).not.toBeNull();
      expect(user.digest_next_at, user.email).not.toBeNull();
      expect(user.tally, user.email).toBe(user.unread);
    }
    const inboxOf = (email: string) => results.find((u) => u.email === email);
    for (const email of ['moderator@demo.test', 'clinician@demo.test', 'solver@demo.test']) {
      expect(inboxOf(email)?.unread, email).toBeGreaterThan(0);
    }
    expect(results.find((u) => u.email === 'ioana.popescu@demo.test')?.time_zone).toBe('Europe/Bucharest');
    // Every line reads like a live one: the inbox API lists them for their owner.
    const signIn = await SELF.fetch('https://bedside.test/api/v1/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'clinician@demo.test', password: DEMO_PASSWORD }),
    });
    const { token } = (await signIn.json()) as { token: string };
    const inbox = await SELF.fetch('https://bedside.test/api/v1/me/notifications', {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(inbox.status).toBe(200);
    const { data } = (await inbox.json()) as { data: { kind: string; challenge_id: string }[] };
    expect(data.length).toBe(inboxOf('clinician@demo.test')?.lines);
    expect(new Set(data.map((n) => n.kind))).toContain('solution_submitted');
  });

  it('shows the seeded clusters and open challenges on the home page', async () => {
    const res = await SELF.fetch('https://bedside.test/', { headers: { accept: 'text/html' } });
    const html = await res.text();
    expect(res.status).toBe(200);
    for (const cluster of demoWorld.clusters) expect(html).toContain(cluster.name.replace(/&/g, '&amp;'));
  });
});
