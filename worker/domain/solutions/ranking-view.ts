import type { Database } from '../../db/client';
import type { Actor } from '../../policy/actor';
import { type Decision, moderates } from '../../policy/decisions';
import { decide } from '../../policy/policy';
import { challengeQuery } from '../challenges/read';
import { conflictsOf, juryProgress, rankingReads, shapeRanking } from './ranking';

/**
 * The ranking a viewer may see, read in one round trip: the full one for owners, moderators and
 * jury members who scored everything they may (never with the solutions they declared a conflict
 * on); the public results after the decision; otherwise none, with the policy's reason.
 * Undefined when the challenge does not exist; whether the viewer may see it is the caller's check.
 */
export async function readRanking(db: Database, actor: Actor, id: string) {
  const [criteria, rows] = rankingReads(db, id);
  const viewer = actor.type === 'user' ? actor.id : '';
  const [challenges, criteriaRows, rankedRows, progress, conflicts] = await db.batch([
    challengeQuery(db, id, viewer || null),
    criteria,
    rows,
    juryProgress(db, id, viewer),
    conflictsOf(db, id, viewer),
  ]);
  const challenge = challenges[0];
  if (!challenge) return undefined;
  const jury = progress[0]?.on_jury ? { done: progress[0].pending === 0, pending: progress[0].pending } : undefined;
  const full: Decision = decide(actor, 'ranking.full', { challenge: challenge.row, jury });
  const view = full.allow ? 'full' : challenge.row.decided_at !== null ? 'public' : null;
  const insider =
    actor.type === 'user' && (actor.id === challenge.row.owner_id || moderates(actor, challenge.row.cluster_id));
  const hidden = new Set(insider ? [] : conflicts.map((d) => d.solution_id));
  const ranking = view ? shapeRanking(id, criteriaRows, rankedRows, view, hidden) : null;
  return { challenge, ranking, full, jury };
}
