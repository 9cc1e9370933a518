import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { INVITATION_KINDS, INVITATION_STATUSES, TEAM_ROLES } from '../enums';
import { users } from './accounts';
import { challenges } from './challenges';
import { clusters } from './clusters';
import { createdAt, id, timestamp } from './columns';

/**
 * An invitation by email: to a challenge's jury, or to moderate a cluster. It becomes a seat only
 * when someone signed in to a confirmed account with exactly this address accepts it. The emailed
 * link carries the id and an HMAC of it and of `sent_count` (domain/links.ts), so sending it again
 * voids the earlier link; `expired` is `pending` past `expires_at`.
 */
export const invitations = sqliteTable(
  'invitations',
  {
    id: id(),
    kind: text('kind', { enum: INVITATION_KINDS }).notNull(),
    challenge_id: text('challenge_id').references(() => challenges.id, { onDelete: 'cascade' }),
    cluster_id: text('cluster_id').references(() => clusters.id, { onDelete: 'cascade' }),
    /** A team invitation: the role the invitee takes on the solution's team. */
    role: text('role', { enum: TEAM_ROLES }),
    /** A jury invitation: the stage whose jury the seat is on (issue 15). */
    stage: integer('stage').notNull().default(1),
    /** The challenge (jury) or cluster (moderator) the seat is on (the solution, for a team): one column, so one index keeps pending invitations unique. */
    target_id: text('target_id').notNull(),
    /** Trimmed and lower-cased, as typed by the inviter; never looked up against accounts for them. */
    email: text('email').notNull(),
    invited_by: text('invited_by')
      .notNull()
      .references(() => users.id),
    status: text('status', { enum: INVITATION_STATUSES }).notNull().default('pending'),
    expires_at: timestamp('expires_at').notNull(),
    accepted_by: text('accepted_by').references(() => users.id, { onDelete: 'set null' }),
    accepted_at: timestamp('accepted_at'),
    sent_count: integer('sent_count').notNull().default(1),
    last_sent_at: timestamp('last_sent_at').notNull(),
    created_at: createdAt(),
  },
  (t) => [
    index('invitations_challenge_idx').on(t.challenge_id, t.id),
    index('invitations_cluster_idx').on(t.cluster_id, t.id),
    index('invitations_email_idx').on(t.email, t.status),
    // Invitations a person sent or accepted (under whatever address): their data export and deletion.
    index('invitations_invited_by_idx').on(t.invited_by),
    index('invitations_accepted_by_idx').on(t.accepted_by),
    // One pending invitation per seat and address: inviting again resends it.
    uniqueIndex('invitations_pending_uq').on(t.kind, t.target_id, t.email).where(sql`${t.status} = 'pending'`),
  ],
);
