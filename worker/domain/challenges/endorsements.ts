import { and, count, eq, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { challenges, endorsements } from '../../db/schema';
import type { SignedIn } from '../actor';
import { DomainError } from '../errors';
import { endorsable } from './lifecycle';
import type { ChallengeRecord } from './read';

/**
 * Endorse (or withdraw an endorsement): idempotent, one per user and challenge (the primary key
 * makes a second one impossible), and the challenge's count is recomputed in the same batch.
 */
export async function setEndorsement(db: Database, actor: SignedIn, record: ChallengeRecord, endorsed: boolean) {
  const { row } = record;
  if (!endorsable(row.status)) {
    throw new DomainError('invalid_state', `Only published challenges can be endorsed; this one is ${row.status}.`, {
      details: { current_state: row.status },
    });
  }
  const change = endorsed
    ? db.insert(endorsements).values({ challenge_id: row.id, user_id: actor.id }).onConflictDoNothing()
    : db.delete(endorsements).where(and(eq(endorsements.challenge_id, row.id), eq(endorsements.user_id, actor.id)));
  const [updated] = await batchEndingWith(
    db,
    [change],
    db
      .update(challenges)
      .set({
        endorsement_count: sql`(${db.select({ n: count() }).from(endorsements).where(eq(endorsements.challenge_id, row.id))})`,
      })
      .where(eq(challenges.id, row.id))
      .returning({ endorsement_count: challenges.endorsement_count }),
  );
  return { endorsed, endorsement_count: updated?.endorsement_count ?? 0 };
}
