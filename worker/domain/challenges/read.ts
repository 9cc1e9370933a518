import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import {
  calls,
  challengeCriteria,
  challengeStages,
  challenges,
  challengeTags,
  clusters,
  endorsements,
  organizations,
  questions,
  solutionMembers,
  solutions,
  users,
} from '../../db/schema';
import { type Actor, isUser, moderates } from '../actor';
import { attachmentsJson, toAttachments } from '../attachments/store';
import type { Challenge } from './challenge.view';
import { noteStanding } from './lifecycle';

/** Everything the detail view shows, in one query: JSON subqueries instead of a query per part. */
export const findChallenge = (db: Database, id: string, viewerId: string | null) =>
  challengeQuery(db, id, viewerId).then((rows) => rows[0]);

/** The detail query itself, for callers that batch it with another read. */
export function challengeQuery(db: Database, id: string, viewerId: string | null) {
  const viewer = viewerId ?? '';
  return db
    .select({
      row: challenges,
      // Aliased: in a D1 batch rows come back keyed by column name, so names must be unique.
      cluster_slug: sql<string>`${clusters.slug}`.as('cluster_slug'),
      cluster_name: sql<string>`${clusters.name}`.as('cluster_name'),
      owner_name: sql<string>`${users.name}`.as('owner_name'),
      org_name: sql<string | null>`${organizations.name}`.as('org_name'),
      org_kind: sql<(typeof organizations.kind)['_']['data'] | null>`${organizations.kind}`.as('org_kind'),
      org_country: sql<string | null>`${organizations.country}`.as('org_country'),
      // The call it belongs to (issue 15): only published calls take challenges, so its title is public.
      call_title: sql<
        string | null
      >`(SELECT ${calls.title} FROM ${calls} WHERE ${calls.id} = ${challenges.call_id})`.as('call_title'),
      // Stage 1's criteria, which the challenge form edits (a later stage's: GET …/stages).
      criteria:
        sql<string>`(SELECT json_group_array(json_object('key', key, 'label', label, 'description', description, 'weight', weight))
        FROM (SELECT ${challengeCriteria.key} AS key, ${challengeCriteria.label} AS label,
              ${challengeCriteria.description} AS description, ${challengeCriteria.weight} AS weight
              FROM ${challengeCriteria} WHERE ${challengeCriteria.challenge_id} = ${challenges.id} AND ${challengeCriteria.stage} = 1
              ORDER BY ${challengeCriteria.position}))`.as('criteria_json'),
      tags: sql<string>`(SELECT json_group_array(tag) FROM (SELECT ${challengeTags.tag} AS tag FROM ${challengeTags}
        WHERE ${challengeTags.challenge_id} = ${challenges.id} ORDER BY ${challengeTags.tag}))`.as('tags_json'),
      questions:
        sql<string>`(SELECT json_group_array(json_object('id', id, 'body', body, 'answer', answer, 'asked_at', created_at,
          'answered_at', answered_at, 'asked_by_me', json(CASE WHEN author_id = ${viewer} THEN 'true' ELSE 'false' END)))
        FROM (SELECT * FROM ${questions} WHERE ${questions.challenge_id} = ${challenges.id} AND ${questions.hidden_at} IS NULL
              ORDER BY ${questions.created_at}))`.as('questions_json'),
      endorsed_by_me:
        sql<number>`EXISTS (SELECT 1 FROM ${endorsements} WHERE ${endorsements.challenge_id} = ${challenges.id}
        AND ${endorsements.user_id} = ${viewer})`.as('endorsed_by_me'),
      attachments_json: attachmentsJson('challenge', challenges.id).as('attachments_json'),
      // From the viewer's side (issue 17): their own solutions and team seats, a few rows by the
      // submitter and member indexes, never the challenge's thousand solutions (`+` keeps SQLite off
      // the challenge's index).
      has_my_solutions: sql<number>`(EXISTS (SELECT 1 FROM ${solutions} mine WHERE mine.submitter_id = ${viewer}
        AND +mine.challenge_id = ${challenges.id}) OR EXISTS (SELECT 1 FROM ${solutionMembers} team
        JOIN ${solutions} theirs ON theirs.id = team.solution_id WHERE team.user_id = ${viewer}
        AND +theirs.challenge_id = ${challenges.id}))`.as('has_my_solutions'),
      // How many stages it has (issue 15): a stage before the last advances a shortlist, the last is decided.
      stage_count:
        sql<number>`(SELECT count(*) FROM ${challengeStages} WHERE ${challengeStages.challenge_id} = ${challenges.id})`.as(
          'stage_count',
        ),
    })
    .from(challenges)
    .innerJoin(clusters, eq(clusters.id, challenges.cluster_id))
    .innerJoin(users, eq(users.id, challenges.owner_id))
    .leftJoin(organizations, eq(organizations.id, challenges.organization_id))
    .where(eq(challenges.id, id))
    .limit(1);
}

