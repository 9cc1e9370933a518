import { and, asc, desc, eq, gt, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { CHALLENGE_STATUSES } from '../../db/enums';
import {
  challenges,
  clusterStateTallies,
  clusters,
  evaluatorAssignments,
  organizationMemberships,
  organizations,
  questions,
  reports,
  solutionMembers,
  solutions,
} from '../../db/schema';
import type { SignedIn } from '../actor';
import { callsOfClustersQuery, toCallSummaries } from '../calls/read';
import { answerable } from '../challenges/lifecycle';
import { scoredCount, workCount } from '../evaluation/jury-progress';
import { invitationsTo } from '../invitations/invitations';
import { noSeekerMatches, type SeekerMatchesQuery } from '../matches/read';

const DASHBOARD_LIMIT = 50;

/** The states in which an owner can still answer questions (the same predicate the answer checks). */
const ANSWERABLE = CHALLENGE_STATUSES.filter(answerable);

/** The clusters whose work a moderator looks after, as a condition on a cluster id column (access/scopes). */
export type ClusterScope = (column: typeof clusters.id) => SQL | undefined;

export interface DashboardOptions {
  /** Given when the reader has a moderation queue: which clusters' queue is theirs. */
  moderated?: ClusterScope;
  /** Whether they may accept invitations (a confirmed address): only then are invitations listed. */
  invitations: boolean;
  /** Their suggested challenges (issue 16, access/matches `myMatchesQuery`), read in the same batch. */
  matches?: SeekerMatchesQuery;
}

/**
 * The moderator's parts of the page, for the clusters `moderated` names (undefined: every cluster,
 * an admin's): their challenges by state, the open reports and the calls.
 */
const moderatorQueries = (db: Database, moderated: SQL | undefined) =>
  [
    // The moderator's clusters × challenge state: the tallies' rows (migration 0033), a few per
    // cluster by its key, never a count over the clusters' challenges. A CROSS JOIN keeps SQLite
    // starting from the (few) clusters, for an admin's every cluster too.
    db
      .select({
        cluster_slug: clusters.slug,
        cluster_name: clusters.name,
        status: clusterStateTallies.status,
        count: clusterStateTallies.challenges,
      })
      .from(clusters)
      .crossJoin(clusterStateTallies)
      .where(and(eq(clusterStateTallies.cluster_id, clusters.id), moderated, gt(clusterStateTallies.challenges, 0)))
      .orderBy(asc(clusters.name), asc(clusters.id)),
    // Open reports in those clusters (reports_cluster_status_idx).
    db
      .select({ open_reports: sql<number>`count(*)`.as('open_reports') })
      .from(clusters)
      .innerJoin(reports, and(eq(reports.cluster_id, clusters.id), eq(reports.status, 'open')))
      .where(moderated),
    // The calls of those clusters in every state (issue 15; call_clusters_cluster_idx).
    callsOfClustersQuery(db, moderated, DASHBOARD_LIMIT),
  ] as const;

/**
 * "My page": what needs this person now (unanswered questions on their challenges, solutions to
 * score, invitations, and for moderators the review queue, open reports and their clusters by
 * state), then their challenges, solutions and jury seats with progress; one round trip.
 *
 * Every statement starts from an index: challenges by owner, jury seats by member, invitations by
 * address, and the moderator's parts from the (few) clusters into their state tallies and the
 * cluster indexes of reports and calls.
 */
export async function dashboard(db: Database, actor: SignedIn, options: DashboardOptions) {
  const personal = [
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        status: challenges.status,
        deadline: challenges.deadline,
      })
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
      // Their own and those whose team they are on (issue 14).
      .where(
        or(
          eq(solutions.submitter_id, actor.id),
          inArray(
            solutions.id,
            db
              .select({ id: solutionMembers.solution_id })
              .from(solutionMembers)
              .where(eq(solutionMembers.user_id, actor.id)),
          ),
        ),
      )
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
      .where(
        and(
          eq(evaluatorAssignments.user_id, actor.id),
          // One line per challenge (issue 15: a seat per stage): the latest stage sat on so far.
          sql`${evaluatorAssignments.stage} = (SELECT max(a2.stage) FROM ${evaluatorAssignments} a2
            WHERE a2.challenge_id = ${challenges.id} AND a2.user_id = ${actor.id} AND a2.stage <= ${challenges.current_stage})`,
        ),
      )
      .orderBy(desc(challenges.id))
      .limit(DASHBOARD_LIMIT),
    // Questions waiting for this owner's answer, per challenge (challenges_owner_idx, questions_challenge_idx).
    db
      .select({ id: challenges.id, title: challenges.title, waiting: sql<number>`count(*)`.as('waiting') })
      .from(challenges)
      .innerJoin(questions, eq(questions.challenge_id, challenges.id))
      .where(
        and(
          eq(challenges.owner_id, actor.id),
          inArray(challenges.status, ANSWERABLE),
          isNull(questions.answer),
          isNull(questions.hidden_at),
        ),
      )
      .groupBy(challenges.id)
      .orderBy(desc(challenges.id))
      .limit(DASHBOARD_LIMIT),
    // Jury seats in evaluation with solutions left to score, soonest evaluation deadline first. A
    // CROSS JOIN keeps SQLite starting from this member's seats (evaluator_assignments_user_idx)
    // rather than from every challenge in evaluation, whose progress it would count one by one.
    db
      .select({
        id: challenges.id,
        title: challenges.title,
        evaluation_deadline: challenges.evaluation_deadline,
        to_score: workCount(actor.id, challenges.id).as('to_score'),
        scored: scoredCount(actor.id, challenges.id).as('scored'),
      })
      .from(evaluatorAssignments)
      .crossJoin(challenges)
      .where(
        and(
          eq(challenges.id, evaluatorAssignments.challenge_id),
          eq(evaluatorAssignments.user_id, actor.id),
          // The seat on the stage in evaluation now (issue 15).
          eq(evaluatorAssignments.stage, challenges.current_stage),
          eq(challenges.status, 'evaluation'),
          sql`${workCount(actor.id, challenges.id)} > ${scoredCount(actor.id, challenges.id)}`,
        ),
      )
      .orderBy(sql`${challenges.evaluation_deadline} IS NULL`, asc(challenges.evaluation_deadline), desc(challenges.id))
      .limit(DASHBOARD_LIMIT),
    // Only a confirmed address may accept; an unconfirmed one may not even be theirs, so it reads
    // none (no invitation is to the empty address). By address: invitations_email_idx.
    invitationsTo(db, options.invitations ? actor.email : ''),
    // What fits them (issue 16): their suggested challenges, or a statement that reads nothing.
    options.matches ?? noSeekerMatches(db),
    // Their claim waiting for a decision, and the organizations they administer with the claims
    // waiting there (issue 16; organization_memberships_user_idx, then _status_idx per organization).
    db
      .select({
        aff_organization_id: organizationMemberships.organization_id,
        aff_organization_name: sql<string>`${organizations.name}`.as('aff_organization_name'),
        aff_status: organizationMemberships.status,
        aff_waiting: sql<number>`(SELECT count(*) FROM organization_memberships w
          WHERE w.organization_id = ${organizationMemberships.organization_id} AND w.status = 'claimed')`.as(
          'aff_waiting',
        ),
      })
      .from(organizationMemberships)
      .innerJoin(organizations, eq(organizations.id, organizationMemberships.organization_id))
      .where(
        and(
          eq(organizationMemberships.user_id, actor.id),
          or(
            eq(organizationMemberships.status, 'claimed'),
            and(eq(organizationMemberships.status, 'confirmed'), eq(organizationMemberships.role, 'admin')),
          ),
        ),
      )
      .orderBy(asc(organizations.name)),
  ] as const;
  // Issue 17: the moderator's parts only for those with a moderation queue; everyone else's batch
  // is three statements shorter (it used to read them for no cluster).
  const [
    mine,
    solved,
    jury,
    waiting,
    toScore,
    invitations,
    fit,
    aff,
    byState = [],
    openReports = [],
    clusterCalls = [],
  ] = options.moderated
    ? await db.batch([...personal, ...moderatorQueries(db, options.moderated(clusters.id))])
    : await db.batch(personal);
  const claimed = aff.find((a) => a.aff_status === 'claimed');
  return {
    /** The rows of their suggested challenges (domain/matches `toSeekerMatches` shapes them). */
    suggestions: fit,
    challenges: mine,
    solutions: solved,
    jury,
    needs: {
      questions: waiting,
      toScore,
      invitations,
      inReview: byState.filter((row) => row.status === 'in_review').reduce((sum, row) => sum + row.count, 0),
      openReports: openReports[0]?.open_reports ?? 0,
    },
    /** Per cluster the moderator looks after, how many challenges are in each state; null for non-moderators. */
    clusters: options.moderated ? byCluster(byState) : null,
    /** The calls of the clusters the moderator looks after, in every state; null for non-moderators. */
    calls: options.moderated ? toCallSummaries(clusterCalls) : null,
    /** Issue 16: their claim waiting for a decision, and the organizations they administer. */
    affiliation: {
      pending: claimed ? { id: claimed.aff_organization_id, name: claimed.aff_organization_name } : null,
      administered: aff
        .filter((a) => a.aff_status === 'confirmed')
        .map((a) => ({ id: a.aff_organization_id, name: a.aff_organization_name, waiting: a.aff_waiting })),
    },
  };
}

type StateRow = {
  cluster_slug: string;
  cluster_name: string;
  status: (typeof CHALLENGE_STATUSES)[number];
  count: number;
};

/** Rows of (cluster, state, count) as one row per cluster with its counts by state. */
function byCluster(rows: StateRow[]) {
  const out: { slug: string; name: string; counts: Partial<Record<StateRow['status'], number>> }[] = [];
  for (const row of rows) {
    let cluster = out.at(-1);
    if (cluster?.slug !== row.cluster_slug) {
      cluster = { slug: row.cluster_slug, name: row.cluster_name, counts: {} };
      out.push(cluster);
    }
    cluster.counts[row.status] = row.count;
  }
  return out;
}

export type Dashboard = Awaited<ReturnType<typeof dashboard>>;
