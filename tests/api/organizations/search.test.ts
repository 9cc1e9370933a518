import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { marker, profile } from '../../helpers/directory';
import { api } from '../../helpers/http';

/**
 * Partner search over HTTP against the real local D1: every facet alone and combined, words,
 * TRL, and that an organization whose profile is not listed never appears. Each test scopes its
 * queries to this file's fixtures (a capability or word no other organization has).
 */
const m = marker();
const ids: Record<string, string> = {};

beforeAll(async () => {
  const fixtures = {
    A: profile({
      name: `A hospital ${m}`,
      kind: 'hospital',
      country: 'DE',
      description: `University hospital with a molecular tumour board ${m}`,
      trl: [5, 7],
      capability: ['liquid-biopsy', m, `${m}-two`],
      pathway: ['diagnosis'],
      regulatory: ['IIa'],
      offers: ['pilot_site', 'clinical_data'],
    }),
    B: profile({
      name: `B startup ${m}`,
      kind: 'startup',
      country: 'IT',
      region: 'Lombardia',
      description: `Wearable sensors for heart failure patients at home ${m}`,
      trl: [3, 5],
      capability: ['remote-monitoring', m],
      pathway: ['monitoring'],
      offers: ['co_development'],
      seeks: ['pilot_site', 'clinical_data'],
    }),
    C: profile({
      name: `C university ${m}`,
      kind: 'university',
      country: 'RO',
      description: `Sequencing core facility ${m}`,
      trl: [1, 4],
      capability: ['liquid-biopsy', m, `${m}-two`],
      pathway: ['screening'],
      regulatory: ['IIa', 'C'],
      offers: ['test_bed'],
      seeks: ['investment'],
    }),
    D: profile({
      name: `D investor ${m}`,
      kind: 'investor',
      country: 'DE',
      description: `Seed fund for digital health ${m}`,
      capability: [m],
      offers: ['investment', 'mentoring'],
    }),
    // Matches everything A matches, but its profile is not listed: it must never appear.
    E: profile({
      name: `E unlisted ${m}`,
      kind: 'hospital',
      country: 'DE',
      description: `University hospital with a molecular tumour board ${m}`,
      trl: [5, 7],
      capability: ['liquid-biopsy', m, `${m}-two`],
      pathway: ['diagnosis'],
      regulatory: ['IIa'],
      offers: ['pilot_site', 'clinical_data'],
      listed: false,
    }),
  };
  for (const [key, created] of Object.entries(fixtures)) ids[key] = (await created).id;
});

