import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, evaluations, evaluatorAssignments, solutions } from '../../db/schema';
import type { SignedIn } from '../../policy/actor';

const DASHBOARD_LIMIT = 50;

/** "My page": my challenges, my solutions, my jury seats with progress; one round trip. */
export async function dashboard(db: Database, actor: SignedIn) {
  const [mine, solved, jury] = await db.batch([
    db
      .select({ id: challenges.id, title: challenges.title, status: challenges.status, deadline: challenges.deadline })
      .from(challenges)
      .where(eq(challenges.owner_id, actor.id))
      .orderBy(desc(challenges.id))
      .limit(DASHBOARD_LIMIT),
    db
      .select({
        id: solutions.id,
        title: solutions.title,
        status: solutions.status,
        challenge_id: challenges.id,
        challenge_title: challenges.title,
      })
      .from(solutions)
      .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
      .where(eq(solutions.submitter_id, actor.id))
      .orderBy(desc(solutions.id))
      .limit(DASHBOARD_LIMIT),
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        status: challenges.status,
        to_score: sql<number>`(SELECT count(*) FROM ${solutions} WHERE ${solutions.challenge_id} = ${challenges.id}
          AND ${solutions.status} = 'submitted' AND ${solutions.hidden_at} IS NULL)`,
        scored: sql<number>`(SELECT count(*) FROM ${evaluations} JOIN ${solutions} s ON s.id = ${evaluations.solution_id}
          WHERE s.challenge_id = ${challenges.id} AND ${evaluations.evaluator_id} = ${actor.id})`,
      })
      .from(evaluatorAssignments)
      .innerJoin(challenges, eq(challenges.id, evaluatorAssignments.challenge_id))
      .where(eq(evaluatorAssignments.user_id, actor.id))
      .orderBy(desc(challenges.id))
      .limit(DASHBOARD_LIMIT),
  ]);
  return { challenges: mine, solutions: solved, jury };
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
