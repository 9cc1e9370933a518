import { sql } from 'drizzle-orm';
import type { Database } from '../../db/client';
import { solutions } from '../../db/schema';
import type { Actor } from '../../policy/actor';
import type { SolutionRecord } from './facts';
import { feedbackFor } from './ranking';
import type { Solution } from './solution.view';

/** The detail view. Only the submitter, after the decision and if the owner shares it, gets feedback. */
export async function toSolution(db: Database, actor: Actor, record: SolutionRecord): Promise<Solution> {
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
    team: s.team,
    ip_status: s.ip_status,
    links: s.links,
    summary_public: s.summary_public,
    submitter: { id: s.submitter_id, name: record.submitter_name },
    organization: org?.name ? { name: org.name, kind: org.kind ?? '', country: org.country ?? '' } : null,
    created_at: s.created_at,
    updated_at: s.updated_at,
    submitted_at: s.submitted_at,
    my_evaluation: evaluation?.scores
      ? { scores: evaluation.scores, comment: evaluation.comment, updated_at: evaluation.updated_at ?? '' }
      : null,
    feedback: sharesFeedback ? await feedbackFor(db, s.challenge_id, s.id) : null,
  };
}

/** Statement guard: the solution is still at the version the client edited. */
export const solutionAtVersion = (id: string, version: number) =>
  sql`EXISTS (SELECT 1 FROM ${solutions} WHERE ${solutions.id} = ${id} AND ${solutions.version} = ${version})`;
