import type { Database } from '../../db/client';
import type { Actor } from '../actor';
import { feedbackFor } from '../evaluation/ranking';
import type { SolutionRecord } from './find';
import type { Solution } from './solution.view';

/** The detail view (it reads the jury feedback when due). Only the submitter, after the decision and if the owner shares it, gets feedback. */
export async function readSolutionView(db: Database, actor: Actor, record: SolutionRecord): Promise<Solution> {
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
