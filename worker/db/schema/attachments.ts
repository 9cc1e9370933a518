import { sql } from 'drizzle-orm';
import { check, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { challenges } from './challenges';
import { createdAt, id, timestamp } from './columns';
import { solutions } from './solutions';

/**
 * A file attached to a solution or to a challenge (never both); its bytes live in R2 under
 * `r2_key`. Deleting (or withdrawing the solution) sets `deleted_at`; the cron removes the object
 * and then the row (domain/attachments/sweep.ts).
 */
export const attachments = sqliteTable(
  'attachments',
  {
    id: id(),
    solution_id: text('solution_id').references(() => solutions.id, { onDelete: 'cascade' }),
    challenge_id: text('challenge_id').references(() => challenges.id, { onDelete: 'cascade' }),
    uploaded_by: text('uploaded_by')
      .notNull()
      .references(() => users.id),
    /** Sanitised, with the extension of the detected type (domain/attachments/filename.ts). */
    filename: text('filename').notNull(),
    /** Detected from the bytes, never taken from the client. */
    content_type: text('content_type').notNull(),
    size: integer('size').notNull(),
    r2_key: text('r2_key').notNull().unique(),
    created_at: createdAt(),
    deleted_at: timestamp('deleted_at'),
  },
  (t) => [
    index('attachments_solution_idx').on(t.solution_id, t.deleted_at),
    index('attachments_challenge_idx').on(t.challenge_id, t.deleted_at),
    index('attachments_deleted_idx').on(t.deleted_at),
    index('attachments_uploader_idx').on(t.uploaded_by),
    check('attachments_one_parent_ck', sql`(${t.solution_id} IS NULL) <> (${t.challenge_id} IS NULL)`),
    check('attachments_size_ck', sql`${t.size} > 0`),
  ],
);
