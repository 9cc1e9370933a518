import { sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { cooperations, solutionMembers } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import type { ChallengeRecord } from '../challenges/read';
import { tallyCooperationOpened } from '../impact/tallies';
import { notify, people } from '../notifications/notify';

/**
 * The statements that open one cooperation per winner, for the decision's batch: each lands only
 * if `guard` (the decision's own) holds, with its audit entry and the news to both sides (the
 * challenge's owner and the solution's team). The decider hears of it too: the cooperation is a
 * new thing to look after, not an echo of what they did. Each one opened counts in the impact
 * figures (`cooperations_started`).
 */
export function openCooperations(
  db: Database,
  actor: SignedIn,
  { row }: ChallengeRecord,
  winners: readonly string[],
  guard: ReturnType<typeof sql>,
) {
  const now = new Date().toISOString();
  return [...new Set(winners)].flatMap((solutionId) => {
    const id = uuidv7();
    const opened = sql`EXISTS (SELECT 1 FROM ${cooperations} WHERE ${cooperations.id} = ${id})`;
    return [
      insertIf(
        db,
        cooperations,
        {
          id,
          challenge_id: row.id,
          solution_id: solutionId,
          cluster_id: row.cluster_id,
          clinic_organization_id: row.organization_id,
          // The solution's organization as the batch finds it.
          solver_organization_id:
            sql`(SELECT s.organization_id FROM solutions s WHERE s.id = ${solutionId})` as unknown as string,
          started_at: now,
        },
        sql`${guard} AND NOT EXISTS (SELECT 1 FROM ${cooperations} WHERE ${cooperations.solution_id} = ${solutionId})`,
      ),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'cooperation.open',
          entityType: 'cooperation',
          entityId: id,
          clusterId: row.cluster_id,
          after: { status: 'active', version: 1, challenge_id: row.id, solution_id: solutionId },
        },
        opened,
      ),
      tallyCooperationOpened(db, row.cluster_id, now, opened),
      ...notify(db, {
        eventId: uuidv7(),
        kind: 'cooperation_opened',
        key: `cooperation_opened:${id}`,
        recipients: people(sql`SELECT ${row.owner_id} AS user_id UNION SELECT ${solutionMembers.user_id}
          FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${solutionId}`),
        challengeId: row.id,
        params: { title: row.title, cooperation_id: id },
        actorId: null,
        guard: opened,
      }),
    ];
  });
}
