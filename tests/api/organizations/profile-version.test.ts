import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { createAdmin } from '../../helpers/actors';
import { founded } from '../../helpers/affiliation';
import { api, isProblem, must } from '../../helpers/http';
import { page, postForm } from '../../helpers/pages';

/**
 * Two people editing one organization's profile: the edit names the version it was made on, and a
 * save by someone else in between is refused (412, nothing written) instead of silently undone.
 * The page always sends the version it was loaded at; the API takes `version` or If-Match, and
 * without either saves whatever was saved meanwhile (a client that never read the profile).
 */
const stored = (id: string) =>
  env.DB.prepare(
    `SELECT o.region, o.version, (SELECT count(*) FROM audit_log a WHERE a.entity_id = o.id
      AND a.action = 'organization.update') AS audited FROM organizations o WHERE o.id = ?`,
  )
    .bind(id)
    .first<{ region: string | null; version: number; audited: number }>();

describe("an organization's profile edited by two people", () => {
  it('refuses, through the API, an edit made on a version someone saved over, and writes nothing', async () => {
    const org = await founded('clinician', { kind: 'hospital' });
    const edit = (body: Record<string, unknown>, headers: Record<string, string> = {}) =>
      api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: org.founder.token, body, headers });

    // A version that is no version, in the body or in If-Match: 400, and nothing written.
    const untouched = await stored(org.id);
    for (const [body, headers] of [
      [{ region: 'Bayern', version: 0 }, {}],
      [{ region: 'Bayern', version: 'one' }, {}],
      [{ region: 'Bayern' }, { 'if-match': 'W/"latest"' }],
    ] as const) {
      const refused = await edit(body, headers);
      expect(isProblem(refused, 400, 'validation_failed'), JSON.stringify(body)).toBe(true);
    }
    expect(await stored(org.id)).toEqual(untouched);

    const first = await must(edit({ region: 'Bayern', version: 1 }));
    expect(first.body.version).toBe(2);
    const before = await stored(org.id);

    const stale = await edit({ region: 'Hessen', version: 1 });
    expect(isProblem(stale, 412, 'stale_version')).toBe(true);
    expect(stale.body.detail).toContain('version 2');
    expect(stale.body.current_version).toBe(2);
    expect(await stored(org.id)).toEqual(before);
    const staleFacets = await edit({ facets: { capability: ['genomics'] }, version: 1 });
    expect(staleFacets.status).toBe(412);
    const facets = await env.DB.prepare('SELECT count(*) AS n FROM organization_facets WHERE organization_id = ?')
      .bind(org.id)
      .first<{ n: number }>();
    expect(facets?.n).toBe(0);

    // If-Match names the version too; without either, the edit is saved as it comes.
    expect((await must(edit({ region: 'Hessen' }, { 'if-match': '"2"' }))).body).toMatchObject({
      region: 'Hessen',
      version: 3,
    });
    expect((await edit({ region: 'Berlin' }, { 'if-match': '"2"' })).status).toBe(412);
    expect((await must(edit({ region: 'Berlin' }))).body).toMatchObject({ region: 'Berlin', version: 4 });

    // Listed, the profile is public: its ETag names its version, and sent back as If-Match it is
    // the version the edit was made on.
    const admin = await createAdmin();
    const listing = { verified: true, description: 'Tumour boards.', facets: { capability: ['genomics'] } };
    const listed = await must(
      api(`/api/v1/organizations/${org.id}`, { method: 'PATCH', token: admin.token, body: listing }),
    );
    expect(listed.body).toMatchObject({ version: 5, listed_at: expect.any(String) });
    const etag = (await must(api(`/api/v1/organizations/${org.id}`))).headers.get('etag') ?? '';
    expect(etag).toMatch(/^"v5-/);
    expect((await must(edit({ region: 'Bremen' }, { 'if-match': etag }))).body.version).toBe(6);
    expect((await edit({ region: 'Hamburg' }, { 'if-match': etag })).status).toBe(412);
  });

  it('keeps, on the page, what the second person typed, says why, and saves it when they save again', async () => {
    const org = await founded('clinician', { kind: 'hospital' });
    const form = await (await page(`/organizations/${org.id}/edit`, org.founder.cookie)).text();
    expect(form).toContain('name="version" value="1"');
    const fields = { kind: 'hospital', region: 'Niedersachsen', description: '', version: '1' };
    expect((await postForm(`/organizations/${org.id}/edit`, org.founder.cookie, fields)).status).toBe(303);

    // A colleague loaded the page at version 1 too, and saves after the first save.
    const late = await postForm(`/organizations/${org.id}/edit`, org.founder.cookie, { ...fields, region: 'Sachsen' });
    expect(late.status).toBe(400);
    const again = await late.text();
    expect(again).toContain('someone has saved it since (it is at version 2 now)');
    expect(again).toContain('value="Sachsen"');
    expect(again).toContain('name="version" value="2"');
    expect((await stored(org.id))?.region).toBe('Niedersachsen');

    const deliberate = await postForm(`/organizations/${org.id}/edit`, org.founder.cookie, {
      ...fields,
      region: 'Sachsen',
      version: '2',
    });
    expect(deliberate.status).toBe(303);
    expect(await stored(org.id)).toMatchObject({ region: 'Sachsen', version: 3 });
  });
});
