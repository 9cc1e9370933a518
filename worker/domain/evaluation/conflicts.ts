import { z } from '@hono/zod-openapi';
import { and, asc, eq, sql } from 'drizzle-orm';
import { batchEndingWith } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { challenges, conflictDeclarations, organizations, solutions, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import type { ChallengeStatus } from '../challenges/lifecycle';
import { guardHeld, stillIn } from '../challenges/update';
import { invalidState, notVisible } from '../errors';
import { decodeCursor, encodeCursor } from '../paging';
import { DECLARATION_OPEN, declarationOpen } from '../solutions/lifecycle';
import type { SolutionRecord } from '../solutions/read';
import type { ConflictAnswers } from './evaluation.schema';
import { RANKED } from './ranking';
import { oneSolution, recomputeScores, wholeChallenge } from './score-sums';
import { inStage, type StageRef, stageOf } from './stage';

const closedMessage = (status: string) =>
  `Conflicts are declared while the challenge is open or in evaluation; it is ${status}.`;

function assertDeclarationOpen(status: ChallengeStatus) {
  if (!declarationOpen({ challenge: { status }, solution: { status: 'submitted' } })) {
    throw invalidState(closedMessage(status), status);
  }
}

/**
 * Statement guard: declaring is still open on the stage read when the batch runs. A decision (or
 * an advance to the next stage) that lands between the read and the write leaves the declaration
 * out: what was decided, and the jury load the decision kept, stay as they were.
 */
const stillDeclaring = (challengeId: string, stage: number) =>
  sql`(${stillIn(challengeId, DECLARATION_OPEN)} AND (SELECT ${challenges.current_stage} FROM ${challenges}
    WHERE ${challenges.id} = ${challengeId}) = ${stage})`;

/** The answer when the guard did not hold: the decision (or the next stage) came first. */
const closedMeanwhile = () =>
  invalidState(
    `${closedMessage('no longer open for it')} It was decided or moved to its next stage meanwhile: nothing was changed.`,
    'closed',
  );

/**
 * An automatic conflict stands while its reason does: the juror cannot clear or change it. The
 * juror is told the organization (their own), never which member: under blind review that would
 * name someone behind the solution.
 */
const recused = (reason: { organization: string }) =>
  invalidState(
    `Bedside recused you from this solution automatically: a member of its team is from your organization (${reason.organization}). This stands while they are on the team; tell the challenge owner if the organization is wrong.`,
    'recused',
  );

/** A jury member says, per solution, whether they have a conflict of interest; they may revise it until the decision. */
export async function declareConflict(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  conflict: boolean,
  note: string | undefined,
) {
  assertDeclarationOpen(record.challenge.status);
  if (record.recusal) throw recused(record.recusal);
  const now = new Date().toISOString();
  // On the challenge's current stage (issue 15): each stage's jury declares for itself.
  const stage = record.challenge.current_stage;
  const guard = stillDeclaring(record.solution.challenge_id, stage);
  const [held] = await batchEndingWith(
    db,
    [
      insertIf(
        db,
        conflictDeclarations,
        {
          solution_id: record.solution.id,
          evaluator_id: actor.id,
          stage,
          conflict,
          note: note ?? null,
          declared_at: now,
        },
        guard,
      ).onConflictDoUpdate({
        target: [conflictDeclarations.solution_id, conflictDeclarations.stage, conflictDeclarations.evaluator_id],
        set: { conflict, note: note ?? null, declared_at: now },
      }),
      ...recomputeScores(db, oneSolution(record.solution.id)),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.declare_conflict',
          entityType: 'solution',
          entityId: record.solution.id,
          clusterId: record.challenge.cluster_id,
          before: record.jury_conflict === null ? null : { conflict: record.jury_conflict },
          after: { conflict },
        },
        guard,
      ),
    ],
    guardHeld(db, record.solution.challenge_id, guard),
  );
  if (!held?.held) throw closedMeanwhile();
  return { solution_id: record.solution.id, conflict, note: note ?? null, declared_at: now };
}

/**
 * The solutions of a challenge a jury member declares on, with only what the question is about:
 * title, the team and who submitted it, their organization — nothing confidential — and the
 * member's own declaration so far (null: none). Submitted (and, after the decision, decided)
 * solutions, oldest first; the access layer keeps those the policy lets them declare on. Per
 * stage (default: the current one): its declarations. Batchable.
 */
