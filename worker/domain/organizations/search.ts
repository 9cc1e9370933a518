import { z } from '@hono/zod-openapi';
import { and, asc, eq, gt, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { ORGANIZATION_FACETS } from '../../db/enums';
import { organizationFacets, organizationSearchRows, organizations } from '../../db/schema';
import { type FtsSearch, ftsSearch } from '../challenges/search';
import { decodeCursor, toPage } from '../paging';
import type { OrganizationListQuery } from './list.query';
import { type OrganizationSummary, toFacets } from './organization.view';

/** bm25 weights per column of organizations_fts: name, description, region, capabilities. */
const BM25_WEIGHTS = [10, 3, 2, 5] as const;
/** As in the catalogue (challenges/list.ts): matches only through a widened term come after the words as typed. */
const WIDENED = 1_000_000;

const rankOf = (search: FtsSearch) => {
  const bm25 = sql<number>`bm25(organizations_fts, ${sql.raw(BM25_WEIGHTS.join(', '))})`;
  if (!search.exact) return bm25;
  const typed = sql`SELECT typed.rowid FROM organizations_fts typed WHERE typed.organizations_fts MATCH ${search.exact}`;
  return sql<number>`(${bm25} + CASE WHEN organizations_fts.rowid IN (${typed}) THEN 0 ELSE ${WIDENED} END)`;
};

/**
 * The rank of organization `id`, as the outer query computes it for every row (the catalogue's
 * `rankAt`): a relevance cursor carries only the last id, never a bm25 score, which is weighed over
 * every organization's text, unlisted profiles' too. NULL when it no longer matches.
 */
const rankAt = (search: FtsSearch, id: string) =>
  sql<number | null>`(SELECT ${rankOf(search)} FROM organizations_fts WHERE organizations_fts MATCH ${search.match}
    AND organizations_fts.rowid = (SELECT cursor_row.seq FROM organization_search_rows AS cursor_row
      WHERE cursor_row.organization_id = ${id}))`;

/** Keyset cursors: by name then id without a search, by relevance then id with one. */
const CURSORS = {
  name: z.tuple([z.literal('name'), z.string(), z.string()]),
  relevance: z.tuple([z.literal('relevance'), z.string()]),
};

type Facet = (typeof ORGANIZATION_FACETS)[number];

/**
 * The organizations with any of `values` in `facet`. Browsing (no words), the organizations come
 * from organization_facets_value_idx: `id IN (…)`. Searching, the full-text index drives and each
 * match is checked by the facets' primary key: `EXISTS (…)`. An `IN` list there would let SQLite
 * carry it over the join (`organization_search_rows.organization_id IN …`) and probe the list once
 * per match, which took 800 ms at 10 000 organizations in wrangler's SQLite.
 */
function having(db: Database, facet: Facet, values: readonly string[] | undefined, searching: boolean) {
  if (!values?.length) return undefined;
  if (searching) {
    return sql`EXISTS (SELECT 1 FROM ${organizationFacets} WHERE ${organizationFacets.organization_id} = ${organizations.id}
      AND ${organizationFacets.facet} = ${facet} AND ${inArray(organizationFacets.value, [...values])})`;
  }
  return inArray(
    organizations.id,
    db
      .select({ id: organizationFacets.organization_id })
      .from(organizationFacets)
      .where(and(eq(organizationFacets.facet, facet), inArray(organizationFacets.value, [...values]))),
  );
}

/** Columns of a directory entry, facets as one JSON subquery (the facets' primary key). */
export const summaryColumns = {
  id: organizations.id,
  name: organizations.name,
  kind: organizations.kind,
  country: organizations.country,
  region: organizations.region,
  website: organizations.website,
  description: organizations.description,
  trl_min: organizations.trl_min,
  trl_max: organizations.trl_max,
  listed_at: organizations.listed_at,
  facets: sql<string>`(SELECT json_group_array(json_array(${organizationFacets.facet}, ${organizationFacets.value}))
    FROM ${organizationFacets} WHERE ${organizationFacets.organization_id} = ${organizations.id})`,
};

/** An organization's columns the directory shows, with its facets as one JSON array (`summaryColumns`). */
export type SummaryRow = Pick<
  typeof organizations.$inferSelect,
  'id' | 'name' | 'kind' | 'country' | 'region' | 'website' | 'description' | 'trl_min' | 'trl_max' | 'listed_at'
> & { facets: string };

export const toSummary = (row: SummaryRow): OrganizationSummary => ({
  id: row.id,
  name: row.name,
  kind: row.kind,
  country: row.country,
  region: row.region,
  website: row.website,
  description: row.description,
  trl_min: row.trl_min,
  trl_max: row.trl_max,
  listed_at: row.listed_at ?? '',
  facets: toFacets(JSON.parse(row.facets) as [Facet, string][]),
});

/**
 * One page of the partner directory: the organizations within `scope` (listed ones: access/scopes),
 * filtered (AND across facets, OR within one), searched, keyset-paginated; one query whatever the
 * page size.
 */
export async function searchOrganizations(db: Database, query: OrganizationListQuery, scope: SQL | undefined) {
  const search = query.q ? ftsSearch(query.q) : undefined;
  const rank: SQL<number | null> = search ? rankOf(search) : sql`NULL`;
  const searching = search !== undefined;
  let after: SQL | undefined;
  if (query.cursor) {
    if (search) {
      const [, id] = decodeCursor(query.cursor, CURSORS.relevance);
      const at = rankAt(search, id);
      after = or(sql`${rank} > ${at}`, and(sql`${rank} = ${at}`, gt(organizations.id, id)));
    } else {
      const [, name, id] = decodeCursor(query.cursor, CURSORS.name);
      after = or(gt(organizations.name, name), and(eq(organizations.name, name), gt(organizations.id, id)));
    }
  }
  const filters = and(
    scope,
    query.kind ? inArray(organizations.kind, query.kind) : undefined,
    query.country ? inArray(organizations.country, query.country) : undefined,
    having(db, 'capability', query.capability, searching),
    having(db, 'pathway', query.pathway, searching),
    having(db, 'regulatory', query.regulatory, searching),
    having(db, 'offers', query.offers, searching),
    having(db, 'seeks', query.seeks, searching),
    query.trl
      ? and(sql`${organizations.trl_min} <= ${query.trl}`, sql`${organizations.trl_max} >= ${query.trl}`)
      : undefined,
    search ? sql`organizations_fts MATCH ${search.match}` : undefined,
    after,
  );
  const base = db.select({ ...summaryColumns, rank }).from(organizations);
  const joined = search
    ? base
        .innerJoin(organizationSearchRows, eq(organizationSearchRows.organization_id, organizations.id))
        .innerJoin(sql`organizations_fts`, sql`organizations_fts.rowid = ${organizationSearchRows.seq}`)
    : base;
  const rows = await joined
    .where(filters)
    .orderBy(...(search ? [sql`${rank} ASC`, asc(organizations.id)] : [asc(organizations.name), asc(organizations.id)]))
    .limit(query.limit + 1);
  return toPage(
    rows,
    query.limit,
    (row) => (search ? ['relevance', row.id] : ['name', row.name, row.id]),
    ({ rank: _rank, ...row }) => toSummary(row),
  );
}
