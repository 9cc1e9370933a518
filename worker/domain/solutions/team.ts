import { and, desc, eq, sql } from 'drizzle-orm';
import { batchEndingWith, runBatch } from '../../db/batch';
import type { Database } from '../../db/client';
import { insertIf } from '../../db/guarded';
import { evaluatorAssignments, invitations, organizations, solutionMembers, solutions, users } from '../../db/schema';
import type { SignedIn } from '../actor';
import { auditIf } from '../audit';
import { DomainError, invalidState } from '../errors';
import { recusalList, syncRecusals, toRecusal } from '../evaluation/recusals';
import { oneSolution } from '../evaluation/score-sums';
import {
  assertAddressee,
  type InvitationRow,
  invitationStatus,
  invite,
  markAccepted,
  stillPending,
  type TeamRole,
} from '../invitations/invitations';
import { assertChangeOpen, changeRule } from './lifecycle';
import type { SolutionRecord } from './read';

/** The invitations to a solution's team, newest first, with the role each offers; batchable. */
export const teamInvitations = (db: Database, solutionId: string) =>
  db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      status: invitationStatus.as('status'),
      sent_count: invitations.sent_count,
      last_sent_at: invitations.last_sent_at,
      expires_at: invitations.expires_at,
      accepted_at: invitations.accepted_at,
      created_at: invitations.created_at,
    })
    .from(invitations)
    .where(and(eq(invitations.kind, 'team'), eq(invitations.target_id, solutionId)))
    .orderBy(desc(invitations.id))
    .limit(200);

/** What the team's reader may see besides its members. */
export interface TeamView {
  /** The invitations (the submitter, who manages them). */
  invitations: boolean;
  /** The jurors recused automatically (the challenge's owner and moderators). */
  recusals: boolean;
}

/**
 * The invitations and the automatic recusals of a solution, for the readers `show` names (a
 * query with an id no row has otherwise): batchable with what else a page reads.
 */
export const teamExtras = (db: Database, record: SolutionRecord, show: TeamView) =>
  [
    teamInvitations(db, show.invitations ? record.solution.id : ''),
    recusalList(db, record.solution.challenge_id, { solutionId: show.recusals ? record.solution.id : '' }),
  ] as const;

type Extras = [Awaited<ReturnType<typeof teamInvitations>>, Awaited<ReturnType<typeof recusalList>>];

interface MemberJson {
  user_id: string;
  name: string;
  role: TeamRole;
  organization: string;
  added_at: string;
}

/**
 * The team as its readers get it: the members (read with the solution, see findSolution); the
 * invitations for the submitter; the automatic recusals of jurors for the challenge's owner and
 * moderators (the juror reads their own on their declarations). `extras` are `teamExtras`' rows.
 */
export function shapeTeam(record: SolutionRecord, show: TeamView, extras?: Extras) {
  // The submitter first, then in the order they joined (sorted here: the SQLite of `wrangler dev`
  // refuses an ORDER BY on the outer row inside the subquery that reads them).
  const submitter = record.solution.submitter_id;
  const members = (JSON.parse(record.team_json || '[]') as MemberJson[]).sort(
    (a, b) => Number(b.user_id === submitter) - Number(a.user_id === submitter),
  );
  return {
    solution_id: record.solution.id,
    submitter_id: record.solution.submitter_id,
    members: members.map((m) => ({ ...m, submitter: m.user_id === record.solution.submitter_id })),
    invitations: show.invitations ? (extras?.[0] ?? []) : null,
    recusals: show.recusals ? (extras?.[1] ?? []).map(toRecusal) : null,
  };
}

/** The team for `show`'s reader: no round trip unless they see invitations or recusals. */
export async function readTeam(db: Database, record: SolutionRecord, show: TeamView) {
  if (!show.invitations && !show.recusals) return shapeTeam(record, show);
  const extras = await db.batch([...teamExtras(db, record, show)]);
  return shapeTeam(record, show, extras as unknown as Extras);
}

export type Team = Awaited<ReturnType<typeof readTeam>>;

/** A team invitation, as the invite and the accept steps name it. */
const teamTarget = (record: SolutionRecord, role?: TeamRole) => ({
  kind: 'team' as const,
  id: record.solution.id,
  title: record.solution.title,
  clusterId: record.challenge.cluster_id,
  role,
});

/**
 * The submitter invites a co-applicant by email, with their role on the team, while the solution
 * may still be changed. Someone already on the team is not invited again.
 */
export async function inviteToTeam(
  db: Database,
  actor: SignedIn,
  record: SolutionRecord,
  input: { email: string; role: TeamRole; language?: string },
) {
  assertChangeOpen(record, 'edit');
  const already = await db
    .select({ id: solutionMembers.user_id })
    .from(solutionMembers)
    .innerJoin(users, eq(users.id, solutionMembers.user_id))
    .where(and(eq(solutionMembers.solution_id, record.solution.id), eq(users.email, input.email)))
    .get();
  if (already) {
    throw new DomainError('duplicate', `${input.email} is on this team already.`, {
      errors: [{ path: 'email', message: 'This address belongs to a member of the team already.' }],
    });
  }
  await invite(db, actor, teamTarget(record, input.role), input.email, input.language ?? actor.locale ?? 'en');
}

/** Statement guard: the solution still takes changes (its state, its challenge's state and deadline). */
const stillEditable = (record: SolutionRecord) => {
  const rule = changeRule('edit');
  return sql`EXISTS (SELECT 1 FROM ${solutions} JOIN challenges c ON c.id = ${solutions.challenge_id}
    WHERE ${solutions.id} = ${record.solution.id} AND ${solutions.status} IN ${rule.solution}
    AND c.status IN ${rule.challenge} AND c.deadline > ${new Date().toISOString()})`;
};

