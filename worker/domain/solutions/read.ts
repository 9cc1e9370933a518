import { and, eq, sql } from 'drizzle-orm';
import { renamed } from '../../db/batch-columns';
import type { Database } from '../../db/client';
import {
  challengeStages,
  challenges,
  conflictDeclarations,
  evaluations,
  evaluatorAssignments,
  organizations,
  solutionMembers,
  solutionStages,
  solutions,
  termsAcceptances,
  users,
} from '../../db/schema';
import type { Actor } from '../actor';
import { withheldName } from '../attachments/filename';
import { attachmentsJson, toAttachments } from '../attachments/store';
import { parseRules } from '../calls/eligibility';
import { callRulesJson } from '../calls/read';
import { feedbackFor } from '../evaluation/feedback';
import { currentTermsVersion } from '../terms/challenge-terms';
import { solutionTerms } from '../terms/solution-terms';
import type { TermsAcceptance } from '../terms/terms.schema';
import type { Solution } from './solution.view';

export const challengeFactColumns = {
  id: challenges.id,
  cluster_id: challenges.cluster_id,
  owner_id: challenges.owner_id,
  status: challenges.status,
  visibility: challenges.visibility,
  hidden_at: challenges.hidden_at,
  decided_at: challenges.decided_at,
  share_feedback: challenges.share_feedback,
  blind_review: challenges.blind_review,
  /** Issue 15: the stage whose jury, declarations and evaluations apply now. */
  current_stage: challenges.current_stage,
};

/** A solution's challenge as a subquery, for reads batched with the solution before its challenge is known. */
export const challengeOfSolution = (solutionId: string) =>
  // Aliased: the queries it goes into often read `solutions` themselves (recusals join it).
  sql`(SELECT sp.challenge_id FROM ${solutions} AS sp WHERE sp.id = ${solutionId})`;

/**
 * The query of `findSolution`, batchable (the solution page reads its surroundings with it): the
 * columns the solution shares a name with are renamed, since D1 keys a batch's rows by name.
 */
