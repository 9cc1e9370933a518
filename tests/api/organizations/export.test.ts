import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { DataExportSchema } from '../../../worker/domain/accounts/export.schema';
import { registerUser } from '../../helpers/actors';
import { marker } from '../../helpers/directory';
import { api, must } from '../../helpers/http';

describe('personal data export: the organization profile', () => {
  it("carries the member's organization profile and facets", async () => {
    const name = `Exported ${marker()}`;
    const user = await registerUser('solver', { organization: { name, kind: 'startup', country: 'IT' } });
    const org = (await must(api('/api/v1/me', { token: user.token }))).body.organization.id as string;
    await env.DB.batch([
      env.DB.prepare(
        "UPDATE organizations SET region = 'Lombardia', website = 'https://x.example', trl_min = 3, trl_max = 5, listed_at = '2026-01-01T00:00:00.000Z' WHERE id = ?",
      ).bind(org),
      env.DB.prepare(
        "INSERT INTO organization_facets VALUES (?, 'seeks', 'pilot_site'), (?, 'capability', 'wearables')",
      ).bind(org, org),
    ]);
    const res = await must(api('/api/v1/me/export', { token: user.token }));
    expect(DataExportSchema.parse(res.body).organization).toEqual({
      id: org,
      name,
      kind: 'startup',
      country: 'IT',
      size: null,
      profile: {
        region: 'Lombardia',
        website: 'https://x.example',
        description: null,
        trl_min: 3,
        trl_max: 5,
        listed_at: '2026-01-01T00:00:00.000Z',
        facets: [
          { facet: 'capability', value: 'wearables' },
          { facet: 'seeks', value: 'pilot_site' },
        ],
      },
    });
  });
});
