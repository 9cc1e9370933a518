import { and, eq, inArray, isNotNull, isNull, notInArray, or, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import {
  callClusters,
  calls,
  challenges,
  conflictDeclarations,
  cooperations,
  evaluatorAssignments,
  eventClusters,
  events,
  organizations,
  solutionMembers,
  solutions,
} from '../db/schema';
import type { Actor, SignedIn } from '../domain/actor';
import type { ChallengeListQuery } from '../domain/challenges/list.query';
import { inStage } from '../domain/evaluation/stage';
import type { SolutionScope } from '../domain/solutions/list';

// The policy decides about one thing at a time; lists cannot ask it row by row. These are the
// same rules as SQL conditions, so a list, count or feed never holds what its reader may not see.

/**
 * Challenges an actor may see: the list counterpart of the policy's `challenge.read`. Without a
 * status filter it is the catalogue: listed challenges, public ones for everyone and network
 * ones too when signed in (index-friendly: no OR). With a status, owners and moderators also
 * get their own and their clusters' challenges in that state, drafts and hidden ones included.
 */
export function visibleChallenges(actor: Actor, status: ChallengeListQuery['status']): SQL | undefined {
  const catalogue = and(
    eq(challenges.listed, true),
    actor.type === 'anonymous' ? eq(challenges.visibility, 'public') : undefined,
  );
  if (status === undefined || actor.type === 'anonymous') return catalogue;
  if (actor.isAdmin) return undefined;
  return or(
    catalogue,
    eq(challenges.owner_id, actor.id),
    actor.moderates.length ? inArray(challenges.cluster_id, actor.moderates) : undefined,
  );
}

/**
 * The solutions of one challenge a signed-in actor may know about (the list counterpart of
 * `solution.read`, for a query that joins the actor's own conflict declaration): their own; all
 * but drafts for the cluster's moderators, and all but drafts and hidden ones for the owner; for
 * jury members every submitted one they have not declared a conflict on. Anyone with a solution
 * of their own here sees only theirs (see `solution.read`). Needs nothing read before it, so the
 * list shares a round trip with the challenge.
 */
export function visibleSolutions(actor: SignedIn, challengeId: string): SolutionScope {
  const moderator = actor.isAdmin
    ? sql`1`
    : actor.moderates.length
      ? inArray(challenges.cluster_id, actor.moderates)
      : sql`0`;
  const owner = eq(challenges.owner_id, actor.id);
  // A seat on the jury of the challenge's current stage (issue 15), reading that stage's cohort:
  // a later stage's jury never reads solutions that did not reach it.
  const juror = sql`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${challengeId}
    AND ${evaluatorAssignments.stage} = ${challenges.current_stage} AND ${evaluatorAssignments.user_id} = ${actor.id}
    AND ${inStage(solutions.id, sql`${challenges.current_stage}`)})`;
  // A reader with a solution of their own here (or on another's team) competes: whatever their
  // seat, they see only theirs. Looked up from the reader's side (`+` keeps SQLite off the
  // challenge's index, which would read all its solutions: issue 17).
  const fair = sql`NOT EXISTS (SELECT 1 FROM ${solutions} AS mine WHERE +mine.challenge_id = ${challengeId}
    AND mine.submitter_id = ${actor.id}) AND NOT EXISTS (SELECT 1 FROM ${solutionMembers} AS team
    JOIN ${solutions} AS theirs ON theirs.id = team.solution_id WHERE team.user_id = ${actor.id}
    AND +theirs.challenge_id = ${challengeId})`;
  return {
    juror,
    insider: sql`((${owner}) OR (${moderator})) AND ${fair}`,
    where: or(
      eq(solutions.submitter_id, actor.id),
      onTeamOf(actor.id),
      // Submitted at some point: a draft, or a draft withdrawn, stays its solver's alone.
      and(fair, moderator, isNotNull(solutions.submitted_at)),
      and(fair, owner, isNotNull(solutions.submitted_at), isNull(solutions.hidden_at)),
      and(
        fair,
        juror,
        notInArray(solutions.status, ['draft', 'withdrawn']),
        isNull(solutions.hidden_at),
        sql`coalesce(${conflictDeclarations.conflict}, 0) = 0`,
      ),
    ),
  };
}

/** The solution (of a query from `solutions`) has this user on its team. */
export const onTeamOf = (userId: string) =>
  sql`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${solutions.id}
    AND ${solutionMembers.user_id} = ${userId})`;

/** Rows of the clusters an actor moderates: admins all, moderators their own, anyone else none. */
export const inModeratedClusters = (actor: SignedIn, column: SQLiteColumn): SQL | undefined =>
  actor.isAdmin ? undefined : inArray(column, actor.moderates.length ? actor.moderates : ['']);

/**
 * Calls an actor may see: the list counterpart of `call.read`. Listed (published, closed,
 * archived and not hidden) for everyone; their clusters' calls in every state for moderators;
 * every call for admins.
 */
export function visibleCalls(actor: Actor): SQL | undefined {
  if (actor.type === 'user' && actor.isAdmin) return undefined;
  const listed = eq(calls.listed, true);
  if (actor.type === 'anonymous' || actor.moderates.length === 0) return listed;
  return or(
    listed,
    sql`EXISTS (SELECT 1 FROM ${callClusters} WHERE ${callClusters.call_id} = ${calls.id}
      AND ${inArray(callClusters.cluster_id, actor.moderates)})`,
  );
}

/**
 * Cooperations an actor may see (the list counterpart of `cooperation.read`, for a query that
 * joins the challenge): public ones for everyone, and those they take part in (`takingPartIn`).
 */
export function visibleCooperations(actor: Actor): SQL | undefined {
  if (actor.type === 'anonymous') return eq(cooperations.public, true);
  if (actor.isAdmin) return undefined;
  return or(eq(cooperations.public, true), takingPartIn(actor));
}

/**
 * Cooperations a signed-in user takes part in: those of their challenges, of solutions whose team
 * they are on, and of the clusters they moderate (admins: all).
 */
export function takingPartIn(actor: SignedIn): SQL | undefined {
  if (actor.isAdmin) return undefined;
  return or(
    eq(challenges.owner_id, actor.id),
    sql`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${cooperations.solution_id}
      AND ${solutionMembers.user_id} = ${actor.id})`,
    actor.moderates.length ? inArray(cooperations.cluster_id, actor.moderates) : undefined,
  );
}

/**
 * Organizations in the partner directory (the list counterpart of `organization.read`): listed
 * profiles, the same for everyone (organizations_directory_*_idx are partial on this).
 */
export const listedOrganizations = (): SQL => isNotNull(organizations.listed_at);

/**
 * Events an actor may see (the list counterpart of `event.read`): published and cancelled ones for
 * everyone, drafts to the moderators of a cluster holding them (admins: all).
 */
export function visibleEvents(actor: Actor): SQL | undefined {
  if (actor.type === 'user' && actor.isAdmin) return undefined;
  const shown = inArray(events.status, ['published', 'cancelled']);
  if (actor.type === 'anonymous' || actor.moderates.length === 0) return shown;
  return or(
    shown,
    inArray(events.cluster_id, actor.moderates),
    sql`EXISTS (SELECT 1 FROM ${eventClusters} WHERE ${eventClusters.event_id} = ${events.id}
      AND ${inArray(eventClusters.cluster_id, actor.moderates)})`,
  );
}