/** The fixtures a search returns, by letter, in the order it returns them. */
async function found(query: string): Promise<string[]> {
  const res = await api(`/api/v1/organizations?${query}&limit=100`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const letters = Object.fromEntries(Object.entries(ids).map(([letter, id]) => [id, letter]));
  return (res.body.data as { id: string }[]).map((o) => letters[o.id]).filter((l): l is string => l !== undefined);
}

describe('partner search: facets', () => {
  it('kind, alone and as a list (OR within a facet), repeated or comma-separated', async () => {
    expect(await found(`capability=${m}&kind=hospital`)).toEqual(['A']);
    expect(await found(`capability=${m}&kind=hospital,startup`)).toEqual(['A', 'B']);
    expect(await found(`capability=${m}&kind=hospital&kind=investor`)).toEqual(['A', 'D']);
  });

  it('country, any case', async () => {
    expect(await found(`capability=${m}&country=DE`)).toEqual(['A', 'D']);
    expect(await found(`capability=${m}&country=it,ro`)).toEqual(['B', 'C']);
  });

  it('capability: tags, typed words normalised as tags', async () => {
    expect(await found(`capability=${m}-two`)).toEqual(['A', 'C']);
    expect(await found(`capability=${m}&capability=${encodeURIComponent('Remote Monitoring')}`)).toEqual([
      'A',
      'B',
      'C',
      'D',
    ]);
    expect(await found(`q=${m}&capability=${encodeURIComponent('Liquid biopsy')}`)).toEqual(
      expect.arrayContaining(['A', 'C']),
    );
    expect((await found(`q=${m}&capability=liquid-biopsy`)).sort()).toEqual(['A', 'C']);
  });

  it('care-pathway step and regulatory experience', async () => {
    expect(await found(`capability=${m}&pathway=diagnosis`)).toEqual(['A']);
    expect(await found(`capability=${m}&pathway=diagnosis,monitoring`)).toEqual(['A', 'B']);
    expect(await found(`capability=${m}&regulatory=IIa`)).toEqual(['A', 'C']);
    expect(await found(`capability=${m}&regulatory=C`)).toEqual(['C']);
  });

  it('offers and seeks', async () => {
    expect(await found(`capability=${m}&offers=pilot_site`)).toEqual(['A']);
    expect(await found(`capability=${m}&offers=test_bed,investment`)).toEqual(['C', 'D']);
    expect(await found(`capability=${m}&seeks=pilot_site`)).toEqual(['B']);
    expect(await found(`capability=${m}&seeks=investment`)).toEqual(['C']);
    // Offering is not seeking.
    expect(await found(`capability=${m}&seeks=co_development`)).toEqual([]);
  });

  it('trl: the profile range covers it; profiles without a range never match', async () => {
    expect(await found(`capability=${m}&trl=4`)).toEqual(['B', 'C']);
    expect(await found(`capability=${m}&trl=7`)).toEqual(['A']);
    expect(await found(`capability=${m}&trl=9`)).toEqual([]);
  });

  it('facets combine with AND', async () => {
    expect(await found(`capability=${m}&kind=hospital,university&regulatory=IIa&trl=5`)).toEqual(['A']);
    expect(await found(`capability=${m}&offers=pilot_site,test_bed&country=RO`)).toEqual(['C']);
    expect(await found(`capability=${m}&seeks=pilot_site&offers=co_development&pathway=monitoring&trl=3`)).toEqual([
      'B',
    ]);
    expect(await found(`capability=${m}&seeks=pilot_site&country=DE`)).toEqual([]);
  });
});

describe('partner search: words', () => {
  it('finds a word of the description, of the region, of a capability, and of the name', async () => {
    expect(await found(`q=wearable ${m}`)).toEqual(['B']);
    expect(await found(`q=lombardia ${m}`)).toEqual(['B']);
    expect((await found(`q=liquid biopsy ${m}`)).sort()).toEqual(['A', 'C']);
    expect(await found(`q=investor ${m}`)).toEqual(['D']);
    expect((await found(`q=${m}`)).sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('combines words with facets', async () => {
    expect(await found(`q=${m}&offers=investment`)).toEqual(['D']);
    expect(await found(`q=${m}&kind=hospital&trl=6`)).toEqual(['A']);
  });

  it('ranks a match in the name before one in the description', async () => {
    const n = marker();
    const inDescription = await profile({ name: `Alpha ${marker()}`, description: `Works with ${n} daily` });
    const inName = await profile({ name: `Zulu ${n}`, description: 'Something else entirely' });
    const res = await api(`/api/v1/organizations?q=${n}`);
    expect(res.body.data.map((o: { id: string }) => o.id)).toEqual([inName.id, inDescription.id]);
  });

  it('keeps the full-text index in step with profile and capability changes', async () => {
    const n = marker();
    const org = await profile({ name: `Sync ${n}`, description: 'Before the change', capability: ['genomics'] });
    await env.DB.batch([
      env.DB.prepare(
        "UPDATE organizations SET description = 'Now with organoids', region = 'Transilvania' WHERE id = ?",
      ).bind(org.id),
      env.DB.prepare("DELETE FROM organization_facets WHERE organization_id = ? AND value = 'genomics'").bind(org.id),
      env.DB.prepare("INSERT INTO organization_facets VALUES (?, 'capability', 'proteomics')").bind(org.id),
    ]);
    const ids = async (q: string) =>
      ((await api(`/api/v1/organizations?q=${encodeURIComponent(q)}`)).body.data as { id: string }[]).map((o) => o.id);
    expect(await ids(`${n} organoids`)).toEqual([org.id]);
    expect(await ids(`${n} transilvania`)).toEqual([org.id]);
    expect(await ids(`${n} proteomics`)).toEqual([org.id]);
    expect(await ids(`${n} genomics`)).toEqual([]);
    expect(await ids(`${n} before`)).toEqual([]);
    // Deleted: gone from the index too (and its search row with it).
    await env.DB.prepare('DELETE FROM organizations WHERE id = ?').bind(org.id).run();
    expect(await ids(n)).toEqual([]);
    const left = await env.DB.prepare(
      'SELECT (SELECT count(*) FROM organization_search_rows WHERE organization_id = ?) AS rows_left',
    )
      .bind(org.id)
      .first<{ rows_left: number }>();
    expect(left?.rows_left).toBe(0);
  });
});

describe('partner search: an unlisted organization', () => {
  it('never appears: not by facets, not by words, not by its profile', async () => {
    for (const query of [
      `capability=${m}`,
      `capability=${m}&kind=hospital&offers=pilot_site&trl=6`,
      `q=${m}`,
      `q=tumour board ${m}`,
      `q=unlisted ${m}`,
    ]) {
      expect(await found(query), query).not.toContain('E');
    }
    const res = await api(`/api/v1/organizations/${ids.E}`);
    expect(res.status).toBe(404);
    expect(res.body.detail).toBe('There is no such organization, or it is not visible to you.');
    expect((await api(`/api/v1/organizations/${crypto.randomUUID()}`)).body.detail).toBe(res.body.detail);
  });

  it('registration makes a bare organization that is not in the directory', async () => {
    const name = `Registered ${marker()}`;
    const res = await api('/api/v1/auth/register', {
      body: {
        email: `${marker()}@test.example`,
        password: 'correct horse battery',
        name: 'Someone',
        kind: 'clinician',
        organization: { name, kind: 'hospital', country: 'DE' },
      },
    });
    expect(res.status).toBe(201);
    const search = await api(`/api/v1/organizations?q=${encodeURIComponent(name)}`);
    expect(search.body.data).toEqual([]);
    expect((await api(`/api/v1/organizations/${res.body.user.organization.id}`)).status).toBe(404);
  });
});

describe('partner search: bad input', () => {
  const problem = async (query: string) => {
    const res = await api(`/api/v1/organizations?${query}`);
    expect(res.status, query).toBe(400);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    return res.body as { detail: string; errors: { path: string; message: string }[] };
  };

  it('names an unknown facet value and the values there are', async () => {
    const body = await problem('offers=pilot_site,free_lunch');
    expect(body.detail).toContain('offers');
    expect(body.errors).toEqual([
      {
        path: 'offers',
        message:
          '"free_lunch" is not a value of offers: use pilot_site, clinical_data, co_development, test_bed, investment, mentoring, regulatory_advice.',
      },
    ]);
    expect((await problem('kind=spaceport')).errors[0]?.message).toContain('"spaceport" is not a value of kind');
    expect((await problem('seeks=x&seeks=y')).errors[0]?.message).toContain('"x", "y" are not values of seeks');
    expect((await problem('pathway=surgery')).errors[0]?.path).toBe('pathway');
    expect((await problem('regulatory=IV')).errors[0]?.path).toBe('regulatory');
    expect((await problem('country=Germany')).errors[0]?.message).toContain('"GERMANY" is not a value of country');
    expect((await problem('capability=%21%21%21')).errors[0]?.message).toContain('"!!!" is not a capability');
  });

  it('refuses a TRL outside 1–9, a damaged cursor and a search without words', async () => {
    expect((await problem('trl=10')).errors[0]?.path).toBe('trl');
    expect((await problem('trl=abc')).errors[0]?.path).toBe('trl');
    expect((await problem('cursor=not-a-cursor')).errors[0]?.path).toBe('cursor');
    expect((await problem('q=%21%21')).errors[0]?.path).toBe('q');
    // A cursor of the other order (by name) is not one for a search.
    const page = await api(`/api/v1/organizations?capability=${m}&limit=1`);
    expect((await problem(`q=${m}&cursor=${page.body.next_cursor}`)).errors[0]?.path).toBe('cursor');
  });
});
