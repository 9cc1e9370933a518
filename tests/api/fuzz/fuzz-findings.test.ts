import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { PASSWORD } from '../../helpers/actors';
import { api } from '../../helpers/http';
import { unique } from '../../helpers/unique';

// What the OpenAPI fuzzing suite found, pinned as plain regression tests.

describe('fuzz findings', () => {
  it('registers with an organization that gives no country (was a 500: `country = )` in the SQL)', async () => {
    const name = `Fuzz Clinic ${unique()}`;
    const register = (email: string) =>
      api('/api/v1/auth/register', {
        body: { email, password: PASSWORD, name: 'Fuzz', kind: 'solver', organization: { name, kind: 'hospital' } },
      });
    const first = await register(`fuzz-${unique()}@test.example`);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // A second account with the same organization claims it (issue 16) rather than creating another.
    const second = await register(`fuzz-${unique()}@test.example`);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const { results } = await env.DB.prepare(
      `SELECT m.organization_id AS org, o.country AS country, m.status AS status FROM organization_memberships m
        JOIN organizations o ON o.id = m.organization_id WHERE m.user_id IN (?, ?) ORDER BY m.status DESC`,
    )
      .bind(first.body.user.id, second.body.user.id)
      .all<{ org: string; country: string; status: string }>();
    expect(results.map((r) => r.status)).toEqual(['confirmed', 'claimed']);
    expect(results[0]?.org).toBe(results[1]?.org);
    expect(results[0]?.country).toBe('');
  });
});
