import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organizations } from '../db/schema';
import type { Actor } from '../domain/actor';
import type { ChallengeMatches, MatchQuery, MyMatches } from '../domain/matches/match.view';
import { challengeMatches, seekerMatches } from '../domain/matches/read';
import type { MatchLanguage } from '../domain/matches/reasons';
import { authorize, authorizeUser } from '../policy/policy';
import { loadChallenge } from './challenges';
import { visibleChallenges } from './scopes';

/** A challenge's suggested partners, for those who run it; 401/403/404 otherwise (`challenge.matches`). */
export async function loadChallengeMatches(
  db: Database,
  actor: Actor,
  id: string,
  query: MatchQuery,
  language: MatchLanguage,
): Promise<ChallengeMatches> {
  const record = await loadChallenge(db, actor, id);
  authorize(actor, 'challenge.matches', record.row);
  return challengeMatches(db, id, query.limit, language);
}

/**
 * The open challenges and calls that fit the signed-in person: only challenges of the catalogue
 * they may see (the catalogue's own scope), never a draft, a hidden one or one they cannot read.
 */
export async function loadMyMatches(
  db: Database,
  actor: Actor,
  query: MatchQuery,
  language: MatchLanguage,
): Promise<MyMatches> {
  const user = authorizeUser(actor, 'matches.own');
  const organizationId = user.organizationId;
  const [organization, matches] = await Promise.all([
    organizationId === null
      ? undefined
      : db
          .select({ id: organizations.id, name: organizations.name })
          .from(organizations)
          .where(eq(organizations.id, organizationId))
          .get(),
    seekerMatches(db, { userId: user.id, organizationId }, visibleChallenges(user, undefined), query.limit, language),
  ]);
  return { organization: organization ?? null, ...matches };
}
