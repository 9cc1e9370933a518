import type { Database } from '../db/client';
import type { Actor } from '../domain/actor';
import { challengeQuery } from '../domain/challenges/read';
import { conflictsOf, juryProgress, jurySeat, rankingReads, shapeRanking } from '../domain/evaluation/ranking';
import type { Decision } from '../policy/decisions';
import { can, decide } from '../policy/policy';
import { visibleChallenge } from './challenges';

/**
 * The ranking a viewer may see, read in one round trip: the full one for owners, moderators and
 * jury members who scored everything they may (never with the solutions they declared a conflict
 * on); the public results after the decision; otherwise none, with the policy's reason (`full`).
 * 404 when the challenge does not exist or is not visible to the viewer.
 */
export async function loadRanking(db: Database, actor: Actor, id: string) {
  const [criteria, rows] = rankingReads(db, id);
  const viewer = actor.type === 'user' ? actor.id : '';
  const [challenges, criteriaRows, rankedRows, progress, conflicts] = await db.batch([
    challengeQuery(db, id, viewer || null),
    criteria,
    rows,
    juryProgress(db, id, viewer),
    conflictsOf(db, id, viewer),
  ]);
  const challenge = visibleChallenge(actor, challenges[0]);
  const jury = jurySeat(progress[0]);
  const full: Decision = decide(actor, 'ranking.full', { challenge: challenge.row, jury });
  const view = full.allow ? 'full' : challenge.row.decided_at !== null ? 'public' : null;
  // Jury members never see the solutions they declared a conflict on; those who manage the jury see all.
  const hidden = new Set(can(actor, 'jury.manage', challenge.row) ? [] : conflicts.map((d) => d.solution_id));
  const ranking = view ? shapeRanking(id, criteriaRows, rankedRows, view, hidden) : null;
  return { challenge, ranking, full, jury };
}