export const solutionQuery = (db: Database, actor: Actor, id: string) => {
  const viewer = actor.type === 'user' ? actor.id : '';
  return db
    .select({
      solution: solutions,
      // The deadline: solutions are submitted and changed only before it (lifecycle.ts).
      challenge: {
        ...challengeFactColumns,
        id: renamed(challenges.id, 'challenge_fact_id'),
        status: renamed(challenges.status, 'challenge_status'),
        hidden_at: renamed(challenges.hidden_at, 'challenge_hidden_at'),
        deadline: challenges.deadline,
      },
      // The viewer's seat, declaration and evaluation in the challenge's current stage (issue 15).
      on_jury: sql<number>`EXISTS (SELECT 1 FROM ${evaluatorAssignments} WHERE ${evaluatorAssignments.challenge_id} = ${solutions.challenge_id}
        AND ${evaluatorAssignments.stage} = ${challenges.current_stage} AND ${evaluatorAssignments.user_id} = ${viewer})`,
      // The stages whose jury the viewer sits on, and those whose cohort the solution is in (issue 15).
      jury_stages_json: sql<string>`(SELECT json_group_array(ja.stage) FROM ${evaluatorAssignments} AS ja
        WHERE ja.challenge_id = ${solutions.challenge_id} AND ja.user_id = ${viewer})`.as('jury_stages_json'),
      stages_json: sql<string>`(SELECT json_group_array(ss.stage) FROM ${solutionStages} AS ss
        WHERE ss.solution_id = ${solutions.id} AND ss.submitted_at IS NOT NULL)`.as('stages_json'),
      conflict: conflictDeclarations.conflict,
      // Bedside recused the viewer (a juror) automatically, and why (evaluation/recusals.ts).
      recusal: conflictDeclarations.reason,
      // The viewer is on this solution's team (issue 14): they read and edit it.
      member:
        sql<number>`EXISTS (SELECT 1 FROM ${solutionMembers} WHERE ${solutionMembers.solution_id} = ${solutions.id}
        AND ${solutionMembers.user_id} = ${viewer})`.as('member'),
      // The viewer has a solution of their own on this challenge (or is on another's team): they compete with this one.
      // From the viewer's side: `+` keeps SQLite off the challenge's index (all its solutions, issue 17).
      competing:
        sql<number>`EXISTS (SELECT 1 FROM ${solutions} AS mine WHERE +mine.challenge_id = ${solutions.challenge_id}
        AND mine.submitter_id = ${viewer}) OR EXISTS (SELECT 1 FROM ${solutionMembers} AS team
        JOIN ${solutions} AS theirs ON theirs.id = team.solution_id
        WHERE team.user_id = ${viewer} AND +theirs.challenge_id = ${solutions.challenge_id})`.as('competing'),
      // The team (issue 14), the submitter first: a few rows by the primary key, in the same query.
      // Sorted by a column of the subquery: the SQLite of `wrangler dev` resolves no column of the
      // outer query in an ORDER BY there ("no such column: solutions.submitter_id").
      team_json: sql<string>`(SELECT json_group_array(json_object('user_id', t.user_id, 'name', t.name, 'role', t.role,
        'organization', t.organization_name, 'added_at', t.added_at)) FROM (SELECT m.user_id, u.name, m.role,
        m.organization_name, m.added_at, m.user_id = ${solutions.submitter_id} AS first
        FROM ${solutionMembers} AS m JOIN ${users} AS u ON u.id = m.user_id
        WHERE m.solution_id = ${solutions.id}
        ORDER BY first DESC, m.added_at, m.user_id) AS t)`.as('team_json'),
      // The challenge's terms in force (issue 14; null: none) and who on the team accepted which version.
      terms_version: sql<number | null>`${currentTermsVersion(solutions.challenge_id)}`.as('terms_version'),
      acceptances_json: sql<string>`(SELECT json_group_array(json_object('user_id', a.user_id, 'name', a.name,
        'version', a.version, 'accepted_at', a.accepted_at)) FROM (SELECT ta.user_id, u.name, ta.version, ta.accepted_at
        FROM ${termsAcceptances} AS ta JOIN ${users} AS u ON u.id = ta.user_id
        WHERE ta.solution_id = ${solutions.id} ORDER BY ta.version DESC, ta.accepted_at) AS a)`.as('acceptances_json'),
      submitter_name: renamed(users.name, 'submitter_name'),
      challenge_title: sql<string>`${challenges.title}`.as('challenge_title'),
      // The solution page shows the challenge's title in its language (lang attribute).
      challenge_language: renamed(challenges.language, 'challenge_language'),
      organization: {
        name: organizations.name,
        kind: organizations.kind,
        country: organizations.country,
        size: organizations.size,
      },
      // The rules of the call the challenge belongs to (issue 15), checked when it is submitted.
      call_rules_json: callRulesJson(challenges.call_id).as('call_rules_json'),
      attachments_json: attachmentsJson('solution', solutions.id).as('attachments_json'),
      // Issue 15: the solution's place in the current stage (a later one: shortlisted into it) and
      // what that stage asks for.
      stage_entered:
        sql<number>`EXISTS (SELECT 1 FROM ${solutionStages} WHERE ${solutionStages.solution_id} = ${solutions.id}
        AND ${solutionStages.stage} = ${challenges.current_stage})`.as('stage_entered'),
      stage_submitted_at: sql<string | null>`(SELECT ${solutionStages.submitted_at} FROM ${solutionStages}
        WHERE ${solutionStages.solution_id} = ${solutions.id} AND ${solutionStages.stage} = ${challenges.current_stage})`.as(
        'stage_submitted_at',
      ),
      stage_fields_json: sql<string | null>`(SELECT ${challengeStages.required_fields} FROM ${challengeStages}
        WHERE ${challengeStages.challenge_id} = ${solutions.challenge_id} AND ${challengeStages.stage} = ${challenges.current_stage})`.as(
        'stage_fields_json',
      ),
      my_evaluation: {
        scores: evaluations.scores,
        comment: evaluations.comment,
        updated_at: renamed(evaluations.updated_at, 'evaluation_updated_at'),
      },
    })
    .from(solutions)
    .innerJoin(challenges, eq(challenges.id, solutions.challenge_id))
    .innerJoin(users, eq(users.id, solutions.submitter_id))
    .leftJoin(organizations, eq(organizations.id, solutions.organization_id))
    .leftJoin(
      evaluations,
      and(
        eq(evaluations.solution_id, solutions.id),
        eq(evaluations.stage, challenges.current_stage),
        eq(evaluations.evaluator_id, viewer),
      ),
    )
    .leftJoin(
      conflictDeclarations,
      and(
        eq(conflictDeclarations.solution_id, solutions.id),
        eq(conflictDeclarations.stage, challenges.current_stage),
        eq(conflictDeclarations.evaluator_id, viewer),
      ),
    )
    .where(eq(solutions.id, id));
};

