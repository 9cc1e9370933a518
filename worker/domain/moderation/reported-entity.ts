import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { REPORT_ENTITY_TYPES } from '../../db/enums';
import { challenges, questions, solutions } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import { moderates } from '../../policy/decisions';
import { decide } from '../../policy/policy';

export type EntityType = (typeof REPORT_ENTITY_TYPES)[number];

const challengeFacts = {
  id: challenges.id,
  cluster_id: challenges.cluster_id,
  owner_id: challenges.owner_id,
  status: challenges.status,
  visibility: challenges.visibility,
  hidden_at: challenges.hidden_at,
};

/** The challenge a reportable thing belongs to, and whether the thing itself is hidden; one query. */
async function find(db: Database, type: EntityType, id: string) {
  switch (type) {
    case 'challenge':
      return db
        .select({ challenge: challengeFacts, hidden_at: challenges.hidden_at, submitter_id: sql<string | null>`NULL` })
        .from(challenges)
        .where(eq(challenges.id, id))
        .get();
    case 'question':
      return db
        .select({ challenge: challengeFacts, hidden_at: questions.hidden_at, submitter_id: sql<string | null>`NULL` })
        .from(questions)
        .innerJoin(challenges, eq(challenges.id, questions.challenge_id))
        .where(eq(questions.id, id))
        .get();
    case 'solution':
      return db
        .select({
          challenge: challengeFacts,
          hidden_at: solutions.hidden_at,
          submitter_id: sql<string | null>`${solutions.submitter_id}`,
        })
        .from(solutions)
        .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
        .where(eq(solutions.id, id))
        .get();
  }
}

/**
 * The cluster of a thing the actor can see, or null when it does not exist or is hidden from
 * them: reports may only be filed on what one can see.
 */
export async function visibleEntityCluster(db: Database, actor: Actor, type: EntityType, id: string) {
  const found = await find(db, type, id);
  if (!found) return null;
  const { challenge } = found;
  if (!decide(actor, 'challenge.read', challenge).allow) return null;
  if (found.hidden_at !== null && !moderates(actor, challenge.cluster_id)) return null;
  if (
    found.submitter_id !== null &&
    !decide(actor, 'solution.read', { challenge, submitter_id: found.submitter_id }).allow
  ) {
    return null;
  }
  return challenge.cluster_id;
}

export const HIDEABLE = { challenge: challenges, question: questions, solution: solutions } as const;
