import { and, eq, gt, isNotNull, lte, sql } from 'drizzle-orm';
import { runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { challenges, evaluatorAssignments, users } from '../../db/schema';
import { scoredCount, workCount } from '../evaluation/jury-progress';
import { stageOf } from '../evaluation/stage';
import { notify, peopleWith } from './notify';

const HOUR = 3_600_000;
/** Reminders go out when the evaluation closes within three days, and again within one. */
const WINDOWS = [
  { name: '72h', hours: 72 },
  { name: '24h', hours: 24 },
] as const;

/**
 * The cron's reminders: for challenges in evaluation whose scoring closes soon, every jury member
 * who still has solutions to score hears how many, once per window (the event id is derived
 * from challenge, deadline and window, so later runs add nothing). Returns how many challenges.
 */
export async function remindScorers(db: Database, now = new Date()): Promise<number> {
  const soon = await db
    .select({ id: challenges.id, title: challenges.title, deadline: challenges.evaluation_deadline })
    .from(challenges)
    .where(
      and(
        eq(challenges.status, 'evaluation'),
        isNotNull(challenges.evaluation_deadline),
        gt(challenges.evaluation_deadline, now.toISOString()),
        lte(challenges.evaluation_deadline, new Date(now.getTime() + WINDOWS[0].hours * HOUR).toISOString()),
      ),
    )
    .limit(100);
  const statements = soon.flatMap((challenge) => {
    const deadline = challenge.deadline ?? '';
    const left = new Date(deadline).getTime() - now.getTime();
    const window = [...WINDOWS].reverse().find((w) => left <= w.hours * HOUR) ?? WINDOWS[0];
    const member = evaluatorAssignments.user_id;
    const pending = sql`(${workCount(member, challenge.id)} - ${scoredCount(member, challenge.id)})`;
    return notify(db, {
      eventId: `scoring_reminder:${challenge.id}:${deadline}:${window.name}`,
      kind: 'scoring_reminder',
      key: `scoring_reminder:${challenge.id}:${deadline}:${window.name}`,
      recipients: peopleWith(
        sql`SELECT ${member} AS user_id, json_object('pending', ${pending}) AS extra
          FROM ${evaluatorAssignments} JOIN ${users} ON ${users.id} = ${member}
          WHERE ${evaluatorAssignments.challenge_id} = ${challenge.id}
          AND ${evaluatorAssignments.stage} = ${stageOf(challenge.id)} AND ${pending} > 0`,
      ),
      challengeId: challenge.id,
      params: { title: challenge.title, deadline },
      actorId: null,
    });
  });
  await runBatch(db, statements);
  return soon.length;
}
