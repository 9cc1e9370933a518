import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { DEMO_CLAIM, DEMO_VERIFIED } from '../../../worker/seed/demo-affiliation';
import { demoWorld } from '../../../worker/seed/demo-world';
import { DEMO_PASSWORD, seedDemo } from '../../../worker/seed/seed';
import { api, must } from '../../helpers/http';

// Issue 16, verified affiliation in the demo world (worker/seed/demo-affiliation.ts).

beforeAll(async () => {
  expect(await seedDemo(createDb(env.DB), demoWorld)).toEqual({ seeded: true });
});

const signIn = async (email: string) =>
  (await must(api('/api/v1/auth/login', { body: { email, password: DEMO_PASSWORD } }))).body.token as string;

describe('demo affiliation', () => {
  it('confirms every demo person in their organization, verifies every organization and one domain', async () => {
    const counts = await env.DB.prepare(
      `SELECT (SELECT count(*) FROM users WHERE organization_id IS NOT NULL) AS affiliated,
        (SELECT count(*) FROM organization_memberships WHERE status = 'confirmed') AS confirmed,
        (SELECT count(*) FROM users u JOIN organization_memberships m ON m.user_id = u.id
          AND m.organization_id = u.organization_id AND m.status = 'confirmed') AS matching,
        (SELECT count(*) FROM organizations WHERE verified_at IS NULL) AS unverified,
        (SELECT count(*) FROM organizations WHERE cluster_id IS NOT NULL) AS homed,
        (SELECT count(*) FROM organization_domains) AS domains`,
    ).first<Record<string, number>>();
    expect(counts?.confirmed).toBe(counts?.affiliated);
    expect(counts?.matching).toBe(counts?.affiliated);
    expect(counts?.unverified).toBe(0);
    expect(counts?.homed).toBeGreaterThan(10);
    expect(counts?.domains).toBe(1);
    const domain = await env.DB.prepare(
      'SELECT o.name FROM organization_domains d JOIN organizations o ON o.id = d.organization_id WHERE d.domain = ?',
    )
      .bind(DEMO_VERIFIED.domain)
      .first();
    expect(domain).toEqual({ name: DEMO_VERIFIED.organization });
  });

  it("shows the waiting claim to the hospital's administrator and to the moderator", async () => {
    const org = await env.DB.prepare('SELECT id FROM organizations WHERE name = ?')
      .bind(DEMO_CLAIM.organization)
      .first<{ id: string }>();
    for (const email of ['marco.bellandi@demo.test', 'moderator@demo.test']) {
      const list = await must(api(`/api/v1/organizations/${org?.id}/memberships`, { token: await signIn(email) }));
      expect(list.body.data[0]).toMatchObject({
        status: 'claimed',
        name: 'Prof. Francesca Galli',
        email_domain: 'demo.test',
      });
    }
    // The claimant keeps her confirmed organization meanwhile.
    const me = await must(api('/api/v1/me', { token: await signIn(DEMO_CLAIM.email) }));
    expect(me.body.organization.name).toBe('Università della Pianura Emiliana');
  });
});