/**
 * A solution with its challenge, submitter and organization, and for a signed-in actor whether
 * they sit on the jury, what they declared and their own evaluation: everything the policy and
 * the detail view need, in one query.
 */
export async function findSolution(db: Database, actor: Actor, id: string) {
  const row = await solutionQuery(db, actor, id).get();
  return row && toSolutionRecord(row);
}

/** A row of `solutionQuery` as the record the policy and the views read. */
export function toSolutionRecord(row: Awaited<ReturnType<typeof solutionQuery>>[number]) {
  // `conflict` is the viewer's own declaration: null when none (or when they are not on the jury).
  return {
    ...row,
    acceptances: JSON.parse(row.acceptances_json) as TermsAcceptance[],
    call_rules: parseRules(row.call_rules_json),
    on_jury: Boolean(row.on_jury),
    member: Boolean(row.member),
    stage_entered: Boolean(row.stage_entered),
    competing: Boolean(row.competing),
    jury_conflict: row.conflict,
    jury_stages: JSON.parse(row.jury_stages_json || '[]') as number[],
    // Stage 1's cohort is every solution in the running (`inStage`), whatever its rows say.
    stages: [
      ...new Set([
        ...(row.solution.submitted_at !== null ? [1] : []),
        ...(JSON.parse(row.stages_json || '[]') as number[]),
      ]),
    ],
  };
}

export type SolutionRecord = NonNullable<Awaited<ReturnType<typeof findSolution>>>;

/**
 * The detail view. It reads the jury's feedback when due: only the submitter gets it, after the
 * decision and if the owner shares it. Without `identified` (the policy's `solution.identify`: a
 * jury member of a challenge reviewed blind) it holds no one behind the solution: no submitter,
 * team, organization or links.
 */
export async function readSolutionView(
  db: Database,
  actor: Actor,
  record: SolutionRecord,
  identified: boolean,
): Promise<Solution> {
  const s = record.solution;
  const mine = actor.type === 'user' && actor.id === s.submitter_id;
  const sharesFeedback = mine && record.challenge.share_feedback && record.challenge.decided_at !== null;
  const org = record.organization;
  const evaluation = record.my_evaluation;
  return {
    id: s.id,
    challenge_id: s.challenge_id,
    status: s.status,
    version: s.version,
    title: s.title,
    summary: s.summary,
    approach: s.approach,
    trl: s.trl,
    team: identified ? s.team : '',
    ip_status: s.ip_status,
    links: identified ? s.links : [],
    summary_public: s.summary_public,
    name_if_winner: s.name_if_winner,
    budget_amount_minor: s.budget_amount_minor,
    budget_currency: s.budget_currency,
    work_plan: s.work_plan,
    submitter: identified ? { id: s.submitter_id, name: record.submitter_name } : null,
    organization: identified && org?.name ? { name: org.name, kind: org.kind ?? '', country: org.country ?? '' } : null,
    blind: !identified,
    created_at: s.created_at,
    updated_at: s.updated_at,
    submitted_at: s.submitted_at,
    my_evaluation: evaluation?.scores
      ? { scores: evaluation.scores, comment: evaluation.comment, updated_at: evaluation.updated_at ?? '' }
      : null,
    // A withdrawn solution's files are out of view (policy: attachment.read).
    attachments: (s.status === 'withdrawn' ? [] : toAttachments(record.attachments_json)).map((a) =>
      identified ? a : { ...a, filename: withheldName(a.id, a.filename) },
    ),
    // Under blind review a jury member reads the terms in force, not who on the team accepted them.
    terms: identified ? solutionTerms(record) : { ...solutionTerms(record), acceptances: [], not_accepted: [] },
    feedback: sharesFeedback ? await feedbackFor(db, s.challenge_id, s.id) : null,
  };
}
