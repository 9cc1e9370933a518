import type { ChallengeRecord } from '../worker/domain/challenges/read';
import type { Actor } from '../worker/policy/actor';
import { moderates } from '../worker/policy/decisions';
import { can } from '../worker/policy/policy';
import type { ChallengeNavLinks } from './pages/challenge-nav';

/** A viewer's place on a challenge's jury, when they sit on it. */
export type JurySeat = { done: boolean } | undefined;

/** Which working pages of a challenge the viewer may open; every answer comes from the policy. */
export function challengeLinks(actor: Actor, row: ChallengeRecord['row'], jury: JurySeat): ChallengeNavLinks {
  const juryManager = can(actor, 'jury.manage', row);
  return {
    solutions: juryManager || jury !== undefined,
    jury: juryManager,
    ranking: can(actor, 'ranking.full', { challenge: row, jury }),
    audit: can(actor, 'audit.read') && moderates(actor, row.cluster_id),
  };
}
