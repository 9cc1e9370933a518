import { env } from 'cloudflare:test';
import { unique } from './unique';

export interface ProfileFixture {
  name?: string;
  kind?: string;
  country?: string;
  region?: string | null;
  website?: string | null;
  description?: string | null;
  trl?: [number, number] | null;
  /** Null: not listed (a bare organization typed at registration). */
  listed?: boolean;
  capability?: string[];
  pathway?: string[];
  regulatory?: string[];
  offers?: string[];
  seeks?: string[];
}

/**
 * An organization with a profile, written straight into D1: no route writes profiles yet (who may
 * edit one is a later issue), so the directory's tests set them up as the seed does.
 */
export async function profile(fixture: ProfileFixture = {}): Promise<{ id: string; name: string }> {
  const id = crypto.randomUUID();
  const name = fixture.name ?? `Organization ${unique()}`;
  const statements = [
    env.DB.prepare(
      `INSERT INTO organizations (id, name, kind, country, region, website, description, trl_min, trl_max, listed_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CASE WHEN ? THEN strftime('%Y-%m-%dT%H:%M:%fZ', 'now') END)`,
    ).bind(
      id,
      name,
      fixture.kind ?? 'hospital',
      fixture.country ?? 'DE',
      fixture.region ?? null,
      fixture.website ?? null,
      fixture.description ?? null,
      fixture.trl?.[0] ?? null,
      fixture.trl?.[1] ?? null,
      fixture.listed === false ? 0 : 1,
    ),
  ];
  for (const facet of ['capability', 'pathway', 'regulatory', 'offers', 'seeks'] as const) {
    for (const value of fixture[facet] ?? []) {
      statements.push(
        env.DB.prepare('INSERT INTO organization_facets (organization_id, facet, value) VALUES (?, ?, ?)').bind(
          id,
          facet,
          value,
        ),
      );
    }
  }
  await env.DB.batch(statements);
  return { id, name };
}

/** A word no other test's organization has: scopes a search to one test's fixtures. */
export const marker = () => `zq${unique().replace(/[^a-z0-9]/g, '')}`;
