import { sql } from 'drizzle-orm';
import type { Dataset } from './dataset';

interface ChallengeRow {
  id: string;
  tags: string;
  ce_marking_required: number;
  involves_patient_data: number;
  blind_review: number;
  [column: string]: string | number | null;
}

const COLUMNS = [
  'id',
  'cluster',
  'cluster_name',
  'organization',
  'organization_kind',
  'organization_country',
  'status',
  'title',
  'summary',
  'problem_statement',
  'clinical_context',
  'indication',
  'icd10_code',
  'care_pathway_step',
  'patient_population',
  'standard_of_care',
  'target_outcome',
  'outcome_kpi',
  'regulation',
  'device_class',
  'ce_marking_required',
  'data_on_offer',
  'involves_patient_data',
  'integration_needs',
  'trl_min',
  'trl_max',
  'reward_kind',
  'reward_details',
  'language',
  'tags',
  'blind_review',
  'endorsement_count',
  'deadline',
  'published_at',
  'submissions_closed_at',
  'decided_at',
  'decision_note',
  'call_id',
] as const;

/**
 * Everything an anonymous visitor reads about the challenges in the public catalogue (listed:
 * approved and not hidden; visibility public), as the challenge page shows it. Never drafts,
 * hidden or network-only challenges, never the owner (a person) or the moderators' notes. Keyset
 * over `challenges_listed_newest_idx (listed, id)`; tags from their primary key. `call_id` links
 * to the calls dataset, and only to a call it holds (listed).
 */
export const challengesDataset: Dataset = {
  columns: COLUMNS,
  key: 'id',
  async page(db, after, asOf, limit) {
    const rows = await db.all<ChallengeRow>(sql`
      SELECT c.id, cl.slug AS cluster, cl.name AS cluster_name, o.name AS organization,
        o.kind AS organization_kind, o.country AS organization_country, c.status, c.title, c.summary,
        c.problem_statement, c.clinical_context, c.indication, c.icd10_code, c.care_pathway_step,
        c.patient_population, c.standard_of_care, c.target_outcome, c.outcome_kpi, c.regulation,
        c.device_class, c.ce_marking_required, c.data_on_offer, c.involves_patient_data,
        c.integration_needs, c.trl_min, c.trl_max, c.reward_kind, c.reward_details, c.language,
        (SELECT json_group_array(t.tag) FROM challenge_tags t WHERE t.challenge_id = c.id) AS tags,
        c.blind_review, c.endorsement_count, c.deadline, c.published_at, c.submissions_closed_at,
        c.decided_at, c.decision_note, k.id AS call_id
      FROM challenges c
      JOIN clusters cl ON cl.id = c.cluster_id
      LEFT JOIN organizations o ON o.id = c.organization_id
      LEFT JOIN calls k ON k.id = c.call_id AND k.listed = 1
      WHERE c.listed = 1 AND c.visibility = 'public' AND c.id > ${after} AND c.created_at <= ${asOf}
      ORDER BY c.id
      LIMIT ${limit}`);
    return rows.map((r) => ({
      ...r,
      tags: (JSON.parse(r.tags) as string[]).sort(),
      ce_marking_required: r.ce_marking_required === 1,
      involves_patient_data: r.involves_patient_data === 1,
      blind_review: r.blind_review === 1,
    }));
  },
};
