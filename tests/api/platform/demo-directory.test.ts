import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb } from '../../../worker/db/client';
import { demoWorld } from '../../../worker/seed/demo-world';
import { seedDemo } from '../../../worker/seed/seed';
import { api, must } from '../../helpers/http';

// Issue 16 in the demo world (worker/seed/demo-directory.ts): every organization has a listed
// profile, so partner search finds realistic partners through the API.

beforeAll(async () => {
  expect(await seedDemo(createDb(env.DB), demoWorld)).toEqual({ seeded: true });
});

const names = async (query: string) =>
  ((await must(api(`/api/v1/organizations?${query}&limit=100`))).body.data as { name: string }[]).map((o) => o.name);

describe('demo directory', () => {
  it('lists every demo organization, each with capabilities and something it offers or seeks', async () => {
    const counts = await env.DB.prepare(
      `SELECT count(*) AS organizations, count(listed_at) AS listed,
        (SELECT count(DISTINCT organization_id) FROM organization_facets WHERE facet = 'capability') AS with_capabilities,
        (SELECT count(DISTINCT organization_id) FROM organization_facets WHERE facet IN ('offers', 'seeks')) AS with_needs,
        (SELECT count(DISTINCT kind) FROM organizations) AS kinds
       FROM organizations`,
    ).first();
    expect(counts).toEqual({ organizations: 20, listed: 20, with_capabilities: 20, with_needs: 20, kinds: 10 });
    expect(await names('')).toHaveLength(20);
  });

  it('finds hospitals offering pilot sites, start-ups seeking them, a test bed and an investor', async () => {
    expect(await names('kind=hospital&offers=pilot_site')).toEqual([
      "Ospedale Policlinico Val d'Emilia",
      'Spitalul Clinic Județean Moldova',
      'Universitätsklinikum Nordhafen',
    ]);
    expect(await names('kind=startup&seeks=pilot_site')).toEqual(
      expect.arrayContaining(['Helixio Health GmbH', 'Sentinella AI S.r.l.', 'Alpenmed Analytics GmbH']),
    );
    expect(await names('kind=university&offers=test_bed')).toContain('Università della Pianura Emiliana');
    expect(await names('offers=investment&kind=investor')).toEqual(['Nordlicht Health Ventures']);
    expect(await names('q=liquid biopsy&offers=pilot_site')).toEqual(['Universitätsklinikum Nordhafen']);
  });

  it("shows a hospital's public challenges on its profile", async () => {
    const [id] = (
      (await must(api('/api/v1/organizations?q=Nordhafen&kind=hospital'))).body.data as { id: string }[]
    ).map((o) => o.id);
    const profile = await must(api(`/api/v1/organizations/${id}`));
    expect(profile.body.challenges.count).toBeGreaterThan(0);
    expect(profile.body.facets.offers).toEqual(['clinical_data', 'pilot_site']);
  });
});
