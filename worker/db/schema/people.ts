import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { EXPERT_FACETS } from '../enums';
import { users } from './accounts';
import { updatedAt } from './columns';

/**
 * A person's expert profile (issue 16), opt-in: nothing of it is shown to anyone until they make
 * it public, and never their address. One row per person who saved one.
 */
export const expertProfiles = sqliteTable(
  'expert_profiles',
  {
    user_id: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** Listed in the people directory (`/people`, `GET /api/v1/people`) for everyone. */
    public: integer('public', { mode: 'boolean' }).notNull().default(false),
    headline: text('headline').notNull().default(''),
    bio: text('bio').notNull().default(''),
    /** Available to sit on juries, and to mentor. */
    juror: integer('juror', { mode: 'boolean' }).notNull().default(false),
    mentor: integer('mentor', { mode: 'boolean' }).notNull().default(false),
    updated_at: updatedAt(),
  },
  // The directory reads public profiles in user order, a page at a time.
  (t) => [index('expert_profiles_public_idx').on(t.user_id).where(sql`${t.public} = 1`)],
);

/**
 * What a profile is about and the languages its person works in, one row each, so every filter of
 * the directory is an index seek (`facet`, `value`) rather than a scan of JSON.
 */
export const expertFacets = sqliteTable(
  'expert_facets',
  {
    user_id: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    facet: text('facet', { enum: EXPERT_FACETS }).notNull(),
    value: text('value').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.user_id, t.facet, t.value] }),
    index('expert_facets_value_idx').on(t.facet, t.value, t.user_id),
  ],
);
