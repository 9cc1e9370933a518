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
    // A second account with the same organization joins it rather than creating another.
    const second = await register(`fuzz-${unique()}@test.example`);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    const { results } = await env.DB.prepare(
      'SELECT u.organization_id AS org, o.country AS country FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.id IN (?, ?)',
    )
      .bind(first.body.user.id, second.body.user.id)
      .all<{ org: string; country: string }>();
    expect(results).toHaveLength(2);
    expect(results[0]?.org).toBe(results[1]?.org);
    expect(results[0]?.country).toBe('');
  });
});
