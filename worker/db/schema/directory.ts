import { sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { ORGANIZATION_FACETS } from '../enums';
import { organizations } from './accounts';

/**
 * Issue 16, the partner directory: an organization's facets, one row per value. `capability` holds
 * challenge tags (the same vocabulary and normalisation), `pathway` care-pathway steps, `regulatory`
 * MDR/IVDR classes, `offers` and `seeks` what it offers or seeks (PARTNER_OFFERS). The values are
 * validated by the domain's schema (domain/organizations/organization.schema.ts).
 */
export const organizationFacets = sqliteTable(
  'organization_facets',
  {
    organization_id: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    facet: text('facet', { enum: ORGANIZATION_FACETS }).notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.organization_id, t.facet, t.value] }),
    // The directory's facet filters: the organizations with this value (OR within a facet).
    index('organization_facets_value_idx').on(t.facet, t.value, t.organization_id),
    check(
      'organization_facets_facet_ck',
      sql`${t.facet} IN ('capability', 'pathway', 'regulatory', 'offers', 'seeks')`,
    ),
  ],
);

/**
 * The rowid of each organization in `organizations_fts` (migration 0021). Organizations have a
 * text id, and the implicit rowid of a table without an INTEGER PRIMARY KEY may change (VACUUM, a
 * dump and reload), so the full-text index keys its rows on `seq` here, which never moves: its
 * triggers find an organization's row by this table's unique index instead of scanning the index.
 */
export const organizationSearchRows = sqliteTable(
  'organization_search_rows',
  {
    seq: integer('seq').primaryKey(),
    organization_id: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
  },
  (t) => [uniqueIndex('organization_search_rows_organization_uq').on(t.organization_id)],
);
