import { type SQL, sql } from 'drizzle-orm';
import { conversationParticipants as cp } from '../../db/schema';

/**
 * `blocker` has closed a conversation with `other`: a block is between two people, not one thread,
 * so whatever else could put `other` in front of `blocker` (a new conversation, a meeting request)
 * stays away too (conversation_participants_user_idx for `other`'s, then the primary key).
 */
export const hasBlocked = (blocker: SQL | string, other: SQL | string) =>
  sql`EXISTS (SELECT 1 FROM ${cp} AS mine JOIN ${cp} AS theirs ON theirs.conversation_id = mine.conversation_id
    WHERE mine.user_id = ${other} AND theirs.user_id = ${blocker} AND theirs.blocked_at IS NOT NULL)`;
