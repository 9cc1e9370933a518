import { desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { challenges, evaluatorAssignments, solutions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { scoredCount, workCount } from '../evaluation/jury-progress';

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
        // Aliased: both tables have `id` and `title`, and D1 batch rows are keyed by column name.
        challenge_id: sql<string>`${challenges.id}`.as('challenge_id'),
        challenge_title: sql<string>`${challenges.title}`.as('challenge_title'),
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
        to_score: workCount(actor.id, challenges.id).as('to_score'),
        scored: scoredCount(actor.id, challenges.id).as('scored'),
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
