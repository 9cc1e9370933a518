import { eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { organizations } from '../db/schema';
import type { Actor } from '../domain/actor';
import type { ChallengeRecord } from '../domain/challenges/read';
import type { ChallengeMatches, MatchQuery, MyMatches } from '../domain/matches/match.view';
import { challengeMatchesQuery, seekerMatchesQuery, toChallengeMatches, toSeekerMatches } from '../domain/matches/read';
import type { MatchLanguage } from '../domain/matches/reasons';
import { authorize, authorizeUser } from '../policy/policy';
import { loadChallengeWith } from './challenges';
import { visibleChallenges } from './scopes';

/**
 * A challenge's suggested partners, for those who run it, read in the same round trip as the
 * challenge; 401/403/404 otherwise (`challenge.matches`): the suggestions are shown only once allowed.
 */
export async function loadChallengeMatches(
  db: Database,
  actor: Actor,
  id: string,
  query: MatchQuery,
  language: MatchLanguage,
): Promise<{ record: ChallengeRecord; matches: ChallengeMatches }> {
  const [record, rows] = await loadChallengeWith(db, actor, id, challengeMatchesQuery(db, id, query.limit));
  authorize(actor, 'challenge.matches', record.row);
  return { record, matches: toChallengeMatches(rows, id, language) };
}

/**
 * The query of the open challenges and calls that fit the signed-in person, for a batch (their
 * page reads it with its own); 401 for anyone else. Only challenges of the catalogue they may see
 * (the catalogue's own scope): never a draft, a hidden one or one they cannot read.
 */
export function myMatchesQuery(db: Database, actor: Actor) {
  const user = authorizeUser(actor, 'matches.own');
  return seekerMatchesQuery(
    db,
    { userId: user.id, organizationId: user.organizationId },
    visibleChallenges(user, undefined),
  );
}

/** The signed-in person's matches and the organization whose profile they come from; one round trip. */
export async function loadMyMatches(
  db: Database,
  actor: Actor,
  query: MatchQuery,
  language: MatchLanguage,
): Promise<MyMatches> {
  const matches = myMatchesQuery(db, actor);
  const organizationId = actor.type === 'user' ? actor.organizationId : null;
  const [organization, rows] = await db.batch([
    db
      .select({ id: organizations.id, name: organizations.name })
      .from(organizations)
      .where(eq(organizations.id, organizationId ?? '')),
    matches,
  ]);
  return { organization: organization[0] ?? null, ...toSeekerMatches(rows, query.limit, language) };
}
