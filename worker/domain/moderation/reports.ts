import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { reports, solutions } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError } from '../errors';
import { forgetQuestionText } from '../notifications/forget';
import { notify } from '../notifications/notify';
import { fairModeratorsOf, moderatorsOf } from '../notifications/recipients';
import type { Report, ReportInput } from './report.schema';
import { HIDEABLE } from './reported-entity';

/**
 * A report as stored, for the access layer to authorize and `resolveReport` to act on; with
 * `competing`: it is about a solution of a challenge where `viewer` has a solution of their own.
 */
export async function findReport(db: Database, id: string, viewer: string) {
  const row = await db
    .select({
      ...getTableColumns(reports),
      // Written out: a one-table select names its columns without their table, which the
      // subquery's own solutions would capture.
      competing: sql<number>`reports.entity_type = 'solution' AND EXISTS (SELECT 1 FROM ${solutions} AS s
        JOIN ${solutions} AS mine ON mine.challenge_id = s.challenge_id AND (mine.submitter_id = ${viewer}
          OR EXISTS (SELECT 1 FROM solution_members AS team WHERE team.solution_id = mine.id AND team.user_id = ${viewer}))
        WHERE s.id = reports.entity_id)`.as('competing'),
    })
    .from(reports)
    .where(eq(reports.id, id))
    .get();
  return row && { ...row, competing: Boolean(row.competing) };
}
export type StoredReport = NonNullable<Awaited<ReturnType<typeof findReport>>>;

const reportColumns = {
  id: reports.id,
  entity_type: reports.entity_type,
  entity_id: reports.entity_id,
  reason: reports.reason,
  status: reports.status,
  resolution_note: reports.resolution_note,
  resolved_at: reports.resolved_at,
  created_at: reports.created_at,
};

/**
 * Flags something for the moderators of its cluster (the access layer checked the reporter can
 * see it); one open report per person and thing.
 */
export async function createReport(
  db: Database,
  actor: SignedIn,
  where: { clusterId: string; challengeId: string; title: string },
  input: ReportInput,
): Promise<Report> {
  const id = uuidv7();
  try {
    const [report] = await batchEndingWith(
      db,
      [
        db.insert(reports).values({ id, reporter_id: actor.id, cluster_id: where.clusterId, ...input }),
        // The moderators hear of it; the reporter's name stays in the queue, not in their inbox.
        ...notify(db, {
          eventId: uuidv7(),
          kind: 'report_filed',
          key: `report_filed:${id}`,
          recipients:
            input.entity_type === 'solution'
              ? fairModeratorsOf(where.clusterId, input.entity_id)
              : moderatorsOf(where.clusterId),
          challengeId: where.challengeId,
          params: { title: where.title, entity_type: input.entity_type },
          actorId: actor.id,
        }),
      ],
      db.select(reportColumns).from(reports).where(eq(reports.id, id)),
    );
    if (!report) throw new Error('The new report was not found right after it was written.');
    return report;
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new DomainError(
        'duplicate',
        `You already have an open report on this ${input.entity_type}; moderators will look at it.`,
      );
    }
    throw err;
  }
}

/**
 * A moderator of the report's cluster dismisses it or hides the reported content; the report,
 * the content and the audit entry change together, and only if the report is still open.
 */
export async function resolveReport(
  db: Database,
  actor: SignedIn,
  report: StoredReport,
  action: 'dismiss' | 'hide',
  note: string | undefined,
): Promise<Report> {
  const reportId = report.id;
  if (report.status !== 'open') {
    throw new DomainError('invalid_state', `This report was already ${report.status}.`, {
      details: { current_state: report.status },
    });
  }
  const now = new Date().toISOString();
  const stillOpen = sql`EXISTS (SELECT 1 FROM ${reports} WHERE ${reports.id} = ${reportId} AND ${reports.status} = 'open')`;
  const target = HIDEABLE[report.entity_type];
  const [resolved] = await batchEndingWith(
    db,
    [
      ...(action === 'hide'
        ? [
            db
              .update(target)
              .set({ hidden_at: now })
              .where(and(eq(target.id, report.entity_id), stillOpen)),
            ...(report.entity_type === 'question' ? forgetQuestionText(db, report.entity_id, stillOpen) : []),
          ]
        : []),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: `report.${action}`,
          entityType: report.entity_type,
          entityId: report.entity_id,
          clusterId: report.cluster_id,
          before: { report: reportId, status: 'open' },
          after: { report: reportId, status: action === 'hide' ? 'actioned' : 'dismissed', note: note ?? null },
        },
        stillOpen,
      ),
    ],
    db
      .update(reports)
      .set({
        status: action === 'hide' ? 'actioned' : 'dismissed',
        resolved_by: actor.id,
        resolved_at: now,
        resolution_note: note ?? null,
      })
      .where(and(eq(reports.id, reportId), eq(reports.status, 'open')))
      .returning(reportColumns),
  );
  if (!resolved) throw new DomainError('invalid_state', 'Another moderator resolved this report a moment ago.');
  return resolved;
}
