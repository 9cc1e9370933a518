import { eq } from 'drizzle-orm';
import type { Database } from '../../db/client';
import type { REPORT_ENTITY_TYPES } from '../../db/enums';
import { challenges, questions, solutions } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import { moderates } from '../../policy/decisions';
import { decide } from '../../policy/policy';
import { challengeFactColumns, findSolution } from '../solutions/facts';

export type EntityType = (typeof REPORT_ENTITY_TYPES)[number];

/** The challenge a reported challenge or question belongs to, and whether the thing is hidden; one query. */
async function find(db: Database, type: Exclude<EntityType, 'solution'>, id: string) {
  switch (type) {
    case 'challenge':
      return db
        .select({ challenge: challengeFactColumns, hidden_at: challenges.hidden_at })
        .from(challenges)
        .where(eq(challenges.id, id))
        .get();
    case 'question':
      return db
        .select({ challenge: challengeFactColumns, hidden_at: questions.hidden_at })
        .from(questions)
        .innerJoin(challenges, eq(challenges.id, questions.challenge_id))
        .where(eq(questions.id, id))
        .get();
  }
}

/**
 * The cluster of a thing the actor can see, or null when it does not exist or is hidden from
 * them: reports may only be filed on what one can see.
 */
export async function visibleEntityCluster(db: Database, actor: Actor, type: EntityType, id: string) {
  if (type === 'solution') {
    const solution = await findSolution(db, actor, id);
    return solution && decide(actor, 'solution.read', solution.facts).allow ? solution.challenge.cluster_id : null;
  }
  const found = await find(db, type, id);
  if (!found) return null;
  const { challenge } = found;
  if (!decide(actor, 'challenge.read', challenge).allow) return null;
  if (found.hidden_at !== null && !moderates(actor, challenge.cluster_id)) return null;
  return challenge.cluster_id;
}

export const HIDEABLE = { challenge: challenges, question: questions, solution: solutions } as const;
