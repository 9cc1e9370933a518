import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { IP_OPTIONS, LANGUAGES, TERMS_CONFIDENTIALITY } from '../enums';
import { users } from './accounts';
import { challenges } from './challenges';
import { clusters } from './clusters';
import { createdAt, id } from './columns';
import { solutions } from './solutions';

/**
 * Participation terms templates (issue 14), kept by a cluster's moderators. A template is named by
 * its `key` within the cluster; a change is a new row with the next `version`, never an edit, so
 * what a challenge took stays readable.
 */
export const termsTemplates = sqliteTable(
  'terms_templates',
  {
    id: id(),
    cluster_id: text('cluster_id')
      .notNull()
      .references(() => clusters.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    title: text('title').notNull(),
    body_md: text('body_md').notNull(),
    confidentiality: text('confidentiality', { enum: TERMS_CONFIDENTIALITY }).notNull(),
    ip_option: text('ip_option', { enum: IP_OPTIONS }).notNull(),
    /** What the clinic may do with what it learns from the solutions. */
    clinic_use: text('clinic_use').notNull(),
    /** Terms for data on offer, where there is any. */
    data_access: text('data_access'),
    created_by: text('created_by').references(() => users.id),
    created_at: createdAt(),
  },
  (t) => [uniqueIndex('terms_templates_key_version_uq').on(t.cluster_id, t.key, t.version)],
);

/**
 * The terms of a challenge, version by version: a snapshot of the template as it was chosen (the
 * exact text people accept), with the challenge's own word on confidentiality. The highest version
 * is in force.
 */
export const challengeTerms = sqliteTable(
  'challenge_terms',
  {
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    template_id: text('template_id').references(() => termsTemplates.id, { onDelete: 'set null' }),
    template_key: text('template_key').notNull(),
    template_version: integer('template_version').notNull(),
    language: text('language', { enum: LANGUAGES }).notNull(),
    title: text('title').notNull(),
    body_md: text('body_md').notNull(),
    submissions_confidential: integer('submissions_confidential', { mode: 'boolean' }).notNull(),
    ip_option: text('ip_option', { enum: IP_OPTIONS }).notNull(),
    clinic_use: text('clinic_use').notNull(),
    data_access: text('data_access'),
    created_by: text('created_by').references(() => users.id),
    created_at: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.challenge_id, t.version] })],
);

/** Who on a solution's team accepted which version of the challenge's terms, and when. */
export const termsAcceptances = sqliteTable(
  'terms_acceptances',
  {
    solution_id: text('solution_id')
      .notNull()
      .references(() => solutions.id, { onDelete: 'cascade' }),
    user_id: text('user_id')
      .notNull()
      .references(() => users.id),
    challenge_id: text('challenge_id')
      .notNull()
      .references(() => challenges.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    accepted_at: createdAt('accepted_at'),
  },
  (t) => [
    primaryKey({ columns: [t.solution_id, t.user_id, t.version] }),
    index('terms_acceptances_user_idx').on(t.user_id),
    // A challenge deleted with its owner's account cascades here.
    index('terms_acceptances_challenge_idx').on(t.challenge_id),
  ],
);