export const declarationList = (
  db: Database,
  challengeId: string,
  evaluatorId: string,
  stage?: StageRef,
  page?: DeclarationPage,
) =>
  db
    .select({
      id: solutions.id,
      title: solutions.title,
      team: solutions.team,
      status: solutions.status,
      submitter_id: solutions.submitter_id,
      hidden_at: solutions.hidden_at,
      submitted_at: solutions.submitted_at,
      submitter_name: sql<string>`${users.name}`.as('submitter_name'),
      organization: sql<string | null>`${organizations.name}`.as('organization_name'),
      conflict: conflictDeclarations.conflict,
      note: conflictDeclarations.note,
      // An automatic recusal (evaluation/recusals.ts): shown with its reason, not changeable.
      recusal: conflictDeclarations.reason,
    })
    .from(solutions)
    .innerJoin(users, eq(users.id, solutions.submitter_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      conflictDeclarations,
      and(
        eq(conflictDeclarations.solution_id, solutions.id),
        sql`${conflictDeclarations.stage} = ${stageOf(challengeId, stage)}`,
        eq(conflictDeclarations.evaluator_id, evaluatorId),
      ),
    )
    .where(
      and(
        eq(solutions.challenge_id, challengeId),
        sql`${solutions.status} IN ${RANKED}`,
        inStage(solutions.id, stageOf(challengeId, stage)),
        page?.after
          ? sql`(${solutions.submitted_at}, ${solutions.id}) > (${page.after[0]}, ${page.after[1]})`
          : undefined,
      ),
    )
    .orderBy(asc(solutions.submitted_at), asc(solutions.id))
    // One more than a page: whether there is a next one.
    .limit(page ? page.size + 1 : -1);

/**
 * A page of the declaration list (issue 17: a challenge may have a thousand solutions): `size`
 * solutions after `after`, the (submitted_at, id) of the last one on the page before.
 */
export interface DeclarationPage {
  size: number;
  after?: readonly [string, string];
}

/** Solutions on one page of the declaration page: a form a juror gets through, and a page that loads fast. */
export const DECLARATIONS_PER_PAGE = 50;

const DeclarationCursorSchema = z.tuple([z.string(), z.string()]);

/** The page a `cursor` (from `declarationCursor`) names; the first without one. */
export const declarationPage = (cursor: string | undefined): DeclarationPage => ({
  size: DECLARATIONS_PER_PAGE,
  after: cursor ? decodeCursor(cursor, DeclarationCursorSchema) : undefined,
});

/** The cursor of the page after `rows` (as read, `size + 1` at most), or null on the last page. */
export function declarationCursor(rows: readonly DeclarationRow[], page: DeclarationPage): string | null {
  const last = rows.length > page.size ? rows[page.size - 1] : undefined;
  return last ? encodeCursor([last.submitted_at ?? '', last.id]) : null;
}

export type DeclarationRow = Awaited<ReturnType<typeof declarationList>>[number];

/**
 * Many declarations at once (the declaration page): one batch with every answer that changes
 * something, the ranking's sums and an audit entry per solution. `declarable` are the solutions
 * the access layer let this member declare on; an answer about any other is refused whole.
 */
export async function declareConflicts(
  db: Database,
  actor: SignedIn,
  challenge: { id: string; cluster_id: string; status: ChallengeStatus; current_stage: number },
  declarable: readonly DeclarationRow[],
  answers: ConflictAnswers,
) {
  assertDeclarationOpen(challenge.status);
  const byId = new Map(declarable.map((row) => [row.id, row]));
  if (Object.keys(answers.conflicts).some((id) => !byId.has(id))) throw notVisible('solution');
  const now = new Date().toISOString();
  const changed = Object.entries(answers.conflicts)
    // Automatic recusals are not the juror's to change: their answers about them are left aside.
    .filter(([id]) => !byId.get(id)?.recusal)
    .map(([id, conflict]) => ({ id, conflict, note: answers.notes[id] || null, before: byId.get(id) }))
    .filter(({ conflict, note, before }) => before?.conflict !== conflict || (before?.note ?? null) !== note);
  const guard = stillDeclaring(challenge.id, challenge.current_stage);
  const statements = [
    ...changed.flatMap(({ id, conflict, note, before }) => [
      insertIf(
        db,
        conflictDeclarations,
        { solution_id: id, evaluator_id: actor.id, stage: challenge.current_stage, conflict, note, declared_at: now },
        guard,
      ).onConflictDoUpdate({
        target: [conflictDeclarations.solution_id, conflictDeclarations.stage, conflictDeclarations.evaluator_id],
        set: { conflict, note, declared_at: now },
      }),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.declare_conflict',
          entityType: 'solution',
          entityId: id,
          clusterId: challenge.cluster_id,
          before: before?.conflict == null ? null : { conflict: before.conflict },
          after: { conflict },
        },
        guard,
      ),
    ]),
    ...(changed.length ? recomputeScores(db, wholeChallenge(challenge.id)) : []),
  ];
  const [held] = await batchEndingWith(db, statements, guardHeld(db, challenge.id, guard));
  if (!held?.held) throw closedMeanwhile();
  return { declared: changed.length, conflicts: changed.filter((c) => c.conflict).length };
}