export type ChallengeRecord = NonNullable<Awaited<ReturnType<typeof findChallenge>>>;

type StoredCriterion = Omit<Challenge['criteria'][number], 'description'> & { description: string | null };

/** A criterion as shown: its description only when the owner wrote one. */
const shownCriterion = ({ description, ...criterion }: StoredCriterion): Challenge['criteria'][number] =>
  description ? { ...criterion, description } : criterion;

/** The API shape; the moderator's note is for the owner and moderators only. */
export function toChallenge(record: ChallengeRecord, actor: Actor): Challenge {
  const { row } = record;
  const insider = isUser(actor, row.owner_id) || moderates(actor, row.cluster_id);
  const questionList = JSON.parse(record.questions) as Challenge['questions'];
  return {
    id: row.id,
    status: row.status,
    version: row.version,
    cluster: { slug: record.cluster_slug, name: record.cluster_name },
    owner: { id: row.owner_id, name: record.owner_name },
    organization: record.org_name
      ? { name: record.org_name, kind: record.org_kind ?? 'clinic', country: record.org_country ?? '' }
      : null,
    title: row.title,
    summary: row.summary,
    problem_statement: row.problem_statement,
    clinical_context: row.clinical_context,
    indication: row.indication,
    icd10_code: row.icd10_code,
    care_pathway_step: row.care_pathway_step,
    patient_population: row.patient_population,
    standard_of_care: row.standard_of_care,
    target_outcome: row.target_outcome,
    outcome_kpi: row.outcome_kpi,
    regulation: row.regulation,
    device_class: row.device_class,
    ce_marking_required: row.ce_marking_required,
    data_on_offer: row.data_on_offer,
    involves_patient_data: row.involves_patient_data,
    integration_needs: row.integration_needs,
    trl_min: row.trl_min,
    trl_max: row.trl_max,
    reward_kind: row.reward_kind,
    reward_details: row.reward_details,
    deadline: row.deadline,
    evaluation_deadline: row.evaluation_deadline,
    language: row.language,
    visibility: row.visibility,
    share_feedback: row.share_feedback,
    min_evaluations: row.min_evaluations,
    blind_review: row.blind_review,
    call_id: row.call_id,
    call_title: record.call_title,
    tags: JSON.parse(record.tags) as string[],
    criteria: (JSON.parse(record.criteria) as StoredCriterion[]).map(shownCriterion),
    endorsement_count: row.endorsement_count,
    endorsed_by_me: Boolean(record.endorsed_by_me),
    question_count: questionList.length,
    questions: questionList,
    attachments: toAttachments(record.attachments_json),
    moderator_note: insider ? row.moderator_note : null,
    moderator_note_standing: insider && row.moderator_note ? noteStanding(row.status) : null,
    decision_note: row.decision_note,
    created_at: row.created_at,
    updated_at: row.updated_at,
    submitted_at: row.submitted_at,
    published_at: row.published_at,
    decided_at: row.decided_at,
  };
}
