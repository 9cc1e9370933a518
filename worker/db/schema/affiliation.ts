import { sql } from 'drizzle-orm';
import { check, index, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { MEMBERSHIP_ROLES, MEMBERSHIP_STATUSES, MEMBERSHIP_VIA } from '../enums';
import { organizations, users } from './accounts';
import { timestamp } from './columns';

/**
 * Issue 16, verified affiliation: a person's claim to belong to an organization and its decision.
 * `users.organization_id` stays the one confirmed affiliation everything else reads (display,
 * conflicts of interest, eligibility, impact); it is set and cleared in the batch that confirms or
 * declines the row here. At most one row per person is `claimed` or `confirmed` (the domain keeps
 * it so: a new claim replaces the one waiting).
 */
export const organizationMemberships = sqliteTable(
  'organization_memberships',
  {
    organization_id: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: MEMBERSHIP_ROLES }).notNull().default('member'),
    status: text('status', { enum: MEMBERSHIP_STATUSES }).notNull().default('claimed'),
    /** How it was decided; null while claimed. */
    via: text('via', { enum: MEMBERSHIP_VIA }),
    decided_by: text('decided_by').references(() => users.id, { onDelete: 'set null' }),
    claimed_at: timestamp('claimed_at').notNull(),
    decided_at: timestamp('decided_at'),
  },
  (t) => [
    primaryKey({ columns: [t.organization_id, t.user_id] }),
    // The deciders' list: an organization's claims, waiting first.
    index('organization_memberships_status_idx').on(t.organization_id, t.status),
    // One person's memberships (their page, the export, a new claim replacing the waiting one).
    index('organization_memberships_user_idx').on(t.user_id),
    check('organization_memberships_role_ck', sql`${t.role} IN ('member', 'admin')`),
    check('organization_memberships_status_ck', sql`${t.status} IN ('claimed', 'confirmed', 'declined')`),
    check('organization_memberships_via_ck', sql`${t.via} IN ('created', 'domain', 'admin', 'moderator')`),
  ],
);

/**
 * Email domains an admin verified as an organization's: a person who confirms an address on one
 * has their claim to that organization confirmed at once (via `domain`).
 */
export const organizationDomains = sqliteTable(
  'organization_domains',
  {
    organization_id: text('organization_id')
      .notNull()
      .references(() => organizations.id, { onDelete: 'cascade' }),
    /** Lower case, without `@` (charite.de). */
    domain: text('domain').notNull(),
    verified_by: text('verified_by').references(() => users.id, { onDelete: 'set null' }),
    verified_at: timestamp('verified_at').notNull(),
  },
  (t) => [
    uniqueIndex('organization_domains_domain_uq').on(t.domain),
    index('organization_domains_organization_idx').on(t.organization_id),
  ],
);