/** Statement guard: this person does not sit on the solution's challenge's jury (a juror judges, not competes). */
const notOnJury = (record: SolutionRecord, userId: string) =>
  sql`NOT EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${record.solution.challenge_id}
    AND ${evaluatorAssignments.user_id} = ${userId})`;

/**
 * Accepts a team invitation: the member joins with the invited role and their profile's
 * organization, jurors of that organization are recused and the ranking's sums follow, with the
 * invitation's new state, in one batch.
 */
export async function acceptTeamInvitation(
  db: Database,
  actor: SignedIn,
  invitation: InvitationRow,
  record: SolutionRecord,
) {
  assertAddressee(actor, invitation);
  assertChangeOpen(record, 'edit');
  if (record.on_jury) {
    throw invalidState('You sit on the jury of this challenge and cannot also join a team competing in it.', 'on_jury');
  }
  // The seat's conditions guard the acceptance too: when they no longer hold, the invitation stays
  // pending and the answer says so (it was marked accepted without a seat before: review of issue 17).
  const seatable = sql`${stillEditable(record)} AND ${notOnJury(record, actor.id)}`;
  const guard = sql`${stillPending(invitation.id)} AND ${seatable}`;
  const accepted = await batchEndingWith(
    db,
    [
      insertIf(
        db,
        solutionMembers,
        {
          solution_id: record.solution.id,
          user_id: actor.id,
          role: invitation.role ?? 'other',
          organization_name: sql`coalesce((SELECT ${organizations.name} FROM ${organizations}
            JOIN ${users} ON ${users.organization_id} = ${organizations.id} WHERE ${users.id} = ${actor.id}), '')` as unknown as string,
        },
        sql`${guard} AND NOT EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${record.solution.id}
          AND ${solutionMembers.user_id} = ${actor.id})`,
      ),
      ...syncRecusals(db, oneSolution(record.solution.id)),
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.team.join',
          entityType: 'solution',
          entityId: record.solution.id,
          clusterId: record.challenge.cluster_id,
          after: { member: actor.id, role: invitation.role ?? 'other', invitation: invitation.id },
        },
        guard,
      ),
    ],
    markAccepted(db, actor, invitation.id, seatable),
  );
  if (accepted.length === 0) {
    throw invalidState(
      'This invitation was revoked or accepted a moment ago, or the solution no longer takes changes, or you were seated on its jury meanwhile. Nothing was changed.',
      'changed',
    );
  }
}

/**
 * Takes a member off the team (the submitter removes anyone else; a member leaves): they lose
 * access at once, and recusals and the ranking's sums follow in the same batch. Possible until
 * the decision.
 */
export async function removeMember(db: Database, actor: SignedIn, record: SolutionRecord, userId: string) {
  assertChangeOpen(record, 'withdraw');
  if (userId === record.solution.submitter_id) {
    throw invalidState(
      'The submitter cannot leave the team: hand the submitter role to another member first.',
      'submitter',
    );
  }
  await assertMember(db, record, userId);
  const isMember = memberGuard(record, userId);
  await runBatch(db, [
    auditIf(
      db,
      {
        actorId: actor.id,
        action: actor.id === userId ? 'solution.team.leave' : 'solution.team.remove',
        entityType: 'solution',
        entityId: record.solution.id,
        clusterId: record.challenge.cluster_id,
        before: { member: userId },
      },
      isMember,
    ),
    db
      .delete(solutionMembers)
      .where(and(eq(solutionMembers.solution_id, record.solution.id), eq(solutionMembers.user_id, userId))),
    ...syncRecusals(db, oneSolution(record.solution.id)),
  ]);
}

const memberGuard = (record: SolutionRecord, userId: string) =>
  sql`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${record.solution.id}
    AND ${solutionMembers.user_id} = ${userId})`;

async function assertMember(db: Database, record: SolutionRecord, userId: string) {
  const member = await db
    .select({ id: solutionMembers.user_id })
    .from(solutionMembers)
    .where(and(eq(solutionMembers.solution_id, record.solution.id), eq(solutionMembers.user_id, userId)))
    .get();
  if (!member) throw new DomainError('not_found', "That person is not on this solution's team.");
}

/**
 * The submitter hands their role to another member: from then on that member submits, withdraws
 * and manages the team, and the former submitter stays on it as a member. Guarded by the version
 * read, like every change of the solution.
 */
export async function handOver(db: Database, actor: SignedIn, record: SolutionRecord, userId: string) {
  assertChangeOpen(record, 'withdraw');
  if (userId === record.solution.submitter_id) {
    throw invalidState('This member is the submitter already.', 'submitter');
  }
  await assertMember(db, record, userId);
  const s = record.solution;
  const guard = sql`${memberGuard(record, userId)} AND EXISTS (SELECT 1 FROM ${solutions} WHERE ${solutions.id} = ${s.id}
    AND ${solutions.version} = ${s.version} AND ${solutions.submitter_id} = ${actor.id})`;
  const updated = await batchEndingWith(
    db,
    [
      auditIf(
        db,
        {
          actorId: actor.id,
          action: 'solution.team.handover',
          entityType: 'solution',
          entityId: s.id,
          clusterId: record.challenge.cluster_id,
          before: { submitter: actor.id, version: s.version },
          after: { submitter: userId, version: s.version + 1 },
        },
        guard,
      ),
    ],
    db
      .update(solutions)
      .set({ submitter_id: userId, version: s.version + 1 })
      .where(and(eq(solutions.id, s.id), guard))
      .returning({ id: solutions.id }),
  );
  if (updated.length === 0) {
    throw new DomainError(
      'stale_version',
      'The solution or its team changed a moment ago. Reload the team and hand over again.',
    );
  }
}
