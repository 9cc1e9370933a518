import { env } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { listedOrganizations, visibleChallenges, visibleCooperations } from '../../../worker/access/scopes';
import { createDb } from '../../../worker/db/client';
import { ANONYMOUS } from '../../../worker/domain/actor';
import { OrganizationListQuerySchema } from '../../../worker/domain/organizations/list.query';
import { readOrganization } from '../../../worker/domain/organizations/read';
import { searchOrganizations } from '../../../worker/domain/organizations/search';
import { marker, profile } from '../../helpers/directory';
import { fullScans, planOf, recordingD1 } from '../../helpers/query-plan';

/**
 * The directory's reads seek indexes: no search scans organizations, organization_facets,
 * challenges, solutions or cooperations. At 10 000 organizations (the bench) a scan per facet is
 * what would miss the catalogue's budget.
 */
const TABLES =
  /^SCAN (organizations|organization_facets|organization_search_rows|challenges|solutions|cooperations|[sc]|co_challenge|co_solution|partner)\b(?!.*INDEX)/;

let orgId: string;
beforeAll(async () => {
  orgId = (await profile({ capability: [marker()], offers: ['pilot_site'], trl: [2, 6] })).id;
});

describe('partner search query plans', () => {
  it('every search, with and without words, facets and a cursor, uses an index', async () => {
    const { d1, statements } = recordingD1();
    const db = createDb(d1);
    const queries = [
      {},
      { kind: 'hospital' },
      { country: 'DE' },
      { capability: 'liquid-biopsy' },
      { offers: 'pilot_site', seeks: 'clinical_data', trl: '5' },
      { kind: 'hospital,startup', pathway: 'diagnosis', regulatory: 'IIa' },
      { q: 'oncology' },
      { q: 'liquid biopsy', offers: 'pilot_site' },
    ];
    for (const raw of queries) {
      const query = OrganizationListQuerySchema.parse({ limit: 1, ...raw });
      const page = await searchOrganizations(db, query, listedOrganizations());
      if (page.next_cursor) {
        await searchOrganizations(db, { ...query, cursor: page.next_cursor }, listedOrganizations());
      }
    }
    expect(statements.length).toBeGreaterThanOrEqual(queries.length);
    const scans = await fullScans(statements, (detail) => TABLES.test(detail));
    expect(scans.filter((scan) => TABLES.test(scan))).toEqual([]);
  });

  it('a profile is one round trip, every statement through an index', async () => {
    const { d1, statements } = recordingD1();
    const db = createDb(d1);
    const found = await readOrganization(db, orgId, {
      challenges: visibleChallenges(ANONYMOUS, undefined),
      cooperations: visibleCooperations(ANONYMOUS),
    });
    expect(found?.listed).toBe(true);
    expect(statements).toHaveLength(7);
    const scans = await fullScans(statements, (detail) => TABLES.test(detail));
    expect(scans.filter((scan) => TABLES.test(scan))).toEqual([]);
    // Its public challenges, and their count, are sought by organization: with the organization
    // alone in that index, SQLite walked every public challenge instead (2.1 s in the bench at
    // 100 000 challenges). The list comes out of the index newest first, without a sort.
    const challengeReads = statements.filter(({ sql }) => /from "challenges"/i.test(sql));
    expect(challengeReads).toHaveLength(2);
    for (const statement of challengeReads) {
      const plan = (await planOf(statement)).join('\n');
      expect(plan).toMatch(
        /SEARCH challenges USING (?:COVERING )?INDEX challenges_organization_idx \(organization_id=\? AND listed=\? AND visibility=\?\)/,
      );
      expect(plan).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });

  it('keeps the indexes the plans rely on', async () => {
    const names = await env.DB.prepare(
      "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'organization%' ORDER BY name",
    ).all<{ name: string }>();
    expect(names.results.map((r) => r.name)).toEqual(
      expect.arrayContaining([
        'organization_facets_value_idx',
        'organization_search_rows_organization_uq',
        'organizations_directory_country_idx',
        'organizations_directory_idx',
        'organizations_directory_kind_idx',
      ]),
    );
  });
});
